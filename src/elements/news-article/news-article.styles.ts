import { css } from 'lit';

// What the element shows before its chunk arrives; the article's own typography is in article.styles.ts.
export const styles = css`
  :host {
    display: block;
  }

  .skeleton {
    max-width: calc(var(--news-article-measure, 65ch) + 4rem);
  }

  /* The meta line and two lines of a title. */
  .skeleton::before {
    content: '';
    display: block;
    height: 6.5rem;
    margin-bottom: 1.5rem;
    padding-right: 15%;
    background: linear-gradient(var(--_line) 0 0.9em, transparent 0 2em, var(--_line) 0) content-box;
  }

  /* The lead picture. */
  .skeleton p {
    aspect-ratio: 16 / 9;
    margin: 0;
    border-radius: var(--news-radius, 8px);
    background: var(--_line);
  }
`;
