/**
 * Each quote's text and speaker name, extraction run whole on plain
 * paragraphs (entities found, not given): the published speaker, or with
 * `{ speakerModel: null }` the rules' own choice.
 */
import { extractArticle, type ExtractOptions } from '../../src/extract/index.ts';

export function extractedSpeakers(paragraphs: string[], options: ExtractOptions = {}): [string, string | null][] {
  const result = extractArticle({ title: null, caption: null, dateline: [], paragraphs }, options);
  const names = new Map(result.entities.map((entity) => [entity.id, entity.name]));
  return result.quotes.map((quote) => [quote.text, quote.speakerId === null || quote.speakerId === undefined ? null : (names.get(quote.speakerId) ?? null)]);
}
