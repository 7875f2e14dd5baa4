import { css } from 'lit';

// What the element shows before its chunk arrives; the article's own typography is in article.styles.ts.
export const styles = css`
  :host {
    display: block;
  }

  /* An article fills at least the reader's screen, so the skeleton reserves one screen: what follows the article
     on the page starts below the fold, and the article growing to its length moves nothing the reader sees. A site
     whose articles are shorter sets --news-article-skeleton-height to their typical height. */
  .skeleton {
    max-width: calc(var(--news-article-measure, 65ch) + 4rem);
    min-height: var(--news-article-skeleton-height, 100svh);
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
    margin: 0 0 1.5rem;
    border-radius: var(--news-radius, 8px);
    background: var(--_line);
  }
`;
