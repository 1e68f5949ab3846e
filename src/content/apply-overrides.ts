import type { Entity, EntityKind, EntityListEntry, Extraction } from '../extract/types.ts';
import type { SiteExtraction, SiteQuoteRecord } from '../graph/site-extraction.ts';
import { slugify } from '../graph/slugs.ts';

/** `quotes:` in an article's frontmatter: every quote whose text contains `match` gets `speaker`. */
export interface QuoteOverride {
  /** Words of the quote, as written (spacing and straight/curly marks do not matter). */
  match: string;
  /** The speaker's name or alias; null says the quote has no speaker. */
  speaker: string | null;
}

/** `entities:` in an article's frontmatter: fix an entity found by its name or an alias. */
export interface EntityOverride {
  name: string;
  kind?: EntityKind;
  aliases?: string[];
  /** The entity is a false one: drop it and its mentions; its quotes lose their speaker. */
  remove?: boolean;
}

export interface ArticleOverrides {
  quotes?: readonly QuoteOverride[];
  entities?: readonly EntityOverride[];
}

export interface OverrideContext {
  /** The article's slug, for error messages. */
  article: string;
  entityList: readonly EntityListEntry[];
}

/** The rule name and confidence an editor-set attribution carries. */
export const EDITOR_RULE = 'editor';

/** Names compare without regard to case, spacing or Unicode composition. */
function nameKey(name: string): string {
  return name.normalize('NFC').toLowerCase().replace(/\s+/g, ' ').trim();
}

/** Quote text compares with spacing collapsed and curly marks made straight, case kept. */
function quoteKey(text: string): string {
  return text
    .normalize('NFC')
    .replace(/[\u2018\u2019\u201a\u201b]/g, "'")
    .replace(/[\u201c\u201d\u201e\u201f]/g, '"')
    .replace(/\s+/g, ' ')
    .trim();
}

function namedBy(candidate: { name: string; aliases: readonly string[] }, name: string): boolean {
  const wanted = nameKey(name);
  return [candidate.name, ...candidate.aliases].some((form) => nameKey(form) === wanted);
}

/**
 * Applies an article's editor overrides to its extraction. Entity fixes come
 * first, so a quote override can name an entity by an alias added in the same
 * frontmatter. An override that matches nothing is an error naming the
 * article: an editor's fix must never be silently ignored.
 */
export function applyOverrides(extraction: Extraction, overrides: ArticleOverrides, context: OverrideContext): SiteExtraction {
  let result: SiteExtraction = {
    // Overrides grow an entity's lists in place, so each list is copied: the caller's extraction stays as it was.
    entities: extraction.entities.map((entity) => ({
      ...entity,
      aliases: [...entity.aliases],
      roles: [...entity.roles],
      affiliations: [...entity.affiliations],
    })),
    mentions: [...extraction.mentions],
    quotes: extraction.quotes.map((quote) => ({ ...quote })),
    statements: extraction.statements.map((statement) => ({ ...statement })),
    ...(extraction.sentences === undefined ? {} : { sentences: extraction.sentences }),
  };
  for (const override of overrides.entities ?? []) result = applyEntityOverride(result, override, context);
  return applyQuoteOverrides(result, overrides.quotes ?? [], context);
}

function applyEntityOverride(extraction: SiteExtraction, override: EntityOverride, context: OverrideContext): SiteExtraction {
  const target = extraction.entities.find((entity) => namedBy(entity, override.name));
  if (!target) {
    throw new Error(`Override in article "${context.article}": entity "${override.name}" matches no entity of the article`);
  }
  if (override.remove) {
    return {
      entities: extraction.entities.filter((entity) => entity !== target),
      mentions: extraction.mentions.filter((mention) => mention.entityId !== target.id),
      quotes: extraction.quotes.map((quote) => (quote.speakerId === target.id ? { ...quote, speaker: null, speakerId: null } : quote)),
      statements: extraction.statements.map((statement) =>
        statement.speakerId === target.id ? { ...statement, speaker: null, speakerId: null } : statement,
      ),
    };
  }
  if (override.kind !== undefined) target.kind = override.kind;
  for (const alias of override.aliases ?? []) if (!target.aliases.includes(alias)) target.aliases.push(alias);
  const absorbed = extraction.entities.filter(
    (entity) => entity !== target && (override.aliases ?? []).some((alias) => namedBy(entity, alias)),
  );
  return absorbed.reduce((merged, entity) => mergeInto(merged, target, entity, context), extraction);
}

/**
 * An alias the editor gives names another entity of the article: the two are
 * one, as the same alias in content/entities/ would have made them when the
 * article was extracted. `absorbed`'s written forms, roles, mentions and
 * quotes become `target`'s. Two different entity-list entries are never
 * merged here: that is the entity list's to decide, so it is an error.
 */
function mergeInto(extraction: SiteExtraction, target: Entity, absorbed: Entity, context: OverrideContext): SiteExtraction {
  if (absorbed.listId !== undefined && absorbed.listId !== target.listId) {
    throw new Error(
      `Override in article "${context.article}": an alias of "${target.name}" names "${absorbed.name}", ` +
        `which is entity-list entry "${absorbed.listId}"; merge the two in content/entities/ instead`,
    );
  }
  for (const alias of absorbed.aliases) if (!target.aliases.includes(alias)) target.aliases.push(alias);
  for (const role of absorbed.roles) if (!target.roles.includes(role)) target.roles.push(role);
  for (const affiliation of absorbed.affiliations) if (!target.affiliations.includes(affiliation)) target.affiliations.push(affiliation);
  target.mentions += absorbed.mentions;
  const speaker = { speaker: target.name, speakerId: target.id };
  return {
    entities: extraction.entities.filter((entity) => entity !== absorbed),
    mentions: extraction.mentions.map((mention) => (mention.entityId === absorbed.id ? { ...mention, entityId: target.id } : mention)),
    quotes: extraction.quotes.map((quote) => (quote.speakerId === absorbed.id ? { ...quote, ...speaker } : quote)),
    statements: extraction.statements.map((statement) => (statement.speakerId === absorbed.id ? { ...statement, ...speaker } : statement)),
  };
}

function applyQuoteOverrides(
  extraction: SiteExtraction,
  overrides: readonly QuoteOverride[],
  context: OverrideContext,
): SiteExtraction {
  const entities = [...extraction.entities];
  const chosen = new Map<SiteQuoteRecord, QuoteOverride>();
  for (const override of overrides) {
    const matched = extraction.quotes.filter((quote) => quoteKey(quote.text).includes(quoteKey(override.match)));
    if (matched.length === 0) {
      throw new Error(`Override in article "${context.article}": quote match "${override.match}" matches no quote of the article`);
    }
    for (const quote of matched) {
      const earlier = chosen.get(quote);
      if (earlier && earlier.speaker !== override.speaker) {
        throw new Error(
          `Override in article "${context.article}": quote ${quote.id} is matched by "${earlier.match}" and "${override.match}" with different speakers`,
        );
      }
      chosen.set(quote, override);
    }
  }

  const quotes = extraction.quotes.map((quote): SiteQuoteRecord => {
    const override = chosen.get(quote);
    if (!override) return quote;
    const editor = { rule: EDITOR_RULE, confidence: 1, editorConfirmed: true };
    if (override.speaker === null) return { ...quote, ...editor, speaker: null, speakerId: null };
    const speaker = resolveSpeaker(override.speaker, entities, context.entityList);
    // The editor says someone spoke these words, so they are speech.
    const kind = quote.kind === 'not-speech' ? 'direct' : quote.kind;
    return { ...quote, ...editor, kind, speaker: speaker.name, speakerId: speaker.id };
  });
  return { ...extraction, entities, quotes };
}

/**
 * The entity an editor means by a speaker name: one of the article's entities
 * (people and organizations first), else an entity-list entry, else a new
 * person. A found list entry or new person is added to `entities`.
 */
function resolveSpeaker(name: string, entities: Entity[], entityList: readonly EntityListEntry[]): Entity {
  const named = entities.filter((entity) => namedBy(entity, name));
  const inArticle = named.find((entity) => entity.kind === 'person' || entity.kind === 'organization') ?? named[0];
  if (inArticle) return inArticle;

  const listed = entityList.find((entry) => namedBy(entry, name));
  if (listed) {
    const existing = entities.find((entity) => entity.listId === listed.id);
    if (existing) return existing;
    const added: Entity = { ...blankEntity(listed.id, listed.name, listed.kind), listId: listed.id };
    entities.push(added);
    return added;
  }
  const added = blankEntity(`editor-person-${slugify(name) || 'unnamed'}`, name.trim(), 'person');
  entities.push(added);
  return added;
}

function blankEntity(id: string, name: string, kind: EntityKind): Entity {
  return { id, name, kind, aliases: [], mentions: 0, roles: [], affiliations: [] };
}
