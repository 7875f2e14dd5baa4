import { css } from 'lit';

export const styles = css`
  :host {
    display: inline-block;
    vertical-align: middle;
    border-radius: var(--news-radius, 8px);
  }

  /* Both layouts have a fixed size, the same while loading and with data, so nothing around them moves when the
     weather arrives; condition words too long for it end in an ellipsis (the spoken sentence keeps them whole). */
  .badge {
    display: inline-flex;
    /* On the baseline, the host's line would follow the first word's baseline, which the placeholders do not have. */
    vertical-align: top;
    align-items: center;
    gap: 0.4em;
    width: var(--news-weather-badge-width, 19em);
    height: 2.25rem;
    padding: 0.25rem 0.6rem;
    box-sizing: border-box;
    white-space: nowrap;
  }

  [part='condition'] {
    min-width: 0;
    overflow: hidden;
    text-overflow: ellipsis;
    white-space: nowrap;
  }

  .badge [part='condition'] {
    flex: 0 1 auto;
  }

  .badge [part='icon'],
  .badge [part='temperature'],
  .badge [part='wind'],
  .badge [part='attribution'] {
    flex: none;
  }

  [part='temperature'] {
    font-weight: 700;
    font-variant-numeric: tabular-nums;
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

  .card {
    display: grid;
    grid-template-columns: auto 1fr;
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
    height: var(--news-weather-card-height, 10rem);
    padding: 0.9rem 1rem;
    box-sizing: border-box;
    border: 1px solid var(--_line);
    border-radius: inherit;
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

  .card [part='temperature'] {
    grid-area: temperature;
    font-size: 2rem;
    line-height: 1.1;
  }

  .card [part='condition'] {
    grid-area: condition;
  }

  .card [part='wind'] {
    grid-area: wind;
    font-size: 0.875em;
  }

  .card [part='attribution'] {
    grid-area: attribution;
    margin-top: 0.25rem;
  }

  .card .message {
    grid-column: 1 / -1;
    white-space: normal;
  }

  .badge .message {
    font-size: 0.875em;
  }

  .badge [part='retry'] {
    margin: 0 0 0 0.4em;
    padding: 0 0.5em;
  }

  .badge .message,
  .badge .message p {
    display: inline;
  }

  .placeholder {
    display: inline-block;
    vertical-align: middle;
    height: 1em;
    border-radius: 4px;
    background: var(--_line);
  }

  [part='temperature'] .placeholder {
    width: 2em;
  }

  [part='condition'] .placeholder {
    width: 5em;
  }

  [part='wind'] .placeholder {
    width: 4.5em;
  }

  [part='icon'].placeholder {
    border-radius: 50%;
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
