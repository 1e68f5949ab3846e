import type { InContext } from '../graph/sentences.ts';
import { entityJsonLd, jsonLdDocument, otherNamesOf, wikidataUrl, type JsonLd } from '../graph/index.ts';
import type { EntityKind } from '../extract/types.ts';
import type { ArticleRef, GraphQuote, SiteEntity, SiteGraph } from '../graph/types.ts';
import type { PageCrumb } from './article-page.ts';
import { groupMentionsByArticle } from './mention-groups.ts';
import { entityDescription } from './page-description.ts';
import { relativeHref, type Route } from './paths.ts';
import { countOf } from './plural.ts';
import { speakerSummary } from './quote-display.ts';
import { articleRoute, entitiesRoute, entityRoute, speakerRoute } from './routes.ts';
import { shortName } from './short-name.ts';
import { jsonLdHref } from './site-href.ts';

/** A link with its text, as the page writes it. */
export interface PageLink {
  href: string;
  text: string;
}

/** One mention under its article's heading: the sentence it sits in, linked to its place in the article. */
export interface EntityMentionItem {
  href: string;
  context: InContext;
  /** `title` or `caption` when the mention is not in the body, else null. */
  where: string | null;
}

export interface RelatedChip {
  href: string;
  kind: EntityKind;
  /** The name shortened for the chip; `title` holds it whole when it was cut. */
  shown: string;
  title: string | undefined;
  articles: number;
  /** `3 shared articles`, the count's tooltip. */
  countTitle: string;
}

/** Everything the entity page shows, worked out before any markup is written. */
export interface EntityPageData {
  route: Route;
  entity: SiteEntity;
  /** The name as the tab title, the trail and running text show it (shortened); the heading shows it whole. */
  short: string;
  description: string;
  crumbs: PageCrumb[];
  jsonLd: JsonLd;
  facts: {
    /** `twice in 2 articles`; null for an entity named only in datelines. */
    mentioned: string | null;
    otherNames: string | null;
    roles: string | null;
    wikidata: PageLink | null;
    /** The entity's speaker summary, linked to its speaker page; null when it is not quoted. */
    quoted: PageLink | null;
  };
  /** The articles whose dateline names the place. */
  datelines: PageLink[];
  mentionGroups: { article: ArticleRef; mentions: EntityMentionItem[] }[];
  related: RelatedChip[];
  /** The note on co-mentioned entities beyond those shown; null when all are shown. */
  relatedNote: string | null;
  /** Every quote of the entity as a speaker, newest article first. */
  quotes: GraphQuote[];
  /** The link to the speaker page under the quotes; null without quotes. */
  allQuotes: PageLink | null;
}

/** `once`, `twice`, `4 times`: how often a name is mentioned. */
function timesOf(count: number): string {
  return count === 1 ? 'once' : count === 2 ? 'twice' : `${count} times`;
}

/** The entity page's data (src/site/route-data-entity.ts builds it once per page). */
export function entityPageData(entity: SiteEntity, graph: SiteGraph, site: URL | undefined): EntityPageData {
  const route = entityRoute(entity.slug);
  const href = (to: Route): string => relativeHref(route, to);
  const speaker = graph.speakerBySlug.get(entity.slug);
  const quotes = speaker?.articles.flatMap((group) => group.quotes) ?? [];
  const short = shortName(entity.name);
  const speakerLine = speaker === undefined ? null : speakerSummary({ quotes: speaker.quoteCount, articles: speaker.articles.length, statements: speaker.statements.length });
  const otherNames = otherNamesOf(entity);
  return {
    route,
    entity,
    short,
    description: entityDescription(entity),
    crumbs: [{ label: 'Entities', route: entitiesRoute }, { label: short }],
    jsonLd: jsonLdDocument([entityJsonLd(entity, jsonLdHref(route, site))]),
    facts: {
      mentioned: entity.mentionCount > 0 ? `${timesOf(entity.mentionCount)} in ${countOf(entity.articleCount, 'article')}` : null,
      otherNames: otherNames.length > 0 ? otherNames.join(' · ') : null,
      roles: entity.roles.length > 0 ? entity.roles.join(', ') : null,
      wikidata: entity.wikidata === undefined ? null : { href: wikidataUrl(entity.wikidata), text: entity.wikidata },
      quoted: speakerLine === null ? null : { href: href(speakerRoute(entity.slug)), text: speakerLine },
    },
    datelines: entity.datelines.map((article) => ({ href: href(articleRoute(article.slug)), text: article.headline })),
    mentionGroups: groupMentionsByArticle(entity.mentions).map((group) => ({
      article: group.article,
      mentions: group.mentions.map((mention) => ({
        href: href(articleRoute(group.article.slug, mention.anchor)),
        context: mention.context,
        where: mention.block === 'body' ? null : mention.block,
      })),
    })),
    related: entity.related.map((related) => {
      const shown = shortName(related.name);
      return {
        href: href(entityRoute(related.slug)),
        kind: related.kind,
        shown,
        title: shown === related.name ? undefined : related.name,
        articles: related.articles,
        countTitle: countOf(related.articles, 'shared article'),
      };
    }),
    relatedNote:
      entity.relatedCount > entity.related.length
        ? `And ${countOf(entity.relatedCount - entity.related.length, 'other entity', 'other entities')} named in the same articles.`
        : null,
    quotes,
    allQuotes: quotes.length > 0 ? { href: href(speakerRoute(entity.slug)), text: `Everything ${short} said, by article →` } : null,
  };
}
