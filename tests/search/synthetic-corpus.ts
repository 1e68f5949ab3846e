import { seededRandom } from '../../src/eval/synthetic-text.ts';
import type { SearchDocument } from '../../src/search/documents.ts';

/**
 * Made-up search documents shaped like the site's: per article a headline,
 * QUOTES_PER_ARTICLE quotes of about 22 words with their speaker, and the
 * speakers and entities the articles name. Words follow a Zipf law over a
 * vocabulary of English function words and random letter strings, so the
 * commonest terms get the long posting lists real text gives them. Seeded:
 * the same `articles` always gives the same documents.
 */
export const QUOTES_PER_ARTICLE = 8;

const FUNCTION_WORDS = 'the of and to a in that is for on said was with he it as at by from be have this are not has we will they an'.split(' ');
const VOCABULARY = 50_000;

export function syntheticDocuments(articles: number): SearchDocument[] {
  const next = seededRandom(20_000);
  const letters = 'abcdefghijklmnopqrstuvwxyz';
  const words = [...FUNCTION_WORDS];
  while (words.length < VOCABULARY) {
    const length = 3 + Math.floor(next() * 8);
    words.push(Array.from({ length }, () => letters[Math.floor(next() * letters.length)]).join(''));
  }
  // Zipf weights 1/rank, as a cumulative table searched by bisection.
  const cumulative: number[] = [];
  words.reduce((sum, _, rank) => (cumulative.push(sum + 1 / (rank + 1)), sum + 1 / (rank + 1)), 0);
  const total = cumulative.at(-1) as number;
  const word = (): string => {
    const target = next() * total;
    let low = 0;
    let high = cumulative.length - 1;
    while (low < high) {
      const middle = (low + high) >> 1;
      if ((cumulative[middle] as number) < target) low = middle + 1;
      else high = middle;
    }
    return words[low] as string;
  };
  const sentence = (count: number): string => Array.from({ length: count }, word).join(' ');
  const capitalized = (): string => {
    const name = words[FUNCTION_WORDS.length + Math.floor(next() * (VOCABULARY - FUNCTION_WORDS.length))] as string;
    return name.charAt(0).toUpperCase() + name.slice(1);
  };

  const speakers = Array.from({ length: Math.max(20, Math.floor(articles / 10)) }, () => `${capitalized()} ${capitalized()}`);
  const entities = Array.from({ length: Math.max(50, Math.floor(articles / 4)) }, () => `${capitalized()} ${capitalized()}`);
  const documents: SearchDocument[] = [
    ...speakers.map((name, n): SearchDocument => ({ kind: 'speaker', title: name, route: `speakers/s${n}/`, detail: '12 quotes', fields: [name] })),
    ...entities.map((name, n): SearchDocument => ({ kind: 'entity', title: name, route: `entities/e${n}/`, detail: 'person · A description of the entity.', fields: [name] })),
  ];
  const headlines = Array.from({ length: articles }, () => sentence(8));
  headlines.forEach((headline, n) => documents.push({ kind: 'article', title: headline, route: `articles/article-${n}/`, detail: '2026-01-01', fields: [headline] }));
  headlines.forEach((headline, n) => {
    for (let q = 0; q < QUOTES_PER_ARTICLE; q += 1) {
      const text = sentence(16 + Math.floor(next() * 12));
      const speaker = speakers[Math.floor(next() * speakers.length)] as string;
      documents.push({ kind: 'quote', title: text, route: `articles/article-${n}/#q-${q}-0`, speaker, article: headline, fields: [text, speaker] });
    }
  });
  return documents;
}
