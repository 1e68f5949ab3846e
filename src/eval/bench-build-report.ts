/** Figures and text report of `npm run bench:build` (scripts/bench-build.ts). */
import { renderTable, type Align } from './text-table.ts';

/** One cold build of one project. */
export interface BuildFigures {
  coldS: number;
  /** Largest summed VmRSS of the build process and its descendants, sampled every 100 ms. */
  peakRssMb: number;
  pages: number;
  distBytes: number;
  /** Cold wall time / pages written. */
  msPerPage: number;
  /** dist bytes / N articles. */
  bytesPerArticle: number;
}

export interface SiteFigures extends BuildFigures {
  /** Same inputs rebuilt (the articles loader skips extraction by digest); undefined with --no-warm. */
  warmS?: number;
  /** One article's body text changed, then rebuilt. */
  editS: number;
  /** editS / coldS. */
  editToCold: number;
}

export interface SizeComparison {
  articles: number;
  meanEntryBytes: number;
  site: SiteFigures;
  /** Undefined with --no-bare. */
  bare?: BuildFigures;
  /** site / bare, for cold wall time and ms per page. */
  ratios?: { wall: number; msPerPage: number };
}

const MB = 1024 * 1024;
const round = (value: number, digits: number) => Number(value.toFixed(digits));

/** Figures of one cold build from its raw measurements, rounded for the report. */
export function buildFigures(raw: { seconds: number; peakRssKb: number; pages: number; distBytes: number }, articles: number): BuildFigures {
  return {
    coldS: round(raw.seconds, 2),
    peakRssMb: round(raw.peakRssKb / 1024, 0),
    pages: raw.pages,
    distBytes: raw.distBytes,
    msPerPage: raw.pages === 0 ? 0 : round((raw.seconds * 1000) / raw.pages, 2),
    bytesPerArticle: Math.round(raw.distBytes / articles),
  };
}

export function ratios(site: BuildFigures, bare: BuildFigures): { wall: number; msPerPage: number } {
  return { wall: round(site.coldS / bare.coldS, 2), msPerPage: bare.msPerPage === 0 ? 0 : round(site.msPerPage / bare.msPerPage, 2) };
}

const DASH = '-';

/** The comparison table: one row per build per N, then one ratio row per N. */
export function formatComparison(results: readonly SizeComparison[]): string {
  const header = ['N', 'build', 'pages', 'cold s', 'ms/page', 'ms/article', 'peak RSS MB', 'dist MB', 'KB/article', 'warm s', 'edit s', 'edit/cold'];
  const align: Align[] = ['right', 'left', ...Array<Align>(header.length - 2).fill('right')];
  const rows: string[][] = [];
  const figureCells = (f: BuildFigures, articles: number) => [
    String(f.pages),
    f.coldS.toFixed(2),
    f.msPerPage.toFixed(2),
    ((f.coldS * 1000) / articles).toFixed(1),
    f.peakRssMb.toFixed(0),
    (f.distBytes / MB).toFixed(1),
    (f.bytesPerArticle / 1024).toFixed(1),
  ];
  for (const r of results) {
    rows.push([
      String(r.articles),
      'site (a)',
      ...figureCells(r.site, r.articles),
      r.site.warmS === undefined ? DASH : r.site.warmS.toFixed(2),
      r.site.editS.toFixed(2),
      r.site.editToCold.toFixed(2),
    ]);
    if (r.bare !== undefined) rows.push([String(r.articles), 'bare (b)', ...figureCells(r.bare, r.articles), DASH, DASH, DASH]);
  }
  const table = renderTable(header, rows, { align });
  const withRatios = results.filter((r) => r.ratios !== undefined);
  if (withRatios.length === 0) return table;
  const ratioTable = renderTable(
    ['N', 'cold wall a/b', 'ms/page a/b'],
    withRatios.map((r) => [String(r.articles), r.ratios!.wall.toFixed(2), r.ratios!.msPerPage.toFixed(2)]),
    { align: ['right', 'right', 'right'] },
  );
  return `${table}\n\n${ratioTable}`;
}
