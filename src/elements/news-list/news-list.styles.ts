import { css } from 'lit';

// The boxes of a list, which the skeleton needs. Stories take their natural height: no title, excerpt or category
// is ever clamped or cut (see docs/layout.md). The skeleton's rows take the height of a typical story (two lines of
// title, two of excerpt, the meta line), and the element keeps the height its skeleton had until the reader cannot
// see the list change (feed-list.ts), so the page does not move when stories arrive. Heights are sums of line boxes:
// a line of title is 1.0625em x 1.3, of excerpt 0.9375em x 1.45, of meta 0.8125em x 1.4. How the stories themselves
// look is in story.styles.ts, which arrives with the stories.
export const styles = css`
  :host {
    display: block;
    padding: var(--news-list-padding, 0);
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
    --_title-lines: var(--_reserved-title-lines, 2);
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

  .no-excerpt .excerpt-bar {
    display: none;
  }

  .item {
    position: relative;
    box-sizing: border-box;
    min-width: 0;
  }

  .text {
    display: flex;
    flex-direction: column;
    min-width: 0;
  }

  /* A picture that failed to load, without a fallback, is taken away (list-chunk.ts): its story closes up. */
  .image {
    display: block;
    object-fit: cover;
    background: var(--_line);
    /* A picture on its way shows its placeholder, never its alt text over it. */
    color: transparent;
    border-radius: var(--_radius);
  }

  /* list: rows with the picture at the end. */
  .list > .item {
    display: flex;
    gap: 1em;
    padding-block: var(--_pad);
    border-bottom: 1px solid var(--_line);
  }

  .list .text {
    flex: 1;
  }

  .skeleton .list > .item,
  .skeleton .compact > .item {
    height: calc(var(--_text) + 2 * var(--_pad) + 1px);
  }

  .skeleton .list .text,
  .skeleton .compact .text,
  .skeleton .grid .text {
    height: var(--_text);
  }

  /* In a wide column a typical story's title and excerpt take a line each. */
  .skeleton {
    container-type: inline-size;
  }

  @container (min-width: 60rem) {
    .skeleton .list,
    .skeleton .compact {
      --_title-lines: var(--_reserved-title-lines, 1);
      --_excerpt-lines: 1;
    }
  }

  .list .image {
    order: 1;
    flex: none;
    width: var(--news-list-thumbnail, 7.5rem);
    max-width: 30%;
    min-width: 0;
    height: auto;
    aspect-ratio: 4 / 3;
    align-self: flex-start;
  }

  /* grid: cards, the picture on top. Cards of a row stand at the top of it, each as tall as its own words; rows
     are further apart than the parts of a card, so a card's time is plainly its own. */
  .grid {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(min(100%, var(--news-list-column, 15rem)), 1fr));
    align-items: start;
    gap: calc(1.75 * var(--_gap)) var(--_gap);
    padding-top: 0.75rem;
    --_title-lines: var(--_reserved-title-lines, 3);
    --_excerpt-lines: 3;
  }

  .skeleton .carousel {
    grid-auto-flow: column;
    grid-auto-columns: min(85%, var(--news-list-column, 15rem));
    overflow: hidden;
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


  /* compact: titles and times, dense. */
  .compact {
    --_pad: 0.5em;
    --_excerpt: 0px;
  }

  .compact > .item {
    padding-block: var(--_pad);
    border-bottom: 1px solid var(--_line);
  }


  /* ticker: one line of headlines moving by. */
  .compact .image,
  .ticker .image {
    display: none;
  }

  .ticker {
    display: flex;
    width: max-content;
    gap: 2.5em;
    padding-inline-end: 2.5em;
  }

  .frame:has(.ticker),
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

  @media (prefers-reduced-motion: no-preference) {
    .skeleton .bar {
      animation: pulse 1.4s ease-in-out infinite;
    }
  }

  .skeleton .bar {
    display: block;
    height: 0.8em;
    margin-block: 0.3em;
    border-radius: 4px;
    background: var(--_line);
  }

  .skeleton .title-bar {
    width: 85%;
  }

  .skeleton .item:nth-child(even) .title-bar {
    width: 65%;
  }

  .skeleton .excerpt-bar {
    width: 95%;
  }

  .skeleton .meta-bar {
    width: 30%;
  }

  .skeleton .meta-bar {
    margin-top: auto;
  }

  .skeleton .ticker .title-bar {
    width: 14em;
  }

  .skeleton .ticker .excerpt-bar,
  .skeleton .ticker .meta-bar,
  .skeleton .compact .excerpt-bar {
    display: none;
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
