import type { ArticleRendering } from '../content/article-rendering.ts';
import type { SiteExtraction } from '../graph/site-extraction.ts';
import { inlineBlockHtml } from '../render/inline-block-html.ts';
import { fillHoles, type LinkedHtml } from '../render/linked-html.ts';
import { renderArticleBody, type BodyLinks } from '../render/render-article-body.ts';

/** The fields of an `articles` entry the article's HTML comes from, besides what the loader rendered ahead. */
export interface RenderedEntry {
  body?: string | undefined;
  data: { title: string | null; caption: string | null };
}

/** The article's annotated title, caption and body, linked from its page. */
export interface ArticleHtml {
  titleHtml: string | null;
  captionHtml: string | null;
  bodyHtml: string;
}

/**
 * The HTML the loader rendered ahead, its link holes filled with the page's
 * hrefs; a part it could not render ahead, or whose holes the page cannot
 * all fill, is rendered here from the entry, with the same result.
 */
export function articleHtml(entry: RenderedEntry, rendered: ArticleRendering, extraction: SiteExtraction, links: BodyLinks): ArticleHtml {
  const { title, caption } = entry.data;
  return {
    titleHtml: title === null ? null : (filled(rendered.title, links) ?? (inlineBlockHtml(title, 'title', extraction, links) as string)),
    captionHtml: caption === null ? null : (filled(rendered.caption, links) ?? (inlineBlockHtml(caption, 'caption', extraction, links) as string)),
    bodyHtml: filled(rendered.body, links) ?? renderArticleBody(entry.body ?? '', extraction, links),
  };
}

function filled(linked: LinkedHtml | null, links: BodyLinks): string | undefined {
  return linked === null ? undefined : fillHoles(linked, links);
}
