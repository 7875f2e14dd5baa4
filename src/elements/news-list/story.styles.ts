import { css } from 'lit';

// How stories look once they are there: type, links, the meta line, the ticker's motion and the buttons. It
// arrives with the chunk that draws stories; the boxes they sit in are in news-list.styles.ts.
export const storyStyles = css`
  /* Rules only stories need; the skeleton's boxes are in news-list.styles.ts. */
  .image {
    object-fit: cover;
    color: transparent;
  }

  .image[hidden],
  .compact .excerpt,
  .ticker .excerpt {
    display: none;
  }

  /* In a list where some stories have a picture, a card without one keeps its place, so rows do not depend on
     which stories have one. */
  .grid:not(.no-images) .item > .text:first-child {
    padding-top: calc(100cqi * 9 / 16 + 0.625em);
  }

  /* The window the ticker moves in; the pause button stands beside it, not over it. Its content has no say in
     the width of the widget (contain), or the whole line of headlines would be the widget's narrowest width. */
  .viewport {
    flex: 1;
    min-width: 0;
    overflow: hidden;
    contain: inline-size;
  }

  @media (prefers-reduced-motion: no-preference) {
    .viewport > .ticker {
      animation: ticker calc(var(--_count, 10) * var(--news-list-ticker-pace, 6s)) linear infinite;
    }

    .viewport > .ticker:hover,
    .viewport > .ticker:focus-within,
    .viewport > .ticker.paused {
      animation-play-state: paused;
    }
  }

  /* Every word, never clamped (docs/layout.md): a word wider than the column breaks rather than leaves it. */
  .title,
  .excerpt,
  .category {
    overflow-wrap: anywhere;
    hyphens: auto;
  }

  .title {
    display: block;
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

  /* title-lines="N": the title takes at least N lines, so rows are equal for titles that fit, and more for those
     that do not: words are never hidden to keep a row. */
  .title {
    min-height: calc(var(--_reserved-title-lines, 0) * 1.3em);
  }

  .excerpt {
    margin: 0.25em 0 0;
    font-size: 0.9375em;
    line-height: 1.45;
    color: color-mix(in srgb, currentColor 82%, transparent);
  }

  /* The category and the time share a line when they fit; otherwise the line breaks after the dot, never before
     it, and the time never breaks. Inline, not flex: a flex line would carry the dot to the start of the next line. */
  .meta {
    margin: 0;
    padding-top: 0.375em;
    font-size: 0.8125em;
    line-height: 1.4;
    color: var(--_muted);
  }

  .time {
    white-space: nowrap;
  }

  .dot {
    margin-inline: 0.45em;
  }

  /* A place to break the line after the dot. */
  .dot::after {
    content: '\\200b';
  }

  /* Dense rows: the time follows the title at once. */
  .compact .meta {
    margin-top: 0;
    padding-top: 0.125em;
  }

  .category {
    color: var(--_accent);
    font-weight: 600;
    text-transform: uppercase;
    letter-spacing: 0.04em;
  }



  .compact .title {
    font-weight: 600;
  }

  .viewport .text {
    flex-direction: row-reverse;
    align-items: baseline;
    gap: 0.6em;
  }

  .viewport .title {
    display: block;
    white-space: nowrap;
    min-height: 0;
  }

  .viewport .meta {
    white-space: nowrap;
    padding: 0;
    margin: 0;
  }

  /* An icon with its words for screen readers: the button stays small in the narrowest column. */
  .pause {
    flex: none;
    display: inline-grid;
    place-items: center;
    margin-inline-start: 0.5em;
    width: 2.25em;
    height: 2.25em;
    padding: 0;
    font: inherit;
    font-size: 0.8125em;
    border: 1px solid var(--_line);
    border-radius: 999px;
    color: inherit;
    background: var(--_surface);
    cursor: pointer;
  }

  /* Without motion the ticker is a row the reader scrolls, and needs no pause button. */
  @media (prefers-reduced-motion: reduce) {
    .viewport {
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

  .viewport > .ticker:dir(rtl) {
    animation-name: ticker-rtl;
  }

  @keyframes ticker-rtl {
    to {
      transform: translateX(100%);
    }
  }

  .source {
    font-weight: 600;
    overflow-wrap: anywhere;
  }

  /* magazine: the lead story large, the others as a compact column beside it in a wide frame, below it in a narrow
     one. The lead floats, so the column simply goes on under it when it is the taller. */
  .frame:has(> .magazine) {
    container-type: inline-size;
  }

  .magazine {
    display: flow-root;
  }

  .magazine > .item {
    display: flex;
    flex-direction: column;
    padding-block: 0.5em;
    border-bottom: 1px solid var(--_line);
  }

  .magazine > .item:first-child {
    gap: 0.625em;
    padding-block: 0 0.875em;
  }

  .magazine > .item:first-child .title {
    font-size: 1.375em;
    line-height: 1.25;
  }

  .magazine .image {
    width: 100%;
    height: auto;
    aspect-ratio: 16 / 9;
  }

  @container (min-width: 40rem) {
    .magazine > .item:first-child {
      float: inline-start;
      width: 58%;
      border-bottom: 0;
    }

    .magazine > .item:not(:first-child) {
      margin-inline-start: calc(58% + var(--_gap));
    }

    .magazine > .item:nth-child(2) {
      padding-top: 0;
    }
  }

  /* carousel: one row of cards the reader scrolls, swipes or steps through; it never moves on its own. Its row of
     cards has no say in the widget's width (contain), or the whole row would be the widget's narrowest width. */
  .carousel {
    contain: inline-size;
    display: flex;
    gap: var(--_gap);
    overflow-x: auto;
    overscroll-behavior-x: contain;
    scroll-snap-type: x mandatory;
    padding-block: 0.75rem;
    scrollbar-width: thin;
  }

  @media (prefers-reduced-motion: no-preference) {
    .carousel {
      scroll-behavior: smooth;
    }
  }

  .carousel > .item {
    flex: 0 0 min(85%, var(--news-list-column, 15rem));
    display: flex;
    flex-direction: column;
    gap: 0.625em;
    scroll-snap-align: start;
    border-radius: var(--_radius);
  }

  .carousel .image {
    width: 100%;
    height: auto;
    aspect-ratio: 16 / 9;
  }

  .turns {
    display: flex;
    justify-content: flex-end;
    gap: 0.5em;
  }

  .turn,
  .more {
    font: inherit;
    color: inherit;
    background: var(--_surface);
    border: 1px solid var(--_line);
    cursor: pointer;
  }

  .turn {
    display: inline-grid;
    place-items: center;
    width: 2.75em;
    height: 2.75em;
    padding: 0;
    border-radius: 999px;
  }

  .turn:dir(rtl) svg {
    transform: scaleX(-1);
  }

  .more {
    display: block;
    width: 100%;
    margin-top: 0.75rem;
    padding: 0.625em 1em;
    font-weight: 600;
    border-radius: var(--_radius);
  }

  .turn:focus-visible,
  .more:focus-visible {
    outline: 2px solid var(--_accent);
    outline-offset: 2px;
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
`;
