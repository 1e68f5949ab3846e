import { SITE_SETTINGS } from './settings.ts';

/** The part of Astro's resolved config the site depends on (an `AstroConfig` is one). */
export interface CheckedConfig {
  build: { format: string; inlineStylesheets: string };
  trailingSlash: string;
  markdown: {
    /** Astro's deprecated top-level switch; the processor's own option wins over it. */
    smartypants?: unknown;
    processor: { name: string; options?: unknown };
  };
  /** Whether Astro empties the outDir first is newsgraph()'s decision (src/integration/output-reuse.ts). */
  vite?: { build?: { emptyOutDir?: unknown } };
}

/**
 * When the check runs: `user` is astro.config.mjs before the integration has
 * applied its settings (Astro's defaults are allowed there, the integration
 * replaces them); `final` is the config the build will use.
 */
export type CheckStage = 'user' | 'final';

/** The markdown processor Astro uses when astro.config.mjs names none. */
const ASTRO_DEFAULT_PROCESSOR = 'satteri';
const ASTRO_DEFAULT_INLINE_STYLESHEETS = 'auto';

/**
 * Every setting in `config` that contradicts what the site needs, one
 * sentence each naming the setting, the value found and why the site needs
 * its own; empty when the config is fine.
 */
export function configConflicts(config: CheckedConfig, stage: CheckStage): string[] {
  const conflicts: string[] = [];
  const { buildFormat, trailingSlash, inlineStylesheets } = SITE_SETTINGS;

  if (config.build.format !== buildFormat) {
    conflicts.push(
      `build.format is ${quote(config.build.format)}, but the site needs ${quote(buildFormat)}: ` +
        'src/site/paths.ts links every page as <route>/index.html.',
    );
  }
  if (config.trailingSlash !== trailingSlash) {
    conflicts.push(
      `trailingSlash is ${quote(config.trailingSlash)}, but the site needs ${quote(trailingSlash)}: ` +
        'pages link each other through explicit index.html hrefs.',
    );
  }
  const stylesheetsOk =
    config.build.inlineStylesheets === inlineStylesheets ||
    (stage === 'user' && config.build.inlineStylesheets === ASTRO_DEFAULT_INLINE_STYLESHEETS);
  if (!stylesheetsOk) {
    conflicts.push(
      `build.inlineStylesheets is ${quote(config.build.inlineStylesheets)}, but the site needs ${quote(inlineStylesheets)}: ` +
        `every page links the one stylesheet, public/${SITE_SETTINGS.stylesheetRoute}, instead of carrying CSS.`,
    );
  }
  conflicts.push(...markdownConflicts(config.markdown, stage));
  // At the final stage the value is newsgraph()'s own.
  if (stage === 'user' && config.vite?.build?.emptyOutDir !== undefined) {
    conflicts.push(
      `vite.build.emptyOutDir is set, but newsgraph() decides it: the pages in outDir are kept only when the last finished build wrote them ` +
        '(src/integration/output-reuse.ts); otherwise Astro empties it.',
    );
  }
  return conflicts;
}

function markdownConflicts(markdown: CheckedConfig['markdown'], stage: CheckStage): string[] {
  const why = 'news text must reach the page as written (no curly quotes).';
  const conflicts: string[] = [];
  if (markdown.smartypants !== undefined && markdown.smartypants !== false) {
    conflicts.push(`markdown.smartypants is on, but ${why} Remove it.`);
  }
  const { processor } = markdown;
  if (processor.name === 'unified') {
    if (smartypantsOption(processor.options) !== false) {
      conflicts.push(`markdown.processor is unified() with smartypants on, but ${why} Pass unified({ smartypants: false }).`);
    }
  } else if (stage === 'final' || processor.name !== ASTRO_DEFAULT_PROCESSOR) {
    conflicts.push(
      `markdown.processor is ${quote(processor.name)}, but the site renders markdown with unified({ smartypants: false }): ${why}`,
    );
  }
  return conflicts;
}

function smartypantsOption(options: unknown): unknown {
  return typeof options === 'object' && options !== null && 'smartypants' in options ? options.smartypants : undefined;
}

function quote(value: string): string {
  return `'${value}'`;
}
