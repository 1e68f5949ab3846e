import { describe, expect, it } from 'vitest';
import { findEntities } from '../../../src/extract/entities/index.ts';
import type { ArticleText } from '../../../src/extract/types.ts';

function named(paragraphs: string[], title: string | null = null, furniture: string[] = []): string[] {
  const article: ArticleText = { title, caption: null, dateline: [], paragraphs, furniture };
  return findEntities(article)
    .entities.map((entity) => `${entity.kind}:${entity.name}`)
    .sort();
}

describe('bylines and outlet lines left in the text', () => {
  it('reads an outlet name standing as the title as an organization, not a person', () => {
    expect(named(['Harbour pool to reopen in May after repairs.'], 'Tidewater Gazette')).toEqual(['organization:Tidewater Gazette']);
  });

  it('splits a body byline joined by bars into a reporter and an outlet, skipping an email address', () => {
    expect(named(['By Nell Varga | nvarga@example.com | Coastline Courier', 'The pier reopened on Monday.'])).toEqual([
      'organization:Coastline Courier',
      'person:Nell Varga',
    ]);
  });

  it('splits a body byline joined by middle dots and drops the timestamps', () => {
    expect(named(['Oren Baptiste · Prairie Radio News · Posted: Jun 3, 2024 7:05 PM | Last Updated: 2 hours ago'])).toEqual([
      'organization:Prairie Radio News',
      'person:Oren Baptiste',
    ]);
  });

  it('leaves a sentence that opens with By to the prose rules', () => {
    expect(named(['By Friday the crowd at Marlow Fields had doubled.'])).not.toContain('person:Friday');
  });

  it('makes an outlet the furniture names an organization where the prose names it too', () => {
    expect(named(['Speaking to Riverbend Weekly after the show, the singer smiled.'], null, ['Photos: Ada Quist/Riverbend Weekly'])).toEqual([
      'organization:Riverbend Weekly',
      'person:Ada Quist',
    ]);
  });
});

describe('agency credits closing the body', () => {
  it('takes every reporter and editor from a bracketed credit line and keeps its places', () => {
    expect(named(['The merger closed on Friday.', '(Reporting by Ines Galt in Oslo; Editing by Bram Tolliver)'])).toEqual([
      'person:Bram Tolliver',
      'person:Ines Galt',
      'place:Oslo',
    ]);
  });
});

describe('labelled credit lines in the text', () => {
  it('reads an Image Credits line as furniture, never naming the label', () => {
    expect(named(['Image Credits: Tolvane', 'Tolvane raised $4 million, the startup said.'])).not.toContainEqual(expect.stringMatching(/Credits/));
  });

  it('still reads a caption sentence after Photo: as prose', () => {
    expect(named(['Photo: Miners gather near a shaft outside Pelmora. (Ada Quist/Reuters)'])).toContainEqual('organization:Reuters');
  });
});
