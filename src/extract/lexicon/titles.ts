/**
 * Titles, honorifics and ranks written before a name: `President Donald Trump`,
 * `Det Insp Jo Marsh`, `Dr. Ana Ruiz`. A capitalized run that holds one
 * of these words followed by more capitalized words is a person, and the words
 * up to the title are the person's role, not part of the name.
 *
 * Lowercase, without a trailing period ("Dr." is looked up as "dr").
 */
/**
 * Role abbreviations: never a name, even where they stand alone as a subject
 * (`MD says ...`). Not `GM`, `CSO` or `Ed`, which
 * are also companies, agencies and names. Written before a name they are its role, learned in full
 * (`MD Jo Park` is the managing director) so a later `the managing director`
 * or a headline's `MD` finds the same person.
 */
export const ROLE_ABBREVIATIONS: ReadonlyMap<string, string> = new Map([
  ['md', 'managing director'], ['ceo', 'chief executive'], ['cfo', 'chief financial officer'],
  ['coo', 'chief operating officer'], ['cto', 'chief technology officer'], ['cmo', 'chief marketing officer'],
  ['cio', 'chief information officer'], ['cpo', 'chief product officer'],
  ['vp', 'vice president'], ['svp', 'senior vice president'], ['evp', 'executive vice president'],
  // Police ranks written as capitals before a name in Commonwealth news (`ACP Jo Park`).
  ['acp', 'assistant commissioner of police'], ['dcp', 'deputy commissioner of police'],
  ['asp', 'assistant superintendent of police'], ['dsp', 'deputy superintendent of police'],
  ['csp', 'chief superintendent of police'], ['ssp', 'senior superintendent of police'],
  ['igp', 'inspector-general of police'], ['aig', 'assistant inspector-general of police'],
]);

/**
 * Titles written short before a name, and the role each stands for: `Sen. Ted
 * Cruz` holds the role a later `the senator` names. (Not learned in full, as
 * ROLE_ABBREVIATIONS are: with `the senator` resolved to the senator named
 * last, a report naming several gave quotes to the wrong one.)
 */
export const TITLE_ABBREVIATIONS: ReadonlyMap<string, string> = new Map([
  ['sen', 'senator'], ['gov', 'governor'], ['rep', 'representative'], ['prof', 'professor'], ['det', 'detective'],
  ['insp', 'inspector'], ['supt', 'superintendent'], ['sgt', 'sergeant'], ['capt', 'captain'], ['lt', 'lieutenant'],
  ['col', 'colonel'], ['gen', 'general'], ['maj', 'major'], ['cpl', 'corporal'], ['adm', 'admiral'], ['cmdr', 'commander'],
  ['cllr', 'councillor'], ['const', 'constable'], ['brig', 'brigadier'], ['pte', 'private'],
]);

const TITLE_WORD_LIST: readonly string[] = [
  // Courtesy titles.
  'mr', 'mrs', 'ms', 'miss', 'mx', 'dr', 'prof', 'professor', 'sir', 'dame', 'lord', 'lady', 'rev', 'reverend',
  'hon', 'fr', 'sr',
  // Honorifics of West Africa, the Malay world and Thai monks (`Alhaji`, `Datuk`, `Phra`), listed with HONORIFICS.
  'alhaji', 'alhaja', 'hajia', 'hajiya', 'mallam', 'malam', 'datuk', 'dato', 'datin', 'tun', 'phra', 'engr', 'barr',
  // Heads of state and government, ministers, legislators.
  'president', 'premier', 'minister', 'chancellor', 'secretary', 'governor', 'gov', 'senator', 'sen',
  'congressman', 'congresswoman', 'representative', 'rep', 'mp', 'mep', 'msp', 'mla', 'councillor', 'cllr', 'cr', 'councilman',
  'councilwoman', 'mayor', 'ambassador', 'commissioner', 'speaker', 'attorney', 'leader', 'whip', 'reeve',
  'provost', 'chief', 'treasurer', 'undersecretary', 'auditor',
  // Courts.
  'judge', 'justice', 'magistrate',
  // Police and armed forces.
  'det', 'detective', 'insp', 'inspector', 'supt', 'superintendent', 'sgt', 'sergeant', 'constable', 'pc',
  'garda', 'const', 'dci', 'ds', 'dsupt', 'pte', 'brig', 'capt', 'captain', 'lt', 'lieutenant', 'col', 'colonel', 'gen', 'maj', 'cpl', 'corporal',
  'brigadier',
  'admiral', 'adm', 'commander', 'cmdr', 'marshal', 'sheriff',
  // Roles written like titles.
  'spokesman', 'spokeswoman', 'spokesperson', 'ceo', 'cfo', 'coo', 'chairman', 'chairwoman', 'chairperson',
  'director', 'executive', 'officer', 'founder', 'coach', 'manager', 'editor', 'boss', 'dj',
  // Royalty and clergy.
  'king', 'queen', 'prince', 'princess', 'sheikh', 'emir', 'pope', 'bishop', 'archbishop', 'cardinal', 'imam',
  'rabbi', 'ayatollah',
];

/** Prefixes joined to a title by a hyphen, making another title: `Vice-President`, `Under-Secretary`, `Ex-Minister`, `Co-Founder`. */
const HYPHENATED_TITLE_PREFIXES: readonly string[] = ['vice', 'under', 'deputy', 'acting', 'ex', 'co'];

export const TITLE_WORDS: ReadonlySet<string> = new Set([
  ...ROLE_ABBREVIATIONS.keys(),
  ...TITLE_WORD_LIST,
  ...HYPHENATED_TITLE_PREFIXES.flatMap((prefix) => TITLE_WORD_LIST.map((title) => `${prefix}-${title}`)),
]);

/**
 * Words that modify a title without being a name (`Prime Minister`, `Chief
 * Executive`, `Energy Minister`, `Home Secretary`): a run made only of these
 * and titles names a role, not anybody.
 */
export const TITLE_MODIFIERS: ReadonlySet<string> = new Set([
  'prime', 'vice', 'rear', 'deputy', 'acting', 'former', 'interim', 'chief', 'executive', 'general', 'foreign', 'home',
  'energy', 'finance', 'defence', 'defense', 'health', 'justice', 'interior', 'trade', 'education', 'environment',
  'transport', 'culture', 'shadow', 'junior', 'senior', 'first', 'state', 'managing', 'medical', 'assistant',
  'associate', 'head', 'lead', 'principal', 'supreme', 'grand', 'high', 'lord', 'crown', 'chief', 'police',
  'district', 'circuit', 'federal', 'opposition', 'party', 'national', 'labour', 'economy', 'economic',
  'agriculture', 'industry', 'security', 'intelligence', 'press', 'communications', 'operating', 'financial',
  'technology', 'editor', 'editorial', 'creative', 'sports', 'tory',
  // Offices named by what they lead or for whom: `Fire Chief`, `Majority Leader`, `Surgeon General`.
  'fire', 'majority', 'minority', 'surgeon', 'solicitor',
]);

/**
 * Modifiers written after a title, not before it: `Attorney General`,
 * `Secretary General`. After a title word they still belong to the title,
 * so the name begins after them.
 */
export const POST_TITLE_MODIFIERS: ReadonlySet<string> = new Set(['general']);

/** Courtesy titles and honorifics: never part of the canonical name, never a role. */
export const HONORIFICS: ReadonlySet<string> = new Set([
  'mr', 'mrs', 'ms', 'miss', 'mx', 'dr', 'prof', 'sir', 'dame', 'rev', 'reverend', 'hon', 'fr', 'sr',
  'alhaji', 'alhaja', 'hajia', 'hajiya', 'mallam', 'malam', 'datuk', 'dato', 'datin', 'tun', 'phra', 'engr', 'barr',
]);

/** Titles held over a place, not an employer: the name before them (`Dunmore Mayor Ann Lyle`) is a town or a state. */
export const PLACE_OFFICE_TITLES: ReadonlySet<string> = new Set(['mayor', 'governor']);

/**
 * Titles whose capitalized words before them name a portfolio, not an
 * employer: `Armed Forces Minister`, `Public Works Secretary`. Only a name the
 * tables know (`UK Foreign Secretary`) is an employer there.
 */
export const PORTFOLIO_TITLES: ReadonlySet<string> = new Set(['minister', 'secretary']);

/**
 * Letters written after a name for a seat, a silk or an honour (`Peter Ainsworth MP said`, `Jo Park QC told`):
 * they stand between the name and its verb and are no part of either.
 */
export const POST_NOMINALS: ReadonlySet<string> = new Set([
  'mp', 'msp', 'mep', 'ms', 'am', 'td', 'mla', 'mpp', 'mha', 'mhk', 'qc', 'kc', 'obe', 'mbe', 'cbe', 'dbe', 'kbe', 'phd',
]);
