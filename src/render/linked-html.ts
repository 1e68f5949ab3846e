import type { BodyLinks } from './remark-annotate.ts';

/**
 * HTML rendered before the site's links are known. The articles loader
 * renders an article's body, title and caption once, when it extracts the
 * article (and again only when the entry's digest changes), with every link
 * to an entity, speaker or the about page written as a numbered hole; the
 * article page fills the holes with its hrefs, which depend on the slugs the
 * whole archive decides, instead of parsing and rendering the markdown again.
 */
export interface LinkedHtml {
  /** The HTML, each href hole written as `HOLE_OPEN` + its number + `HOLE_CLOSE`. */
  html: string;
  /** What hole n links to. */
  targets: LinkTarget[];
}

export type LinkTarget = { kind: 'entity'; id: string } | { kind: 'speaker'; id: string } | { kind: 'uncertain' };

/**
 * Private-use characters: nothing in the site writes them, the renderer
 * passes them through the sanitizer and the HTML writer unchanged, and an
 * input that holds one anywhere is not rendered ahead (see `hasHoleMark`),
 * so every one in the HTML is a hole.
 */
export const HOLE_OPEN = '\uE000';
export const HOLE_CLOSE = '\uE001';
const HOLE = /\uE000(\d+)\uE001/g;

/**
 * Characters an href may hold to be written into the HTML as it is: the
 * HTML writer escapes `"`, `&`, `'`, backquote and NUL inside an attribute
 * value, and none of these is among them. The site's hrefs are relative
 * paths of percent-encoded segments, so they always qualify; one that does
 * not is rendered the slow way rather than escaped here by a second rule.
 */
const WRITTEN_AS_IS = /^[A-Za-z0-9._~!*()%/#-]*$/;

/** Whether `text` holds a hole mark, so HTML rendered from it could not tell a hole from the text. */
export function hasHoleMark(text: string): boolean {
  return text.includes(HOLE_OPEN) || text.includes(HOLE_CLOSE);
}

/**
 * Runs `render` with links that write holes, and returns its HTML with what
 * each hole links to. Every entity and speaker the HTML links gets a hole
 * (an entity at its first mention, a speaker from their first note; see
 * link-once.ts): the page can fill it only when it has an href for every
 * hole it holds.
 */
export function renderWithHoles(render: (links: BodyLinks) => string): LinkedHtml {
  const targets: LinkTarget[] = [];
  const numbers = new Map<string, number>();
  const hole = (key: string, target: LinkTarget): string => {
    let number = numbers.get(key);
    if (number === undefined) {
      number = targets.length;
      numbers.set(key, number);
      targets.push(target);
    }
    return `${HOLE_OPEN}${number}${HOLE_CLOSE}`;
  };
  const links: BodyLinks = {
    entityHref: (id) => hole(`entity\0${id}`, { kind: 'entity', id }),
    speakerHref: (id) => hole(`speaker\0${id}`, { kind: 'speaker', id }),
    uncertainHref: hole('uncertain', { kind: 'uncertain' }),
  };
  const html = render(links);
  // Only the holes the HTML holds: a page need not have an href for a link it does not write.
  const used = new Set(Array.from(html.matchAll(HOLE), (match) => Number(match[1])));
  if (used.size === targets.length) return { html, targets };
  const renumbered = new Map([...used].sort((a, b) => a - b).map((number, index) => [number, index]));
  return {
    html: html.replace(HOLE, (_hole, number: string) => `${HOLE_OPEN}${renumbered.get(Number(number))}${HOLE_CLOSE}`),
    targets: targets.filter((_target, number) => used.has(number)),
  };
}

/**
 * The HTML with every hole filled with the page's href for it: byte for
 * byte what rendering with `links` gives. Undefined when a hole has no href
 * (rendering would write that mention as a span, not a link) or an href that
 * the HTML writer would escape; the page then renders the slow way.
 */
export function fillHoles(linked: LinkedHtml, links: BodyLinks): string | undefined {
  const hrefs = linked.targets.map((target) => hrefOf(target, links));
  if (!hrefs.every((href) => href !== undefined && WRITTEN_AS_IS.test(href))) return undefined;
  return linked.html.replace(HOLE, (_hole, number: string) => hrefs[Number(number)] as string);
}

function hrefOf(target: LinkTarget, links: BodyLinks): string | undefined {
  if (target.kind === 'entity') return links.entityHref(target.id);
  if (target.kind === 'speaker') return links.speakerHref(target.id);
  return links.uncertainHref;
}
