import { describe, expect, test } from 'vitest';
import type { SiteQuoteRecord } from '../../src/graph/site-extraction.ts';
import * as api from '../../src/render/render-article-body.ts';
import { renderArticleBody, renderInline, type BodyLinks } from '../../src/render/render-article-body.ts';
import { entity, extraction, mention, quote } from './spans.ts';

const links: BodyLinks = {
  entityHref: (id) => `e/${id}.html`,
  speakerHref: (id) => `s/${id}.html`,
};
const putin = entity('putin', 'Vladimir Putin', 'person');
const moscow = entity('moscow', 'Moscow', 'place');

test('exports the renderers and the body parser the articles loader shares', () => {
  expect(Object.keys(api).sort()).toEqual(['parseBody', 'renderArticleBody', 'renderBodyTree', 'renderInline']);
});

describe('text blocks', () => {
  test('numbers paragraphs and headings together in document order', () => {
    const html = renderArticleBody('One.\n\n# Heading\n\nTwo.', extraction({}), links);
    expect(html).toBe('<p id="p-0">One.</p>\n<h1 id="p-1">Heading</h1>\n<p id="p-2">Two.</p>');
  });

  test('numbers the paragraphs inside a block quote', () => {
    const html = renderArticleBody('One.\n\n> Two.\n>\n> Three.', extraction({}), links);
    expect(html).toBe('<p id="p-0">One.</p>\n<blockquote>\n<p id="p-1">Two.</p>\n<p id="p-2">Three.</p>\n</blockquote>');
  });

  test('keeps the id of a tight list item paragraph on a span, since the list writes no p', () => {
    const html = renderArticleBody('- One.\n- Two.', extraction({}), links);
    expect(html).toBe('<ul>\n<li><span id="p-0">One.</span></li>\n<li><span id="p-1">Two.</span></li>\n</ul>');
  });

  test('keeps the id of a loose list item paragraph on a span inside its p', () => {
    const html = renderArticleBody('- One.\n\n- Two.', extraction({}), links);
    expect(html).toBe(
      '<ul>\n<li>\n<p><span id="p-0">One.</span></p>\n</li>\n<li>\n<p><span id="p-1">Two.</span></p>\n</li>\n</ul>',
    );
  });

  test('writes a code block as pre with its id, so its text can be annotated like any block', () => {
    const html = renderArticleBody('One.\n\n    "Two," he said.', extraction({}), links);
    expect(html).toBe('<p id="p-0">One.</p>\n<pre id="p-1"><code>"Two," he said.</code></pre>');
  });

  test('keeps the language class of a fenced code block', () => {
    const html = renderArticleBody('```js\n"x"\n```', extraction({}), links);
    expect(html).toBe('<pre id="p-0"><code class="language-js">"x"</code></pre>');
  });

  test('does not count a thematic break, a link definition or dropped block HTML as a block', () => {
    const html = renderArticleBody('One.\n\n***\n\n[d]: /x\n\n<div>x</div>\n\nTwo.', extraction({}), links);
    expect(html).toBe('<p id="p-0">One.</p>\n<hr>\n<p id="p-1">Two.</p>');
  });
});

describe('quotes outside plain paragraphs', () => {
  const said = '"We will win," Putin said.';
  const attributed = (paragraph: number): SiteQuoteRecord =>
    quote(said, '"We will win,"', { paragraph, speaker: 'Vladimir Putin', speakerId: 'putin', cue: 'said', confidence: 0.9 });
  const anchor = (paragraph: number): string =>
    `<q id="q-${paragraph}-0">"We will win,"</q> Putin said.`;
  const note = (_paragraph: number): string => '<small>Quoted: <a href="s/putin.html">Vladimir Putin</a></small>';

  test('anchors a quote in a block quote, its attribution note inside the block quote', () => {
    const html = renderArticleBody(`Intro.\n\n> ${said}`, extraction({ quotes: [attributed(1)] }), links);
    expect(html).toBe(`<p id="p-0">Intro.</p>\n<blockquote>\n<p id="p-1">${anchor(1)}</p>\n${note(1)}\n</blockquote>`);
  });

  test('anchors a quote in a list item, its attribution note inside the item', () => {
    const html = renderArticleBody(`- ${said}`, extraction({ quotes: [attributed(0)] }), links);
    expect(html).toBe(`<ul>\n<li><span id="p-0">${anchor(0)}</span>\n${note(0)}\n</li>\n</ul>`);
  });

  test('anchors a quote in a heading, its attribution note after it', () => {
    const html = renderArticleBody(`## ${said}`, extraction({ quotes: [attributed(0)] }), links);
    expect(html).toBe(`<h2 id="p-0">${anchor(0)}</h2>\n${note(0)}`);
  });

  test('anchors a quote in a code block, its attribution note after it', () => {
    const html = renderArticleBody(`    ${said}`, extraction({ quotes: [attributed(0)] }), links);
    expect(html).toBe(
      '<pre id="p-0"><code><q id="q-0-0">"We will win,"</q>' +
        ` Putin said.</code></pre>\n${note(0)}`,
    );
  });

  test('counts a hard line break as the newline written after its br', () => {
    const text = 'He left.\n"Go," she said.';
    const html = renderArticleBody('He left.\\\n"Go," she said.', extraction({ quotes: [quote(text, '"Go,"')] }), links);
    expect(html).toBe(
      '<p id="p-0">He left.<br>\n<q id="q-0-9" class="quote--unattributed">"Go,"</q> she said.</p>',
    );
  });

  test('skips image alt text when counting offsets', () => {
    const text = ' A "yes" vote.';
    const html = renderArticleBody('![a "no" pic](pic.jpg) A "yes" vote.', extraction({ quotes: [quote(text, '"yes"')] }), links);
    expect(html).toBe(
      '<p id="p-0"><img src="pic.jpg" alt="a &#x22;no&#x22; pic"> A <q id="q-0-3" class="quote--unattributed">"yes"</q> vote.</p>',
    );
  });
});

describe('entity mentions', () => {
  test('links a mention to its entity page with a bare link: no class, no id', () => {
    const text = 'Putin flew to Moscow.';
    const html = renderArticleBody(
      text,
      extraction({ entities: [putin, moscow], mentions: [mention('putin', text, 'Putin'), mention('moscow', text, 'Moscow')] }),
      links,
    );
    expect(html).toBe('<p id="p-0"><a href="e/putin.html">Putin</a> flew to <a href="e/moscow.html">Moscow</a>.</p>');
  });

  test('links an entity at its first mention only: later mentions, in any paragraph, are plain text', () => {
    const [first, second] = ['Putin met Putin aides.', 'Then Putin left Moscow.'];
    const mentions = [
      mention('putin', first, 'Putin'),
      mention('putin', first, 'Putin', { occurrence: 1 }),
      mention('putin', second, 'Putin', { paragraph: 1 }),
      mention('moscow', second, 'Moscow', { paragraph: 1 }),
    ];
    const html = renderArticleBody(`${first}\n\n${second}`, extraction({ entities: [putin, moscow], mentions }), links);
    expect(html).toBe(
      '<p id="p-0"><a href="e/putin.html">Putin</a> met Putin aides.</p>\n' +
        '<p id="p-1">Then Putin left <a href="e/moscow.html">Moscow</a>.</p>',
    );
  });

  test('links in the body no entity the caption names, since the caption, read first, links it', () => {
    const text = 'Putin flew to Moscow.';
    const mentions = [mention('putin', 'Putin arrives', 'Putin', { block: 'caption' }), mention('putin', text, 'Putin'), mention('moscow', text, 'Moscow')];
    const html = renderArticleBody(text, extraction({ entities: [putin, moscow], mentions }), links);
    expect(html).toBe('<p id="p-0">Putin flew to <a href="e/moscow.html">Moscow</a>.</p>');
  });

  test('links the body\'s first mention of an entity the headline names: a headline links nothing', () => {
    const text = 'Putin spoke.';
    const mentions = [mention('putin', 'Putin speaks', 'Putin', { block: 'title' }), mention('putin', text, 'Putin')];
    expect(renderArticleBody(text, extraction({ entities: [putin], mentions }), links)).toBe('<p id="p-0"><a href="e/putin.html">Putin</a> spoke.</p>');
  });

  test('leaves a mention plain text when the caller has no page for it', () => {
    const text = 'Putin spoke.';
    const html = renderArticleBody(text, extraction({ entities: [putin], mentions: [mention('putin', text, 'Putin')] }), {
      ...links,
      entityHref: () => undefined,
    });
    expect(html).toBe('<p id="p-0">Putin spoke.</p>');
  });

  test('finds mentions of the second paragraph by that paragraph offsets', () => {
    const second = 'Then Putin left.';
    const html = renderArticleBody(
      `Intro.\n\n${second}`,
      extraction({ entities: [putin], mentions: [mention('putin', second, 'Putin', { paragraph: 1 })] }),
      links,
    );
    expect(html).toBe('<p id="p-0">Intro.</p>\n<p id="p-1">Then <a href="e/putin.html">Putin</a> left.</p>');
  });

  test('splits the first mention where it crosses emphasis into one link per piece, and links no later one', () => {
    // Plain text of `*Vladimir* Putin met Putin aides.` is `Vladimir Putin met Putin aides.`
    const plain = 'Vladimir Putin met Putin aides.';
    const mentions = [mention('putin', plain, 'Vladimir Putin'), mention('putin', plain, 'Putin', { occurrence: 1 })];
    const html = renderArticleBody('*Vladimir* Putin met Putin aides.', extraction({ entities: [putin], mentions }), links);
    expect(html).toBe('<p id="p-0"><em><a href="e/putin.html">Vladimir</a></em><a href="e/putin.html"> Putin</a> met Putin aides.</p>');
  });

  test('does not nest an entity link inside a link written in the markdown', () => {
    const html = renderArticleBody(
      '[Putin](https://example.org) spoke.',
      extraction({ entities: [putin], mentions: [mention('putin', 'Putin spoke.', 'Putin')] }),
      links,
    );
    expect(html).toBe('<p id="p-0"><a href="https://example.org">Putin</a> spoke.</p>');
  });
});

describe('quotes', () => {
  const text = '"We agreed," Putin said.';
  const attributed = quote(text, '"We agreed,"', {
    speaker: 'Vladimir Putin',
    speakerId: 'putin',
    cue: 'said',
    confidence: 0.9,
  });

  test('wraps a sure attributed quote in q with its id alone, its speaker in the note after the paragraph; the paragraph holds only its own text', () => {
    const html = renderArticleBody(text, extraction({ quotes: [attributed] }), links);
    expect(html).toBe('<p id="p-0"><q id="q-0-0">"We agreed,"</q> Putin said.</p>\n<small>Quoted: <a href="s/putin.html">Vladimir Putin</a></small>');
  });

  test('takes the marks around the quoted words into q', () => {
    const curly = '“We agreed,” Putin said.';
    const words = quote(curly, 'We agreed,', { speaker: 'Vladimir Putin', speakerId: 'putin', cue: 'said', confidence: 0.9 });
    const html = renderArticleBody(curly, extraction({ quotes: [words] }), links);
    expect(html).toContain(
      '<p id="p-0"><q id="q-0-1">“We agreed,”</q> Putin said.</p>',
    );
  });

  test('marks a quote below 0.8 confidence as low-confidence', () => {
    const html = renderArticleBody(text, extraction({ quotes: [{ ...attributed, confidence: 0.6 }] }), links);
    expect(html).toContain('class="quote--low-confidence"');
  });

  test('marks a quote below 0.5 confidence as unattributed, without cite or speaker link', () => {
    const html = renderArticleBody(text, extraction({ quotes: [{ ...attributed, confidence: 0.4 }] }), links);
    expect(html).toBe('<p id="p-0"><q id="q-0-0" class="quote--unattributed">"We agreed,"</q> Putin said.</p>');
  });

  test('marks an editor-confirmed quote', () => {
    const confirmed = { ...attributed, confidence: 1, rule: 'editor', editorConfirmed: true };
    const html = renderArticleBody(text, extraction({ quotes: [confirmed] }), links);
    expect(html).toContain('class="quote--editor"');
  });

  test('writes a partial quote like a direct one: its few words inside the writer\'s sentence show its kind', () => {
    const partial = 'He called it "a good deal" on Friday.';
    const html = renderArticleBody(partial, extraction({ quotes: [quote(partial, '"a good deal"', { kind: 'partial' })] }), links);
    expect(html).toBe(
      '<p id="p-0">He called it <q id="q-0-13" class="quote--unattributed">"a good deal"</q> on Friday.</p>',
    );
  });

  test('wraps a not-speech quote in a span', () => {
    const title = 'The "Power of Siberia" pipeline.';
    const html = renderArticleBody(title, extraction({ quotes: [quote(title, '"Power of Siberia"', { kind: 'not-speech' })] }), links);
    expect(html).toBe('<p id="p-0">The <span id="q-0-4" class="not-speech">"Power of Siberia"</span> pipeline.</p>');
  });

  test('nests mentions inside a quote', () => {
    const inside = '"Moscow agrees," he said.';
    const html = renderArticleBody(
      inside,
      extraction({ entities: [moscow], mentions: [mention('moscow', inside, 'Moscow')], quotes: [quote(inside, '"Moscow agrees,"')] }),
      links,
    );
    expect(html).toBe('<p id="p-0"><q id="q-0-0" class="quote--unattributed">"<a href="e/moscow.html">Moscow</a> agrees,"</q> he said.</p>');
  });

  test('splits a quote that crosses emphasis, keeping the id on the first piece only', () => {
    const plain = '"We really agree," he said.';
    const html = renderArticleBody('"We *really* agree," he said.', extraction({ quotes: [quote(plain, '"We really agree,"')] }), links);
    expect(html).toBe(
      '<p id="p-0"><q id="q-0-0" class="quote--unattributed">"We </q>' +
        '<em><q class="quote--unattributed quote--continued">really</q></em>' +
        '<q class="quote--unattributed quote--continued"> agree,"</q> he said.</p>',
    );
  });

  test('nests a quote inside a quote, each with its own id', () => {
    const nested = '"He called it "a mistake" today," she said.';
    const outer = quote(nested, '"He called it "a mistake" today,"');
    const inner = quote(nested, '"a mistake"', { kind: 'partial' });
    const html = renderArticleBody(nested, extraction({ quotes: [inner, outer] }), links);
    expect(html).toBe(
      '<p id="p-0"><q id="q-0-0" class="quote--unattributed">"He called it ' +
        '<q id="q-0-14" class="quote--unattributed">"a mistake"</q> today,"</q> she said.</p>',
    );
  });

  test('cuts a quote that crosses the end of an enclosing one, keeping its id', () => {
    const crossing = 'one two three four';
    const first = { ...quote(crossing, 'one two three'), id: 'q-a' };
    const second = { ...quote(crossing, 'two three four'), id: 'q-b' };
    const html = renderArticleBody(crossing, extraction({ quotes: [first, second] }), links);
    expect(html).toBe(
      '<p id="p-0"><q id="q-a" class="quote--unattributed">one ' +
        '<q id="q-b" class="quote--unattributed">two three</q></q> four</p>',
    );
  });

  test('replaces a quote id that is not a safe q- id with one built from its location', () => {
    const html = renderArticleBody(text, extraction({ quotes: [{ ...quote(text, '"We agreed,"'), id: 'bad id"' }] }), links);
    expect(html).toContain('<q id="q-body-0-0"');
  });
});

describe('inline blocks', () => {
  test('renders a title with its quotes and no wrapping element, and links none of its mentions', () => {
    const title = 'Putin: "No deal"';
    const html = renderInline(title, [mention('putin', title, 'Putin', { block: 'title' })], [quote(title, '"No deal"', { block: 'title', id: 'q-title-7' })], links);
    expect(html).toBe('Putin: <q id="q-title-7" class="quote--unattributed">"No deal"</q>');
  });

  test('links each entity of a caption at its first mention', () => {
    const caption = 'Putin and Putin aides in Moscow';
    const mentions = [
      mention('putin', caption, 'Putin', { block: 'caption' }),
      mention('putin', caption, 'Putin', { block: 'caption', occurrence: 1 }),
      mention('moscow', caption, 'Moscow', { block: 'caption' }),
    ];
    expect(renderInline(caption, mentions, [], links)).toBe('<a href="e/putin.html">Putin</a> and Putin aides in <a href="e/moscow.html">Moscow</a>');
  });

  test('leaves plain the entities it is told the page links elsewhere', () => {
    const caption = 'Putin in Moscow';
    const mentions = [mention('putin', caption, 'Putin', { block: 'caption' }), mention('moscow', caption, 'Moscow', { block: 'caption' })];
    expect(renderInline(caption, mentions, [], links, new Set(['putin']))).toBe('Putin in <a href="e/moscow.html">Moscow</a>');
  });

  test('escapes markup characters in a title instead of reading them as markdown or HTML', () => {
    expect(renderInline('*Not* <b>bold</b> & co', [], [], links)).toBe('*Not* &#x3C;b>bold&#x3C;/b> &#x26; co');
  });

  test('refuses spans from two different blocks', () => {
    const title = 'Putin';
    expect(() =>
      renderInline(title, [mention('putin', title, 'Putin', { block: 'title' }), mention('putin', title, 'Putin', { block: 'caption' })], [], links),
    ).toThrow('renderInline: spans from blocks "title" and "caption" were mixed');
  });
});
