/**
 * Words that name a rank, office or role rather than a person. The scorer drops
 * them before comparing names, so that "Det Insp Andy Boyd", "Russian President
 * Vladimir Putin" and "Andy Boyd" / "Vladimir Putin" compare as the same person.
 *
 * Lowercase, without the trailing period ("Dr." is read as "dr").
 */
export const NAME_TITLES: ReadonlySet<string> = new Set([
  // Courtesy titles.
  'mr', 'mrs', 'ms', 'miss', 'mx', 'dr', 'prof', 'professor', 'sir', 'dame', 'lord', 'lady', 'hon', 'honourable',
  'honorable', 'rev', 'reverend', 'fr', 'sr', 'jr',
  // Heads of state and government, ministers, legislators.
  'president', 'vice', 'prime', 'minister', 'premier', 'chancellor', 'secretary', 'governor', 'gov', 'senator',
  'sen', 'congressman', 'congresswoman', 'representative', 'rep', 'mp', 'mep', 'councillor', 'cllr', 'councilman',
  'councilwoman', 'mayor', 'ambassador', 'commissioner', 'deputy', 'speaker', 'attorney', 'general',
  // Courts.
  'judge', 'justice', 'magistrate', 'recorder',
  // Police and armed forces.
  'det', 'detective', 'insp', 'inspector', 'supt', 'superintendent', 'ch', 'sgt', 'sergeant', 'constable',
  'pc', 'dc', 'ds', 'di', 'dci', 'officer', 'chief', 'capt', 'captain', 'lt', 'lieutenant', 'col', 'colonel',
  'gen', 'maj', 'major', 'cpl', 'corporal', 'pte', 'private', 'admiral', 'commander', 'cmdr', 'marshal', 'sheriff',
  // Roles named with a person.
  'spokesman', 'spokeswoman', 'spokesperson', 'ceo', 'cfo', 'coo', 'chairman', 'chairwoman', 'chairperson',
  'director', 'executive', 'founder', 'coach', 'manager', 'head',
  // Royalty and clergy.
  'king', 'queen', 'prince', 'princess', 'sheikh', 'emir', 'pope', 'bishop', 'archbishop', 'cardinal', 'imam',
  'rabbi', 'ayatollah',
]);

/** Words left out when reading the initials of a name as an acronym ("Intergovernmental Panel on Climate Change"). */
export const ACRONYM_FUNCTION_WORDS: ReadonlySet<string> = new Set([
  'of', 'on', 'for', 'and', 'the', 'in', 'at', 'to', 'de', 'du', 'des', 'la', 'le', 'del', 'da', 'y', 'et', 'und', 'fur',
]);
