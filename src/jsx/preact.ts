// JSX typings for Preact: `import type {} from 'news-widgets/preact'` once in a project (or list it in tsconfig's
// `types`), and the registered elements type-check in TSX with their properties, attributes and `onnews-*` events.
import type { JSX } from 'preact';
import type { NewsWidgetProps, NewsWidgetTag } from './props.js';

/** Preact's props of `<tag>`: the common HTML attributes and `ref`, and the element's own. */
export type NewsWidgetPreactElements = {
  [Tag in NewsWidgetTag]: Omit<JSX.HTMLAttributes<HTMLElementTagNameMap[Tag]>, keyof NewsWidgetProps<HTMLElementTagNameMap[Tag]>> &
    NewsWidgetProps<HTMLElementTagNameMap[Tag]>;
};

declare module 'preact' {
  // eslint-disable-next-line @typescript-eslint/no-namespace -- Preact declares JSX as a namespace; augmenting it is the only way
  namespace JSX {
    // eslint-disable-next-line @typescript-eslint/no-empty-object-type -- the elements come from the mapped type
    interface IntrinsicElements extends NewsWidgetPreactElements {}
  }
}
