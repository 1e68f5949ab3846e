import { clipAtWord } from './clip-at-word.ts';
import { openingSentence, type ParagraphSentences } from '../extract/analysis/sentences.ts';

/** How long a headline made from the first sentence may run before it is cut at a word. */
export const DERIVED_HEADLINE_LIMIT = 110;
/** Shown only when an article has neither a headline nor any text (ingest refuses such pages). */
export const NO_HEADLINE = 'Untitled article';

/** What an article is called everywhere: its own headline, or one made from its opening. */
export interface Headline {
  text: string;
  /** True when the page had no headline and `text` was made from the first sentence. */
  derived: boolean;
}

/** The fields a headline is made from: the frontmatter title, the body paragraphs and, when known, their sentences. */
export interface HeadlineSource {
  title: string | null;
  paragraphs?: readonly string[];
  /** The extraction, whose sentence spans are read instead of splitting the opening again. */
  extraction?: { sentences?: ParagraphSentences | undefined };
}

/**
 * The article's headline: its title when ingest found one, otherwise the
 * first sentence of its first paragraph, cut at a word boundary near
 * `DERIVED_HEADLINE_LIMIT` and without its closing full stop. It lives in
 * the graph so that every `ArticleRef` carries it (`refOf`) and pages that
 * hold only a ref, the feed, the JSON-LD and articles.json all call an
 * article the same thing.
 */
export function articleHeadline({ title, paragraphs = [], extraction }: HeadlineSource): Headline {
  if (title !== null) return { text: title, derived: false };
  const sentence = openingSentence(paragraphs, extraction?.sentences)?.trim();
  if (sentence === undefined) return { text: NO_HEADLINE, derived: true };
  return { text: clipAtWord(sentence.replace(/(?<!\.)\.$/u, ''), DERIVED_HEADLINE_LIMIT), derived: true };
}
