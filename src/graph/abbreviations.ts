/**
 * Words that end in a full stop without ending the sentence, written without
 * the stop. Compared case-sensitively, so `No.` (number) is here but a
 * sentence ending in "no." is not taken for it. Runs of single capitals with
 * stops (`U.S.`, `J.`) are recognised by pattern, not listed.
 */
export const NON_FINAL_ABBREVIATIONS: ReadonlySet<string> = new Set([
  // Titles and ranks before a name.
  'Mr', 'Mrs', 'Ms', 'Dr', 'Prof', 'Rev', 'Sen', 'Rep', 'Gov', 'Gen', 'Lt', 'Col', 'Maj', 'Capt', 'Sgt', 'Cmdr',
  'Adm', 'Amb', 'Pres', 'Hon', 'Fr', 'Sr', 'Jr',
  // Places: St. Petersburg, Mt. Everest, Ft. Worth.
  'St', 'Mt', 'Ft',
  // Month abbreviations before a day.
  'Jan', 'Feb', 'Mar', 'Apr', 'Jun', 'Jul', 'Aug', 'Sep', 'Sept', 'Oct', 'Nov', 'Dec',
  // Other short forms followed by more of the sentence.
  'No', 'Nos', 'vs', 'approx', 'est', 'Fig', 'etc', 'Inc', 'Corp', 'Ltd', 'Co',
]);
