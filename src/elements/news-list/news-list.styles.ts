import { css } from 'lit';

export const styles = css`
  :host {
    display: block;
    padding: var(--news-list-padding, 0);
    --_row: calc(1.4em + 1.25rem + 1px);
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
    padding: 0.75rem 0;
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
