import type { EntityKind } from '../extract/types.ts';
import { clipAtWord } from '../graph/clip-at-word.ts';
import { firstSentenceOf, openingSentence, type ParagraphSentences } from '../extract/analysis/sentences.ts';
import { kindLabel } from './entity-kinds.ts';
import { countOf } from './plural.ts';

/**
 * The page descriptions (`<meta name="description">`, which Open Graph readers also take):
 * what a search result or a shared link shows under the title, so each page
 * says what it holds rather than every page repeating the site's tagline.
 */

/**
 * How long a description may run, in UTF-16 code units, before it is cut at
 * a word: search engines show about this much and cut the rest themselves,
 * mid-word.
 */
export const DESCRIPTION_LIMIT = 160;

/** Runs of whitespace, line breaks included, as one space: a meta attribute is one line. */
function oneLine(text: string): string {
  return text.replace(/\s+/gu, ' ').trim();
}

/** One line, cut at a word to the limit. */
function clipped(text: string): string {
  return clipAtWord(oneLine(text), DESCRIPTION_LIMIT);
}

/** The article fields a description reads. */
export interface DescribedArticle {
  paragraphs: readonly string[];
  captionText: string | null;
  /** The extraction, whose sentence spans are read instead of splitting the opening again. */
  extraction?: { sentences?: ParagraphSentences | undefined };
}

/**
 * An article page: its first sentence (the standfirst the front page shows),
 * cut at a word; an article with no body text falls back to its caption, then
 * to `headline`.
 */
export function articleDescription(article: DescribedArticle, headline: string): string {
  const sentence = openingSentence(article.paragraphs, article.extraction?.sentences) ?? firstSentenceOf(article.captionText ?? '');
  return clipped(sentence.trim() === '' ? headline : sentence);
}

/** The entity fields a description reads. */
export interface DescribedEntity {
  name: string;
  kind: EntityKind;
  description?: string | undefined;
  mentionCount: number;
  articleCount: number;
  datelines: readonly unknown[];
}

/**
 * An entity page: `Person: Moon Jae-in (President of South Korea), mentioned
 * in 3 articles.`; an entity named only in datelines says so.
 */
export function entityDescription(entity: DescribedEntity): string {
  // An entity list's description may be a sentence; its full stop would sit oddly inside the brackets.
  const about = entity.description?.replace(/[.\s]+$/u, '');
  const who = `${kindLabel(entity.kind)}: ${entity.name}${about === undefined || about === '' ? '' : ` (${about})`}`;
  const where =
    entity.mentionCount > 0
      ? `mentioned in ${countOf(entity.articleCount, 'article')}`
      : `named in the dateline of ${countOf(entity.datelines.length, 'article')}`;
  return clipped(`${who}, ${where}.`);
}

/** The speaker fields a description reads. */
export interface DescribedSpeaker {
  name: string;
  quoteCount: number;
  articles: readonly unknown[];
  statements: readonly unknown[];
}

/**
 * A speaker page: `Quotes by Vladimir Putin in 2 articles: 3 quotes.`, with
 * the reported statements when there are any; a speaker with statements only
 * is `Statements reported from …`.
 */
export function speakerDescription(speaker: DescribedSpeaker): string {
  const statements = speaker.statements.length;
  if (speaker.quoteCount === 0) return clipped(`Statements reported from ${speaker.name}: ${countOf(statements, 'reported statement')}.`);
  const counts = [countOf(speaker.quoteCount, 'quote'), ...(statements > 0 ? [countOf(statements, 'reported statement')] : [])].join(' and ');
  return clipped(`Quotes by ${speaker.name} in ${countOf(speaker.articles.length, 'article')}: ${counts}.`);
}

/** `, page 2 of 5` when a list runs over several pages, else nothing. */
function pageNote(number: number, pageCount: number): string {
  return pageCount > 1 ? `, page ${number} of ${pageCount}` : '';
}

/**
 * A page of the front page's article list: `The latest articles, newest
 * first: 50 of 120, page 1 of 3.`
 */
export function frontPageDescription(page: { number: number; shown: number }, pageCount: number, total: number): string {
  if (total === 0) return 'The latest articles, newest first: none yet.';
  const lead = page.number === 1 ? 'The latest articles, newest first' : 'Older articles, newest first';
  return `${lead}: ${page.shown} of ${countOf(total, 'article')}${pageNote(page.number, pageCount)}.`;
}

/** A letter page of the entity or speaker index: `Entities filed under M: 23 names, page 1 of 2.` */
export function letterPageDescription(indexTitle: string, letter: string, names: number, number: number, pageCount: number): string {
  return `${indexTitle} filed under ${letter}: ${countOf(names, 'name')}${pageNote(number, pageCount)}.`;
}

/** A page of the unattributed list: `Quotes with no confident speaker: 12 quotes and 3 reported statements in all, page 2 of 4.` */
export function unattributedDescription(totalQuotes: number, totalStatements: number, number: number, pageCount: number): string {
  return `Quotes with no confident speaker: ${countOf(totalQuotes, 'quote')} and ${countOf(totalStatements, 'reported statement')} in all${pageNote(number, pageCount)}.`;
}

/** The entity index: `The 40 people, places, organizations and events named in 12 articles.` */
export function entityIndexDescription(total: number, articles: number): string {
  return `${countOf(total, 'person, place, organization or event', 'people, places, organizations and events')} named in ${countOf(articles, 'article')}, by letter.`;
}

/** The speakers index: `The 25 speakers quoted or reported in the articles, by letter.` */
export function speakerIndexDescription(total: number): string {
  return `${countOf(total, 'speaker')} quoted or reported in the articles, with their quotes, by letter.`;
}

export const ABOUT_DESCRIPTION = 'How this archive finds the people, places and quotes in each article, what “uncertain” means, and how editors correct it.';
export const NOT_FOUND_DESCRIPTION = 'There is no page at this address.';
