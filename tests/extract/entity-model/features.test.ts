import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { CONTEXT_CHARS, entityFeatures } from '../../../src/extract/entity-model/features.ts';
import type { ArticleText, Entity, EntityMention, Extraction } from '../../../src/extract/types.ts';
import { resetWork, workDone } from '../../../src/extract/work-meter.ts';
import { ARTICLE, fixtureExtraction } from './fixture.ts';

function idsOf(index: number): string[] {
  return Object.keys(entityFeatures(fixtureExtraction(), ARTICLE)[index]!).sort();
}

describe('entityFeatures', () => {
  test('a place named after a locative preposition, with a place prefix word', () => {
    expect(idsOf(0)).toEqual([
      'ctx:prev=locative',
      'first=place-prefix',
      'head=other',
      'mentions=2',
      'place-word-inside',
      'rules-kind=place',
      'rules-kind=place&ctx:prev=locative',
      'rules-kind=place&head=other',
      'words=2',
    ]);
  });

  test('a person with a given name, named again by surname after a quote, who speaks it', () => {
    expect(idsOf(1)).toEqual([
      'alias=last-word',
      'ctx:after-quote',
      'ctx:next=reporting-verb',
      'first=gendered-given-name',
      'head=other',
      'mentions=2',
      'rules-kind=person',
      'rules-kind=person&ctx:next=reporting-verb',
      'rules-kind=person&head=other',
      'rules-kind=person&speaker',
      'speaker',
      'words=2',
    ]);
  });

  test('an organization with an organization head word, always after `the`', () => {
    expect(idsOf(2)).toEqual(['alias=last-word', 'ctx:prev=the', 'head=org-head', 'mentions=2', 'place-word-inside', 'rules-kind=organization', 'words=3']);
  });

  test('a "person" named only inside a quoted sign, with a place head word', () => {
    expect(idsOf(3)).toEqual(['head=place-head', 'inside-quotes-only', 'mentions=1', 'rules-kind=person', 'rules-kind=person&inside-quotes-only', 'words=2']);
  });

  test('gazetteer, acronym and title-only evidence', () => {
    const text: ArticleText = { title: 'NATO meets in Canada', caption: null, dateline: [], paragraphs: ['Nothing here.'] };
    const entity = (kind: Entity['kind'], name: string): Entity => ({ id: `${kind}/${name}`, name, kind, aliases: [name], mentions: 1, roles: [], affiliations: [] });
    const mention = (entityId: string, start: number, end: number): EntityMention => ({ block: 'title', paragraph: 0, start, end, entityId, text: text.title!.slice(start, end), form: 'name' });
    const extraction: Extraction = {
      entities: [entity('organization', 'NATO'), entity('person', 'Canada')],
      mentions: [mention('organization/NATO', 0, 4), mention('person/Canada', 14, 20)],
      quotes: [],
      statements: [],
    };
    const [nato, canada] = entityFeatures(extraction, text);
    expect(nato).toMatchObject({ acronym: 1, 'gazetteer=organization': 1, 'title-caption-only': 1, 'rules-kind=organization&gazetteer=organization': 1 });
    expect(canada).toMatchObject({ 'gazetteer=place': 1, 'land-name': 1, 'rules-kind=person&gazetteer=place': 1, 'ctx:prev=locative': 1 });
  });

  test('a lone common noun or calendar word is marked; the same word inside a longer name is not', () => {
    const text: ArticleText = { title: null, caption: null, dateline: [], paragraphs: ['Nothing here.'] };
    const entity = (name: string): Entity => ({ id: `organization/${name}`, name, kind: 'organization', aliases: [], mentions: 0, roles: [], affiliations: [] });
    const [government, monday, house] = entityFeatures({ entities: [entity('Government'), entity('Monday'), entity('Government House')], mentions: [], quotes: [], statements: [] }, text);
    expect(government!['lone-common-noun']).toBe(1);
    expect(monday!['lone-function-or-calendar-word']).toBe(1);
    expect(house!['lone-common-noun']).toBeUndefined();
  });

  test('an entity without mentions (page furniture) has only name evidence', () => {
    const extraction = fixtureExtraction();
    extraction.mentions = [];
    const vectors = entityFeatures(extraction, ARTICLE);
    expect(vectors[2]).toEqual({ 'rules-kind=organization': 1, 'words=3': 1, 'head=org-head': 1, 'place-word-inside': 1, 'alias=last-word': 1, 'mentions=0': 1 });
  });

  test('the same input gives the same vectors', () => {
    expect(entityFeatures(fixtureExtraction(), ARTICLE)).toEqual(entityFeatures(fixtureExtraction(), ARTICLE));
  });
});

/** One paragraph naming the same three entities `n` times. */
function crowded(n: number): { text: ArticleText; extraction: Extraction } {
  const sentence = 'Ada Pell met the Brill Council in Lagos. ';
  const paragraph = sentence.repeat(n);
  const entities: Entity[] = [
    { id: 'person/ada-pell', name: 'Ada Pell', kind: 'person', aliases: ['Ada Pell'], mentions: n, roles: [], affiliations: [] },
    { id: 'organization/brill-council', name: 'Brill Council', kind: 'organization', aliases: ['Brill Council'], mentions: n, roles: [], affiliations: [] },
    { id: 'place/lagos', name: 'Lagos', kind: 'place', aliases: ['Lagos'], mentions: n, roles: [], affiliations: [] },
  ];
  const mentions: EntityMention[] = [];
  for (let i = 0; i < n; i += 1) {
    const base = i * sentence.length;
    for (const [entity, written] of [[entities[0]!, 'Ada Pell'], [entities[1]!, 'Brill Council'], [entities[2]!, 'Lagos']] as const) {
      const start = base + sentence.indexOf(written);
      mentions.push({ block: 'body', paragraph: 0, start, end: start + written.length, entityId: entity.id, text: written, form: 'name' });
    }
  }
  return { text: { title: null, caption: null, dateline: [], paragraphs: [paragraph] }, extraction: { entities, mentions, quotes: [], statements: [] } };
}

describe('work bound', () => {
  test('the work grows with the text, not with mentions times text', () => {
    const work = (n: number): number => {
      const { text, extraction } = crowded(n);
      resetWork();
      entityFeatures(extraction, text);
      return workDone();
    };
    const small = work(500);
    const large = work(4000);
    const chars = crowded(4000).text.paragraphs[0]!.length;
    // Each mention reads at most CONTEXT_CHARS on each side; the block is filled once.
    expect(large).toBeLessThanOrEqual(chars + 1 + 3 * 4000 * (2 * CONTEXT_CHARS + 1));
    expect(large / small).toBeLessThan(9);
  });
});

describe('property', () => {
  test('any text and any mention spans: one vector per entity, binary values, the rules kind always present', () => {
    const kinds = ['person', 'organization', 'place', 'event'] as const;
    fc.assert(
      fc.property(
        fc.string({ maxLength: 200 }),
        fc.array(fc.tuple(fc.constantFrom(...kinds), fc.nat(), fc.nat(40)), { maxLength: 8 }),
        (paragraph, specs) => {
          const text: ArticleText = { title: null, caption: null, dateline: [], paragraphs: [paragraph] };
          const entities: Entity[] = specs.map(([kind], i) => ({ id: `${kind}/e${i}`, name: `Name ${i}`, kind, aliases: [], mentions: 1, roles: [], affiliations: [] }));
          const mentions: EntityMention[] = specs.map(([, at, length], i) => {
            const start = paragraph.length === 0 ? 0 : at % paragraph.length;
            const end = Math.min(paragraph.length, start + length);
            return { block: 'body', paragraph: 0, start, end, entityId: entities[i]!.id, text: paragraph.slice(start, end), form: 'name' };
          });
          const vectors = entityFeatures({ entities, mentions, quotes: [], statements: [] }, text);
          expect(vectors).toHaveLength(entities.length);
          vectors.forEach((vector, i) => {
            expect(vector[`rules-kind=${entities[i]!.kind}`]).toBe(1);
            expect(Object.values(vector).every((value) => value === 1)).toBe(true);
          });
        },
      ),
    );
  });
});
