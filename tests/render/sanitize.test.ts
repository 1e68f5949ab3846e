import { describe, expect, test } from 'vitest';
import { renderArticleBody, type BodyLinks } from '../../src/render/render-article-body.ts';
import { entity, extraction, mention, quote } from './spans.ts';

const links: BodyLinks = { entityHref: (id) => `e/${id}.html`, speakerHref: (id) => `s/${id}.html` };
const render = (markdown: string): string => renderArticleBody(markdown, extraction({}), links);

describe('raw HTML in the markdown is untrusted', () => {
  test('drops a script block', () => {
    expect(render('Before.\n\n<script>alert(1)</script>\n\nAfter.')).toBe('<p id="p-0">Before.</p>\n<p id="p-1">After.</p>');
  });

  test('drops a style block', () => {
    expect(render('<style>p{color:red}</style>\n\nText.')).toBe('<p id="p-0">Text.</p>');
  });

  test('drops an iframe block', () => {
    expect(render('<iframe src="https://evil.example"></iframe>\n\nText.')).toBe('<p id="p-0">Text.</p>');
  });

  test('shows inline HTML with an event handler as literal text', () => {
    expect(render('A <img src=x onerror=alert(1)> b.')).toBe('<p id="p-0">A &#x3C;img src=x onerror=alert(1)> b.</p>');
  });

  test('shows an inline script tag as literal text', () => {
    expect(render('A <script>alert(1)</script> b.')).toBe(
      '<p id="p-0">A &#x3C;script>alert(1)&#x3C;/script> b.</p>',
    );
  });

  test('removes a javascript: URL from a markdown link', () => {
    expect(render('[click](javascript:alert(1))')).toBe('<p id="p-0"><a>click</a></p>');
  });

  test('removes a javascript: URL from an autolink', () => {
    expect(render('<javascript:alert(1)>')).toBe('<p id="p-0"><a>javascript:alert(1)</a></p>');
  });

  test('drops an image whose javascript: URL the sanitizer removed, rather than show its alt text', () => {
    expect(render('A ![pic](javascript:alert(1)) b.')).toBe('<p id="p-0">A  b.</p>');
  });

  test('drops an image from an https: URL', () => {
    expect(render('A ![pic](https://tracker.example/p.gif) b.')).toBe('<p id="p-0">A  b.</p>');
  });

  test('drops an image from an http: URL', () => {
    expect(render('![pic](http://tracker.example/p.gif)')).toBe('<p id="p-0"></p>');
  });

  test('drops an image from a protocol-relative URL', () => {
    expect(render('![pic](//tracker.example/p.gif)')).toBe('<p id="p-0"></p>');
  });

  test('drops a remote image given through a reference definition', () => {
    expect(render('![pic][t]\n\n[t]: https://tracker.example/p.gif')).toBe('<p id="p-0"></p>');
  });

  test('keeps a relative image', () => {
    expect(render('![pic](images/p.jpg)')).toBe('<p id="p-0"><img src="images/p.jpg" alt="pic"></p>');
  });

  test('keeps a site-absolute image', () => {
    expect(render('![pic](/images/p.jpg)')).toBe('<p id="p-0"><img src="/images/p.jpg" alt="pic"></p>');
  });

  test('removes a javascript: href even when the caller hands one out', () => {
    const text = '"Yes," Putin said.';
    const html = renderArticleBody(
      text,
      extraction({
        entities: [entity('putin', 'Vladimir Putin', 'person')],
        mentions: [mention('putin', text, 'Putin')],
        quotes: [quote(text, '"Yes,"', { speaker: 'Vladimir Putin', speakerId: 'putin', confidence: 1 })],
      }),
      { entityHref: () => 'javascript:alert(1)', speakerHref: () => 'javascript:alert(2)' },
    );
    expect(html).not.toContain('javascript:');
  });

  test('escapes markup inside a quoted span', () => {
    const text = '"</q><script>x</script>" he said.';
    const html = renderArticleBody(text, extraction({ quotes: [quote(text, '"</q><script>x</script>"')] }), links);
    expect(html).toBe(
      '<p id="p-0"><q id="q-0-0" class="quote--unattributed">"&#x3C;/q>&#x3C;script>x&#x3C;/script>"</q> he said.</p>',
    );
  });

  test('keeps only the annotator id shapes, so an entity id cannot smuggle attributes', () => {
    const text = 'Putin.';
    const html = renderArticleBody(
      text,
      extraction({ mentions: [mention('x" onclick="alert(1)', text, 'Putin')] }),
      links,
    );
    expect(html).toBe(
      '<p id="p-0"><a href="e/x&#x22; onclick=&#x22;alert(1).html">Putin</a>.</p>',
    );
  });
});
