import { FeedError } from './errors.js';

/**
 * A module fetched the first time someone needs it, then shared by every caller. Code that only some pages need
 * (a parser, a view, a sanitizer) travels this way so the drop-in stays small. A chunk that fails to arrive
 * (offline, a deploy under way) is a `network` failure like a failed request: the widget shows its error with a
 * retry, and the next call fetches the chunk again.
 */
export function onDemand<M>(load: () => Promise<M>): () => Promise<M> {
  let pending: Promise<M> | undefined;
  return () =>
    (pending ??= load().catch((cause: unknown) => {
      pending = undefined;
      throw new FeedError('network', 'A part of the widget could not be downloaded.', { cause });
    }));
}
