import type { PhrasingContent } from 'mdast';
import { QUOTE_MARKS } from '../extract/lexicon/quote-marks.ts';
import { isAttributed, SURE_CONFIDENCE } from '../graph/confidence.ts';
import type { SiteQuoteRecord } from '../graph/site-extraction.ts';
import { displayedQuote } from '../site/quote-display.ts';
import { annotation, text, type Annotation } from './annotation.ts';
import { linksEntityFromNote, linksSpeaker, linksUncertain, type LinkLedger } from './link-once.ts';
import type { BodyLinks } from './remark-annotate.ts';

/** A quote the note names someone for: its speaker, or the speaker model's possible one (below its line). */
export interface NotedQuote {
  quote: SiteQuoteRecord;
  entityId: string;
  name: string;
  /** Below the model's line (or the sure line) and not confirmed by an editor: the note says "possibly". */
  uncertain: boolean;
  /** A possible speaker links to their entity page: they may have no speaker page at all. */
  page: 'speaker' | 'entity';
}

/** Who the note names for a quote: its speaker, or its possible speaker; null when nobody. */
export function notedQuote(quote: SiteQuoteRecord): NotedQuote | null {
  if (isAttributed(quote)) {
    return { quote, entityId: quote.speakerId, name: quote.speaker, uncertain: quote.confidence < SURE_CONFIDENCE && quote.editorConfirmed !== true, page: 'speaker' };
  }
  if (quote.possibleSpeakerId !== undefined && quote.possibleSpeaker !== undefined) {
    return { quote, entityId: quote.possibleSpeakerId, name: quote.possibleSpeaker, uncertain: true, page: 'entity' };
  }
  return null;
}

/** How long a quote's opening may run in a note that must tell two quotes apart, before it is cut at a word. */
export const NOTE_EXCERPT_LIMIT = 32;

/**
 * The note after a text block that says who said its quotes, once and
 * compactly, as a `small` (small print: a side comment on the paragraph):
 * the block's own text stays exactly the article's, and a screen reader
 * reads the paragraph whole, then the note. When every quote of the block
 * has the same attribution the note is `Quoted: Vladimir Putin`, without the
 * quote's words again (they are just above). Only when the block holds
 * quotes of different speakers, or a quote the note names no one for, does
 * it give each quote's first words, to tell them apart:
 * `Quoted: "We agreed" — Vladimir Putin;` and, on a line of its own,
 * `"Not yet" — Moon Jae-in`. Below
 * the sure line (and not confirmed by an editor) it says "possibly". A
 * speaker's page is linked from the first note that names them, "attribution
 * uncertain" from the first that says it (`ledger`).
 *
 * `quoted` counts the block's quotes (not not-speech) that start in it;
 * `blockText` is the block's plain text, for the marks around an excerpt.
 */
export function attributionNote(noted: readonly NotedQuote[], quoted: number, blockText: string, links: BodyLinks, ledger: LinkLedger): Annotation {
  const [first] = noted;
  if (first !== undefined && quoted === noted.length && noted.every((item) => sameAttribution(item, first))) {
    return annotation('small', {}, [text('Quoted: '), ...who(first, links, ledger)]);
  }
  const items = noted.flatMap((item, index) => {
    const words = displayedQuote({ text: stripMarks(item.quote.text), context: { sentence: blockText, start: item.quote.start, end: item.quote.end } }, NOTE_EXCERPT_LIMIT);
    // Each quote after the first on a line of its own, read as a list; the semicolon keeps the text one sentence where lines do not show.
    const lead = index === 0 ? [text(`Quoted: ${words} — `)] : [text('; '), annotation('br', {}, []), text(`${words} — `)];
    return [...lead, ...who(item, links, ledger)];
  });
  return annotation('small', {}, items);
}

function sameAttribution(a: NotedQuote, b: NotedQuote): boolean {
  return a.entityId === b.entityId && a.page === b.page && a.uncertain === b.uncertain && confirmed(a) === confirmed(b);
}

const confirmed = (item: NotedQuote): boolean => item.quote.editorConfirmed === true;

/** The speaker as the note names them: linked the first time, "possibly" below the line, "confirmed by an editor" when one did. */
function who(item: NotedQuote, links: BodyLinks, ledger: LinkLedger): PhrasingContent[] {
  const first = item.page === 'speaker' ? linksSpeaker(ledger, item.entityId) : linksEntityFromNote(ledger, item.entityId);
  const href = !first ? undefined : item.page === 'speaker' ? links.speakerHref(item.entityId) : links.entityHref(item.entityId);
  const name = href === undefined ? text(item.name) : annotation('a', { href }, [text(item.name)]);
  if (item.uncertain) return [text('possibly '), name, text(' ('), uncertainMark(links, ledger), text(')')];
  return confirmed(item) ? [name, text(', confirmed by an editor')] : [name];
}

function uncertainMark(links: BodyLinks, ledger: LinkLedger): PhrasingContent {
  const words = text('attribution uncertain');
  return links.uncertainHref === undefined || !linksUncertain(ledger) ? words : annotation('a', { href: links.uncertainHref }, [words]);
}

/** A quote's text without marks written into it: the note shows the block's own around it. */
function stripMarks(quoteText: string): string {
  const open = QUOTE_MARKS.find(({ mark }) => quoteText.startsWith(mark));
  const inner = open === undefined ? quoteText : quoteText.slice(open.mark.length);
  const close = QUOTE_MARKS.find(({ mark }) => inner.endsWith(mark));
  return close === undefined ? inner : inner.slice(0, inner.length - close.mark.length);
}
