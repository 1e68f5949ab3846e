import { describe, expect, it } from 'vitest';
import { configConflicts, type CheckedConfig } from '../../src/integration/config-check.ts';

/** What Astro resolves when astro.config.mjs sets none of the checked settings. */
function astroDefaults(): CheckedConfig {
  return {
    build: { format: 'directory', inlineStylesheets: 'auto' },
    trailingSlash: 'ignore',
    markdown: { processor: { name: 'satteri', options: {} } },
  };
}

/** The config once newsgraph() has applied its settings. */
function siteConfig(): CheckedConfig {
  return {
    build: { format: 'directory', inlineStylesheets: 'never' },
    trailingSlash: 'ignore',
    markdown: { processor: { name: 'unified', options: { smartypants: false } } },
  };
}

describe('configConflicts in astro.config.mjs (before the integration applies its settings)', () => {
  it('finds none in a config that leaves every checked setting to Astro', () => {
    expect(configConflicts(astroDefaults(), 'user')).toEqual([]);
  });

  it('finds none in a config that already holds the site settings', () => {
    expect(configConflicts(siteConfig(), 'user')).toEqual([]);
  });

  it.each(['file', 'preserve'])('refuses build.format %j, saying what the links need', (format) => {
    const config = astroDefaults();
    config.build.format = format;
    expect(configConflicts(config, 'user')).toEqual([
      `build.format is '${format}', but the site needs 'directory': src/site/paths.ts links every page as <route>/index.html.`,
    ]);
  });

  it.each(['always', 'never'])('refuses trailingSlash %j', (trailingSlash) => {
    const config = astroDefaults();
    config.trailingSlash = trailingSlash;
    expect(configConflicts(config, 'user')).toEqual([
      `trailingSlash is '${trailingSlash}', but the site needs 'ignore': pages link each other through explicit index.html hrefs.`,
    ]);
  });

  it('refuses inlined stylesheets', () => {
    const config = astroDefaults();
    config.build.inlineStylesheets = 'always';
    expect(configConflicts(config, 'user')).toEqual([
      "build.inlineStylesheets is 'always', but the site needs 'never': every page links the one stylesheet, public/styles/site.css, instead of carrying CSS.",
    ]);
  });

  it('refuses the deprecated markdown.smartypants switched on', () => {
    const config = astroDefaults();
    config.markdown.smartypants = { dashes: true };
    expect(configConflicts(config, 'user')).toEqual([
      'markdown.smartypants is on, but news text must reach the page as written (no curly quotes). Remove it.',
    ]);
  });

  it.each([{}, { smartypants: true }])('refuses a unified() processor with smartypants not switched off (%j)', (options) => {
    const config = astroDefaults();
    config.markdown.processor = { name: 'unified', options };
    expect(configConflicts(config, 'user')).toEqual([
      'markdown.processor is unified() with smartypants on, but news text must reach the page as written (no curly quotes). Pass unified({ smartypants: false }).',
    ]);
  });

  it('refuses a processor other than unified() or the default', () => {
    const config = astroDefaults();
    config.markdown.processor = { name: 'my-markdown' };
    expect(configConflicts(config, 'user')).toEqual([
      "markdown.processor is 'my-markdown', but the site renders markdown with unified({ smartypants: false }): news text must reach the page as written (no curly quotes).",
    ]);
  });

  it('lists every conflict, not only the first', () => {
    const config = astroDefaults();
    config.build.format = 'file';
    config.trailingSlash = 'always';
    expect(configConflicts(config, 'user')).toHaveLength(2);
  });
});

describe('configConflicts in the final config (after every integration ran)', () => {
  it('finds none once the site settings are in place', () => {
    expect(configConflicts(siteConfig(), 'final')).toEqual([]);
  });

  it("refuses Astro's default processor, which another integration must have put back", () => {
    const config = siteConfig();
    config.markdown.processor = { name: 'satteri', options: {} };
    expect(configConflicts(config, 'final')).toEqual([
      "markdown.processor is 'satteri', but the site renders markdown with unified({ smartypants: false }): news text must reach the page as written (no curly quotes).",
    ]);
  });

  it("refuses Astro's default stylesheet handling", () => {
    const config = siteConfig();
    config.build.inlineStylesheets = 'auto';
    expect(configConflicts(config, 'final')).toEqual([
      "build.inlineStylesheets is 'auto', but the site needs 'never': every page links the one stylesheet, public/styles/site.css, instead of carrying CSS.",
    ]);
  });
});
