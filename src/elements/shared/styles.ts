import { css } from 'lit';

/**
 * Tokens every element shares. `theme="auto"` (or any junk value) follows prefers-color-scheme;
 * `light` and `dark` force one. Each widget paints its own surface so its text stays legible on
 * a host page that has no dark mode of its own; `--news-surface: transparent` opts out.
 */
export const baseStyles = css`
  :host {
    color-scheme: light dark;
    font: var(--news-font, 400 1rem/1.4 system-ui, sans-serif);
    color: var(--news-color, light-dark(#1a1a1a, #ececec));
    --_surface: var(--news-surface, light-dark(#ffffff, #1c1d20));
    background: var(--_surface);
    --_muted: var(--news-muted, light-dark(#5f6368, #a8abb0));
    --_accent: var(--news-accent, light-dark(#0b57d0, #8ab4f8));
    --_line: var(--news-line, light-dark(#e3e3e3, #3a3b3f));
    --_radius: var(--news-radius, 8px);
    --_gap: var(--news-gap, 1rem);
  }

  :host([theme='light']) {
    color-scheme: light;
  }

  :host([theme='dark']) {
    color-scheme: dark;
  }

  :host([hidden]) {
    display: none;
  }

  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }

  /* A message and its button wrap inside the widget's box, however narrow, rather than reach out of it. */
  .message {
    margin: 0;
    color: var(--_muted);
    overflow-wrap: break-word;
  }

  .message p {
    margin: 0;
  }

  [part='retry'] {
    margin-top: 0.5rem;
    font: inherit;
    font-size: 0.875em;
    padding: 0.25rem 0.75rem;
    border-radius: 6px;
    border: 1px solid currentColor;
    background: transparent;
    color: var(--_accent);
    cursor: pointer;
    max-width: 100%;
    overflow-wrap: break-word;
  }

  a:focus-visible,
  button:focus-visible {
    outline: 2px solid var(--_accent);
    outline-offset: 2px;
  }
`;
