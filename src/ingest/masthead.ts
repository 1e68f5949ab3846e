import { findDateline } from './dateline.ts';
import { looksLikeHeadline } from './headline.ts';
import { mastheadRuleOf } from './masthead-rules.ts';
import type { ClassifiedLine } from './noise.ts';

/** Outlet name, section and kicker: more label lines than this in a row are not page furniture. */
const MAX_LABEL_RUN = 3;
/** A headline under a label says something: a few words, more than the label has. */
const MIN_HEADLINE_WORDS = 4;

function wordCount(text: string): number {
  return text.trim().split(/\s+/u).length;
}

/**
 * Whether the line after the labels proves them labels: a headline longer than
 * any of them, or the story's first paragraph opening with a dateline.
 */
function confirmsLabels(next: ClassifiedLine | undefined, labels: readonly ClassifiedLine[]): boolean {
  if (!next) return false;
  if (findDateline(next.text) !== null) return true;
  const words = wordCount(next.text);
  return (
    looksLikeHeadline(next.text) &&
    words >= MIN_HEADLINE_WORDS &&
    labels.every((label) => wordCount(label.text) < words)
  );
}

/**
 * Marks as noise the masthead and section lines at the top of the page when a
 * headline (or the dateline paragraph) follows them. Returns the lines marked.
 */
export function markMastheadLines(lines: readonly ClassifiedLine[]): ClassifiedLine[] {
  const content = lines.filter((line) => line.noise === null);
  const labels: { line: ClassifiedLine; rule: string }[] = [];
  for (const line of content.slice(0, MAX_LABEL_RUN)) {
    const rule = mastheadRuleOf(line.text);
    if (rule === null) break;
    labels.push({ line, rule });
  }
  // Try the longest run first; a shorter run may still be confirmed when the last label was the headline's own kicker.
  for (let run = labels.length; run > 0; run--) {
    const taken = labels.slice(0, run);
    if (!confirmsLabels(content[run], taken.map((label) => label.line))) continue;
    for (const { line, rule } of taken) line.noise = rule;
    return taken.map((label) => label.line);
  }
  return [];
}
