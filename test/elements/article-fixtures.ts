// Shared by the <news-article> test files: mounting, waiting for a state, and small sources in every format.
import type { NewsArticle } from '../../src/elements/news-article/news-article.js';
import '../../src/elements/news-article/define.js';
import { mount, until } from './support.js';

export { untilState } from './support.js';

/** Adds a `<news-article>` with `attributes` to `parent` (the body by default); it is removed after the test. */
export function mountArticle(attributes: Record<string, string>, parent?: HTMLElement): NewsArticle {
  return mount('news-article', attributes, parent);
}

/** Resolves once `element` has left the loading state, with the state it reached. */
export async function settled(element: Element, timeout?: number): Promise<string> {
  const state = () => element.getAttribute('state');
  await until(element, () => !!state() && state() !== 'loading', () => `still ${state()} after ${timeout ?? 'the default'} ms`, timeout);
  return state()!;
}

export function part(element: Element, name: string): Element | null {
  return element.shadowRoot!.querySelector(`[part~="${name}"]`);
}

export function partText(element: Element, name: string): string | null {
  // Only markup whitespace collapses: the no-break spaces of numbers are part of the text.
  return part(element, name)?.textContent?.replace(/[ \t\n\r]+/g, ' ').trim() ?? null;
}

export { xml } from './xss-vectors.js';
