import { describe, expect, test } from 'vitest';
import { renderArticleBody, renderInline, type BodyLinks } from '../../src/render/render-article-body.ts';
import { extraction, mention, quote } from './spans.ts';
import { parseHtml } from './parse-html.ts';

const links: BodyLinks = {
  entityHref: (id) => `e/${id}.html`,
  speakerHref: (id) => `s/${id}.html`,
  uncertainHref: 'about.html#uncertain',
};
const byPutin = { speaker: 'Vladimir Putin', speakerId: 'putin', cue: 'said', confidence: 0.9 };
const byMoon = { speaker: 'Moon Jae-in', speakerId: 'moon', cue: 'said', confidence: 0.95 };

/** The note after `#p-<paragraph>`: its text, and where each of its links goes. */
function noteAfter(html: string, paragraph = 0): { text: string; links: string[] } | null {
  const note = parseHtml(html).querySelector(`#p-${paragraph}`)?.nextElementSibling;
  if (note?.tagName !== 'SMALL') return null;
  return { text: note.text, links: note.querySelectorAll('a').map((link) => `${link.text} -> ${link.getAttribute('href')}`) };
}

describe('the paragraph keeps the article text', () => {
  test('holds exactly its own words, with no speaker name spliced after the quote', () => {
    const text = 'He called the sanctions "useless and ineffective" in talks.';
    const html = renderArticleBody(text, extraction({ quotes: [quote(text, '"useless and ineffective"', byPutin)] }), links);
    const paragraph = parseHtml(html).querySelector('#p-0');
    expect(paragraph?.text).toBe(text);
    expect(paragraph?.querySelector('sup')).toBeNull();
  });
});

describe('the attribution note', () => {
  test('follows the paragraph as one line of small print naming the speaker, without the quote\'s words again', () => {
    const text = '"We agreed," Putin said.';
    const html = renderArticleBody(text, extraction({ quotes: [quote(text, '"We agreed,"', byPutin)] }), links);
    expect(html).toBe('<p id="p-0"><q id="q-0-0">"We agreed,"</q> Putin said.</p>\n<small>Quoted: <a href="s/putin.html">Vladimir Putin</a></small>');
  });

  test('names the speaker once for a paragraph of several quotes all theirs', () => {
    const text = '"We agreed," Putin said. "Not yet," he added.';
    const html = renderArticleBody(text, extraction({ quotes: [quote(text, '"We agreed,"', byPutin), quote(text, '"Not yet,"', byPutin)] }), links);
    expect(noteAfter(html)).toEqual({ text: 'Quoted: Vladimir Putin', links: ['Vladimir Putin -> s/putin.html'] });
  });

  test("tells two speakers' quotes apart by their first words, in reading order", () => {
    const text = '"We agreed," Putin said. "Not yet," Moon replied.';
    const html = renderArticleBody(text, extraction({ quotes: [quote(text, '"We agreed,"', byPutin), quote(text, '"Not yet,"', byMoon)] }), links);
    expect(noteAfter(html)).toEqual({
      text: 'Quoted: "We agreed" — Vladimir Putin; "Not yet" — Moon Jae-in',
      links: ['Vladimir Putin -> s/putin.html', 'Moon Jae-in -> s/moon.html'],
    });
    // Each quote after the first starts a line of its own.
    expect(html).toContain('<a href="s/putin.html">Vladimir Putin</a>; <br>"Not yet" — <a href="s/moon.html">Moon Jae-in</a></small>');
  });

  test('gives the first words of the quote it names when the paragraph holds another quote it names no one for', () => {
    const text = '"We agreed," Putin said. "Fine," someone replied.';
    const html = renderArticleBody(text, extraction({ quotes: [quote(text, '"We agreed,"', byPutin), quote(text, '"Fine,"')] }), links);
    expect(noteAfter(html)?.text).toBe('Quoted: "We agreed" — Vladimir Putin');
  });

  test('shows those words in the marks the paragraph gives the quote, curly as curly, guillemets as guillemets', () => {
    const text = '“We agreed,” Putin said. «Pas encore», a dit Moon.';
    const quotes = [quote(text, 'We agreed,', byPutin), quote(text, 'Pas encore', byMoon)];
    expect(noteAfter(renderArticleBody(text, extraction({ quotes }), links))?.text).toBe('Quoted: “We agreed” — Vladimir Putin; «Pas encore» — Moon Jae-in');
  });

  test('shortens those words at a word, with an ellipsis inside the closing mark', () => {
    const words = 'The worldwide community should not become carried away by emotions';
    const text = `Putin said: "${words}." Moon said: "No."`;
    const html = renderArticleBody(text, extraction({ quotes: [quote(text, `"${words}."`, byPutin), quote(text, '"No."', byMoon)] }), links);
    expect(noteAfter(html)?.text).toBe('Quoted: "The worldwide community should…" — Vladimir Putin; "No" — Moon Jae-in');
  });

  test('lists an enclosing quote before the quote inside it', () => {
    const text = '"He called it "a mistake" today," Moon said.';
    const quotes = [quote(text, '"a mistake"', { ...byPutin, kind: 'partial' }), quote(text, '"He called it "a mistake" today,"', byMoon)];
    const html = renderArticleBody(text, extraction({ quotes }), links);
    expect(parseHtml(html).querySelector('#p-0')?.text).toBe(text);
    expect(noteAfter(html)?.text).toBe('Quoted: "He called it "a mistake" today" — Moon Jae-in; "a mistake" — Vladimir Putin');
  });

  test("links a speaker's page from the first note naming them only; later notes name them in plain text", () => {
    const [first, second] = ['"We agreed," Putin said.', '"Not yet," Putin added.'];
    const quotes = [quote(first, '"We agreed,"', byPutin), quote(second, '"Not yet,"', { ...byPutin, paragraph: 1 })];
    const html = renderArticleBody(`${first}\n\n${second}`, extraction({ quotes }), links);
    expect([noteAfter(html, 0), noteAfter(html, 1)]).toEqual([
      { text: 'Quoted: Vladimir Putin', links: ['Vladimir Putin -> s/putin.html'] },
      { text: 'Quoted: Vladimir Putin', links: [] },
    ]);
  });

  test('names a speaker without a page in plain text', () => {
    const text = '"We agreed," Putin said.';
    const html = renderArticleBody(text, extraction({ quotes: [quote(text, '"We agreed,"', byPutin)] }), { ...links, speakerHref: () => undefined });
    expect(noteAfter(html)).toEqual({ text: 'Quoted: Vladimir Putin', links: [] });
  });

  test('says an editor confirmed the speaker when one did', () => {
    const text = '"We agreed," Putin said.';
    const confirmed = quote(text, '"We agreed,"', { ...byPutin, confidence: 1, rule: 'editor', editorConfirmed: true });
    expect(noteAfter(renderArticleBody(text, extraction({ quotes: [confirmed] }), links))?.text).toBe('Quoted: Vladimir Putin, confirmed by an editor');
  });

  test('follows each paragraph of a quote that runs over two paragraphs', () => {
    // Extraction gives each paragraph of such a quote a record and an anchor of its own.
    const first = '"We will talk.';
    const second = '"We will agree," Putin said.';
    const quotes = [quote(first, '"We will talk.', byPutin), quote(second, '"We will agree,"', { ...byPutin, paragraph: 1 })];
    const html = renderArticleBody(`${first}\n\n${second}`, extraction({ quotes }), links);
    expect([noteAfter(html, 0)?.text, noteAfter(html, 1)?.text]).toEqual(['Quoted: Vladimir Putin', 'Quoted: Vladimir Putin']);
  });

  test('is left out for a paragraph whose quotes have no speaker or are not speech', () => {
    const text = '"We agreed," someone said, calling it "fake news".';
    const quotes = [quote(text, '"We agreed,"', { ...byPutin, confidence: 0.4 }), quote(text, '"fake news"', { ...byPutin, kind: 'not-speech' })];
    expect(renderArticleBody(text, extraction({ quotes }), links)).not.toContain('<small>');
  });

  test('is never added to a title, which is one inline run', () => {
    const title = 'Putin: "No deal"';
    const html = renderInline(title, [], [quote(title, '"No deal"', { ...byPutin, block: 'title', id: 'q-title-7' })], links);
    expect(html).toBe('Putin: <q id="q-title-7">"No deal"</q>');
  });
});

describe('uncertain attribution', () => {
  const text = '"We agreed," Putin said.';

  test('below the sure line says "possibly" and links "attribution uncertain" to the explanation', () => {
    const html = renderArticleBody(text, extraction({ quotes: [quote(text, '"We agreed,"', { ...byPutin, confidence: 0.6 })] }), links);
    expect(html).toContain(
      '<small>Quoted: possibly <a href="s/putin.html">Vladimir Putin</a> (<a href="about.html#uncertain">attribution uncertain</a>)</small>',
    );
  });

  test('links "attribution uncertain" from its first note only', () => {
    const [first, second] = ['"We agreed," Putin said.', '"Not yet," Moon said.'];
    const quotes = [quote(first, '"We agreed,"', { ...byPutin, confidence: 0.6 }), quote(second, '"Not yet,"', { ...byMoon, confidence: 0.6, paragraph: 1 })];
    const html = renderArticleBody(`${first}\n\n${second}`, extraction({ quotes }), links);
    expect(noteAfter(html, 1)).toEqual({ text: 'Quoted: possibly Moon Jae-in (attribution uncertain)', links: ['Moon Jae-in -> s/moon.html'] });
  });

  test('leaves "attribution uncertain" unlinked when there is no page to explain it', () => {
    const html = renderArticleBody(text, extraction({ quotes: [quote(text, '"We agreed,"', { ...byPutin, confidence: 0.6 })] }), {
      entityHref: links.entityHref,
      speakerHref: links.speakerHref,
    });
    expect(noteAfter(html)?.text).toBe('Quoted: possibly Vladimir Putin (attribution uncertain)');
  });

  test('names the speaker model\'s possible speaker of an unattributed quote as "possibly", linked to their entity page', () => {
    const possible = quote(text, '"We agreed,"', { speaker: null, speakerId: null, confidence: 0.7, possibleSpeaker: 'Vladimir Putin', possibleSpeakerId: 'putin' });
    const html = renderArticleBody(text, extraction({ quotes: [possible] }), links);
    expect(noteAfter(html)).toEqual({
      text: 'Quoted: possibly Vladimir Putin (attribution uncertain)',
      links: ['Vladimir Putin -> e/putin.html', 'attribution uncertain -> about.html#uncertain'],
    });
    expect(parseHtml(html).querySelector('#q-0-0')?.getAttribute('class')).toBe('quote--unattributed');
  });

  test('names a possible speaker in plain text when the text has already linked their entity page', () => {
    const possible = quote(text, '"We agreed,"', { speaker: null, speakerId: null, confidence: 0.7, possibleSpeaker: 'Vladimir Putin', possibleSpeakerId: 'putin' });
    const html = renderArticleBody(text, extraction({ mentions: [mention('putin', text, 'Putin')], quotes: [possible] }), links);
    expect(noteAfter(html)?.links).toEqual(['attribution uncertain -> about.html#uncertain']);
    expect(parseHtml(html).querySelectorAll('a[href="e/putin.html"]').map((link) => link.text)).toEqual(['Putin']);
  });

  test('names the speaker plainly once an editor has confirmed them', () => {
    const confirmed = quote(text, '"We agreed,"', { ...byPutin, confidence: 0.6, editorConfirmed: true });
    expect(noteAfter(renderArticleBody(text, extraction({ quotes: [confirmed] }), links))?.text).toBe('Quoted: Vladimir Putin, confirmed by an editor');
  });
});
