import { clipAtWord } from './clip-at-word.ts';
import { splitSentences } from './sentences.ts';

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

/** The fields a headline is made from: the frontmatter title and the body paragraphs. */
export interface HeadlineSource {
  title: string | null;
  paragraphs?: readonly string[];
}

/**
 * The article's headline: its title when ingest found one, otherwise the
 * first sentence of its first paragraph, cut at a word boundary near
 * `DERIVED_HEADLINE_LIMIT` and without its closing full stop. It lives in
 * the graph so that every `ArticleRef` carries it (`refOf`) and pages that
 * hold only a ref, the feed, the JSON-LD and articles.json all call an
 * article the same thing.
 */
export function articleHeadline({ title, paragraphs = [] }: HeadlineSource): Headline {
  if (title !== null) return { text: title, derived: false };
  const opening = paragraphs.find((paragraph) => paragraph.trim() !== '');
  if (opening === undefined) return { text: NO_HEADLINE, derived: true };
  const [first] = splitSentences(opening);
  const sentence = (first === undefined ? opening : opening.slice(first.start, first.end)).trim();
  return { text: clipAtWord(sentence.replace(/(?<!\.)\.$/u, ''), DERIVED_HEADLINE_LIMIT), derived: true };
}
