import type { Element, Text } from 'hast';
import type { Options } from 'remark-rehype';

type Handlers = NonNullable<Options['handlers']>;

/**
 * mdast-to-hast handlers that write text exactly as the markdown tree holds
 * it. The default ones trim spaces around line endings and turn line endings
 * in inline code into spaces; a browser shows both versions alike, but then
 * the HTML's text would no longer be the block text extraction counted its
 * offsets in (`visibleText`), and the renderer could not cut spans at them.
 */
export const verbatimText: Handlers = {
  text(state, node) {
    const result: Text = { type: 'text', value: node.value };
    state.patch(node, result);
    return state.applyData(node, result);
  },
  inlineCode(state, node) {
    const text: Text = { type: 'text', value: node.value };
    state.patch(node, text);
    const result: Element = { type: 'element', tagName: 'code', properties: {}, children: [text] };
    state.patch(node, result);
    return state.applyData(node, result);
  },
};
