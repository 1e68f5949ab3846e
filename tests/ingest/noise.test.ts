import { describe, expect, it } from 'vitest';
import { ingestText } from '../../src/ingest/ingest-text.ts';
import { classifyLines } from '../../src/ingest/noise.ts';

const ruleOf = (line: string): string | null => classifyLines([line])[0]?.noise ?? null;

describe('noise lines', () => {
  it.each([
    ['Other news', 'other-news'],
    ['Related News', 'related-links'],
    ['Read more: Council votes on budget', 'read-more-link'],
    ['Most Popular', 'most-popular'],
    ['Load more', 'load-more'],
    ['Share This Story', 'share-button'],
    ['Share this articleComments', 'share-button'],
    ['Sign up for our daily newsletter', 'sign-up'],
    ['Tags: Politics, Oslo, Elections', 'tags'],
    ['By Jane Doe', 'byline'],
    ['- By Jane Doe SENIOR CORRESPONDENT', 'byline'],
    ['(Photo: Reuters)', 'photo-credit'],
    ['Getty Images', 'agency-credit'],
    ['Jane Doe/AFP via Getty Images', 'agency-credit'],
    ['Copyright 2021 Jane Doe/AP', 'copyright+agency-credit'],
    ['IMG_1234.jpg', 'image-file-name'],
    ['harbour bridge.png', 'image-file-name'],
    ['harbour_bridge_main', 'image-slug'],
    ['2021-06-03', 'date-stamp'],
    ['Published: June 3, 2021 10:30 am', 'date-stamp'],
    ['date 2021-06-03 Related News', 'date-stamp+related-links'],
    ['Saturday, 15 June', 'date-stamp'],
    ['Wed, Oct 15', 'date-stamp'],
    ['• Thursday', 'time-stamp'],
    ['• Updated: 8:55pm', 'time-stamp'],
    ['Skip to main content', 'skip-link'],
    ['- Home >', 'breadcrumb'],
    ['News › World › Europe ›', 'breadcrumb'],
    ['File photo used for representation only', 'representation-photo'],
    ['Representational image', 'representation-photo'],
    ['Filed under: Harbour News', 'filed-under'],
    ['Newspapers in English', 'pressreader-footer'],
    ['The Daily Telegraph', 'outlet-name'],
    ['CNN', 'outlet-name'],
    ['—', 'separator'],
    ['ADVERTISEMENT', 'media-label'],
  ])('removes %j as %s', (line, rule) => {
    expect(ruleOf(line)).toBe(rule);
  });

  it.each([
    'By Tuesday, the fire had spread to the hills.',
    'Tags were fitted to the birds.',
    'Share prices fell sharply.',
    'Other news outlets reported the same.',
    'Reuters reported the deal on Monday.',
    'The Guardian said it would appeal.',
    'VIDEO: School teachers protest',
    '“Getting worse”',
    'June 3, 2021 was a hot day.',
    'Sunshine',
    'Saturday, 15 June was the hottest day of the year.',
    'Skip to the end of the story and the mayor is gone.',
    'Filed under: the council sent the papers to a committee.',
    'Prices rose > 5% in May.',
    'A file photo of the harbour was shown to the jury.',
  ])('keeps %j as article text', (line) => {
    expect(ruleOf(line)).toBeNull();
  });

  it('removes the last step of a navigation trail, printed without its arrow', () => {
    expect(classifyLines(['- Home >', '- News >', '- Harbour News', 'Harbour bridge reopens']).map((line) => line.noise)).toEqual([
      'breadcrumb',
      'breadcrumb',
      'breadcrumb-end',
      null,
    ]);
  });

  it('keeps a bulleted line that follows no navigation trail', () => {
    expect(classifyLines(['Harbour bridge reopens', '- Harbour News']).map((line) => line.noise)).toEqual([null, null]);
  });

  it('removes a caption printed again with its credit', () => {
    const lines = ['Storm hits coast', 'Waves break over the harbour wall', 'Waves break over the harbour wall Jane Doe/AP'];
    expect(classifyLines(lines).map((line) => line.noise)).toEqual([null, null, 'caption-repeated-with-credit']);
  });

  it('removes the second copy of a short gallery caption and keeps the first', () => {
    const lines = ['Strikers at the gate', 'They walked out.', 'Strikers at the gate'];
    expect(classifyLines(lines).map((line) => line.noise)).toEqual([null, null, 'repeated-photo-caption']);
  });

  it('keeps a repeated full sentence', () => {
    const lines = ['They walked out.', 'They walked out.'];
    expect(classifyLines(lines).map((line) => line.noise)).toEqual([null, null]);
  });

  it('removes lower-case alt text right above a photo credit', () => {
    expect(classifyLines(['anna berg', 'Getty Images']).map((line) => line.noise)).toEqual(['image-alt-text', 'agency-credit']);
  });

  it('keeps lower-case words that no image or credit surrounds', () => {
    expect(classifyLines(['anna berg', 'She spoke.']).map((line) => line.noise)).toEqual([null, null]);
  });

  it('lists removed lines in order in the frontmatter', () => {
    const result = ingestText('Bridge opens\n\nBy Jane Doe\n\nIt opened.\n\nShare This Story\n\nMost Popular', 'a.txt');
    expect(result.frontmatter.removed).toEqual(['By Jane Doe', 'Share This Story', 'Most Popular']);
    expect(result.paragraphs).toEqual(['It opened.']);
  });
});
