import { describe, expect, it } from 'vitest';
import { findEntities } from '../../../src/extract/entities/index.ts';

function named(paragraphs: string[]): string[] {
  return findEntities({ title: null, caption: null, dateline: [], paragraphs }).entities.map((entity) => `${entity.kind}:${entity.name}`);
}

describe('messaging apps named only as the medium are products, not entities', () => {
  it('leaves out a messaging app named as a contact channel', () => {
    expect(named(['Readers can reach the desk privately via Signal.'])).toEqual([]);
  });

  it('leaves out an app named before a chat noun', () => {
    expect(named(['In a Discord chat, one fan called the ending rushed.'])).toEqual([]);
  });

  it('keeps a social network named as the medium, as the hand-made gold does', () => {
    expect(named(['Sarah Verey, a diver, said she posted a clip on Instagram after the storm.'])).toEqual(['person:Sarah Verey', 'organization:Instagram']);
  });
});
