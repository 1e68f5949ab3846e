/**
 * The shapes the extraction engine takes and returns. Pure data: no Astro,
 * no I/O. Every fact carries where it was found, so pages can link to the
 * exact paragraph and editors can see why it was extracted.
 */

import type { SentenceSpan } from './analysis/sentences.ts';

export type EntityKind = 'person' | 'place' | 'organization' | 'event';

/** Which block of the article a location points into. */
export type Block = 'title' | 'caption' | 'body';

/**
 * A span of text in the article. `paragraph` indexes the body text blocks
 * (0-based) when `block` is `body`, and is 0 for the title and caption.
 * `start`/`end` are UTF-16 offsets into that block's plain text (end exclusive).
 */
export interface Location {
  block: Block;
  paragraph: number;
  start: number;
  end: number;
}

/** The article as the engine sees it: plain text per block, in reading order. */
export interface ArticleText {
  title: string | null;
  caption: string | null;
  dateline: string[];
  /**
   * Plain text of each body text block (a paragraph at any depth, a heading, a
   * code block; see `textBlocksOf`) in document order, as the page shows it.
   */
  paragraphs: string[];
  /**
   * Page lines ingest removed as noise (bylines, photo credits, outlet names).
   * Not article text, so nothing is quoted or mentioned in them, but they name
   * the article's reporters, photographers and publishers.
   */
  furniture?: readonly string[];
}

/** One row of the editable entity list (content/entities/). */
export interface EntityListEntry {
  /** Stable id chosen by the editor, e.g. `moon-jae-in`. */
  id: string;
  name: string;
  kind: EntityKind;
  aliases: string[];
  description?: string;
  wikidata?: string;
}

/**
 * How a mention names its entity: by a name or alias (`Vladimir Putin`, `Putin`, `US`),
 * or by a role noun phrase resolved to an earlier named entity (`the Russian leader`).
 */
export type MentionForm = 'name' | 'role';

export interface EntityMention extends Location {
  entityId: string;
  /** The exact characters of the mention as written. */
  text: string;
  form: MentionForm;
}

export interface Entity {
  /** Article-independent id: the entity-list id, or a slug of kind + canonical name. */
  id: string;
  name: string;
  kind: EntityKind;
  /** Every distinct surface form seen in the article (includes `name` when written). */
  aliases: string[];
  mentions: number;
  /** Role nouns learned from pre-modifiers and appositives: `president`, `energy minister`. */
  roles: string[];
  /** Nationality or affiliation adjectives learned the same way: `Russian`. */
  affiliations: string[];
  /** Id in the entity list, when the entity was matched to it. */
  listId?: string;
  /**
   * Why it has its kind, strongest first: where the name is known from
   * (`entity-list`, `gazetteer`), `head-word` (a head word or title in the
   * name), or the context clues of its mentions (`reporting-subject`,
   * `given-name`, `place-preposition`, …). Absent on an entity made outside
   * the engine (an editor's override).
   */
  evidence?: string[];
}

export type QuoteKind = 'direct' | 'partial' | 'not-speech';

export interface Quote extends Location {
  /** Stable within the article: `q-<paragraph>-<start>` style, unique. */
  id: string;
  /** The words inside the marks. */
  text: string;
  kind: QuoteKind;
  /** Canonical entity name, or null when the text does not say who spoke. */
  speaker: string | null;
  speakerId: string | null;
  /** The reporting cue as written (`said`, `added:`), or null. */
  cue: string | null;
  /** Name of the attribution rule that fired, or null. */
  rule: string | null;
  /**
   * 0..1: the speaker model's probability that `speaker` (or, when it is null,
   * `possibleSpeaker`) said it. Below 0.5 means "candidate only", pages show
   * it as unattributed.
   */
  confidence: number;
  /** The speaker model's first candidate when it is too unsure to name it (then `speaker` is null). */
  possibleSpeaker?: string;
  possibleSpeakerId?: string;
  /**
   * Why the speaker model chose its candidate: the ids of the features that
   * raised its score most, strongest first (`engine-rule=quote-X-said`,
   * `previous-quote-speaker=1`). Absent when it named nobody.
   */
  evidence?: string[];
}

/** Reported (indirect) speech without quote marks. */
export interface Statement {
  speaker: string | null;
  speakerId: string | null;
  cue: string;
  text: string;
  paragraph: number;
  block: Block;
  start: number;
  end: number;
}

export interface Extraction {
  entities: Entity[];
  mentions: EntityMention[];
  quotes: Quote[];
  statements: Statement[];
  /**
   * The sentences of each body paragraph (indexed like `ArticleText.paragraphs`),
   * as offsets into its plain text, from the one splitter
   * (src/extract/analysis/sentences.ts), so that no later stage splits the
   * paragraphs again. `extractArticle` always sets it; optional so that an
   * extraction made or stored without it still reads as one.
   */
  sentences?: SentenceSpan[][];
}
