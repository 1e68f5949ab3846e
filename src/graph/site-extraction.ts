import type { Extraction, Quote } from '../extract/types.ts';

/**
 * A quote as the site shows it: the engine's quote, plus whether an editor
 * override in the article's frontmatter fixed its speaker.
 */
export interface SiteQuoteRecord extends Quote {
  /** True when an editor override set the speaker; pages show it as editor-confirmed. */
  editorConfirmed?: boolean;
}

/** The extraction after editor overrides; every plain `Extraction` is one. */
export interface SiteExtraction extends Extraction {
  quotes: SiteQuoteRecord[];
}
