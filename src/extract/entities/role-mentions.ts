/**
 * Definite role phrases that name an entity met earlier: `the Russian
 * president`, `the Russian leader`, `the company`, `the North`. Each is
 * resolved only with clear evidence: the entity was given that role (or
 * nationality) before, or it is the only entity of that kind so far.
 * Otherwise nothing is emitted.
 */
import type { Entity, EntityKind, EntityMention } from '../types.ts';
import { LEADER_ROLES, REFERRING_ROLE_NOUNS } from '../lexicon/role-nouns.ts';
import { ORGANIZATION_HEADS } from '../lexicon/org-suffixes.ts';
import { countryOfDemonym } from '../gazetteer/index.ts';
import type { BlockText } from './blocks.ts';
import { FUNCTION_WORDS } from './common-words.ts';
import type { Token } from './tokenize.ts';

/** At most this many words between `the` and the role noun: `the embattled Russian president`. */
const MAX_MODIFIERS = 2;
const COMPASS_NAMES: ReadonlySet<string> = new Set(['North', 'South', 'East', 'West']);

interface RolePhrase {
  first: number;
  end: number;
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
  const words = role.toLowerCase().split(/\s+/);
  const last = words[words.length - 1]!;
  return last.endsWith('ies') ? `${last.slice(0, -3)}y` : last.endsWith('s') && last.length > 3 && !last.endsWith('ss') ? last.slice(0, -1) : last;
}

function readPhrase(tokens: readonly Token[], the: number): RolePhrase | undefined {
  let affiliation: string | undefined;
  for (let index = the + 1; index < tokens.length && index <= the + 1 + MAX_MODIFIERS; index += 1) {
    const token = tokens[index]!;
    if (!token.isWord) return undefined;
    const next = tokens[index + 1];
    const nextIsName = next?.isWord === true && next.capitalized;
    if (COMPASS_NAMES.has(token.text) && !nextIsName) {
      return { first: the, end: index + 1, kind: 'place', role: token.key, compass: token.text };
    }
    const pair = next?.isWord ? `${token.key} ${next.key}` : '';
    const pairKind = !token.capitalized && next?.isWord && !next.capitalized ? REFERRING_ROLE_NOUNS.get(pair) : undefined;
    if (pairKind && !(tokens[index + 2]?.isWord && tokens[index + 2]!.capitalized)) {
      return { first: the, end: index + 2, kind: pairKind, role: pair, affiliation };
    }
    const kind = token.capitalized && token.text !== 'CEO' ? undefined : REFERRING_ROLE_NOUNS.get(token.key);
    if (kind) {
      // `the Russian President Vladimir Putin` is a title before a name, not a role phrase.
      if (nextIsName) return undefined;
      // `the president of ...`, `the company spokesman`: a longer description, not this role.
      if (next?.isWord && (next.key === 'of' || (!next.capitalized && REFERRING_ROLE_NOUNS.has(next.key)))) return undefined;
      return { first: the, end: index + 1, kind, role: token.key, affiliation };
    }
    if (token.capitalized) {
      if (countryOfDemonym(token.text) === undefined || affiliation) return undefined;
      affiliation = token.text;
    } else if (FUNCTION_WORDS.has(token.key)) {
      return undefined;
    }
  }
  return undefined;
}

function hasRole(entity: Entity, role: string): boolean {
  const head = headOf(role);
  return entity.roles.some((learned) => {
    const learnedHead = headOf(learned);
    if (role === 'leader') return LEADER_ROLES.has(learned) || LEADER_ROLES.has(learnedHead);
    return learned === role || learnedHead === head;
  });
}

/** Roles an organization's own name gives it: `SkyWest Airlines` is an airline. */
function nameRole(entity: Entity): string | undefined {
  const head = headOf(entity.name);
  return ORGANIZATION_HEADS.has(head) || ORGANIZATION_HEADS.has(`${head}s`) ? head : undefined;
}

function resolve(phrase: RolePhrase, before: readonly Entity[]): Entity | undefined {
  const ofKind = before.filter((entity) => entity.kind === phrase.kind);
  if (phrase.compass) {
    return ofKind.find((entity) => entity.name.startsWith(`${phrase.compass} `));
  }
  const fitsAffiliation = (entity: Entity) =>
    phrase.affiliation === undefined || entity.affiliations.includes(phrase.affiliation);
  const withRole = ofKind.find(
    (entity) => fitsAffiliation(entity) && (hasRole(entity, phrase.role) || nameRole(entity) === headOf(phrase.role)),
  );
  if (withRole) return withRole;
  if (ofKind.length === 1 && fitsAffiliation(ofKind[0]!)) return ofKind[0];
  return undefined;
}

export function findRoleMentions(
  blocks: readonly BlockText[],
  nameMentions: readonly EntityMention[],
  entities: ReadonlyMap<string, Entity>,
): EntityMention[] {
  const found: EntityMention[] = [];
  let cursor = 0;
  // Entities in order of their latest mention so far: the most recent comes first.
  const recent: Entity[] = [];
  const see = (entity: Entity) => {
    const at = recent.indexOf(entity);
    if (at >= 0) recent.splice(at, 1);
    recent.unshift(entity);
  };
  for (const block of blocks) {
    const { tokens } = block;
    const inBlock = nameMentions.filter((mention) => mention.block === block.block && mention.paragraph === block.paragraph);
    for (let index = 0; index < tokens.length; index += 1) {
      const token = tokens[index]!;
      while (cursor < nameMentions.length && nameMentions[cursor]!.block === block.block && nameMentions[cursor]!.paragraph === block.paragraph && nameMentions[cursor]!.start <= token.start) {
        see(entities.get(nameMentions[cursor]!.entityId)!);
        cursor += 1;
      }
      if (token.key !== 'the' || block.titleCase) continue;
      const phrase = readPhrase(tokens, index);
      if (!phrase) continue;
      const start = token.start;
      const end = tokens[phrase.end - 1]!.end;
      if (inBlock.some((mention) => mention.start < end && start < mention.end)) continue;
      const entity = resolve(phrase, recent);
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
      see(entity);
      index = phrase.end - 1;
    }
    while (cursor < nameMentions.length && nameMentions[cursor]!.block === block.block && nameMentions[cursor]!.paragraph === block.paragraph) {
      see(entities.get(nameMentions[cursor]!.entityId)!);
      cursor += 1;
    }
  }
  return found;
}
