import { parse, type HTMLElement } from 'node-html-parser';

/**
 * Rendered HTML as a DOM, read the way a browser reads it: node-html-parser
 * by default keeps `<pre>` content as raw text (so ids inside it would not be
 * found) and gives `<br>` the text "\n" (the browser's textContent has only
 * the newline the HTML writer puts after it), so neither default is used.
 */
export function parseHtml(html: string): HTMLElement {
  const root = parse(html, { blockTextElements: { script: true, noscript: true, style: true } });
  for (const br of root.querySelectorAll('br')) br.remove();
  return root;
}

/** The text of every text block `#p-0`, `#p-1`, ... as rendered: attribution notes sit outside the blocks. */
export function blockTexts(root: HTMLElement, count: number): (string | undefined)[] {
  return Array.from({ length: count }, (_, i) => root.querySelector(`#p-${i}`)?.text);
}
