import type { ArticleText } from '../extract/types.ts';

/** A small seeded PRNG (mulberry32), so synthetic benchmark texts are the same on every run. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Paragraphs in the shape of news copy: names, places, a said-quote, a partial, a colon quote. */
const PARAGRAPH_PATTERN: readonly string[] = [
  'Harbour Council leader Ada Pell said on Tuesday that the Northern Transit Authority would reopen the Kestrel Bridge before the winter.',
  '"We have waited long enough for this crossing," Pell said. "The town cannot keep losing its trade to the coast road."',
  'Tomas Reyes, a ferry operator in Port Maren, called the decision "a lifeline for the island" and said bookings had doubled.',
  'The authority said in a statement: "Repairs are on schedule and within the budget agreed with the council."',
  'Residents in Eastwick and Maren Vale are expected to meet the mayor next week, according to the Maren Gazette.',
];

/** Body paragraphs repeating the news pattern until they hold at least `bytes` characters. */
export function patternedArticle(bytes: number): ArticleText {
  const paragraphs: string[] = [];
  let size = 0;
  for (let i = 0; size < bytes; i += 1) {
    const paragraph = PARAGRAPH_PATTERN[i % PARAGRAPH_PATTERN.length]!;
    paragraphs.push(paragraph);
    size += paragraph.length + 2;
  }
  return { title: 'Kestrel Bridge to reopen before winter', caption: null, dateline: ['Port Maren'], paragraphs };
}

const QUOTE_MARKS: readonly string[] = ['"', '“', '”', "'", '‘', '’'];
const WORDS: readonly string[] = ['the', 'council', 'said', 'Pell', 'bridge', 'will', 'open', 'Reyes', 'told', 'port', 'and', 'winter'];

/**
 * Text of `bytes` characters sprinkled with quote marks that mostly do not
 * pair up: the input that makes a naive quote matcher go quadratic. One
 * paragraph per `paragraphBytes` characters (one single paragraph when
 * `paragraphBytes` is at least `bytes`).
 */
export function unbalancedQuotesArticle(bytes: number, paragraphBytes: number, seed = 1): ArticleText {
  const random = seededRandom(seed);
  const paragraphs: string[] = [];
  let current = '';
  let size = 0;
  while (size < bytes) {
    const piece = random() < 0.15 ? QUOTE_MARKS[Math.floor(random() * QUOTE_MARKS.length)]! : `${WORDS[Math.floor(random() * WORDS.length)]!} `;
    current += piece;
    size += piece.length;
    if (current.length >= paragraphBytes) {
      paragraphs.push(current);
      current = '';
    }
  }
  if (current !== '') paragraphs.push(current);
  return { title: null, caption: null, dateline: [], paragraphs };
}

/** Total characters of an article's blocks, the size the timings are divided by. */
export function articleSize(article: ArticleText): number {
  return (article.title?.length ?? 0) + (article.caption?.length ?? 0) + article.paragraphs.reduce((sum, p) => sum + p.length + 2, 0);
}
