import type { EntityKind } from '../extract/types.ts';
import { articleHeadline } from './headline.ts';
import { dateSourceOf, type DateSourced } from './article-order.ts';
import type { HrefFor } from './routes.ts';
import type { SiteArticle, SiteEntity } from './types.ts';

/** A JSON-LD node: plain data, serialized with serializeJsonLd. */
export type JsonLd = { [key: string]: JsonLdValue };
export type JsonLdValue = string | number | boolean | null | JsonLd | JsonLdValue[];

const SCHEMA_TYPE: Readonly<Record<EntityKind, string>> = {
  person: 'Person',
  place: 'Place',
  organization: 'Organization',
  event: 'Event',
};

/**
 * The page's JSON-LD as one document: `{ "@context", "@graph": [...] }`.
 * `urlFor` should give absolute URLs when the site URL is known.
 */
export function jsonLdDocument(nodes: readonly JsonLd[]): JsonLd {
  return { '@context': 'https://schema.org', '@graph': [...nodes] };
}

export interface NewsArticleOptions {
  /** The site's name, given as the article's `publisher` (an `Organization`); the site passes SITE_TITLE. */
  publisher?: string;
}

/**
 * The article's NewsArticle node: of the properties Google's Article
 * structured-data guide documents (author, dates, headline, image), those the
 * archive knows, and url, dateline and publisher. `headline` is the one the
 * pages show (derived from the first sentence when the page had none);
 * `datePublished` is given only for a publication date, never for the day
 * the article was ingested, and there is no `dateModified`: no edit date is
 * recorded. There is no `author` either: the article schema holds no byline
 * (the ingester strips `By …` lines as noise), and a guessed author would be
 * worse than none. There are no `mentions`: no search engine documents
 * reading them, the page links every entity it names (in the text and the
 * side panel), and data/articles.json lists them for machines; on the seed
 * page they were 2 KB, an eighth of it.
 */
export function newsArticleJsonLd(article: SiteArticle & DateSourced, urlFor: HrefFor, options: NewsArticleOptions = {}): JsonLd {
  const node: JsonLd = {
    '@type': 'NewsArticle',
    headline: articleHeadline(article).text,
    url: urlFor({ page: 'article', slug: article.slug }),
  };
  if (article.date !== undefined && dateSourceOf(article) === 'published') node.datePublished = article.date;
  if (article.dateline.length > 0) node.dateline = article.dateline.join(', ');
  if (options.publisher !== undefined) node.publisher = { '@type': 'Organization', name: options.publisher };
  return node;
}

/** An entity page's own node: its schema.org type, other names and, when known, description and Wikidata item. */
export function entityJsonLd(entity: SiteEntity, urlFor: HrefFor): JsonLd {
  const node: JsonLd = { '@type': SCHEMA_TYPE[entity.kind], name: entity.name, url: urlFor({ page: 'entity', slug: entity.slug }) };
  const otherNames = otherNamesOf(entity);
  if (otherNames.length > 0) node.alternateName = otherNames;
  if (entity.description !== undefined) node.description = entity.description;
  if (entity.wikidata !== undefined) node.sameAs = wikidataUrl(entity.wikidata);
  return node;
}

/** The aliases an entity is written as besides its name. */
export function otherNamesOf(entity: Pick<SiteEntity, 'name' | 'aliases'>): string[] {
  return entity.aliases.filter((alias) => alias !== entity.name);
}

export function wikidataUrl(item: string): string {
  return `https://www.wikidata.org/wiki/${item}`;
}

const UNSAFE_IN_SCRIPT = /[<>&\u2028\u2029]/g;

/**
 * JSON for a `<script type="application/ld+json">` block: `<`, `>`, `&` and
 * the two JavaScript line separators are written as \u escapes, so no string
 * (a title holding `</script>`, say) can end the block or open a comment.
 * The result parses back to the same value.
 */
export function serializeJsonLd(value: JsonLd): string {
  return JSON.stringify(value).replace(UNSAFE_IN_SCRIPT, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
