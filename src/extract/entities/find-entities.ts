/**
 * Finds the people, places, organizations and events an article names, and
 * every place it names them. One pass over the tokens of each block builds
 * name candidates with their evidence; candidates are grouped into entities;
 * headlines in title case are then matched against the names found; last,
 * definite role phrases (`the Russian leader`) are resolved to entities.
 */
import type { ArticleText, Entity, EntityKind, EntityListEntry, EntityMention } from '../types.ts';
import { CLUB_HEADS, CLUB_PLACE_HEADS, EVENT_AFTER_NAME_NOUNS, GOVERNMENT_BY_LEADER_NOUNS, LOWERCASE_COMPANY_SUFFIXES } from '../lexicon/org-suffixes.ts';
import { blocksOf, type BlockText } from './blocks.ts';
import { titleListLines } from './title-lists.ts';
import { acronymsDefinedIn, candidatesOfBlock, makeNameLookup, newCandidateFor, textOf, type Candidate, type NameLookup } from './candidates.ts';
import { groupCandidates, type EntityGroup } from './cluster.ts';
import { entityEvidence } from './entity-evidence.ts';
import { entityIdFor } from './entity-id.ts';
import { findRoleMentions } from './role-mentions.ts';
import { isPageLabel, isShareLine } from './page-labels.ts';
import { isContributorCredit, isFurnitureText, namesInCreditTail, namesInFurnitureLine, type FurnitureName } from './furniture.ts';
import { nameKey } from '../gazetteer/index.ts';
import { withoutMediumPlatforms } from './platform-media.ts';

export interface FoundEntities {
  entities: Entity[];
  mentions: EntityMention[];
}

/** Longest name, in words, looked for in a title-case headline. */
const LONGEST_HEADLINE_NAME = 6;

/** `Trump administration`, `Moon-Putin summit`: a name and a lowercase noun that make a new entity. */
function extendWithFollowingNoun(candidate: Candidate): void {
  const next = candidate.block.tokens[candidate.end];
  if (!next?.isWord || next.capitalized || candidate.known?.kind === 'place') return;
  // `Brackley Dawson plc`: a lowercase legal form still ends the company's name.
  const isGovernment = GOVERNMENT_BY_LEADER_NOUNS.has(next.key) || LOWERCASE_COMPANY_SUFFIXES.has(next.key);
  const isEvent = EVENT_AFTER_NAME_NOUNS.has(next.key);
  if (!isGovernment && !isEvent) return;
  const nameStart = candidate.end - candidate.nameKeys.length;
  candidate.end += 1;
  candidate.name = textOf(candidate.block, Math.max(nameStart, candidate.first), candidate.end);
  candidate.nameKeys = candidate.name.split(/\s+/).map((word) => nameKey(word));
  candidate.known = undefined;
  candidate.joinOnly = false;
  candidate.roles = [];
  candidate.headKind = isGovernment ? 'organization' : 'event';
}

const lastWordOf = (name: string) => nameKey(name.slice(name.lastIndexOf(' ') + 1));

/** Where other clubs play (`Westbury United`), `Hillcrest Town` is a club too, not a town; known places stay places. */
function clubsAmongClubs(groups: EntityGroup[]): void {
  if (!groups.some((group) => group.name.includes(' ') && CLUB_HEADS.has(lastWordOf(group.name)))) return;
  for (const group of groups) {
    if (group.kind !== 'place' || !group.name.includes(' ') || !CLUB_PLACE_HEADS.has(lastWordOf(group.name))) continue;
    if (group.listEntry || group.candidates.some((candidate) => candidate.known)) continue;
    group.kind = 'organization';
  }
}

/** Names already found, by their written forms, for headlines where capitals prove nothing. */
function formsOf(groups: readonly EntityGroup[]): Map<string, EntityGroup> {
  const forms = new Map<string, EntityGroup>();
  for (const group of groups) {
    forms.set(nameKey(group.name), group);
    for (const candidate of group.candidates) {
      forms.set(nameKey(candidate.name), group);
      forms.set(nameKey(textOf(candidate.block, candidate.first, candidate.end)), group);
    }
  }
  return forms;
}

function headlineCandidates(block: BlockText, forms: ReadonlyMap<string, EntityGroup>, lookup: NameLookup): Map<Candidate, EntityGroup | undefined> {
  const found = new Map<Candidate, EntityGroup | undefined>();
  const { tokens } = block;
  let index = 0;
  while (index < tokens.length) {
    let matched = 0;
    for (let length = Math.min(LONGEST_HEADLINE_NAME, tokens.length - index); length >= 1; length -= 1) {
      const last = tokens[index + length - 1]!;
      if (!tokens[index]!.capitalized || !last.isWord) continue;
      const written = textOf(block, index, index + length);
      const group = forms.get(nameKey(written));
      const known = group ? undefined : lookup(written);
      if (group || known) {
        const candidate = newCandidateFor(block, index, index + length, written);
        candidate.known = known;
        found.set(candidate, group);
        matched = length;
        break;
      }
    }
    index += Math.max(matched, 1);
  }
  return found;
}

/**
 * The short form an article uses to refer back to a person, listed with the
 * aliases even where this article happens not to write it alone, so that
 * readers and the quote attributor can look a person up by surname: the last
 * word of the name, or for an entity-list entry its aliases that are words of
 * its name (`Moon` for `Moon Jae-in`).
 */
function referBackForms(entity: Entity, group: EntityGroup): string[] {
  if (entity.kind !== 'person') return [];
  const words = entity.name.split(/\s+/);
  if (group.listEntry) return group.listEntry.aliases.filter((alias) => words.includes(alias));
  return words.length >= 2 ? [words[words.length - 1]!] : [];
}

function roleAlias(text: string): string {
  return text.replace(/^The\b/, 'the');
}

export function findEntities(article: ArticleText, list: readonly EntityListEntry[] = []): FoundEntities {
  const lookup = makeNameLookup(list);
  const blocks = blocksOf(article);
  const definedAcronyms = acronymsDefinedIn(blocks);
  const candidates: Candidate[] = [];
  // Bylines and outlet lines left in the text are read as furniture below.
  const furnitureLines: string[] = [...(article.furniture ?? [])];
  const titleLines = titleListLines(blocks);
  for (const block of blocks) {
    if (isShareLine(block)) continue;
    if (block.block !== 'caption' && isFurnitureText(block.text, lookup)) {
      furnitureLines.push(block.text);
      continue;
    }
    // Its places (`Reporting by Jo Park in Oslo`) are still read as prose.
    const credit = block.block === 'body' && isContributorCredit(block.text);
    if (credit) furnitureLines.push(block.text);
    // `With reports from Jo Park`: the people the credit names are read from it, not as places after `from`.
    const creditsFrom = credit && /\breports?\s+from\b/i.test(block.text);
    const credited = creditsFrom ? new Set(namesInFurnitureLine(block.text, lookup).filter((name) => name.kind === 'person').map((name) => name.written)) : undefined;
    const label = isPageLabel(block) || titleLines.has(block);
    for (const candidate of candidatesOfBlock(block, lookup, definedAcronyms)) {
      if (label && !candidate.known) continue;
      if (credited?.has(candidate.name)) continue;
      extendWithFollowingNoun(candidate);
      candidates.push(candidate);
    }
  }
  const groups = groupCandidates(candidates);
  clubsAmongClubs(groups);

  // Headlines in title case: only names known from elsewhere count.
  const groupKeyOf = (kind: string, name: string) => `${kind}\u0000${name}`;
  let forms: Map<string, EntityGroup> | undefined;
  let byKindAndName: Map<string, EntityGroup> | undefined;
  for (const block of blocks) {
    if (!block.titleCase || isShareLine(block)) continue;
    // Built once, then kept up to date with each headline's names.
    forms ??= formsOf(groups);
    if (!byKindAndName) {
      byKindAndName = new Map();
      for (const group of groups) {
        const key = groupKeyOf(group.kind, group.name);
        if (!byKindAndName.has(key)) byKindAndName.set(key, group);
      }
    }
    for (const [candidate, group] of headlineCandidates(block, forms, lookup)) {
      const key = groupKeyOf(candidate.known?.kind ?? '', candidate.known?.name ?? '');
      let owner = group ?? byKindAndName.get(key);
      if (owner) owner.candidates.push(candidate);
      else {
        owner = { candidates: [candidate], kind: candidate.known!.kind, name: candidate.known!.name, listEntry: candidate.known!.listEntry };
        groups.push(owner);
        byKindAndName.set(key, owner);
        forms.set(nameKey(owner.name), owner);
      }
      forms.set(nameKey(candidate.name), owner);
    }
  }

  // Lists of aliases, roles and affiliations grow without repeats; a set per list keeps each addition constant-time.
  const seenIn = new Map<string[], Set<string>>();
  const addNew = (list: string[], value: string) => {
    let seen = seenIn.get(list);
    if (!seen) seenIn.set(list, (seen = new Set(list)));
    if (seen.has(value)) return;
    seen.add(value);
    list.push(value);
  };

  const entities: Entity[] = [];
  const mentions: EntityMention[] = [];
  for (const group of withoutMediumPlatforms(groups)) {
    const id = group.listEntry?.id ?? entityIdFor(group.kind, group.name);
    const entity: Entity = {
      id,
      name: group.listEntry?.name ?? group.name,
      kind: group.listEntry?.kind ?? group.kind,
      aliases: [],
      mentions: 0,
      roles: [],
      affiliations: [],
      evidence: entityEvidence(group),
    };
    if (group.listEntry) entity.listId = group.listEntry.id;
    for (const candidate of group.candidates) {
      const block = candidate.block;
      const text = textOf(block, candidate.first, candidate.end);
      mentions.push({
        block: block.block,
        paragraph: block.paragraph,
        start: block.tokens[candidate.first]!.start,
        end: block.tokens[candidate.end - 1]!.end,
        entityId: id,
        text,
        form: 'name',
      });
      addNew(entity.aliases, text);
      for (const role of candidate.roles) addNew(entity.roles, role);
      for (const affiliation of candidate.affiliations) {
        addNew(entity.affiliations, affiliation);
      }
    }
    for (const alias of referBackForms(entity, group)) addNew(entity.aliases, alias);
    entities.push(entity);
  }

  // Two groups may end on the same id (a list entry named two ways): merge them.
  const byId = new Map<string, Entity>();
  for (const entity of entities) {
    const earlier = byId.get(entity.id);
    if (!earlier) {
      byId.set(entity.id, entity);
      continue;
    }
    for (const alias of entity.aliases) addNew(earlier.aliases, alias);
    for (const role of entity.roles) addNew(earlier.roles, role);
    for (const affiliation of entity.affiliations) addNew(earlier.affiliations, affiliation);
  }
  const unique = [...byId.values()];

  // Reading order of a mention's block: title, caption, then paragraphs.
  const captionOrder = article.title ? 1 : 0;
  const bodyStart = captionOrder + (article.caption ? 1 : 0);
  const position = (mention: EntityMention) =>
    mention.block === 'title' ? 0 : mention.block === 'caption' ? captionOrder : bodyStart + mention.paragraph;
  mentions.sort((a, b) => position(a) - position(b) || a.start - b.start);

  for (const mention of findRoleMentions(blocks, mentions, byId)) {
    mentions.push(mention);
    const entity = byId.get(mention.entityId)!;
    const alias = roleAlias(mention.text);
    addNew(entity.aliases, alias);
  }
  mentions.sort((a, b) => position(a) - position(b) || a.start - b.start);
  for (const mention of mentions) byId.get(mention.entityId)!.mentions += 1;

  // Datelines name where the story was filed: places, even when the body never repeats them.
  for (const written of article.dateline) {
    const place = written.trim();
    if (place === '' || unique.some((entity) => entity.name === place || entity.aliases.includes(place))) continue;
    const known = lookup(place);
    const name = known?.kind === 'place' ? known.name : place;
    const id = known?.listEntry?.id ?? entityIdFor('place', name);
    const existing = byId.get(id);
    if (existing) {
      existing.aliases.push(place);
      continue;
    }
    const entity: Entity = { id, name, kind: 'place', aliases: [place], mentions: 0, roles: [], affiliations: [], evidence: [known?.listEntry ? 'entity-list' : 'dateline'] };
    if (known?.listEntry) entity.listId = known.listEntry.id;
    byId.set(id, entity);
    unique.push(entity);
  }

  // Furniture (bylines, credits, outlets) names reporters and publishers; never a mention, since it is not article text.
  const furnitureNames: FurnitureName[] = furnitureLines.flatMap((line) => namesInFurnitureLine(line, lookup));
  for (const text of [article.caption ?? '', ...article.paragraphs]) furnitureNames.push(...namesInCreditTail(text, lookup));
  const retyped = new Map<Entity, EntityKind>();
  const byForm = new Map<string, Entity>();
  // Only furniture names look entities up by their forms; most articles have none.
  const addForm = (form: string, entity: Entity) => {
    const key = nameKey(form);
    if (!byForm.has(key)) byForm.set(key, entity);
  };
  if (furnitureNames.length > 0) for (const entity of unique) {
    addForm(entity.name, entity);
    for (const alias of entity.aliases) addForm(alias, entity);
  }
  for (const found of furnitureNames) {
    const known = lookup(found.written);
    const id = known?.listEntry?.id ?? entityIdFor(found.kind, found.name);
    const existing = byForm.get(nameKey(found.name)) ?? byForm.get(nameKey(found.written)) ?? byId.get(id);
    if (existing) {
      addNew(existing.aliases, found.written);
      // An outlet the furniture names is an organization wherever the prose names it (`told the Valley Echo`).
      if (found.kind === 'organization' && existing.kind !== 'organization' && !existing.listId) retyped.set(existing, 'organization');
      continue;
    }
    const entity: Entity = {
      id,
      name: known?.listEntry?.name ?? found.name,
      kind: known?.listEntry?.kind ?? found.kind,
      aliases: [found.written],
      mentions: 0,
      roles: [],
      affiliations: [],
      evidence: [known?.listEntry ? 'entity-list' : 'page-furniture'],
    };
    if (known?.listEntry) entity.listId = known.listEntry.id;
    byId.set(id, entity);
    unique.push(entity);
    byForm.set(nameKey(found.name), entity);
    byForm.set(nameKey(found.written), entity);
  }

  const renamed = new Map<string, string>();
  for (const [entity, kind] of retyped) {
    const id = entityIdFor(kind, entity.name);
    if (byId.has(id)) continue;
    byId.delete(entity.id);
    renamed.set(entity.id, id);
    entity.id = id;
    entity.kind = kind;
    entity.evidence = ['outlet-in-furniture'];
    byId.set(id, entity);
  }
  if (renamed.size > 0) for (const mention of mentions) mention.entityId = renamed.get(mention.entityId) ?? mention.entityId;

  const firstSeen = new Map<string, number>();
  mentions.forEach((mention, index) => {
    if (!firstSeen.has(mention.entityId)) firstSeen.set(mention.entityId, index);
  });
  unique.sort((a, b) => (firstSeen.get(a.id) ?? mentions.length) - (firstSeen.get(b.id) ?? mentions.length));
  return { entities: unique, mentions };
}
