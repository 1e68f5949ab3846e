/**
 * Definite role phrases that name an entity met earlier: `the Russian
 * president`, `the Russian leader`, `the company`, `the North`. Each is
 * resolved only with clear evidence: the entity was given that role (or
 * nationality) before, or it is the only entity of that kind so far.
 * Otherwise nothing is emitted.
 */
import type { Entity, EntityKind, EntityMention } from '../types.ts';
import { LEADER_ROLES, REFERRING_ROLE_NOUNS, isPersonRoleNoun } from '../lexicon/role-nouns.ts';
import { TITLE_ABBREVIATIONS } from '../lexicon/titles.ts';
import { ORGANIZATION_HEADS } from '../lexicon/org-suffixes.ts';
import { countryOfDemonym } from '../gazetteer/index.ts';
import type { BlockText } from './blocks.ts';
import { FUNCTION_WORDS } from './common-words.ts';
import type { Token } from './tokenize.ts';
import { isSpaceAt } from '../analysis/characters.ts';

/** At most this many words between `the` and the role noun: `the embattled Russian president`. */
const MAX_MODIFIERS = 2;
const COMPASS_NAMES: ReadonlySet<string> = new Set(['North', 'South', 'East', 'West']);

interface RolePhrase {
  first: number;
  end: number;
  /** The affiliation is a name written inside the phrase (`the New Jersey governor`): a name mention may cover it. */
  namesHolder?: true;
  kind: EntityKind;
  /** The role noun as written, lowercase: `president`, `prime minister`. */
  role: string;
  /** Nationality written in the phrase: `Russian`. */
  affiliation?: string;
  /** `the North`: the compass word a place name starts with. */
  compass?: string;
}

/** Last word of a role, singular: `energy minister` -> `minister`, `Airlines` -> `airline`. */
function headOf(role: string): string {
  // The text after the last white space: the last of `split(/\s+/)`, without the array.
  const lower = role.toLowerCase();
  let space = lower.length - 1;
  while (space >= 0 && !isSpaceAt(lower, space)) space -= 1;
  const last = lower.slice(space + 1);
  return last.endsWith('ies') ? `${last.slice(0, -3)}y` : last.endsWith('s') && last.length > 3 && !last.endsWith('ss') ? last.slice(0, -1) : last;
}

/** A role phrase's role when it is a referring role of two words (`prime minister`), which is found by nothing less. */
function compoundRoleOf(role: string): string | undefined {
  return role.includes(' ') && REFERRING_ROLE_NOUNS.has(role) ? role : undefined;
}

function readPhrase(tokens: readonly Token[], the: number): RolePhrase | undefined {
  let affiliation: string | undefined;
  // `the New Jersey governor`: capitalized words before the role noun name the place the office is held for,
  // as the title did (`New Jersey Gov. Chris Christie`).
  const held: string[] = [];
  for (let index = the + 1; index < tokens.length && index <= the + 1 + MAX_MODIFIERS; index += 1) {
    const token = tokens[index]!;
    if (!token.isWord) return undefined;
    const next = tokens[index + 1];
    const nextIsName = next?.isWord === true && next.capitalized;
    if (COMPASS_NAMES.has(token.text) && !nextIsName) {
      return { first: the, end: index + 1, kind: 'place', role: token.key, compass: token.text };
    }
    // Two lowercase words may make one role: `prime minister`.
    const pair = !token.capitalized && next?.isWord && !next.capitalized ? `${token.key} ${next.key}` : undefined;
    const pairKind = pair === undefined ? undefined : REFERRING_ROLE_NOUNS.get(pair);
    if (pairKind && !(tokens[index + 2]?.isWord && tokens[index + 2]!.capitalized)) {
      return { first: the, end: index + 2, kind: pairKind, role: pair!, affiliation };
    }
    const kind = token.capitalized && token.text !== 'CEO' ? undefined : REFERRING_ROLE_NOUNS.get(token.key);
    if (kind) {
      // `the Russian President Vladimir Putin` is a title before a name, not a role phrase.
      if (nextIsName) return undefined;
      // `the president of ...`, `the company spokesman`: a longer description, not this role.
      if (next?.isWord && (next.key === 'of' || (!next.capitalized && REFERRING_ROLE_NOUNS.has(next.key)))) return undefined;
      if (affiliation === undefined && held.length > 0) return { first: the, end: index + 1, kind, role: token.key, affiliation: held.join(' '), namesHolder: true };
      return { first: the, end: index + 1, kind, role: token.key, affiliation };
    }
    if (token.capitalized) {
      if (affiliation !== undefined) return undefined;
      if (countryOfDemonym(token.text) !== undefined && held.length === 0) affiliation = token.text;
      else held.push(token.text);
    } else if (FUNCTION_WORDS.has(token.key) || held.length > 0) {
      return undefined;
    }
  }
  return undefined;
}

/** Offices of government one noun may stand for another of: `Education Secretary Ruth Kelly` … `the minister`. */
const MINISTERIAL_HEADS: ReadonlySet<string> = new Set(['minister', 'secretary', 'chancellor', 'premier']);

/** The office a learned role's head names, its short title written out: `sen` -> `senator`. */
function officeOf(role: string): string {
  const head = headOf(role);
  return TITLE_ABBREVIATIONS.get(head) ?? head;
}

function sameOffice(a: string, b: string): boolean {
  return a === b || (MINISTERIAL_HEADS.has(a) && MINISTERIAL_HEADS.has(b));
}

/**
 * The person was given some office (a role noun: `spokesman`, `Sen.`; not a courtesy like `Lord`) and none that
 * `head` could name.
 */
function holdsOtherOfficesOnly(person: Entity, head: string): boolean {
  const offices = person.roles.map(officeOf).filter((office) => isPersonRoleNoun(office) || REFERRING_ROLE_NOUNS.has(office));
  return offices.length > 0 && !offices.some((office) => sameOffice(office, head));
}

/** Nouns that fit a body whatever its name says it is: `Velmora Holdings` ... `the company`. */
const ANY_BODY_NOUNS: ReadonlySet<string> = new Set(['company', 'firm', 'group', 'business', 'organisation', 'organization', 'body', 'operator', 'outfit']);

/** Key of a role's head as an entity may hold it: learned roles and the name's own head. */
const headKey = (kind: EntityKind, head: string) => `${kind}\u0000head\u0000${head}`;
const leaderKey = (kind: EntityKind) => `${kind}\u0000leader`;
const compassKey = (compass: string) => `place\u0000compass\u0000${compass}`;
const withAffiliation = (key: string, affiliation: string) => `${key}\u0000${affiliation}`;

/** Roles an organization's own name gives it: `Northwind Airlines` is an airline. */
function nameRole(entity: Entity): string | undefined {
  const head = headOf(entity.name);
  return ORGANIZATION_HEADS.has(head) || ORGANIZATION_HEADS.has(`${head}s`) ? head : undefined;
}

/**
 * Every key a role phrase could find this entity by: the head of each role it
 * was given (`energy minister` -> `minister`), its name's head, `leader` for
 * any leader's role, the compass word a place's name opens with; each also
 * paired with each of its affiliations, for `the Russian president`.
 */
function lookupKeysOf(entity: Entity): string[] {
  const keys = new Set<string>();
  let leads = false;
  for (const learned of entity.roles) {
    const head = headOf(learned);
    keys.add(headKey(entity.kind, head));
    // Only the compound itself: a deputy prime minister is not `the prime minister`.
    const compound = compoundRoleOf(learned.toLowerCase());
    if (compound !== undefined) keys.add(headKey(entity.kind, compound));
    if (LEADER_ROLES.has(learned) || LEADER_ROLES.has(head)) leads = true;
  }
  const named = nameRole(entity);
  if (named !== undefined) keys.add(headKey(entity.kind, named));
  // `the leader` is whoever leads, or a body whose own name ends in `leader`.
  if (leads || named === 'leader') keys.add(leaderKey(entity.kind));
  if (entity.kind === 'place') {
    const space = entity.name.indexOf(' ');
    if (space > 0 && COMPASS_NAMES.has(entity.name.slice(0, space))) keys.add(compassKey(entity.name.slice(0, space)));
  }
  const all = [...keys];
  for (const key of keys) for (const affiliation of entity.affiliations) all.push(withAffiliation(key, affiliation));
  // `New Jersey Gov. Chris Christie` ... `the New Jersey governor`: with the place it is held for, a short title is
  // found by the office written out (alone, `the senator` stays for whoever was given that word).
  for (const learned of entity.roles) {
    const office = officeOf(learned);
    if (office === headOf(learned)) continue;
    for (const affiliation of entity.affiliations) all.push(withAffiliation(headKey(entity.kind, office), affiliation));
  }
  return all;
}

/**
 * The entities named so far, indexed so that each role phrase is resolved in
 * constant time however long the article: for every lookup key the entity
 * most recently named with it, and per kind how many entities were named.
 */
class RecentEntities {
  private readonly latestByKey = new Map<string, Entity>();
  private readonly keysOf = new Map<Entity, string[]>();
  private readonly seenOfKind = new Map<EntityKind, Set<Entity>>();
  /** Keys of roles someone unnamed was given: `a Telstra spokesperson`, `an official`. */
  private readonly unnamedHolders = new Set<string>();
  private last: Entity | undefined;

  /** `a spokesperson said …`: someone holds the role who is not named, and whom a later `the spokesperson` means. */
  introduceUnnamed(phrase: RolePhrase): void {
    this.unnamedHolders.add(keyOfPhrase(phrase));
  }

  see(entity: Entity): void {
    // The same entity named twice in a row changes nothing.
    if (entity === this.last) return;
    this.last = entity;
    let keys = this.keysOf.get(entity);
    if (keys === undefined) {
      keys = lookupKeysOf(entity);
      this.keysOf.set(entity, keys);
      let ofKind = this.seenOfKind.get(entity.kind);
      if (ofKind === undefined) this.seenOfKind.set(entity.kind, (ofKind = new Set()));
      ofKind.add(entity);
    }
    for (const key of keys) this.latestByKey.set(key, entity);
  }

  private latest(key: string, affiliation: string | undefined): Entity | undefined {
    return this.latestByKey.get(affiliation === undefined ? key : withAffiliation(key, affiliation));
  }

  /** The most recent entity that fits the phrase, else the only one of its kind so far. */
  resolve(phrase: RolePhrase): Entity | undefined {
    if (phrase.compass) return this.latest(compassKey(phrase.compass), undefined);
    const key = keyOfPhrase(phrase);
    const found = this.latest(key, phrase.affiliation);
    if (found) return found;
    // `a Telstra spokesperson said …` … `the spokesperson said`: the one who was given no name, not the only person
    // named so far (an earlier customer or witness).
    if (this.unnamedHolders.has(key)) return undefined;
    const ofKind = this.seenOfKind.get(phrase.kind);
    if (ofKind?.size !== 1) return undefined;
    const only = ofKind.values().next().value!;
    // `the mayor` is not John Herbst, `a spokesman`: a person given other offices holds none they were not given.
    if (only.kind === 'person' && holdsOtherOfficesOnly(only, headOf(phrase.role))) return undefined;
    // `the commission` is not `the Rural Fire Service`: a body whose name says what it is is nothing else.
    const named = only.kind === 'organization' ? nameRole(only) : undefined;
    const head = headOf(phrase.role);
    if (named !== undefined && named !== head && !ANY_BODY_NOUNS.has(head)) return undefined;
    return phrase.affiliation === undefined || only.affiliations.includes(phrase.affiliation) ? only : undefined;
  }
}

/** The lookup key a role phrase is resolved by. */
function keyOfPhrase(phrase: RolePhrase): string {
  if (phrase.role === 'leader') return leaderKey(phrase.kind);
  // `the prime minister` is found by that compound role only: a welfare minister is another minister.
  return headKey(phrase.kind, compoundRoleOf(phrase.role) ?? headOf(phrase.role));
}

/** Words after which `a spokesman` says what someone named is, not that someone new is there: `Ruiz is a spokesman`. */
const PREDICATE_WORDS: ReadonlySet<string> = new Set(['is', 'was', 'as', 'became', 'becomes', 'remains', 'remained']);

/**
 * `a spokesperson`, `an official` standing for someone the text does not name; not after a comma, where it is
 * mostly an appositive to a name (`Ann Ruiz, 44, a spokesperson`), nor a predicate (`Ruiz is a spokesperson`).
 * Only a person: `a club like Villa`, `a company` speak of a kind of body more often than bring one in.
 */
function introducesUnnamed(tokens: readonly Token[], determiner: number, phrase: RolePhrase): boolean {
  if (phrase.kind !== 'person') return false;
  const before = tokens[determiner - 1]?.key;
  return before !== ',' && !PREDICATE_WORDS.has(before ?? '');
}

/**
 * Whether a span overlaps a name mention of its block, in logarithmic time:
 * `mentions` sorted by start, `reach[i]` the furthest end among the first i + 1.
 */
function overlapsName(mentions: readonly EntityMention[], reach: readonly number[], start: number, end: number): boolean {
  // Count of mentions that start before `end`.
  let low = 0;
  let high = mentions.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (mentions[middle]!.start < end) low = middle + 1;
    else high = middle;
  }
  return low > 0 && reach[low - 1]! > start;
}

export function findRoleMentions(
  blocks: readonly BlockText[],
  nameMentions: readonly EntityMention[],
  entities: ReadonlyMap<string, Entity>,
): EntityMention[] {
  const found: EntityMention[] = [];
  let cursor = 0;
  const recent = new RecentEntities();
  const inThisBlock = (mention: EntityMention | undefined, block: BlockText) =>
    mention !== undefined && mention.block === block.block && mention.paragraph === block.paragraph;
  for (const block of blocks) {
    const { tokens } = block;
    // The block's own name mentions: they come next in reading order.
    const blockFirst = cursor;
    let blockEnd = cursor;
    while (inThisBlock(nameMentions[blockEnd], block)) blockEnd += 1;
    // Sorted, with their reach, when the block's first role phrase asks: most blocks have none.
    let inBlock: EntityMention[] | undefined;
    const reach: number[] = [];
    for (let index = 0; index < tokens.length; index += 1) {
      const token = tokens[index]!;
      while (cursor < blockEnd && nameMentions[cursor]!.start <= token.start) {
        recent.see(entities.get(nameMentions[cursor]!.entityId)!);
        cursor += 1;
      }
      if (block.titleCase) continue;
      if (token.key === 'a' || token.key === 'an') {
        const unnamed = readPhrase(tokens, index);
        if (unnamed !== undefined && introducesUnnamed(tokens, index, unnamed)) recent.introduceUnnamed(unnamed);
        continue;
      }
      if (token.key !== 'the') continue;
      const phrase = readPhrase(tokens, index);
      if (!phrase) continue;
      const start = token.start;
      const end = tokens[phrase.end - 1]!.end;
      if (inBlock === undefined) {
        inBlock = nameMentions.slice(blockFirst, blockEnd).sort((a, b) => a.start - b.start);
        for (const mention of inBlock) reach.push(Math.max(mention.end, reach[reach.length - 1] ?? 0));
      }
      // The name a phrase is held for lies inside it; any other name over it makes it no phrase of its own.
      if (overlapsName(inBlock, reach, start, phrase.namesHolder ? tokens[phrase.first + 1]!.start : end)) continue;
      if (phrase.namesHolder && overlapsName(inBlock, reach, tokens[phrase.end - 1]!.start, end)) continue;
      const entity = recent.resolve(phrase);
      if (!entity) continue;
      found.push({
        block: block.block,
        paragraph: block.paragraph,
        start,
        end,
        entityId: entity.id,
        text: block.text.slice(start, end),
        form: 'role',
      });
      recent.see(entity);
      index = phrase.end - 1;
    }
    while (cursor < blockEnd) {
      recent.see(entities.get(nameMentions[cursor]!.entityId)!);
      cursor += 1;
    }
  }
  return found;
}
