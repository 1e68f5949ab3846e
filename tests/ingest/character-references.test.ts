import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeCharacterReferences } from '../../src/ingest/character-references.ts';
import { ingestText } from '../../src/ingest/ingest-text.ts';

describe('decodeCharacterReferences', () => {
  it('decodes named, decimal and hexadecimal references and lists them as written', () => {
    expect(decodeCharacterReferences('S&eacute;bastien said &#8220;yes&#x201D; &amp; left')).toEqual({
      text: 'S\u00e9bastien said \u201cyes\u201d & left',
      decoded: ['&eacute;', '&#8220;', '&#x201D;', '&amp;'],
    });
  });

  it('leaves an ampersand that starts no complete reference as written: AT&T, R&D, &nope;', () => {
    expect(decodeCharacterReferences('AT&T and R&D &nope; &amp')).toEqual({ text: 'AT&T and R&D &nope; &amp', decoded: [] });
  });

  it('decodes once: &amp;amp; is the text &amp;', () => {
    expect(decodeCharacterReferences('&amp;amp;')).toEqual({ text: '&amp;', decoded: ['&amp;'] });
  });

  it('changes no text without an ampersand', () => {
    fc.assert(
      fc.property(
        fc.string().filter((text) => !text.includes('&')),
        (text) => {
          expect(decodeCharacterReferences(text)).toEqual({ text, decoded: [] });
        },
      ),
    );
  });

  it('gives back any text whose ampersands are written as &amp;', () => {
    fc.assert(
      fc.property(fc.string(), (text) => {
        expect(decodeCharacterReferences(text.replaceAll('&', '&amp;')).text).toBe(text);
      }),
    );
  });
});

describe('ingest and character references', () => {
  const raw = [
    'Caf&eacute; owners welcome the harbour deal',
    'OSLO (Reuters) - S&eacute;bastien Lambert said the deal was &#8220;a good start&#8221; &amp; a fair one.',
    'Ferries will run all winter &#x202E;again.',
  ].join('\n\n');
  const result = ingestText(raw, 'a.txt');

  it('decodes them in the title, and the slug follows the decoded title', () => {
    expect(result.frontmatter.title).toBe('Caf\u00e9 owners welcome the harbour deal');
    expect(result.slug).toBe('cafe-owners-welcome-the-harbour-deal');
  });

  it('decodes them in the body, where the names then read whole', () => {
    expect(result.paragraphs[0]).toBe('S\u00e9bastien Lambert said the deal was \u201ca good start\u201d & a fair one.');
  });

  it('strips a bidi control that a reference spelled', () => {
    expect(result.paragraphs[1]).toBe('Ferries will run all winter again.');
  });

  it('says so once per line, naming what it decoded', () => {
    expect(result.warnings).toEqual([
      'line 1: decoded 1 HTML character reference (&eacute;)',
      'line 3: decoded 4 HTML character references (&eacute; &#8220; &#8221; &amp;)',
      'line 5: decoded 1 HTML character reference (&#x202E;)',
      'line 5: removed 1 bidirectional control character (U+202E)',
    ]);
  });
});
