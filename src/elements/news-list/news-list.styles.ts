import { css } from 'lit';

export const styles = css`
  :host {
    display: block;
    font: var(--news-font, 400 1rem/1.4 system-ui, sans-serif);
    color: var(--news-color, #1a1a1a);
    --_muted: var(--news-muted, #5f6368);
    --_accent: var(--news-accent, #0b57d0);
    --_line: var(--news-line, #e3e3e3);
    --_row: calc(1.4em + 1.25rem + 1px);
  }

  :host([hidden]) {
    display: none;
  }

  ul {
    list-style: none;
    margin: 0;
    padding: 0;
  }

  li {
    border-bottom: 1px solid var(--_line);
    min-height: var(--_row);
    box-sizing: border-box;
  }

  a,
  [part='title'] {
    display: block;
    padding: 0.625rem 0;
    color: inherit;
    text-decoration: none;
    font-weight: 600;
    overflow-wrap: anywhere;
  }

  a:hover {
    color: var(--_accent);
    text-decoration: underline;
  }

  a:focus-visible {
    outline: 2px solid var(--_accent);
    outline-offset: 2px;
  }

  .skeleton li::before {
    content: '';
    display: block;
    height: 1em;
    margin: calc(0.625rem + 0.2em) 0;
    width: 80%;
    border-radius: 4px;
    background: var(--_line);
  }

  .skeleton li:nth-child(even)::before {
    width: 60%;
  }

  .message {
    margin: 0;
    padding: 0.75rem 0;
    color: var(--_muted);
  }

  .message p {
    margin: 0;
  }

  [part='retry'] {
    margin-top: 0.75rem;
    font: inherit;
    font-size: 0.875em;
    padding: 0.375rem 0.875rem;
    border-radius: 6px;
    border: 1px solid currentColor;
    background: transparent;
    color: var(--_accent);
    cursor: pointer;
  }

  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }

  @media (prefers-reduced-motion: no-preference) {
    .skeleton li::before {
      animation: pulse 1.4s ease-in-out infinite;
    }
  }

  @keyframes pulse {
    50% {
      opacity: 0.45;
    }
  }
`;
