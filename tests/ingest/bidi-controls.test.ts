import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { stripBidiControls } from '../../src/ingest/bidi-controls.ts';
import { ingestText } from '../../src/ingest/ingest-text.ts';

const RLO = '\u202E';
const PDF = '\u202C';
const BIDI_CONTROL = /[\u202A-\u202E\u2066-\u2069]/u;

describe('stripBidiControls', () => {
  it('takes out embeddings, overrides and isolates and names them', () => {
    expect(stripBidiControls(`a${RLO}b\u202Ac\u2066d\u2069`)).toEqual({ text: 'abcd', removed: ['U+202E', 'U+202A', 'U+2066', 'U+2069'] });
  });

  it('keeps the implicit marks LRM and RLM, which right-to-left text needs', () => {
    expect(stripBidiControls('שלום\u200F!\u200E')).toEqual({ text: 'שלום\u200F!\u200E', removed: [] });
  });

  it('leaves no control in any string', () => {
    const withControls = fc
      .array(fc.oneof(fc.string({ maxLength: 4 }), fc.constantFrom(RLO, PDF, '\u202A', '\u202B', '\u202D', '\u2066', '\u2067', '\u2068', '\u2069')))
      .map((parts) => parts.join(''));
    fc.assert(
      fc.property(withControls, (text) => {
        expect(stripBidiControls(text).text).not.toMatch(BIDI_CONTROL);
      }),
    );
  });
});

describe('ingest and bidi controls', () => {
  const raw = [
    `Harbour bridge ${RLO}reopens`,
    `Mayor Ann Lee ${RLO}cuts the ribbon at the bridge in Oslo on Monday`,
    `OSLO${RLO} (Reuters) - The bridge reopened on Monday after repairs.`,
  ].join('\n\n');
  const result = ingestText(raw, 'a.txt');

  it('strips a right-to-left override from the title', () => {
    expect(result.frontmatter.title).toBe('Harbour bridge reopens');
    expect(result.slug).toBe('harbour-bridge-reopens');
  });

  it('strips it from the caption, which is then still found', () => {
    expect(result.frontmatter.caption).toBe('Mayor Ann Lee cuts the ribbon at the bridge in Oslo on Monday');
  });

  it('strips it from the dateline, which is then still found', () => {
    expect(result.frontmatter.dateline).toEqual(['OSLO']);
    expect(result.paragraphs).toEqual(['The bridge reopened on Monday after repairs.']);
  });

  it('writes no control into the entry', () => {
    expect(result.markdown).not.toMatch(BIDI_CONTROL);
  });

  it('reports each line it stripped, by line number', () => {
    expect(result.warnings).toEqual([
      'line 1: removed 1 bidirectional control character (U+202E)',
      'line 3: removed 1 bidirectional control character (U+202E)',
      'line 5: removed 1 bidirectional control character (U+202E)',
    ]);
  });

  it('strips them from the source file name', () => {
    const named = ingestText('Harbour bridge reopens\n\nThe bridge reopened.', `dir/evil${RLO}txt.md`);
    expect(named.frontmatter.source).toBe('eviltxt.md');
    expect(named.warnings).toEqual(['source file name: removed 1 bidirectional control character (U+202E)']);
  });

  it('has no warnings for clean text', () => {
    expect(ingestText('Harbour bridge reopens\n\nThe bridge reopened.', 'a.txt').warnings).toEqual([]);
  });
});
