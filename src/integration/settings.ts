/**
 * The Astro settings the site depends on, in one place: the `newsgraph()`
 * integration applies and checks them, and src/site/paths.ts builds every
 * href from them, so the two cannot drift apart.
 */
export const SITE_SETTINGS = {
  /** Each page is written to `<route>/index.html`; hrefs name that file so they work over file://. */
  buildFormat: 'directory',
  /** Hrefs end in `index.html`; the dev server must serve them as they are, not redirect them. */
  trailingSlash: 'ignore',
  /**
   * No CSS goes through Astro: the one stylesheet is a static file. If a
   * component adds a `<style>` anyway, Astro writes it to its own file rather
   * than copying it into every page, and the build fails naming that file.
   */
  inlineStylesheets: 'never',
  /** News text reaches the page exactly as written: no curly quotes, which would change what extraction saw. */
  smartypants: false,
  /**
   * Astro reuses a page from its last build (kept in `cacheDir`) when the page's cacheKey and code
   * are unchanged; see docs/incremental-build.md. `npm run build -- --force` renders every page.
   */
  incrementalBuild: true,
  /** Astro's cache (content store, reusable pages), relative to the project root, inside the ignored .astro/ folder. */
  cacheDir: '.astro/cache/',
  /** The site's one stylesheet, a file in public/, linked relatively from every page. */
  stylesheetRoute: 'styles/site.css',
} as const;

export type SiteSettings = typeof SITE_SETTINGS;
