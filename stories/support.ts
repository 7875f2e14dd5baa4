// What every story's play function needs: the widget in the canvas once it shows a state, and a part's text.
import { expect, waitFor } from 'storybook/test';

/**
 * The first `tag` in the canvas, once its `state` attribute is `state`. Generous: the first story to load a
 * feed or an article also loads that chunk through the dev server.
 */
export async function widgetIn<K extends keyof HTMLElementTagNameMap>(canvas: HTMLElement, tag: K, state: string): Promise<HTMLElementTagNameMap[K]> {
  const element = canvas.querySelector(tag)!;
  await waitFor(() => expect(element.getAttribute('state')).toBe(state), { timeout: 5000 });
  return element;
}

/** The text of the element's first part `name`, with runs of white space folded (not no-break spaces). */
export function partText(element: Element, name: string): string | undefined {
  return element.shadowRoot!.querySelector(`[part="${name}"]`)?.textContent?.replace(/[ \t\n\r]+/g, ' ').trim();
}
