import { describe, expect, it } from 'vitest';
import { makeNameLookup } from '../../../src/extract/entities/candidates.ts';
import { findEntities } from '../../../src/extract/entities/index.ts';
import { namesInFurnitureLine } from '../../../src/extract/entities/furniture.ts';

const lookup = makeNameLookup([]);

function namesIn(line: string): string[] {
  return namesInFurnitureLine(line, lookup).map((found) => `${found.kind}:${found.name}`);
}

function named(paragraphs: string[], furniture: string[] = []): string[] {
  return findEntities({ title: null, caption: null, dateline: [], paragraphs, furniture }).entities.map((entity) => `${entity.kind}:${entity.name}`);
}

describe('outlets and reporters on furniture lines', () => {
  it('reads an outlet line without The when its last word is a newspaper word', () => {
    expect(namesIn('Tidewater Courier')).toEqual(['organization:Tidewater Courier']);
  });

  it('splits a reporter, an outlet and a timestamp joined by middle dots', () => {
    expect(namesIn('Greta Salmond · Ferncliff Herald · Posted 3h ago')).toEqual(['person:Greta Salmond', 'organization:Ferncliff Herald']);
  });

  it('splits a byline and an outlet joined by a bar', () => {
    expect(namesIn('By Ossian Dray | Lowmoor Echo')).toEqual(['person:Ossian Dray', 'organization:Lowmoor Echo']);
  });

  it('takes reporters and editors from agency-style credits and leaves out where they reported from', () => {
    expect(namesIn('Reporting by Hal Brisco and Mei Tanaka in Osaka; Additional reporting by Uma Ferris; Editing by Joel Strand')).toEqual([
      'person:Hal Brisco',
      'person:Mei Tanaka',
      'person:Uma Ferris',
      'person:Joel Strand',
    ]);
  });

  it('takes a photographer and the outlet a photo was taken for', () => {
    expect(namesIn('Photo: Cato Imrie for The Penfold Standard')).toEqual(['person:Cato Imrie', 'organization:The Penfold Standard']);
  });

  it('names nobody in a bare job line', () => {
    expect(namesIn('Staff Writer')).toEqual([]);
  });

  it('never makes an organization of a social network on a share button', () => {
    expect(namesIn('Share on Facebook')).toEqual([]);
    expect(namesIn('WhatsApp')).toEqual([]);
  });
});

describe('share buttons left in the body', () => {
  it('names no network from share and follow lines', () => {
    expect(named(['The ferry left at noon.', 'Share on Facebook', 'Follow us on Twitter', 'Facebook Twitter WhatsApp Email'])).toEqual([]);
  });

  it('still names a network the article talks about', () => {
    expect(named(['Odell Marsh, 41, posted the video on Facebook.'])).toEqual(['person:Odell Marsh', 'organization:Facebook']);
  });
});
