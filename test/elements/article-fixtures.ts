// Shared by the <news-article> test files: mounting, waiting for a state, and small sources in every format.
import type { NewsArticle } from '../../src/elements/news-article/news-article.js';
import '../../src/elements/news-article/define.js';

const mounted: Element[] = [];

/** Adds a `<news-article>` with `attributes` to `parent` (the body by default); `unmountAll` removes it. */
export function mountArticle(attributes: Record<string, string>, parent: HTMLElement = document.body): NewsArticle {
  const article = document.createElement('news-article');
  for (const [name, value] of Object.entries(attributes)) article.setAttribute(name, value);
  parent.append(article);
  if (parent === document.body) mounted.push(article);
  else if (!parent.isConnected) {
    document.body.append(parent);
    mounted.push(parent);
  }
  return article;
}

export function unmountAll(): void {
  for (const element of mounted.splice(0)) element.remove();
}

/** Resolves once `element` reflects `state`, or rejects after `timeout` ms with the state it shows instead. */
export function untilState(element: Element, state: string, timeout = 3000): Promise<void> {
  return new Promise((resolve, reject) => {
    if (element.getAttribute('state') === state) return resolve();
    const observer = new MutationObserver(() => {
      if (element.getAttribute('state') !== state) return;
      observer.disconnect();
      clearTimeout(timer);
      resolve();
    });
    const timer = setTimeout(() => {
      observer.disconnect();
      reject(new Error(`expected state ${state}, still ${element.getAttribute('state')}`));
    }, timeout);
    observer.observe(element, { attributes: true, attributeFilter: ['state'] });
  });
}

/** Resolves once `element` has left the loading state, with the state it reached. */
export function settled(element: Element, timeout = 3000): Promise<string> {
  return new Promise((resolve, reject) => {
    const done = () => {
      const state = element.getAttribute('state');
      if (!state || state === 'loading') return false;
      observer.disconnect();
      clearTimeout(timer);
      resolve(state);
      return true;
    };
    const observer = new MutationObserver(done);
    const timer = setTimeout(() => {
      observer.disconnect();
      reject(new Error(`still ${element.getAttribute('state')} after ${timeout} ms`));
    }, timeout);
    if (!done()) observer.observe(element, { attributes: true, attributeFilter: ['state'] });
  });
}

export function part(element: Element, name: string): Element | null {
  return element.shadowRoot!.querySelector(`[part~="${name}"]`);
}

export function partText(element: Element, name: string): string | null {
  // Only markup whitespace collapses: the no-break spaces of numbers are part of the text.
  return part(element, name)?.textContent?.replace(/[ \t\n\r]+/g, ' ').trim() ?? null;
}

/** Escapes text for an XML element or attribute. */
export function xml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}
