import { toMarkdown } from 'mdast-util-to-markdown';

/**
 * One line of text as a markdown paragraph whose parsed plain text is the
 * line itself, character for character. mdast-util-to-markdown escapes what
 * CommonMark would read as syntax; `~` is added because the site's GFM
 * parser reads `~x~` as strikethrough, and every `<` because the library
 * escapes it only before a letter, while `<#@0>` is an email autolink.
 */
export function paragraphToMarkdown(text: string): string {
  const markdown = toMarkdown(
    { type: 'paragraph', children: [{ type: 'text', value: text }] },
    {
      unsafe: [
        { character: '~', inConstruct: 'phrasing' },
        { character: '<', inConstruct: 'phrasing' },
      ],
    },
  );
  return markdown.replace(/\n$/u, '');
}

/** Paragraphs separated by one blank line, ending with a newline. */
export function paragraphsToMarkdown(paragraphs: readonly string[]): string {
  return `${paragraphs.map(paragraphToMarkdown).join('\n\n')}\n`;
}
