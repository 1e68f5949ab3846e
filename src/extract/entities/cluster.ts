/**
 * Groups name candidates into entities: known names by what they stand for,
 * full names by their words, and short forms (a surname, an acronym, `Northwind`
 * for `Northwind Airlines`) into the one longer name they belong to. Each group
 * then gets its kind from the evidence of all its candidates.
 */
import type { EntityKind, EntityListEntry } from '../types.ts';
import { COMPANY_SUFFIXES, ORGANIZATION_HEADS } from '../lexicon/org-suffixes.ts';
import type { Candidate } from './candidates.ts';
import { FUNCTION_WORDS } from './common-words.ts';
import { countryOfDemonym, lookupKnownName } from '../gazetteer/index.ts';
import { countWork } from '../work-meter.ts';
import { isSpaceAt } from '../analysis/characters.ts';
import { addScores, bestKind, emptyScores, EVIDENCE, MIN_EVIDENCE } from './scores.ts';

export interface EntityGroup {
  candidates: Candidate[];
  kind: EntityKind;
  name: string;
  listEntry?: EntityListEntry;
}

interface OpenGroup {
  candidates: Candidate[];
  known?: Candidate['known'];
}

/** The first letters, in capitals, of the name's words between spaces and hyphens, function words left out: `HTA`. */
function initials(candidate: Candidate): string {
  const { name } = candidate;
  let letters = '';
  let start = 0;
  for (let at = 0; at <= name.length; at += 1) {
    if (at < name.length && name.charCodeAt(at) !== 0x2d && !isSpaceAt(name, at)) continue;
    if (at > start && !FUNCTION_WORDS.has(name.slice(start, at).toLowerCase())) letters += name[start]!.toUpperCase();
    start = at + 1;
  }
  return letters;
}

function isPersonLike(group: OpenGroup): boolean {
  if (group.known) return group.known.kind === 'person';
  return group.candidates.every((candidate) => candidate.headKind === undefined || candidate.headKind === 'person');
}

/**
 * The long groups indexed by each word a one-word name could match, so that
 * each short name finds its group in constant time: one entry per group and
 * way of matching, `only` when exactly one group fits.
 */
interface ShortNameIndex {
  byAcronym: Map<string, OpenGroup>;
  byInitials: Map<string, OpenGroup[]>;
  bySurname: Map<string, OpenGroup[]>;
  byInnerName: Map<string, OpenGroup[]>;
  byGivenName: Map<string, OpenGroup[]>;
  byOrganizationWord: Map<string, OpenGroup[]>;
}

function indexLongGroups(groups: readonly OpenGroup[]): ShortNameIndex {
  const index: ShortNameIndex = {
    byAcronym: new Map(),
    byInitials: new Map(),
    bySurname: new Map(),
    byInnerName: new Map(),
    byGivenName: new Map(),
    byOrganizationWord: new Map(),
  };
  const add = (map: Map<string, OpenGroup[]>, key: string, group: OpenGroup) => {
    const list = map.get(key);
    if (list === undefined) map.set(key, [group]);
    else if (list[list.length - 1] !== group) list.push(group);
  };
  for (const group of groups) {
    for (const candidate of group.candidates) {
      if (candidate.definesAcronym !== undefined && !index.byAcronym.has(candidate.definesAcronym)) {
        index.byAcronym.set(candidate.definesAcronym, group);
      }
    }
    const longest = group.candidates.reduce((a, b) => (b.nameKeys.length > a.nameKeys.length ? b : a));
    const keys = longest.nameKeys;
    if (keys.length < 2) continue;
    if (!longest.allCaps) add(index.byInitials, initials(longest), group);
    // `RFS` for `Rural Fire Service`, the shorter name of `New South Wales Rural Fire Service`.
    for (const candidate of group.candidates) {
      if (candidate !== longest && candidate.nameKeys.length >= 2 && !candidate.allCaps && candidate.headKind === 'organization') {
        add(index.byInitials, initials(candidate), group);
      }
    }
    const personLike = isPersonLike(group);
    if (personLike) add(index.bySurname, keys[keys.length - 1]!, group);
    // `Méndez` for `Alejandro Méndez Villaseñor`: the first of two family names is the one most often used alone.
    if (personLike && !group.known && hasInnerNames(longest)) {
      for (const key of keys.slice(1, -1)) add(index.byInnerName, key, group);
    }
    if (personLike && !group.known) add(index.byGivenName, keys[0]!, group);
    if (!personLike || group.candidates.some((c) => c.headKind === 'organization')) {
      const withoutHead = ORGANIZATION_HEADS.has(keys[keys.length - 1]!) ? keys.slice(0, -1) : keys;
      if (withoutHead.length === 1) add(index.byOrganizationWord, withoutHead[0]!, group);
      add(index.byOrganizationWord, keys[keys.length - 1]!, group);
    }
  }
  return index;
}

/** A name of three or more capitalized words, none a function word: `María Fernanda Castillo Ibarra`, not `Bank of England`. */
function hasInnerNames(candidate: Candidate): boolean {
  const keys = candidate.nameKeys;
  return keys.length >= 3 && !candidate.allCaps && keys.every((key) => !FUNCTION_WORDS.has(key));
}

function only(groups: readonly OpenGroup[] | undefined): OpenGroup | undefined {
  return groups?.length === 1 ? groups[0] : undefined;
}

/** A one-word name whose words around it say place, not body or person. */
function readsAsPlace(candidate: Candidate): boolean {
  const { place, organization, person } = candidate.scores;
  return place >= EVIDENCE.placePreposition && place > organization && place > person;
}

/** How many times a one-word name must read as a place before no body named for it takes it in: once may be `to United`. */
const PLACE_READINGS_TO_STAND_ALONE = 2;

/** One-word names that read as places often enough to stand alone. */
function placesReadTwice(candidates: readonly Candidate[], isShort: (candidate: Candidate) => boolean): Set<string> {
  const readings = new Map<string, number>();
  const places = new Set<string>();
  for (const candidate of candidates) {
    if (!isShort(candidate) || !readsAsPlace(candidate)) continue;
    const key = candidate.nameKeys[0]!;
    const count = (readings.get(key) ?? 0) + 1;
    readings.set(key, count);
    if (count >= PLACE_READINGS_TO_STAND_ALONE) places.add(key);
  }
  return places;
}

/** A name of the group is a person's by its title or its given name (`Hillary Clinton`), not by its shape alone (`Upper Egypt`). */
function hasPersonEvidence(group: OpenGroup): boolean {
  return group.candidates.some((candidate) => candidate.headKind === 'person' || (candidate.clues ?? []).some((clue) => clue.id === GIVEN_NAME_CLUE));
}

const GIVEN_NAME_CLUE = 'given-name';

/** Person evidence, or the group's evidence read together says person (`Mark Cuban, a billionaire`). */
function readsAsPerson(group: OpenGroup): boolean {
  if (hasPersonEvidence(group)) return true;
  const scores = emptyScores();
  for (const candidate of group.candidates) addScores(scores, candidate.scores);
  return scores.person > scores.organization && scores.person > scores.place;
}

/**
 * `Matchwinner Keane`, `Prodigy Monfils`: two words opening a sentence (or a
 * headline), the first no nationality, with no evidence of a name in full
 * besides its shape (a given name first, `Robert Keane`, is such evidence).
 */
function mayBeDescribedSurname(candidate: Candidate): boolean {
  if (candidate.known || candidate.headKind || candidate.allCaps || candidate.nameKeys.length !== 2 || candidate.end - candidate.first !== 2) return false;
  if ((candidate.clues ?? []).some((clue) => clue.kind === 'person' && clue.id !== NAME_SHAPE_CLUE)) return false;
  const opener = candidate.block.tokens[candidate.first]!;
  return opener.sentenceStart && countryOfDemonym(opener.text) === undefined;
}

const NAME_SHAPE_CLUE = 'name-shape';

/**
 * Moves each candidate that may be a describing word and a surname
 * (mayBeDescribedSurname) alone in its group into the group of the one person
 * named in full with that surname before it (or after it, when it stands in
 * the headline). Returns the candidates moved; the groups left empty are
 * then dropped.
 */
function joinDescribedSurnames(order: readonly OpenGroup[], byKey: Map<string, OpenGroup>): Set<Candidate> {
  const moved = new Set<Candidate>();
  const described = order.filter((group) => group.candidates.length === 1 && mayBeDescribedSurname(group.candidates[0]!));
  if (described.length === 0) return moved;
  const waiting = new Set(described);
  const index = indexLongGroups(order.filter((group) => !waiting.has(group)));
  for (const group of described) {
    const candidate = group.candidates[0]!;
    const people = peopleWithSurname(index, candidate.nameKeys[1]!);
    // A headline names people before the story does: `Prodigy Monfils blows away Gaudio` over `Gael Monfils`.
    if (people.length !== 1 || (candidate.block.block !== 'title' && !namedBefore(people[0]!, candidate))) continue;
    people[0]!.candidates.push(candidate);
    group.candidates.length = 0;
    byKey.set(groupKey(candidate), people[0]!);
    moved.add(candidate);
  }
  return moved;
}

/** Some name of the group comes before the candidate in reading order. */
function namedBefore(group: OpenGroup, candidate: Candidate): boolean {
  return group.candidates.some((other) => other.block.order < candidate.block.order || (other.block.order === candidate.block.order && other.first < candidate.first));
}

/** The groups of people named in full with this surname: `Hillary Clinton` and `Bill Clinton` for `clinton`. */
function peopleWithSurname(index: ShortNameIndex, key: string): OpenGroup[] {
  return (index.bySurname.get(key) ?? []).filter((group) => !group.known && hasPersonEvidence(group));
}

/** A town's name alone (a known place or one of the world-cities table), with no other place evidence around it. */
function isTownAlone(candidate: Candidate): boolean {
  if (candidate.nameKeys.length !== 1 || candidate.allCaps) return false;
  const town = (candidate.known?.kind === 'place' && candidate.known.listEntry === undefined) || candidate.worldCity === true;
  return town && placeEvidenceBesidesTown(candidate) === 0;
}

function placeEvidenceBesidesTown(candidate: Candidate): number {
  return (candidate.clues ?? []).reduce((sum, clue) => (clue.kind === 'place' && clue.id !== WORLD_CITY_CLUE ? sum + clue.weight : sum), 0);
}

const WORLD_CITY_CLUE = 'world-city';
const SPEAKS_CLUE = 'reporting-subject';

/** The place evidence the world-cities table gave this mention. */
function worldCityCredit(candidate: Candidate): number {
  return (candidate.clues ?? []).reduce((sum, clue) => (clue.id === WORLD_CITY_CLUE ? sum + clue.weight : sum), 0);
}

/** Whether this mention is the subject of a verb of speech (`Rubio wrote`). */
function speaksAsPerson(candidate: Candidate): boolean {
  return (candidate.clues ?? []).some((clue) => clue.id === SPEAKS_CLUE && clue.kind === 'person');
}

/** The candidate as a person's surname: not the town, and without the town's evidence. */
function asSurname(candidate: Candidate): Candidate {
  const clues = candidate.clues?.filter((clue) => clue.id !== WORLD_CITY_CLUE);
  return { ...candidate, known: undefined, worldCity: undefined, scores: { ...candidate.scores, place: candidate.scores.place - worldCityCredit(candidate) }, clues };
}

/**
 * The one group a surname belongs to: the only full name ending in it, or of
 * several, the only one that reads as a person (`Mr. Meyer` after `Laurence
 * Meyer`, who runs the firm `L.H. Meyer`).
 */
function surnameOwner(groups: readonly OpenGroup[] | undefined): OpenGroup | undefined {
  if (groups === undefined || groups.length <= 1) return only(groups);
  return only(groups.filter(readsAsPerson));
}

/** The longer group a one-word name belongs to, when exactly one fits. */
function groupForShortName(word: Candidate, index: ShortNameIndex, placesInText: ReadonlySet<string>): OpenGroup | undefined {
  const key = word.nameKeys[0]!;
  if (word.allCaps) {
    const found = index.byAcronym.get(word.name) ?? only(index.byInitials.get(word.name));
    if (found) return found;
  }
  // A surname, then a given name: `Putin`, `Romelu`; then `Northwind` for `Northwind Airlines`, `City` for `Harbour City`.
  const byName = surnameOwner(index.bySurname.get(key)) ?? only(index.byGivenName.get(key));
  if (byName) return byName;
  const byInnerName = index.bySurname.has(key) ? undefined : only(index.byInnerName.get(key));
  if (byInnerName) return byInnerName;
  // `near Seddon ... outside Seddon` beside `Seddon School`: the town a body is named for stays a place of its own.
  if (placesInText.has(key)) return undefined;
  return only(index.byOrganizationWord.get(key));
}

function groupKey(candidate: Candidate): string {
  if (candidate.known) return `known:${candidate.known.kind}:${candidate.known.name}`;
  return `name:${candidate.nameKeys.join(' ')}`;
}

function kindOf(group: OpenGroup): EntityKind | undefined {
  if (group.known) return group.known.kind;
  const scores = emptyScores();
  let standalone = 0;
  // `Rubio has previously said …`, then `tying the bill to Rubio`; `President Obama`, then `an Obama win`: a name
  // that speaks anywhere, or is written with a person's title, is no town of that name.
  const notATown = group.candidates.some((candidate) => speaksAsPerson(candidate) || candidate.headKind === 'person');
  for (const candidate of group.candidates) {
    addScores(scores, candidate.scores);
    if (notATown) scores.place -= worldCityCredit(candidate);
    // `the Red Devils`, `the Conservatives`: after `the`, a name is a group or a body.
    if (candidate.afterThe && !candidate.headKind) {
      scores.person -= candidate.scores.person;
      scores.organization += EVIDENCE.repeatedSingleWord;
    }
    if (candidate.headKind) scores[candidate.headKind] += EVIDENCE.head;
    if (!candidate.joinOnly) standalone += 1;
  }
  if (standalone === 0) return undefined;
  // A full name the article later shortens to a surname is a person's: `Jane Roe` ... `Roe said`.
  // `Alejandro Méndez Villaseñor` ... `Méndez said`: any family name of a name of three words counts.
  const full = group.candidates.find((candidate) => candidate.nameKeys.length >= 2 && !candidate.headKind);
  const familyNames = full === undefined ? [] : hasInnerNames(full) ? full.nameKeys.slice(1) : full.nameKeys.slice(-1);
  if (familyNames.length > 0 && group.candidates.some((candidate) => candidate.nameKeys.length === 1 && familyNames.includes(candidate.nameKeys[0]!))) {
    scores.person += EVIDENCE.referredToBySurname;
  }
  // A single word written again and again with nothing else is most often a company or a club.
  const oneWord = group.candidates.every((candidate) => candidate.nameKeys.length === 1);
  if (oneWord && standalone >= 2) scores.organization += EVIDENCE.repeatedSingleWord;
  return bestKind(scores, MIN_EVIDENCE);
}

function canonicalName(group: OpenGroup, describing: ReadonlySet<Candidate>): string {
  if (group.known) return group.known.name;
  const naming = group.candidates.some((candidate) => !describing.has(candidate)) ? group.candidates.filter((candidate) => !describing.has(candidate)) : group.candidates;
  let best = naming[0]!;
  for (const candidate of naming) {
    if (candidate.nameKeys.length > best.nameKeys.length) best = candidate;
  }
  return naming.find((candidate) => candidate.fullName)?.fullName ?? best.name;
}

const longestKeys = (group: OpenGroup) =>
  group.candidates.reduce((a, b) => (b.nameKeys.length > a.nameKeys.length ? b : a)).nameKeys;

/**
 * `Kestrel Mining` and `Kestrel Mining Ltd` are one company: the name without
 * its legal form joins the group of the name with it. Returns the groups
 * emptied that way. One pass over the groups, each looked up once.
 */
function joinCompanyShortNames(order: readonly OpenGroup[]): Set<OpenGroup> {
  const bySuffixless = new Map<string, OpenGroup>();
  for (const group of order) {
    const keys = longestKeys(group);
    if (keys.length >= 2 && COMPANY_SUFFIXES.has(keys[keys.length - 1]!)) bySuffixless.set(keys.slice(0, -1).join(' '), group);
  }
  const merged = new Set<OpenGroup>();
  if (bySuffixless.size === 0) return merged;
  for (const group of order) {
    if (group.known) continue;
    const owner = bySuffixless.get(longestKeys(group).join(' '));
    if (!owner || owner === group) continue;
    owner.candidates.push(...group.candidates);
    merged.add(group);
  }
  return merged;
}

/**
 * `Castillo Ibarra` after `María Fernanda Castillo Ibarra`: the family names
 * without the given names are the same person, when exactly one longer name
 * ends with them. Returns the groups emptied that way.
 */
function joinFamilyNameTails(order: readonly OpenGroup[], byKey: Map<string, OpenGroup>): Set<OpenGroup> {
  const byTail = new Map<string, OpenGroup | null>();
  for (const group of order) {
    const longest = group.candidates.reduce((a, b) => (b.nameKeys.length > a.nameKeys.length ? b : a));
    if (group.known || !isPersonLike(group) || !hasInnerNames(longest)) continue;
    const keys = longest.nameKeys;
    for (let start = 1; start <= keys.length - 2; start += 1) {
      const tail = keys.slice(start).join(' ');
      countWork(keys.length - start);
      byTail.set(tail, byTail.has(tail) && byTail.get(tail) !== group ? null : group);
    }
  }
  return mergeIntoTailOwners(order, byKey, byTail, isPersonLike);
}

/** Longest place name, in words, looked for at the start of a body's name: `New South Wales`. */
const LONGEST_LEADING_PLACE = 3;

/** The words of a body's name after the place it opens with: `Rural Fire Service` of `New South Wales Rural Fire Service`. */
function tailAfterLeadingPlace(candidate: Candidate): string[] | undefined {
  const words = candidate.name.split(/\s+/);
  for (let length = Math.min(LONGEST_LEADING_PLACE, words.length - 2); length >= 1; length -= 1) {
    if (lookupKnownName(words.slice(0, length).join(' '))?.kind !== 'place') continue;
    const tail = candidate.nameKeys.slice(length);
    return FUNCTION_WORDS.has(tail[0]!) ? undefined : tail;
  }
  return undefined;
}

/**
 * `the Rural Fire Service` after `the New South Wales Rural Fire Service`:
 * a body's name without the place it opens with is the same body, when
 * exactly one body in the article has that name after a place. Returns the
 * groups emptied that way.
 */
function joinPlaceLedTails(order: readonly OpenGroup[], byKey: Map<string, OpenGroup>): Set<OpenGroup> {
  const byTail = new Map<string, OpenGroup | null>();
  for (const group of order) {
    if (group.known || !group.candidates.some((candidate) => candidate.headKind === 'organization')) continue;
    const longest = group.candidates.reduce((a, b) => (b.nameKeys.length > a.nameKeys.length ? b : a));
    const tail = longest.allCaps ? undefined : tailAfterLeadingPlace(longest);
    if (!tail) continue;
    const key = tail.join(' ');
    byTail.set(key, byTail.has(key) && byTail.get(key) !== group ? null : group);
  }
  return mergeIntoTailOwners(order, byKey, byTail, () => true);
}

/**
 * Moves every group whose longest name is a claimed tail into the group that
 * owns that tail (a `null` owner means two groups claim it: no merge).
 * Returns the groups emptied that way.
 */
function mergeIntoTailOwners(
  order: readonly OpenGroup[],
  byKey: Map<string, OpenGroup>,
  byTail: ReadonlyMap<string, OpenGroup | null>,
  eligible: (group: OpenGroup) => boolean,
): Set<OpenGroup> {
  const merged = new Set<OpenGroup>();
  if (byTail.size === 0) return merged;
  for (const group of order) {
    if (group.known || !eligible(group)) continue;
    const key = longestKeys(group).join(' ');
    const owner = byTail.get(key);
    if (!owner || owner === group) continue;
    owner.candidates.push(...group.candidates);
    byKey.set(`name:${key}`, owner);
    merged.add(group);
  }
  return merged;
}

export function groupCandidates(candidates: readonly Candidate[]): EntityGroup[] {
  const byKey = new Map<string, OpenGroup>();
  let order: OpenGroup[] = [];
  const open = (key: string, candidate: Candidate) => {
    let group = byKey.get(key);
    if (!group) {
      group = { candidates: [], known: candidate.known };
      byKey.set(key, group);
      order.push(group);
    }
    group.candidates.push(candidate);
  };
  // `Sgt Brady` after `Sgt Tom Brady`: a title before a surname still leaves a short name to join the full one.
  const isShort = (candidate: Candidate) =>
    !candidate.known && candidate.nameKeys.length === 1 && (!candidate.headKind || candidate.headKind === 'person');
  const townsAlone = candidates.filter(isTownAlone);
  const waiting = new Set(townsAlone);
  for (const candidate of candidates) {
    if (!isShort(candidate) && !waiting.has(candidate)) open(groupKey(candidate), candidate);
  }
  const tails = joinFamilyNameTails(order, byKey);
  for (const group of joinPlaceLedTails(order, byKey)) tails.add(group);
  if (tails.size > 0) order = order.filter((group) => !tails.has(group));
  // `Matchwinner Keane was full of praise` after `Robbie Keane`: the word before the one person's surname describes him.
  // They join and never name the person: their first word is no part of the name.
  const describing = joinDescribedSurnames(order, byKey);
  if (describing.size > 0) order = order.filter((group) => group.candidates.length > 0);
  // Short names only join the groups of longer names, whose shapes no short name changes.
  const longGroups = indexLongGroups(order);
  const isLong = new Set(order);
  const placesInText = placesReadTwice(candidates, isShort);
  // `Clinton said` after `Hillary Clinton`: a town's name written alone, with nothing around it that reads
  // as a place, is the surname of the one person the article names in full with it. Shared by two people
  // (`Bill Clinton`), it is known to be neither one of them nor the town: what is written around it decides.
  const placed = new Set<Candidate>();
  for (const candidate of townsAlone) {
    const people = peopleWithSurname(longGroups, candidate.nameKeys[0]!);
    if (people.length === 1) people[0]!.candidates.push(asSurname(candidate));
    else if (people.length > 1) open(`name:${candidate.nameKeys[0]!}`, asSurname(candidate));
    else if (!isShort(candidate)) open(groupKey(candidate), candidate);
    else continue;
    placed.add(candidate);
  }
  for (const candidate of candidates) {
    if (!isShort(candidate) || placed.has(candidate)) continue;
    if (candidate.surnameOnly) {
      const people = (longGroups.bySurname.get(candidate.nameKeys[0]!) ?? []).filter((group) => !group.known && readsAsPerson(group));
      if (people.length === 1) people[0]!.candidates.push(candidate);
      continue;
    }
    const key = groupKey(candidate);
    const owner = byKey.get(key) ?? groupForShortName(candidate, longGroups, placesInText);
    if (owner) {
      // `confidence in Rubio` after `Marco Rubio`: a town's word joining the surname of a person named in full (or
      // the name two people share: `Hillary Clinton`, `Bill Clinton`) is read as that surname, so the towns table
      // says nothing of it (its other evidence still counts).
      const surname = candidate.worldCity === true && !owner.known && peopleWithSurname(longGroups, candidate.nameKeys[0]!).length > 0;
      owner.candidates.push(surname ? asSurname(candidate) : candidate);
      // A short name may define an acronym a later one uses: `Nato (NATO)`.
      const acronym = candidate.definesAcronym;
      if (acronym !== undefined && isLong.has(owner) && !longGroups.byAcronym.has(acronym)) {
        longGroups.byAcronym.set(acronym, owner);
      }
    } else open(key, candidate);
  }

  const merged = joinCompanyShortNames(order);
  const groups: EntityGroup[] = [];
  for (const group of order) {
    if (merged.has(group)) continue;
    const kind = kindOf(group);
    if (!kind) continue;
    group.candidates.sort((a, b) => a.block.order - b.block.order || a.first - b.first);
    groups.push({
      candidates: group.candidates,
      kind,
      name: canonicalName(group, describing),
      listEntry: group.known?.listEntry,
    });
  }
  return groups;
}
