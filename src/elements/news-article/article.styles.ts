import { css } from 'lit';

// The article's typography, in the chunk that renders articles: the drop-in only carries the skeleton's rules.
export const articleStyles = css`
  :host {
    /* Lets the title scale with the width the page gives the article, not with the window. */
    container-type: inline-size;
    --_measure: var(--news-article-measure, 65ch);
    --_serif: Charter, 'Bitstream Charter', 'Sitka Text', Cambria, Georgia, serif;
    --_body-font: var(--news-article-body-font, 400 1.125rem/1.7 var(--_serif));
  }

  article {
    max-width: calc(var(--_measure) + 4rem);
  }

  .meta {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    gap: 0.25rem 0.75rem;
    margin: 0 0 0.75rem;
    font-size: 0.875em;
    color: var(--_muted);
  }

  /* A middle dot between the time and the view count, ending the time's line when the count wraps onto the next. */
  .meta time:has(+ span)::after {
    content: '·';
    margin-inline-start: 0.75rem;
  }

  /* A one-word category longer than a phone is wide breaks inside the word rather than leave the article. */
  .meta > * {
    min-width: 0;
    overflow-wrap: anywhere;
  }

  .category {
    color: var(--_accent);
    font-weight: 700;
    letter-spacing: 0.06em;
    text-transform: uppercase;
  }

  .title {
    margin: 0;
    font: var(--news-article-title-font, 700 clamp(1.6rem, 1.1rem + 2.2cqi, 2.5rem) / 1.15 var(--_serif));
    letter-spacing: -0.01em;
    text-wrap: balance;
    overflow-wrap: break-word;
  }

  .summary {
    max-width: var(--_measure);
    margin: 0.9rem 0 0;
    font: 400 1.2rem/1.5 var(--_serif);
    color: var(--_muted);
  }

  .author {
    margin: 0.9rem 0 0;
    font-weight: 600;
  }

  .lead {
    display: block;
    margin: 1.25rem 0 0;
  }

  img {
    display: block;
    max-width: 100%;
    height: auto;
    border-radius: var(--news-radius, 8px);
    background: var(--_line);
  }

  /* Pictures of unknown size keep a reserved box, so the text below does not jump when they load. */
  .lead img {
    width: 100%;
    max-height: 75vh;
    object-fit: cover;
  }

  img:not([width][height]) {
    width: 100%;
    aspect-ratio: 3 / 2;
    object-fit: contain;
  }

  .lead img:not([width][height]) {
    aspect-ratio: 16 / 9;
    object-fit: cover;
  }

  :host(:not([hide-image])) .lead-copy {
    display: none;
  }

  .body {
    max-width: var(--_measure);
    margin-top: 1.5rem;
    font: var(--_body-font);
    overflow-wrap: break-word;
    hyphens: auto;
  }

  .body p,
  .body ul,
  .body ol,
  .body dl,
  .body pre {
    margin: 0 0 1.15em;
  }

  .body h2,
  .body h3,
  .body h4,
  .body h5,
  .body h6 {
    margin: 1.8em 0 0.6em;
    font-family: var(--_serif);
    line-height: 1.25;
  }

  .body h2 {
    font-size: 1.45em;
  }

  .body h3 {
    font-size: 1.2em;
  }

  .body h4,
  .body h5,
  .body h6 {
    font-size: 1em;
  }

  .body ul,
  .body ol {
    padding-inline-start: 1.5em;
  }

  .body li {
    margin: 0.35em 0;
    padding-inline-start: 0.2em;
  }

  .body li::marker {
    color: var(--_accent);
  }

  .body blockquote {
    margin: 1.6em 0;
    padding: 0.1em 0 0.1em 1.2em;
    border-inline-start: 3px solid var(--_accent);
    font-size: 1.1em;
    font-style: italic;
  }

  .body blockquote p:last-child {
    margin-bottom: 0;
  }

  .body figure {
    margin: 1.8em 0;
  }

  .body figcaption,
  .body table {
    font: var(--news-font, 400 0.9375rem/1.45 system-ui, sans-serif);
    font-size: 0.8em;
  }

  .body figcaption {
    margin-top: 0.5em;
    color: var(--_muted);
  }

  .body a {
    color: var(--_accent);
    text-decoration-thickness: 1px;
    text-underline-offset: 0.15em;
  }

  .body hr {
    margin: 2em 0;
    border: 0;
    border-top: 1px solid var(--_line);
  }

  /* Wide tables scroll on their own instead of widening the page. */
  .body table {
    display: block;
    max-width: 100%;
    overflow-x: auto;
    margin: 1.6em 0;
    border-collapse: collapse;
    font-variant-numeric: tabular-nums;
  }

  .body caption {
    padding-bottom: 0.5em;
    text-align: start;
    color: var(--_muted);
  }

  .body th,
  .body td {
    padding: 0.45em 0.9em 0.45em 0;
    border-bottom: 1px solid var(--_line);
    text-align: start;
    vertical-align: top;
  }

  .body code,
  .body pre {
    font-family: ui-monospace, Menlo, Consolas, monospace;
    font-size: 0.85em;
  }

  .body pre {
    overflow-x: auto;
    white-space: pre-wrap;
  }

  .body mark {
    background: color-mix(in srgb, var(--_accent) 22%, transparent);
    color: inherit;
  }
`;
