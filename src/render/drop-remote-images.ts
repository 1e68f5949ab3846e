import type { Element, ElementContent, Root, RootContent } from 'hast';

// Any origin that cannot be the site's: a source resolved against it that
// ends up elsewhere would be fetched from another host.
const PAGE = 'https://article.invalid/articles/page/';
const PAGE_ORIGIN = new URL(PAGE).origin;

/**
 * Whether the browser would fetch `src` from somewhere other than the site:
 * an absolute URL (`https:`, `http:`, anything with a scheme) or a
 * protocol-relative one (`//host`, and the `\\host` forms browsers read the
 * same way). Resolving it as the browser does decides, rather than a pattern
 * that could miss a spelling. Unparseable sources count as remote.
 */
export function isRemoteSource(src: string): boolean {
  try {
    return new URL(src, PAGE).origin !== PAGE_ORIGIN;
  } catch {
    return true;
  }
}

/**
 * Removes every image the page would load from the network, so an untrusted
 * entry cannot track its readers and the page reads the same offline. The
 * image goes with its alt text: extraction does not read alt text (a reader
 * sees an image, not its alt), so showing it in the image's place would show
 * quotes no speaker page holds. An image left without a source by the
 * sanitizer (a `javascript:` one) goes the same way. Relative images stay.
 */
export default function rehypeDropRemoteImages() {
  return (tree: Root): undefined => {
    dropFrom(tree.children);
  };
}

/**
 * Walks the tree by hand: `unist-util-visit` builds a named visitor for
 * every node, a tenth of the cost of rendering a body, for a check of one
 * tag name.
 */
function dropFrom(children: (RootContent | ElementContent)[]): void {
  for (let index = 0; index < children.length; index += 1) {
    const node = children[index]!;
    if (node.type !== 'element') continue;
    if (node.tagName === 'img' && !keepsImage(node)) {
      children.splice(index, 1);
      index -= 1;
      continue;
    }
    dropFrom(node.children);
  }
}

function keepsImage(node: Element): boolean {
  const src = node.properties.src;
  return typeof src === 'string' && src !== '' && !isRemoteSource(src);
}
