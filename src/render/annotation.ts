import type { Properties } from 'hast';
import type { Parent, PhrasingContent } from 'mdast';

/**
 * An element added by the annotator: remark-rehype turns it into `hName` with
 * `hProperties`, like any unknown mdast node carrying hast data.
 */
export interface Annotation extends Parent {
  type: 'annotation';
  children: PhrasingContent[];
  data: { hName: string; hProperties: Properties };
}

declare module 'mdast' {
  interface PhrasingContentMap {
    annotation: Annotation;
  }
  interface RootContentMap {
    annotation: Annotation;
  }
  interface BlockContentMap {
    annotation: Annotation;
  }
}

export function annotation(hName: string, hProperties: Properties, children: PhrasingContent[]): Annotation {
  return { type: 'annotation', children, data: { hName, hProperties } };
}

/** A text leaf. */
export function text(value: string): PhrasingContent {
  return { type: 'text', value };
}
