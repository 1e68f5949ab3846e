/**
 * The one abbreviation table of the engine and the site: words written with a
 * full stop that belongs to the word (`Mr.`, `Jan.`, `etc.`), so that the stop
 * does not end the sentence. The sentence splitter
 * (src/extract/analysis/sentences.ts), both tokenizers and the kind features
 * read it; no other list of abbreviations exists.
 *
 * It holds classes of words, never names: titles and ranks, months, and
 * common Latin, measuring and corporate short forms. Place abbreviations
 * (`Calif.`) come from the gazetteer, and runs of single letters with stops
 * (`U.S.`, `J. R.`) are recognised by their shape, not listed.
 */
import { US_STATES } from '../gazetteer/us-states.ts';

/**
 * The table, as the words are written, without the stop. The sentence
 * splitter compares case-sensitively, so `No.` (number) is here but a
 * sentence ending in "no." is not taken for it.
 */
export const ABBREVIATIONS: ReadonlySet<string> = new Set([
  // Titles and ranks before a name.
  'Mr', 'Mrs', 'Ms', 'Dr', 'Prof', 'Rev', 'Sen', 'Rep', 'Gov', 'Gen', 'Lt', 'Col', 'Maj', 'Capt', 'Sgt', 'Cpl',
  'Pte', 'Cmdr', 'Adm', 'Amb', 'Pres', 'Hon', 'Fr', 'Sr', 'Jr', 'Supt', 'Insp', 'Det', 'Const', 'Cllr', 'Cr',
  // Places: St. Petersburg, Mt. Everest, Ft. Worth.
  'St', 'Mt', 'Ft',
  // Months before a day.
  'Jan', 'Feb', 'Mar', 'Apr', 'Jun', 'Jul', 'Aug', 'Sep', 'Sept', 'Oct', 'Nov', 'Dec',
  // Latin, numbering and measuring short forms followed by more of the sentence.
  'No', 'Nos', 'vs', 'etc', 'e.g', 'i.e', 'a.m', 'p.m', 'approx', 'est', 'Fig', 'op', 'ed', 'Dept', 'Univ',
  // Company forms after a name.
  'Inc', 'Corp', 'Ltd', 'Co', 'plc', 'LLC',
]);

/**
 * Lower-case keys of the words whose stop belongs to them, as the tokenizers
 * compare them (`token.lower`, without the stop): the table above and the
 * gazetteer's AP-style state abbreviations without inner stops (`calif`).
 * The state forms are here and not in the splitter's table because they end
 * a sentence as often as not (`… in Fresno, Calif.`): a token owns its stop,
 * the sentence still may end there.
 */
export const ABBREVIATION_KEYS: ReadonlySet<string> = new Set([
  ...[...ABBREVIATIONS].map((word) => word.toLowerCase()),
  ...US_STATES.flatMap((state) => state.altNames)
    .filter((form) => /^\p{L}+\.$/u.test(form))
    .map((form) => form.slice(0, -1).toLowerCase()),
]);
