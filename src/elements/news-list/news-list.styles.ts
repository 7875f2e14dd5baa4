import { css } from 'lit';

// Every story has a fixed height per layout (titles and excerpts are clamped to whole lines), and the skeleton
// draws rows of the same classes, so the stories take exactly the place the skeleton held: the page never moves.
// Heights are sums of line boxes: a line of title is 1.0625em x 1.3, of excerpt 0.9375em x 1.45, of meta 0.8125em x 1.4.
export const styles = css`
  :host {
    display: block;
    --_title-line: 1.38125em;
    --_excerpt-line: 1.359375em;
    --_meta-line: 1.1375em;
  }

  .heading {
    margin: 0 0 0.25rem;
    padding-block-end: 0.5rem;
    border-block-end: 2px solid currentColor;
    font-size: 1.25em;
    line-height: 1.3;
    font-weight: 700;
  }

  .frame {
    position: relative;
  }

  .items {
    --_title-lines: 2;
    --_excerpt-lines: 2;
    --_pad: 0.875em;
    --_excerpt: calc(var(--_excerpt-lines) * var(--_excerpt-line) + 0.25em);
    --_text: calc(var(--_title-lines) * var(--_title-line) + var(--_excerpt) + var(--_meta-line) + 0.375em);
    list-style: none;
    margin: 0;
    padding: 0;
  }

  .items.no-excerpt {
    --_excerpt: 0px;
  }

  .no-excerpt .excerpt {
    display: none;
  }

  .item {
    position: relative;
    box-sizing: border-box;
    overflow: hidden;
  }

  .text {
    display: flex;
    flex-direction: column;
    min-width: 0;
  }

  .title {
    display: -webkit-box;
    -webkit-box-orient: vertical;
    -webkit-line-clamp: var(--_title-lines);
    overflow: hidden;
    overflow-wrap: anywhere;
    font-size: 1.0625em;
    line-height: 1.3;
    font-weight: 650;
  }

  .link {
    color: inherit;
    text-decoration: none;
    outline: none;
  }

  /* The whole story is the link's target; the title alone is its name. */
  .link::after {
    content: '';
    position: absolute;
    inset: 0;
    border-radius: inherit;
  }

  .link:focus-visible::after {
    outline: 2px solid var(--_accent);
    outline-offset: -2px;
  }

  .item:hover .title {
    color: var(--_accent);
    text-decoration: underline;
    text-underline-offset: 0.15em;
  }

  .excerpt {
    display: -webkit-box;
    -webkit-box-orient: vertical;
    -webkit-line-clamp: var(--_excerpt-lines);
    overflow: hidden;
    overflow-wrap: anywhere;
    margin: 0.25em 0 0;
    font-size: 0.9375em;
    line-height: 1.45;
    color: color-mix(in srgb, currentColor 82%, transparent);
  }

  .meta {
    margin: auto 0 0;
    padding-top: 0.375em;
    font-size: 0.8125em;
    line-height: 1.4;
    color: var(--_muted);
    white-space: nowrap;
    overflow: hidden;
    text-overflow: ellipsis;
  }

  .category {
    color: var(--_accent);
    font-weight: 600;
    text-transform: uppercase;
    letter-spacing: 0.04em;
  }

  .category + .time::before {
    content: '·';
    margin-inline: 0.45em;
    color: var(--_muted);
  }

  .image {
    display: block;
    object-fit: cover;
    background: var(--_line);
    /* A picture that fails to load shows its placeholder, not its alt text over it. */
    color: transparent;
    border-radius: var(--_radius);
  }

  /* list: rows with the picture at the end. */
  .list > .item {
    display: flex;
    gap: 1em;
    height: calc(var(--_text) + 2 * var(--_pad) + 1px);
    padding-block: var(--_pad);
    border-bottom: 1px solid var(--_line);
  }

  .list .text {
    flex: 1;
    height: var(--_text);
  }

  .list .image {
    order: 1;
    flex: none;
    width: var(--news-list-thumbnail, 7.5rem);
    max-width: 30%;
    height: auto;
    aspect-ratio: 4 / 3;
    align-self: flex-start;
  }

  /* grid: cards, the picture on top. */
  .grid {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(min(100%, var(--news-list-column, 15rem)), 1fr));
    gap: var(--_gap);
    padding-top: 0.75rem;
    --_title-lines: 3;
    --_excerpt-lines: 3;
  }

  .grid > .item {
    display: flex;
    flex-direction: column;
    gap: 0.625em;
    container-type: inline-size;
    border-radius: var(--_radius);
  }

  .grid .image {
    width: 100%;
    height: auto;
    aspect-ratio: 16 / 9;
  }

  .grid .text {
    height: var(--_text);
  }

  /* A card without a picture keeps the height of one with it, so rows do not depend on which stories have one. */
  .grid:not(.no-images) .item > .text:first-child {
    height: calc(var(--_text) + 100cqi * 9 / 16 + 0.625em);
  }

  /* compact: titles and times, dense. */
  .compact {
    --_pad: 0.5em;
    --_excerpt: 0px;
  }

  .compact > .item {
    height: calc(var(--_text) + 2 * var(--_pad) + 1px);
    padding-block: var(--_pad);
    border-bottom: 1px solid var(--_line);
  }

  .compact .text {
    height: var(--_text);
  }

  .compact .title {
    font-weight: 600;
  }

  .compact .excerpt,
  .compact .image,
  .ticker .excerpt,
  .ticker .image {
    display: none;
  }

  /* ticker: one line of headlines moving by. */
  .ticker {
    display: flex;
    width: max-content;
    gap: 2.5em;
    padding-inline-end: 2.5em;
  }

  .frame:has(> .ticker),
  .skeleton:has(> .ticker) {
    overflow: hidden;
    height: 2.75em;
    display: flex;
    align-items: center;
    border-block: 1px solid var(--_line);
  }

  .ticker > .item {
    flex: none;
    height: 2.75em;
    display: flex;
    align-items: center;
    overflow: visible;
  }

  .ticker .text {
    flex-direction: row-reverse;
    align-items: baseline;
    gap: 0.6em;
  }

  .ticker .title {
    display: block;
    white-space: nowrap;
    --_title-lines: 1;
  }

  .ticker .meta {
    padding: 0;
    margin: 0;
  }

  .pause {
    position: absolute;
    inset-inline-end: 0;
    inset-block: 0;
    margin: auto 0;
    height: 2em;
    padding: 0 0.75em;
    font: inherit;
    font-size: 0.8125em;
    border: 1px solid var(--_line);
    border-radius: 999px;
    color: inherit;
    background: var(--_surface);
    cursor: pointer;
  }

  @media (prefers-reduced-motion: no-preference) {
    .frame > .ticker {
      animation: ticker calc(var(--_count, 10) * var(--news-list-ticker-pace, 6s)) linear infinite;
    }

    .frame > .ticker:hover,
    .frame > .ticker:focus-within,
    .frame > .ticker.paused {
      animation-play-state: paused;
    }

    .skeleton .bar {
      animation: pulse 1.4s ease-in-out infinite;
    }
  }

  /* Without motion the ticker is a row the reader scrolls, and needs no pause button. */
  @media (prefers-reduced-motion: reduce) {
    .frame:has(> .ticker) {
      overflow-x: auto;
    }

    .pause {
      display: none;
    }
  }

  @keyframes ticker {
    to {
      transform: translateX(-100%);
    }
  }

  .frame > .ticker:dir(rtl) {
    animation-name: ticker-rtl;
  }

  @keyframes ticker-rtl {
    to {
      transform: translateX(100%);
    }
  }

  /* New stories wait above the list without pushing it down. */
  .new-stories {
    position: absolute;
    z-index: 1;
    top: 0.5rem;
    left: 50%;
    transform: translateX(-50%);
    padding: 0.375rem 1rem;
    font: inherit;
    font-size: 0.875em;
    font-weight: 600;
    border: 0;
    border-radius: 999px;
    color: var(--_surface);
    background: var(--_accent);
    box-shadow: 0 2px 8px rgb(0 0 0 / 0.25);
    cursor: pointer;
  }

  .skeleton .bar {
    display: block;
    height: 0.8em;
    margin-block: 0.3em;
    border-radius: 4px;
    background: var(--_line);
  }

  .skeleton .title .bar {
    width: 85%;
  }

  .skeleton .item:nth-child(even) .title .bar {
    width: 65%;
  }

  .skeleton .excerpt .bar {
    width: 95%;
  }

  .skeleton .meta .bar {
    width: 30%;
  }

  .skeleton .ticker .title .bar {
    width: 14em;
  }

  .skeleton .image {
    color: transparent;
  }

  .message {
    padding: 0.75rem 0;
  }

  @keyframes pulse {
    50% {
      opacity: 0.45;
    }
  }
`;
