import { adoptStyles, type CSSResult, type CSSResultOrNative } from 'lit';

/**
 * Adds `extra` after the element's own rules in its shadow root, once. Styles that only loaded content needs
 * travel with the chunk that draws it, so pages pay for them only when there is something to draw.
 */
export function adoptChunkStyles(root: ShadowRoot, own: CSSResultOrNative[], extra: CSSResult): void {
  const sheet = extra.styleSheet;
  if (sheet && root.adoptedStyleSheets.includes(sheet)) return;
  adoptStyles(root, [...own, extra]);
}
