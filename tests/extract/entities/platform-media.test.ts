import { describe, expect, it } from 'vitest';
import { findEntities } from '../../../src/extract/entities/index.ts';

function named(paragraphs: string[]): string[] {
  return findEntities({ title: null, caption: null, dateline: [], paragraphs }).entities.map((entity) => `${entity.kind}:${entity.name}`);
}

describe('platforms named only as the medium are products, not entities', () => {
  it('leaves out a network a video was posted on', () => {
    expect(named(['Sarah Verey, a diver, said she posted a clip on Instagram after the storm.'])).toEqual(['person:Sarah Verey']);
  });

  it('leaves out a network a photo was posted to', () => {
    expect(named(['Another walker posted a photo to X within minutes.'])).toEqual([]);
  });

  it('leaves out a messaging app named as a contact channel', () => {
    expect(named(['Readers can reach the desk privately via Signal.'])).toEqual([]);
  });

  it('leaves out a network named before a post noun', () => {
    expect(named(['In a Reddit thread, one fan called the ending rushed.'])).toEqual([]);
  });

  it('keeps a network that acts as a company', () => {
    expect(named(['Instagram said it had removed the posts on Monday.'])).toEqual(['organization:Instagram']);
  });
});
