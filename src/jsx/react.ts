// JSX typings for React 19: `import type {} from 'news-widgets/react'` once in a project (or list it in tsconfig's
// `types`), and the registered elements type-check in TSX with their properties, attributes and `onnews-*` events.
import type { DetailedHTMLProps, HTMLAttributes } from 'react';
import type { NewsWidgetProps, NewsWidgetTag } from './props.js';

/** React's props of `<tag>`: the common HTML attributes, `ref` and `key`, and the element's own. */
export type NewsWidgetReactElements = {
  [Tag in NewsWidgetTag]: DetailedHTMLProps<HTMLAttributes<HTMLElementTagNameMap[Tag]>, HTMLElementTagNameMap[Tag]> &
    NewsWidgetProps<HTMLElementTagNameMap[Tag]>;
};

declare module 'react' {
  // eslint-disable-next-line @typescript-eslint/no-namespace -- React declares JSX as a namespace; augmenting it is the only way
  namespace JSX {
    // eslint-disable-next-line @typescript-eslint/no-empty-object-type -- the elements come from the mapped type
    interface IntrinsicElements extends NewsWidgetReactElements {}
  }
}
