import { describe, expect, it } from 'vitest';
import { findDateline } from '../../src/ingest/dateline.ts';
import { ingestText } from '../../src/ingest/ingest-text.ts';

describe('dateline', () => {
  it.each([
    ['Moscow/Xiamen: Russia said no.', ['Moscow', 'Xiamen'], 'Russia said no.'],
    ['LONDON (Reuters) - Britain said no.', ['LONDON'], 'Britain said no.'],
    ['WASHINGTON — The Senate voted.', ['WASHINGTON'], 'The Senate voted.'],
    ['NEW YORK, June 3 (AP) — Stocks fell.', ['NEW YORK'], 'Stocks fell.'],
    ['Moscow: Russia said no.', ['Moscow'], 'Russia said no.'],
    ['SPRINGFIELD, Ill. (AP) — A fire broke out.', ['SPRINGFIELD, Ill.'], 'A fire broke out.'],
    ['New Delhi, Sept 5: India said no.', ['New Delhi'], 'India said no.'],
  ])('takes %j apart', (paragraph, places, rest) => {
    expect(findDateline(paragraph)).toMatchObject({ places, rest });
  });

  it.each([
    'Update: The road has reopened.',
    'Note: This story has been corrected.',
    'UPDATE: The road has reopened.',
    'Putin: We will respond.',
    'Springfield: a town that never sleeps.',
    'DIET apps are collecting data.',
    'The mayor — who was absent — sent a letter.',
    'Anna Berg, head of the Union (NU) said it was over.',
    'He warned: “maths is maths.”',
  ])('leaves %j alone', (paragraph) => {
    expect(findDateline(paragraph)).toBeNull();
  });

  it('is only read from the first body paragraph', () => {
    const result = ingestText('Vote delayed\n\nThe vote was delayed.\n\nLONDON (Reuters) - More soon.', 'a.txt');
    expect(result.frontmatter.dateline).toEqual([]);
    expect(result.paragraphs[1]).toBe('LONDON (Reuters) - More soon.');
  });

  it('is removed from the first body paragraph', () => {
    const result = ingestText('Vote delayed\n\nWASHINGTON — The vote was delayed.', 'a.txt');
    expect(result.frontmatter.dateline).toEqual(['WASHINGTON']);
    expect(result.paragraphs).toEqual(['The vote was delayed.']);
  });

  it('is empty when the first paragraph has none', () => {
    expect(ingestText('Vote delayed\n\nThe vote was delayed.', 'a.txt').frontmatter.dateline).toEqual([]);
  });
});
