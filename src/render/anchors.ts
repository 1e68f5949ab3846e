/**
 * The anchor helpers live with the graph (src/graph/anchors.ts), which links
 * to them without importing the renderer; pages and components that import
 * them from here keep working.
 */
export { CAPTION_ANCHOR, TITLE_ANCHOR, paragraphAnchor, quoteAnchor } from '../graph/anchors.ts';
