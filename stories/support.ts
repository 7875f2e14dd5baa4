// What every story's play function needs: the widget in the canvas once it shows a state, and a part's text.
import { noChange } from 'lit';
import { Directive, directive, PartType, type ElementPart, type PartInfo } from 'lit/directive.js';
import { expect, waitFor } from 'storybook/test';
import { settableAttributes } from '../.storybook/arg-types.js';
import { measureReadability } from '../test/elements/readability.js';

/**
 * The first `tag` in the canvas, once its `state` attribute is `state`. Generous: the first story to load a
 * feed or an article also loads that chunk through the dev server.
 */
export async function widgetIn<K extends keyof HTMLElementTagNameMap>(canvas: HTMLElement, tag: K, state: string): Promise<HTMLElementTagNameMap[K]> {
  const element = canvas.querySelector(tag)!;
  // A guard, not a wait: the first story of a file also waits for the dev server to compile the chunks it asks for,
  // which on a busy machine takes seconds.
  await waitFor(() => expect(element.getAttribute('state')).toBe(state), { timeout: 20_000 });
  return element;
}

/** The text of the element's first part `name`, with runs of white space folded (not no-break spaces). */
export function partText(element: Element, name: string): string | undefined {
  return element.shadowRoot!.querySelector(`[part="${name}"]`)?.textContent?.replace(/[ \t\n\r]+/g, ' ').trim();
}

/** The texts of all of the element's parts `name`, in document order, folded like `partText`. */
export function partTexts(element: Element, name: string): string[] {
  return [...element.shadowRoot!.querySelectorAll(`[part="${name}"]`)].map(node => node.textContent!.replace(/[ \t\n\r]+/g, ' ').trim());
}

/** Red, green, blue (0 to 1) and alpha of a computed colour: `rgb()`, `rgba()` or `color(srgb …)`, as Chromium reports them. */
function channels(color: string): [number, number, number, number] {
  const numbers = color.match(/[\d.]+/g)?.map(Number) ?? [];
  if (color.startsWith('color(srgb')) return [numbers[0], numbers[1], numbers[2], numbers[3] ?? 1];
  if (color.startsWith('rgb')) return [numbers[0] / 255, numbers[1] / 255, numbers[2] / 255, numbers[3] ?? 1];
  throw new Error(`Cannot read the colour "${color}"`);
}

function luminance([red, green, blue]: readonly number[]): number {
  const linear = (value: number) => (value <= 0.04045 ? value / 12.92 : ((value + 0.055) / 1.055) ** 2.4);
  return 0.2126 * linear(red) + 0.7152 * linear(green) + 0.0722 * linear(blue);
}

/** The relative luminance (WCAG 2) of an opaque computed colour: 0 for black, 1 for white. */
export function luminanceOf(color: string): number {
  return luminance(channels(color));
}

/**
 * The WCAG 2 contrast ratio of text in `foreground` (which may be translucent) on an opaque `background`, both as
 * `getComputedStyle` reports them; 4.5 is the least for body text at level AA.
 */
export function contrastRatio(foreground: string, background: string): number {
  const [red, green, blue, alpha] = channels(foreground);
  const under = channels(background);
  const seen = [red, green, blue].map((value, index) => value * alpha + under[index] * (1 - alpha));
  const [lighter, darker] = [luminance(seen), luminance(under)].sort((a, b) => b - a);
  return (lighter + 0.05) / (darker + 0.05);
}

/**
 * Sets every attribute of the manifest's element from the story's args (keyed by property name, as the controls
 * are): `<news-list ${attributes(args)}>`. A value of `undefined`, `null` or `false` removes the attribute, `true`
 * sets it empty, anything else sets its text, so each control reaches the element as an attribute would on a page.
 */
class AttributesDirective extends Directive {
  constructor(part: PartInfo) {
    super(part);
    if (part.type !== PartType.ELEMENT) throw new Error('attributes() belongs on an element: <news-list ${attributes(args)}>');
  }

  render(_args: object) {
    return noChange;
  }

  override update(part: ElementPart, [args]: [object]) {
    for (const { key, name } of settableAttributes(part.element.localName)) {
      const value = (args as Record<string, unknown>)[key];
      if (value === undefined || value === null || value === false) part.element.removeAttribute(name);
      else part.element.setAttribute(name, value === true ? '' : String(value));
    }
    return noChange;
  }
}

export const attributes = directive(AttributesDirective);

/** Every word a widget draws is whole: no text cut by its CSS, thinner than a pixel, over other text or outside it. */
export function expectEveryWordReadable(widget: HTMLElement): void {
  const found = measureReadability(widget, { scrollers: ['.viewport', '.frame:has(.ticker)'] });
  expect({ hidden: found.hidden, thin: found.thin, overlapping: found.overlapping, outside: found.outside }).toEqual({ hidden: [], thin: [], overlapping: [], outside: [] });
}
