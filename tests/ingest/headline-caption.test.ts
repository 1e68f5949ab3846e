import { describe, expect, it } from 'vitest';
import { ingestText } from '../../src/ingest/ingest-text.ts';

const lines = (...text: string[]): string => text.join('\n\n');

describe('headline', () => {
  it('is the first line when it is short and not a finished sentence', () => {
    const result = ingestText(lines('Harbour bridge reopens after repairs', 'The bridge reopened on Monday.'), 'a.txt');
    expect(result.frontmatter.title).toBe('Harbour bridge reopens after repairs');
    expect(result.paragraphs).toEqual(['The bridge reopened on Monday.']);
  });

  it('may end with a question mark or a closing quote', () => {
    expect(ingestText(lines('Is the bridge safe now?', 'Engineers say yes.'), 'a.txt').frontmatter.title).toBe(
      'Is the bridge safe now?',
    );
    expect(ingestText(lines('Mayor calls repairs ‘overdue’', 'The mayor spoke.'), 'a.txt').frontmatter.title).toBe(
      'Mayor calls repairs ‘overdue’',
    );
  });

  it('may end with the full stop of a state or province abbreviation after a town', () => {
    const result = ingestText(lines('Flood closes bridge in Millbrook, Ont.', 'The river rose overnight.'), 'a.txt');
    expect(result.frontmatter.title).toBe('Flood closes bridge in Millbrook, Ont.');
  });

  it('is null when a long opening sentence ends with a place abbreviation', () => {
    const opening = 'Residents were told to leave their homes on Tuesday as the river rose behind the school in Millbrook, Ont.';
    expect(ingestText(lines(opening, 'More later.'), 'a.txt').frontmatter.title).toBeNull();
  });

  it('is null when the text starts with a sentence of the story', () => {
    const result = ingestText(lines('The bridge reopened on Monday.', 'Traffic was light.'), 'a.txt');
    expect(result.frontmatter.title).toBeNull();
    expect(result.paragraphs).toEqual(['The bridge reopened on Monday.', 'Traffic was light.']);
  });

  it('is null when the first line opens with a dateline', () => {
    const result = ingestText(lines('OSLO (Reuters) - Norway won', 'More later.'), 'a.txt');
    expect(result.frontmatter.title).toBeNull();
    expect(result.frontmatter.dateline).toEqual(['OSLO']);
  });

  it('is found after noise above it, such as an outlet name or an image file name', () => {
    const result = ingestText(lines('The Guardian', 'IMG_0042.jpg', 'Harbour bridge reopens', 'It reopened.'), 'a.txt');
    expect(result.frontmatter.title).toBe('Harbour bridge reopens');
    expect(result.frontmatter.removed).toEqual(['The Guardian', 'IMG_0042.jpg']);
  });

  it('is found under page stamps and links: a yearless date, a bulleted weekday, a skip link, a section label', () => {
    const raw = lines('Skip to main content', 'Filed under: Harbour News', '• Thursday', 'Saturday, 15 June', 'Harbour bridge reopens', 'It reopened.');
    const result = ingestText(raw, 'a.txt');
    expect(result.frontmatter.title).toBe('Harbour bridge reopens');
    expect(result.frontmatter.removed).toEqual(['Skip to main content', 'Filed under: Harbour News', '• Thursday', 'Saturday, 15 June']);
  });

  it('is the second of two headline lines when the first repeats it after a section kicker', () => {
    const result = ingestText(lines('Life Tech Harbour bridge reopens', 'Harbour bridge reopens', 'It reopened.'), 'a.txt');
    expect(result.frontmatter.title).toBe('Harbour bridge reopens');
    expect(result.frontmatter.removed).toEqual(['Life Tech Harbour bridge reopens']);
    expect(result.paragraphs).toEqual(['It reopened.']);
  });

  it('is printed once when the page prints it twice', () => {
    const result = ingestText(lines('Harbour bridge reopens', 'Harbour bridge reopens', 'It reopened.'), 'a.txt');
    expect(result.frontmatter.title).toBe('Harbour bridge reopens');
    expect(result.paragraphs).toEqual(['It reopened.']);
  });

  it('keeps a first line that only ends like the second when more than a kicker comes before', () => {
    const result = ingestText(
      lines('Crews worked through the night and by dawn the harbour bridge reopens', 'Harbour bridge reopens', 'It reopened.'),
      'a.txt',
    );
    expect(result.frontmatter.removed).toEqual([]);
  });

  it('may open with an acronym and a colon that no gazetteer knows as a place', () => {
    const result = ingestText(lines('KHFA: Rumour of closure stalls harbour repairs', 'Repairs stopped on Monday.'), 'a.txt');
    expect(result.frontmatter.title).toBe('KHFA: Rumour of closure stalls harbour repairs');
    expect(result.frontmatter.dateline).toEqual([]);
  });

  it('is not a capitals dateline that goes on to a sentence of the story', () => {
    const result = ingestText(lines('KHFA: The repairs stopped on Monday.', 'Crews left.'), 'a.txt');
    expect(result.frontmatter.title).toBeNull();
    expect(result.frontmatter.dateline).toEqual(['KHFA']);
  });

  it('is the line under a photo caption printed above it', () => {
    const raw = lines('Photos provided by the council show the harbour wall, Millbrook, Ont.', 'Harbour wall gives way', 'The wall fell on Monday.');
    const result = ingestText(raw, 'a.txt');
    expect(result.frontmatter.title).toBe('Harbour wall gives way');
    expect(result.frontmatter.caption).toBe('Photos provided by the council show the harbour wall, Millbrook, Ont.');
    expect(result.evidence.caption).toBe('caption-above-headline');
    expect(result.paragraphs).toEqual(['The wall fell on Monday.']);
  });

  it('is the line the page prints twice, under a short label of the page', () => {
    const raw = lines('Advanced Search', 'Harbour wall gives way', 'Harbour wall gives way', 'The wall fell on Monday.');
    const result = ingestText(raw, 'a.txt');
    expect(result.frontmatter.title).toBe('Harbour wall gives way');
    expect(result.frontmatter.removed).toEqual(['Advanced Search', 'Harbour wall gives way']);
  });

  it('is null when a single line is all there is', () => {
    const result = ingestText('Harbour bridge reopens', 'a.txt');
    expect(result.frontmatter.title).toBeNull();
    expect(result.paragraphs).toEqual(['Harbour bridge reopens']);
  });
});

describe('caption', () => {
  it('is a present-tense photo line under the headline', () => {
    const result = ingestText(
      lines('Leaders meet in Oslo', 'Prime Minister Anna Berg meets with President Joe Lund in Oslo', 'The two leaders met.'),
      'a.txt',
    );
    expect(result.frontmatter.caption).toBe('Prime Minister Anna Berg meets with President Joe Lund in Oslo');
    expect(result.evidence.caption).toBe('caption-verb');
    expect(result.paragraphs).toEqual(['The two leaders met.']);
  });

  it('is the line under the headline when a dateline paragraph follows it', () => {
    const result = ingestText(lines('Leaders meet in Oslo', 'Anna Berg and Joe Lund in Oslo', 'OSLO — The two met.'), 'a.txt');
    expect(result.frontmatter.caption).toBe('Anna Berg and Joe Lund in Oslo');
    expect(result.evidence.caption).toBe('dateline-follows');
  });

  it('is the line under the headline when a photo credit follows it', () => {
    const result = ingestText(
      lines('Storm hits coast', 'Waves break over the harbour wall in Bergen', 'Getty Images', 'The storm hit on Sunday.'),
      'a.txt',
    );
    expect(result.frontmatter.caption).toBe('Waves break over the harbour wall in Bergen');
    expect(result.evidence.caption).toBe('credit-follows');
  });

  it('is a line that describes an image, whose own title above it is removed', () => {
    const result = ingestText(
      lines('Outbreak map June 2', 'A map of the outbreak as of June 2, according to the health agency', 'Cases rose again.'),
      'a.txt',
    );
    expect(result.frontmatter.title).toBeNull();
    expect(result.frontmatter.caption).toBe('A map of the outbreak as of June 2, according to the health agency');
    expect(result.removed).toEqual([{ line: 'Outbreak map June 2', rule: 'photo-title' }]);
  });

  it('is absent when the line under the headline is a sentence of the story', () => {
    const result = ingestText(lines('Teachers strike', 'Teachers gathered in the square yesterday.', 'Schools closed.'), 'a.txt');
    expect(result.frontmatter.caption).toBeNull();
    expect(result.paragraphs[0]).toBe('Teachers gathered in the square yesterday.');
  });

  it('is absent when the line under the headline reports speech', () => {
    const result = ingestText(lines('Memo leaks', 'The memo “will be enforced,” the CEO said in a letter', 'Staff read it.'), 'a.txt');
    expect(result.frontmatter.caption).toBeNull();
  });

  it('is absent when the line under the headline is a bulleted standfirst', () => {
    const result = ingestText(lines('Exit poll out', '• Party stands to win big', 'Polls closed at ten.'), 'a.txt');
    expect(result.frontmatter.caption).toBeNull();
    expect(result.paragraphs[0]).toBe('• Party stands to win big');
  });

  it('is never the last line of text', () => {
    const result = ingestText(lines('Leaders meet', 'Anna Berg meets with Joe Lund'), 'a.txt');
    expect(result.frontmatter.caption).toBeNull();
    expect(result.paragraphs).toEqual(['Anna Berg meets with Joe Lund']);
  });
});
