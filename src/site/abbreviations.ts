/**
 * Words that end in a full stop without ending the sentence. Compared without
 * the final stop and case-sensitively, so `No.` (number) is here but a
 * sentence ending in `no.` is not taken for it.
 */
export const NON_FINAL_ABBREVIATIONS: ReadonlySet<string> = new Set([
  // Titles and ranks before a name.
  'Mr', 'Mrs', 'Ms', 'Dr', 'Prof', 'Rev', 'Sen', 'Rep', 'Gov', 'Gen', 'Lt', 'Col', 'Maj', 'Capt', 'Sgt', 'Cmdr', 'Adm', 'Amb', 'Pres', 'St', 'Hon',
  // Month abbreviations before a day.
  'Jan', 'Feb', 'Mar', 'Apr', 'Jun', 'Jul', 'Aug', 'Sep', 'Sept', 'Oct', 'Nov', 'Dec',
  // Other short forms that are followed by more of the sentence.
  'No', 'Nos', 'vs', 'approx', 'est', 'Fig',
]);
