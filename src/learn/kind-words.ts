/**
 * Word classes the kind features read that no table of src/extract/lexicon
 * holds yet. Each is a closed class of English function words, never a word
 * of a particular article: the kind model learns what the class is worth.
 */

/**
 * First- and second-person words (lower case, straight apostrophe). A name or
 * a title rarely holds one; an utterance often does: `"We will not move"`.
 */
export const SPEAKER_PERSON_WORDS: ReadonlySet<string> = new Set([
  'i', 'me', 'my', 'mine', 'myself', "i'm", "i've", "i'll", "i'd",
  'we', 'us', 'our', 'ours', 'ourselves', "we're", "we've", "we'll", "we'd",
  'you', 'your', 'yours', 'yourself', 'yourselves', "you're", "you've", "you'll", "you'd",
]);

/**
 * Finite forms of `be`, `have`, `do` and the modals: a quote holding one holds
 * a clause, which a name or a label usually does not.
 */
export const FINITE_AUXILIARIES: ReadonlySet<string> = new Set([
  'is', 'are', 'was', 'were', 'am', "isn't", "aren't", "wasn't", "weren't", "it's", "that's", "there's",
  'has', 'have', 'had', "hasn't", "haven't", "hadn't", 'do', 'does', 'did', "don't", "doesn't", "didn't",
  'will', 'would', 'can', 'could', 'should', 'shall', 'may', 'might', 'must',
  "won't", "wouldn't", "can't", 'cannot', "couldn't", "shouldn't", "mustn't",
]);

/** Coordinating conjunctions: `"Bud" and "Lofty"`, `the "why" but not the "how"`. */
export const COORDINATORS: ReadonlySet<string> = new Set(['and', 'or', 'but', 'nor', '&']);

/**
 * Verbs that put a label on something (`branded 'unsafe'`, `describing
 * the visitors as "guests"`, `termed a "crisis"`): the quote after them is
 * the label, often the reporter's own distance from it, not anyone's words.
 */
export const LABELLING_VERBS: ReadonlySet<string> = new Set([
  'brand', 'brands', 'branded', 'branding', 'label', 'labels', 'labelled', 'labeled', 'labelling', 'labeling',
  'term', 'terms', 'termed', 'terming', 'describe', 'describes', 'described', 'describing', 'dub', 'dubs', 'dubbed',
  'call', 'calls', 'called', 'calling', 'deem', 'deems', 'deemed', 'consider', 'considers', 'considered', 'class',
  'classed', 'classify', 'classified', 'categorised', 'categorized', 'bill', 'billed', 'tout', 'touted', 'tag', 'tagged',
  'hail', 'hailed', 'name', 'named', 'nickname', 'nicknamed', 'title', 'titled', 'entitled', 'christen', 'christened',
  'rename', 'renamed', 'refer', 'refers', 'referred', 'referring', 'known', 'regarded', 'seen', 'portrayed', 'painted',
]);

/** Words that introduce examples: a quote after them is one item of a list of names (`songs such as "…"`). */
export const EXAMPLE_INTRODUCERS: ReadonlySet<string> = new Set(['like', 'including', 'include', 'includes', 'included', 'especially', 'namely']);
