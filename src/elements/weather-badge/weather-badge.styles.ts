import { css } from 'lit';

export const styles = css`
  :host {
    display: inline-block;
    vertical-align: middle;
    max-width: 100%;
    border-radius: var(--news-radius, 8px);
  }

  /* A cell stacks the words shown over the widest words it can hold, which are invisible: the cell takes their
     room from the first frame, so the badge keeps its size when the weather arrives, and no word is ever cut. */
  .cell {
    display: inline-grid;
    align-items: center;
    font-variant-numeric: tabular-nums;
  }

  .cell > * {
    grid-area: 1 / 1;
  }

  .reserve::before {
    content: attr(data-text);
    visibility: hidden;
  }

  /* compact: one line as wide as its language's widest words need; in a narrower header, two lines. */
  .badge {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.15em 0.4em;
    width: var(--news-weather-badge-width, auto);
    max-width: 100%;
    min-height: 2.25rem;
    padding: 0.25rem 0.6rem;
    box-sizing: border-box;
  }

  /* The weather itself, then the wind and the credit: in a narrow header the second group takes a second line,
     and the condition wraps inside the first rather than leave it. */
  .now,
  .more {
    display: flex;
    align-items: center;
    gap: 0.4em;
    min-width: 0;
  }

  .now > *,
  .more > * {
    flex: none;
  }

  .now .condition,
  .more .wind {
    flex: 0 1 auto;
  }

  .card .now,
  .card .more {
    display: contents;
  }

  [part='temperature'] {
    font-weight: 700;
  }

  [part='wind'],
  [part='attribution'] {
    color: var(--_muted);
  }

  [part='attribution'] {
    font-size: 0.7em;
    text-decoration: none;
  }

  [part='attribution']:hover {
    text-decoration: underline;
  }

  [part='icon'] {
    flex: none;
    width: 1.5em;
    height: 1.5em;
    color: var(--news-weather-icon-color, var(--_muted));
  }

  .sun {
    color: var(--news-weather-sun-color, #f0a500);
  }

  .drops,
  .bolt {
    color: var(--news-weather-rain-color, var(--_accent));
  }

  /* card: a small block with the place name; its height is what its words need. */
  .card {
    display: grid;
    grid-template-columns: auto minmax(0, 1fr);
    grid-template-areas:
      'label label'
      'icon temperature'
      'condition condition'
      'wind wind'
      'attribution attribution';
    align-items: center;
    column-gap: 0.6rem;
    row-gap: 0.2rem;
    width: var(--news-weather-card-width, 13rem);
    max-width: 100%;
    min-height: var(--news-weather-card-height, 0);
    padding: 0.9rem 1rem;
    box-sizing: border-box;
    border: 1px solid var(--_line);
    border-radius: inherit;
    overflow-wrap: break-word;
  }

  .card [part='label'] {
    grid-area: label;
    font-weight: 600;
  }

  .card [part='icon'] {
    grid-area: icon;
    width: 2.75rem;
    height: 2.75rem;
  }

  .card .temperature {
    grid-area: temperature;
    font-size: 2rem;
    line-height: 1.1;
  }

  /* Words that take fewer lines than the room of a card's cell stand at its top, where the first line of any
     words that replace them will stand. */
  .card .cell {
    align-items: start;
  }

  .card .condition {
    grid-area: condition;
  }

  .card .wind {
    grid-area: wind;
    font-size: 0.875em;
  }

  .card [part='attribution'] {
    grid-area: attribution;
    margin-top: 0.25rem;
  }

  .card .message {
    grid-column: 1 / -1;
  }

  /* The compact error: a sign and the retry button, in the badge's own box; in a header there is room for a sign
     and a button, not a sentence, so the sentence is what screen readers hear. */
  .badge [part='error'] {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.4em;
  }

  .badge [part='error']::before {
    content: '\\26a0\\fe0e';
  }

  .badge [part='message'] {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip-path: inset(50%);
  }

  .badge [part='retry'] {
    margin: 0;
    padding: 0 0.5em;
  }

  .placeholder {
    display: block;
    height: 1em;
    border-radius: 4px;
    background: var(--_line);
  }

  /* As tall as the pictogram it stands for: on two lines, the first is the pictogram's height. */
  [part='icon'].placeholder {
    border-radius: 50%;
  }

  .badge [part='icon'].placeholder {
    height: 1.5em;
  }

  @media (prefers-reduced-motion: no-preference) {
    .placeholder {
      animation: pulse 1.4s ease-in-out infinite;
    }
  }

  @keyframes pulse {
    50% {
      opacity: 0.45;
    }
  }
`;
