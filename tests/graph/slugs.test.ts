import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { assignSlugs, MAX_BASE_SLUG_BYTES, MAX_SLUG_BYTES, slugify, stableHash, utf8Length, type SlugCandidate } from '../../src/graph/slugs.ts';

describe('slugify', () => {
  test('lower-cases and joins words with hyphens', () => {
    expect(slugify('Vladimir Putin')).toBe('vladimir-putin');
  });

  test('keeps Hangul letters', () => {
    expect(slugify('문재인')).toBe('문재인');
  });

  test('keeps Polish and German letters', () => {
    expect([slugify('Łukasz Kowalski'), slugify('Thomas Müller')]).toEqual(['łukasz-kowalski', 'thomas-müller']);
  });

  test('gives Müller and Muller different slugs', () => {
    expect(slugify('Müller')).not.toBe(slugify('Muller'));
  });

  test('gives a decomposed and a composed ü the same NFC slug', () => {
    expect(slugify('Mu\u0308ller')).toBe('m\u00fcller');
  });

  test('drops punctuation and apostrophes as separators', () => {
    expect(slugify("O'Brien & Co. (U.K.)")).toBe('o-brien-co-u-k');
  });

  test('is empty for a name with no letters or digits', () => {
    expect(slugify('—')).toBe('');
  });

  test('is lower-case NFC letters, marks and digits joined by single hyphens', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), (name) => {
        const slug = slugify(name);
        expect(slug).toMatch(/^(?:[\p{L}\p{M}\p{N}]+(?:-[\p{L}\p{M}\p{N}]+)*)?$/u);
        expect(slug.toLowerCase().normalize('NFC')).toBe(slug);
      }),
    );
  });
});

describe('slugify of a long name', () => {
  const line = 'Ministry Of Foreign Affairs Announces New Regional Cooperation Framework For Maritime Security Trade';
  const whole = 'ministry-of-foreign-affairs-announces-new-regional-cooperation-framework-for-maritime-security-trade';

  test('keeps the leading whole words that fit and ends in a hash of the whole slug', () => {
    expect(slugify(line)).toBe(`ministry-of-foreign-affairs-announces-new-regional-${stableHash(whole)}`);
  });

  test('cuts a single over-long word by whole characters, counting UTF-8 bytes', () => {
    // 문 is three bytes: 17 of them fill the 51 bytes left beside the hash.
    expect(slugify('문'.repeat(40))).toBe(`${'문'.repeat(17)}-${stableHash('문'.repeat(40))}`);
  });

  test('never cuts a letter from its accent mark', () => {
    // A Devanagari consonant and its vowel sign are one grapheme of six bytes.
    const slug = slugify('कि'.repeat(30));
    expect(slug).toBe(`${'कि'.repeat(8)}-${stableHash('कि'.repeat(30))}`);
  });

  test('leaves a slug that fits as it was, with no hash', () => {
    const fits = 'a'.repeat(MAX_BASE_SLUG_BYTES);
    expect(slugify(fits)).toBe(fits);
  });

  test('gives two long names that share their first words different slugs', () => {
    expect(slugify(`${line} Council`)).not.toBe(slugify(`${line} Committee`));
  });

  test('keeps every base slug within its byte bound, whatever the name', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 400 }), (name) => {
        expect(utf8Length(slugify(name))).toBeLessThanOrEqual(MAX_BASE_SLUG_BYTES);
      }),
    );
  });
});

describe('utf8Length', () => {
  test('counts one to four bytes per character', () => {
    expect([utf8Length('a'), utf8Length('ł'), utf8Length('문'), utf8Length('\u{1F600}')]).toEqual([1, 2, 3, 4]);
  });

  test('agrees with the UTF-8 encoder', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), (text) => {
        expect(utf8Length(text)).toBe(Buffer.byteLength(text));
      }),
    );
  });
});

describe('stableHash', () => {
  test('is a fixed 7-character base-36 string for a given text', () => {
    expect(stableHash('person:Georgia')).toBe(stableHash('person:Georgia'));
    expect(stableHash('person:Georgia')).toMatch(/^[0-9a-z]{7}$/);
  });
});

const candidate = (key: string, source: string, kind: SlugCandidate['kind'], listed = false): SlugCandidate => ({
  key,
  source,
  kind,
  listed,
});

describe('assignSlugs', () => {
  test('gives an entity without rivals its base slug', () => {
    expect(assignSlugs([candidate('person:Vladimir Putin', 'Vladimir Putin', 'person')])).toEqual(
      new Map([['person:Vladimir Putin', 'vladimir-putin']]),
    );
  });

  test('suffixes the lower-ranked kind on a collision, whatever the input order', () => {
    const place = candidate('place:Georgia', 'Georgia', 'place');
    const person = candidate('person:Georgia', 'Georgia', 'person');
    const expected = new Map([
      ['person:Georgia', 'georgia'],
      ['place:Georgia', 'georgia-place'],
    ]);
    expect(assignSlugs([place, person])).toEqual(expected);
    expect(assignSlugs([person, place])).toEqual(expected);
  });

  test('lets a listed entity keep the base slug over an unlisted one', () => {
    const slugs = assignSlugs([candidate('person:Georgia', 'Georgia', 'person'), candidate('list:georgia', 'georgia', 'place', true)]);
    expect([slugs.get('list:georgia'), slugs.get('person:Georgia')]).toEqual(['georgia', 'georgia-person']);
  });

  test('adds a hash of the key when two entities of one kind share a base slug', () => {
    const slugs = assignSlugs([candidate('person:MÜLLER', 'MÜLLER', 'person'), candidate('person:Müller', 'Müller', 'person')]);
    expect([slugs.get('person:MÜLLER'), slugs.get('person:Müller')]).toEqual([
      'müller',
      `müller-person-${stableHash('person:Müller')}`,
    ]);
  });

  test('does not hand a suffixed slug to one entity when it is another entity base slug', () => {
    const slugs = assignSlugs([
      candidate('person:Georgia', 'Georgia', 'person'),
      candidate('place:Georgia', 'Georgia', 'place'),
      candidate('organization:Georgia Place', 'Georgia Place', 'organization'),
    ]);
    expect(slugs.get('organization:Georgia Place')).toBe('georgia-place');
    expect(slugs.get('place:Georgia')).toBe(`georgia-place-${stableHash('place:Georgia')}`);
  });

  test('builds a slug from kind and hash for a name without letters', () => {
    expect(assignSlugs([candidate('event:—', '—', 'event')]).get('event:—')).toBe(`event-${stableHash('event:—')}`);
  });

  test('never gives two keys the same slug', () => {
    const names = fc.constantFrom('Georgia', 'georgia', 'Georgia Place', 'Müller', 'Muller', 'MÜLLER', '—', '문재인');
    const kinds = fc.constantFrom('person', 'place', 'organization', 'event') as fc.Arbitrary<SlugCandidate['kind']>;
    fc.assert(
      fc.property(fc.array(fc.tuple(names, kinds, fc.boolean())), (rows) => {
        const slugs = assignSlugs(rows.map(([name, kind, listed]) => candidate(`${listed ? 'list' : kind}:${name}`, name, kind, listed)));
        expect(new Set(slugs.values()).size).toBe(slugs.size);
      }),
    );
  });

  test('keeps every slug short enough for a file name, percent-encoded or not', () => {
    // 80 bytes, so even with every byte percent-encoded (x3) a folder name stays under 255 bytes.
    expect(MAX_SLUG_BYTES * 3).toBeLessThan(255);
  });
});

describe('assignSlugs over long and non-Latin names', () => {
  // Words from several scripts, many of them shared, so long names collide on their leading words.
  const word = fc.constantFrom('Ministry', 'Of', 'Foreign', 'Affairs', 'Łódź', 'Müller', 'Mu\u0308ller', '문재인', '서울', 'कि', 'Москва', '北京', '\u{1F600}', 'Affairs-Council', 'A'.repeat(90));
  const name = fc.array(word, { minLength: 1, maxLength: 60 }).map((words) => words.join(' '));
  const kind = fc.constantFrom('person', 'place', 'organization', 'event') as fc.Arbitrary<SlugCandidate['kind']>;
  const rows = fc.uniqueArray(fc.tuple(name, kind, fc.boolean()), { maxLength: 30, selector: ([text, k, listed]) => `${listed ? 'list' : k}:${text}` });
  const candidatesOf = (list: [string, SlugCandidate['kind'], boolean][]) =>
    list.map(([text, k, listed]) => candidate(`${listed ? 'list' : k}:${text}`, text, k, listed));

  test('gives every key a slug of at most 80 bytes, and at most 240 bytes percent-encoded', () => {
    fc.assert(
      fc.property(rows, (list) => {
        for (const slug of assignSlugs(candidatesOf(list)).values()) {
          expect(Buffer.byteLength(slug)).toBeLessThanOrEqual(MAX_SLUG_BYTES);
          expect(encodeURIComponent(slug).length).toBeLessThanOrEqual(3 * MAX_SLUG_BYTES);
        }
      }),
    );
  });

  test('never gives two keys the same slug', () => {
    fc.assert(
      fc.property(rows, (list) => {
        const slugs = assignSlugs(candidatesOf(list));
        expect(new Set(slugs.values()).size).toBe(slugs.size);
      }),
    );
  });

  test('gives the same slugs whatever the order of the candidates', () => {
    fc.assert(
      fc.property(rows, (list) => {
        const candidates = candidatesOf(list);
        expect(assignSlugs([...candidates].reverse())).toEqual(assignSlugs(candidates));
      }),
    );
  });
});
