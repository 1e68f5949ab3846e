/**
 * Verbs that put a label on someone, read by the kind classifier: inside a
 * speaker's quote, `they branded us a 'disgrace'` quotes what others said,
 * while `honoured as a 'hero'` is a term the speaker holds at arm's length.
 * Reporting verbs (`called`, `described`) count too; they live in their own table.
 */
export const LABELLING_VERBS: ReadonlySet<string> = new Set([
  'brand', 'brands', 'branded', 'branding', 'label', 'labels', 'labelled', 'labeled', 'labelling', 'labeling',
  'term', 'terms', 'termed',
  'dub', 'dubs', 'dubbed', 'dubbing',
  'characterize', 'characterizes', 'characterized', 'characterizing',
  'characterise', 'characterises', 'characterised', 'characterising',
  'condemn', 'condemns', 'condemned', 'condemning', 'praise', 'praises', 'praised', 'praising',
  'accuse', 'accuses', 'accused', 'accusing', 'hail', 'hails', 'hailed', 'hailing',
]);
