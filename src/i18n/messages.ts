import type { FeedErrorKind } from '../data/errors.js';

/** Every string an element shows. A language is one object of this shape in its own file. */
export interface Messages {
  /** Announced while data loads. */
  loading: string;
  /** Shown when a feed has no stories. */
  empty: string;
  /** The label of the button that tries again after an error. */
  retry: string;
  /** One short sentence per kind of failure; never a status line or a stack. */
  errors: Record<FeedErrorKind, string>;
}
