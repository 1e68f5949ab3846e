import type { QuoteKind } from '../types.ts';
import type { AnalyzedBlock } from './analyze-block.ts';
import type { ArticleAnalysis } from './analyze-article.ts';
import { classifyKind } from './classify-kind.ts';
import type { QuoteSpan } from './pair-marks.ts';

/** One quotation-marked span and its place among the others. */
export interface QuoteSite {
  block: AnalyzedBlock;
  span: number;
  kind: QuoteKind;
  /** Part of a multi-paragraph quote (an opening mark per paragraph, one closing mark at the end). */
  chained: boolean;
  chainPrevious: QuoteSite | null;
  chainNext: QuoteSite | null;
  /** The quote this one is nested in. */
  parent: QuoteSite | null;
  /** The previous top-level quote in the same block. */
  previous: QuoteSite | null;
}

/** Every span in reading order, classified, with multi-paragraph chains linked. */
export function quoteSites(analysis: ArticleAnalysis): QuoteSite[] {
  const sites: QuoteSite[] = [];
  let lastOfPreviousBlock: QuoteSite | null = null;
  for (const block of analysis.blocks) {
    const enclosing: QuoteSite[] = [];
    let previous: QuoteSite | null = null;
    let firstTopLevel: QuoteSite | null = null;
    const blockSites: QuoteSite[] = [];
    block.spans.forEach((span, s) => {
      while (enclosing.length > span.depth) enclosing.pop();
      const site: QuoteSite = {
        block,
        span: s,
        kind: 'direct',
        chained: false,
        chainPrevious: null,
        chainNext: null,
        parent: enclosing[enclosing.length - 1] ?? null,
        previous: span.depth === 0 ? previous : null,
      };
      if (span.depth === 0 && firstTopLevel === null) firstTopLevel = site;
      if (span.depth === 0 && s === 0 && continuesChain(lastOfPreviousBlock, block, s)) {
        site.chained = true;
        site.chainPrevious = lastOfPreviousBlock;
        lastOfPreviousBlock!.chained = true;
        lastOfPreviousBlock!.chainNext = site;
      } else if (span.depth === 0 && continuesInBlock(previous, span)) {
        site.chained = true;
        site.chainPrevious = previous;
        previous!.chained = true;
        previous!.chainNext = site;
      }
      enclosing.push(site);
      blockSites.push(site);
      if (span.depth === 0) previous = site;
    });
    for (const site of blockSites) {
      const previousTop = site.previous;
      site.kind = classifyKind({
        block,
        span: site.span,
        chained: site.chained,
        previousKind: previousTop?.kind ?? null,
        previousClose: previousTop === null ? -1 : block.closeToken[previousTop.span]!,
      });
      sites.push(site);
    }
    lastOfPreviousBlock = previous;
  }
  markRepeatedTitles(sites);
  return sites;
}

/**
 * `Police say "Girl with a Lute" was stolen` over a body that writes `the
 * painting "Girl with a Lute"`: a headline or caption quote with the same
 * words as a name the body marks as no speech is that name too.
 */
function markRepeatedTitles(sites: readonly QuoteSite[]): void {
  const names = new Set<string>();
  for (const site of sites) {
    // Only a capitalized name: `its "final offer."` is the employer's phrase, and a headline may quote it as theirs.
    if (site.kind === 'not-speech' && site.block.block === 'body' && /^\p{Lu}/u.test(normalizedText(site, false))) names.add(normalizedText(site));
  }
  if (names.size === 0) return;
  for (const site of sites) {
    if (site.block.block !== 'body' && site.kind !== 'not-speech' && names.has(normalizedText(site))) site.kind = 'not-speech';
  }
}

function normalizedText(site: QuoteSite, lowerCase = true): string {
  const span = site.block.spans[site.span]!;
  const text = site.block.text
    .slice(span.start, span.end)
    .trim()
    .replace(/[\s.,!?;:]+$/u, '')
    .replace(/\s+/gu, ' ');
  return lowerCase ? text.toLowerCase() : text;
}

/**
 * The quote before in the same block never closed, and this one opens with a
 * mark of its family: paragraphs of one multi-paragraph quote run into one
 * block (see pairMarks, which ends the open quote where this one opens).
 */
function continuesInBlock(previous: QuoteSite | null, span: QuoteSpan): boolean {
  if (previous === null) return false;
  const open = previous.block.spans[previous.span]!;
  return open.close === null && open.family === span.family;
}

/** The previous paragraph's last quote is still open, and this paragraph starts with an opening mark of its family. */
function continuesChain(previous: QuoteSite | null, block: AnalyzedBlock, s: number): boolean {
  if (previous === null || block.block !== 'body' || previous.block.block !== 'body') return false;
  if (previous.block.paragraph !== block.paragraph - 1) return false;
  const open = previous.block.spans[previous.span]!;
  if (open.close !== null) return false;
  const span = block.spans[s]!;
  return span.family === open.family && block.openToken[s] === 0;
}
