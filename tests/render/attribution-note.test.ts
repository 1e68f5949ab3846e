import { describe, expect, test } from 'vitest';
import { renderArticleBody, renderInline, type BodyLinks } from '../../src/render/render-article-body.ts';
import { extraction, quote } from './spans.ts';
import { parseHtml } from './parse-html.ts';

const links: BodyLinks = {
  entityHref: (id) => `e/${id}.html`,
  speakerHref: (id) => `s/${id}.html`,
  uncertainHref: 'about.html#uncertain',
};
const byPutin = { speaker: 'Vladimir Putin', speakerId: 'putin', cue: 'said', confidence: 0.9 };
const byMoon = { speaker: 'Moon Jae-in', speakerId: 'moon', cue: 'said', confidence: 0.95 };

/** Each note item as "words -> quote href | speaker text -> speaker href" for compact, exact expectations. */
function noteItems(html: string): string[] {
  return parseHtml(html)
    .querySelectorAll('ul.attribution li')
    .map((item) => {
      const [words, ...rest] = item.querySelectorAll('a');
      const who = rest.map((link) => `${link.text} -> ${link.getAttribute('href')}`).join(' | ');
      return `${words?.text} -> ${words?.getAttribute('href')} | ${who}`;
    });
}

describe('the paragraph keeps the article text', () => {
  test('holds exactly its own words, with no speaker name spliced after the quote', () => {
    const text = 'He called the sanctions "useless and ineffective" in talks.';
    const html = renderArticleBody(text, extraction({ quotes: [quote(text, '"useless and ineffective"', byPutin)] }), links);
    const paragraph = parseHtml(html).querySelector('#p-0');
    expect(paragraph?.text).toBe(text);
    expect(paragraph?.querySelector('sup')).toBeNull();
  });

  test('keeps a long quote in mid-sentence whole, its source named only after the paragraph', () => {
    const text = 'Cases rose "during the outbreak," the release stated.';
    const source = { ...byPutin, speaker: 'Department of Health', speakerId: 'health' };
    const html = renderArticleBody(text, extraction({ quotes: [quote(text, '"during the outbreak,"', source)] }), links);
    expect(parseHtml(html).querySelector('#p-0')?.text).toBe(text);
    expect(noteItems(html)).toEqual(['"during the outbreak" -> #q-0-11 | Department of Health -> s/health.html']);
  });
});

describe('the attribution note', () => {
  test('shows a quote in the marks its paragraph gives it, curly marks as curly', () => {
    const text = '“We agreed,” Putin said.';
    const html = renderArticleBody(text, extraction({ quotes: [quote(text, 'We agreed,', byPutin)] }), links);
    expect(noteItems(html)).toEqual(['“We agreed” -> #q-0-1 | Vladimir Putin -> s/putin.html']);
  });

  test('shows a quote in guillemets in guillemets', () => {
    const text = '«Nous sommes d’accord», a dit Putin.';
    const html = renderArticleBody(text, extraction({ quotes: [quote(text, 'Nous sommes d’accord', byPutin)] }), links);
    expect(noteItems(html)).toEqual(['«Nous sommes d’accord» -> #q-0-1 | Vladimir Putin -> s/putin.html']);
  });

  test('follows the paragraph as a labelled list, one item per attributed quote in reading order', () => {
    const text = '"We agreed," Putin said. "Not yet," Moon replied.';
    const quotes = [quote(text, '"We agreed,"', byPutin), quote(text, '"Not yet,"', byMoon)];
    const html = renderArticleBody(text, extraction({ quotes }), links);
    expect(html).toBe(
      '<p id="p-0"><q id="q-0-0">"We agreed,"</q> Putin said. ' +
        '<q id="q-0-25">"Not yet,"</q> Moon replied.</p>\n' +
        '<ul class="attribution" aria-label="Who is quoted above">' +
        '<li><a href="#q-0-0">"We agreed"</a> — <a href="s/putin.html">Vladimir Putin</a></li>' +
        '<li><a href="#q-0-25">"Not yet"</a> — <a href="s/moon.html">Moon Jae-in</a></li></ul>',
    );
  });

  test('gives a quote inside a quote its own item, the enclosing quote first', () => {
    const text = '"He called it "a mistake" today," Moon said.';
    const quotes = [quote(text, '"a mistake"', { ...byPutin, kind: 'partial' }), quote(text, '"He called it "a mistake" today,"', byMoon)];
    const html = renderArticleBody(text, extraction({ quotes }), links);
    expect(parseHtml(html).querySelector('#p-0')?.text).toBe(text);
    expect(noteItems(html)).toEqual([
      '"He called it "a mistake" today" -> #q-0-0 | Moon Jae-in -> s/moon.html',
      '"a mistake" -> #q-0-14 | Vladimir Putin -> s/putin.html',
    ]);
  });

  test('shortens a long quote at a word, with an ellipsis inside the closing mark', () => {
    const words = 'The worldwide community should not become carried away by emotions';
    const text = `Putin said: "${words}."`;
    const html = renderArticleBody(text, extraction({ quotes: [quote(text, `"${words}."`, byPutin)] }), links);
    expect(parseHtml(html).querySelector('li > a:first-child')?.text).toBe('"The worldwide community should not become…"');
  });

  test('names a speaker without a page in plain text', () => {
    const text = '"We agreed," Putin said.';
    const html = renderArticleBody(text, extraction({ quotes: [quote(text, '"We agreed,"', byPutin)] }), {
      ...links,
      speakerHref: () => undefined,
    });
    expect(parseHtml(html).querySelector('ul.attribution li')?.text).toBe('"We agreed" — Vladimir Putin');
  });

  test('lists each paragraph of a quote that runs over two paragraphs after its own paragraph', () => {
    // Extraction gives each paragraph of such a quote a record and an anchor of its own.
    const first = '"We will talk.';
    const second = '"We will agree," Putin said.';
    const quotes = [quote(first, '"We will talk.', byPutin), quote(second, '"We will agree,"', { ...byPutin, paragraph: 1 })];
    const root = parseHtml(renderArticleBody(`${first}\n\n${second}`, extraction({ quotes }), links));
    const notesAfter = (id: string) => root.querySelector(`#${id}`)?.nextElementSibling?.querySelectorAll('li > a:first-child').map((a) => a.text);
    // The first paragraph's part has no closing mark in its paragraph, and none in its note.
    expect(notesAfter('p-0')).toEqual(['"We will talk']);
    expect(notesAfter('p-1')).toEqual(['"We will agree"']);
  });

  test('is left out for a paragraph whose quotes have no speaker or are not speech', () => {
    const text = '"We agreed," someone said, calling it "fake news".';
    const quotes = [quote(text, '"We agreed,"', { ...byPutin, confidence: 0.4 }), quote(text, '"fake news"', { ...byPutin, kind: 'not-speech' })];
    expect(renderArticleBody(text, extraction({ quotes }), links)).not.toContain('attribution');
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
      '<ul class="attribution" aria-label="Who is quoted above"><li class="attribution--uncertain">' +
        '<a href="#q-0-0">"We agreed"</a> — possibly <a href="s/putin.html">Vladimir Putin</a> ' +
        '(<a href="about.html#uncertain">attribution uncertain</a>)</li></ul>',
    );
  });

  test('leaves "attribution uncertain" unlinked when there is no page to explain it', () => {
    const html = renderArticleBody(text, extraction({ quotes: [quote(text, '"We agreed,"', { ...byPutin, confidence: 0.6 })] }), {
      entityHref: links.entityHref,
      speakerHref: links.speakerHref,
    });
    expect(parseHtml(html).querySelector('ul.attribution li')?.text).toBe('"We agreed" — possibly Vladimir Putin (attribution uncertain)');
  });

  test('names the speaker model\'s possible speaker of an unattributed quote as "possibly", linked to their entity page', () => {
    const possible = quote(text, '"We agreed,"', { speaker: null, speakerId: null, confidence: 0.7, possibleSpeaker: 'Vladimir Putin', possibleSpeakerId: 'putin' });
    const html = renderArticleBody(text, extraction({ quotes: [possible] }), links);
    expect(noteItems(html)).toEqual(['"We agreed" -> #q-0-0 | Vladimir Putin -> e/putin.html | attribution uncertain -> about.html#uncertain']);
    expect(parseHtml(html).querySelector('#q-0-0')?.getAttribute('class')).toBe('quote--unattributed');
  });

  test('names the speaker plainly once an editor has confirmed them', () => {
    const confirmed = quote(text, '"We agreed,"', { ...byPutin, confidence: 0.6, editorConfirmed: true });
    const html = renderArticleBody(text, extraction({ quotes: [confirmed] }), links);
    expect(parseHtml(html).querySelector('ul.attribution li')?.text).toBe('"We agreed" — Vladimir Putin');
  });
});
