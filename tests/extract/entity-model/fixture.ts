/**
 * A hand-built extraction over an invented article, so the entity model's
 * features and decisions are pinned without depending on the rules' output.
 */
import type { ArticleText, Entity, EntityKind, EntityMention, Extraction, Quote } from '../../../src/extract/types.ts';

export const ARTICLE: ArticleText = {
  title: 'Harbour plan approved in Port Corvane',
  caption: null,
  dateline: [],
  paragraphs: [
    'Residents gathered in Port Corvane on Monday. Sarah Quinn said the Corvane Harbour Authority had agreed.',
    '"We will build it by spring," Quinn said. The Authority did not comment.',
    'A sign read "Welcome to Dunmarsh Valley".',
  ],
};

function entity(kind: EntityKind, name: string, aliases: string[], mentions: number, extra: Partial<Entity> = {}): Entity {
  const slug = name.toLowerCase().replace(/[^a-z]+/g, '-');
  return { id: `${kind}/${slug}`, name, kind, aliases, mentions, roles: [], affiliations: [], ...extra };
}

/** Every mention of `written` in a block, for the entity. */
function mentionsOf(text: ArticleText, entityId: string, written: string, block: 'title' | 'body', paragraph: number, nth = 0): EntityMention {
  const blockText = block === 'title' ? text.title! : text.paragraphs[paragraph]!;
  let start = -1;
  for (let i = 0; i <= nth; i += 1) start = blockText.indexOf(written, start + 1);
  if (start < 0) throw new Error(`fixture: "${written}" not in ${block} ${paragraph}`);
  return { block, paragraph: block === 'title' ? 0 : paragraph, start, end: start + written.length, entityId, text: written, form: 'name' };
}

export const PORT = entity('place', 'Port Corvane', ['Port Corvane'], 2);
export const QUINN = entity('person', 'Sarah Quinn', ['Sarah Quinn', 'Quinn'], 2);
export const AUTHORITY = entity('organization', 'Corvane Harbour Authority', ['Corvane Harbour Authority', 'Authority'], 2);
export const VALLEY = entity('person', 'Dunmarsh Valley', ['Dunmarsh Valley'], 1);

const quoteText = 'We will build it by spring,';
const quoteStart = ARTICLE.paragraphs[1]!.indexOf(quoteText);
export const QUOTE: Quote = {
  id: 'q-1-1',
  block: 'body',
  paragraph: 1,
  start: quoteStart,
  end: quoteStart + quoteText.length,
  text: quoteText,
  kind: 'direct',
  speaker: 'Sarah Quinn',
  speakerId: QUINN.id,
  cue: 'said',
  rule: 'quote-said-name',
  confidence: 1,
};
const signText = 'Welcome to Dunmarsh Valley';
const signStart = ARTICLE.paragraphs[2]!.indexOf(signText);
export const SIGN: Quote = {
  id: 'q-2-13',
  block: 'body',
  paragraph: 2,
  start: signStart,
  end: signStart + signText.length,
  text: signText,
  kind: 'not-speech',
  speaker: null,
  speakerId: null,
  cue: null,
  rule: null,
  confidence: 0,
};

export function fixtureExtraction(): Extraction {
  return {
    entities: [PORT, QUINN, AUTHORITY, VALLEY],
    mentions: [
      mentionsOf(ARTICLE, PORT.id, 'Port Corvane', 'title', 0),
      mentionsOf(ARTICLE, PORT.id, 'Port Corvane', 'body', 0),
      mentionsOf(ARTICLE, QUINN.id, 'Sarah Quinn', 'body', 0),
      mentionsOf(ARTICLE, AUTHORITY.id, 'Corvane Harbour Authority', 'body', 0),
      mentionsOf(ARTICLE, QUINN.id, 'Quinn', 'body', 1),
      mentionsOf(ARTICLE, AUTHORITY.id, 'Authority', 'body', 1),
      mentionsOf(ARTICLE, VALLEY.id, 'Dunmarsh Valley', 'body', 2),
    ],
    quotes: [QUOTE, SIGN],
    statements: [],
  };
}
