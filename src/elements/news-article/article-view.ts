import { html, nothing, type CSSResultOrNative, type TemplateResult } from 'lit';
import { adoptChunkStyles } from '../shared/adopt-styles.js';
import type { FeedItem } from '../../data/types.js';
import { formatCalendarTime } from '../../i18n/calendar.js';
import type { Messages } from '../../i18n/messages.js';
import { formatViews } from '../../i18n/views.js';
import type { LoadedArticle } from './article-loader.js';
import { articleStyles } from './article.styles.js';

/** The display attributes of the element. */
export interface ArticleDisplay {
  /** 1 to 6. */
  readonly headingLevel: number;
  readonly hideImage: boolean;
  /** The moment calendar times count from ("Today"); the reader's clock when absent. */
  readonly now?: Date;
}

/**
 * The loaded article: header (meta line, title, standfirst, author), lead picture and the sanitized body, which is
 * rendered as the node it is (nodes, never a string, so nothing is parsed again). Pure: the same article and
 * options give the same template.
 */
export function renderArticle({ item, body, referrerPolicy }: LoadedArticle, messages: Messages, display: ArticleDisplay): TemplateResult {
  const { image } = item;
  return html`<article part="article">
    <header part="header">
      ${renderMeta(item, messages, display.now)} ${renderTitle(item.title, display.headingLevel)}
      ${standfirst(item, body) ? html`<p part="summary" class="summary">${item.summary}</p>` : nothing}
      ${item.author ? html`<p part="author" class="author">${item.author}</p>` : nothing}
    </header>
    ${image && !display.hideImage
      ? html`<figure part="image" class="lead">
          <img
            src=${image.url}
            alt=${image.alt ?? ''}
            width=${image.width ?? nothing}
            height=${image.height ?? nothing}
            loading="lazy"
            decoding="async"
            referrerpolicy=${referrerPolicy}
          />
        </figure>`
      : nothing}
    <div part="body" class="body">${body}</div>
  </article>`;
}

/** True for an article with neither title, picture nor text: the element shows its `empty` state. */
export function isEmptyArticle({ item, body }: LoadedArticle): boolean {
  return !item.title && !item.image && !body.textContent?.trim() && !body.querySelector('img');
}

/** Gives the element's shadow root the article's typography, after the rules it already has. */
export function adoptArticleStyles(root: ShadowRoot, own: CSSResultOrNative[]): void {
  adoptChunkStyles(root, own, articleStyles);
}

const normalized = (text: string) => text.replace(/\s+/g, ' ').trim().toLowerCase();

/**
 * Whether the summary reads as a standfirst under the title. Many sources make their summary from the
 * first words of the body (WordPress excerpts, RSS descriptions), and a summary shown twice is noise.
 */
function standfirst(item: FeedItem, body: HTMLElement): boolean {
  const summary = normalized(item.summary).replace(/(?:\.\.\.|…|\[…\])$/, '').trim();
  const text = normalized(body.textContent ?? '');
  return summary.length > 0 && text.length > 0 && !text.startsWith(summary.slice(0, 60));
}

function renderMeta({ category, published, views }: FeedItem, messages: Messages, now: Date | undefined): TemplateResult | typeof nothing {
  if (!category && !published && views === null) return nothing;
  return html`<p part="meta" class="meta">
    ${category ? html`<span part="category" class="category">${category}</span>` : nothing}
    ${published ? html`<time part="time" datetime=${published.toISOString()}>${formatCalendarTime(published, messages, { now })}</time>` : nothing}
    ${views === null ? nothing : html`<span part="views">${formatViews(views, messages)}</span>`}
  </p>`;
}

function renderTitle(title: string, level: number): TemplateResult | typeof nothing {
  if (!title) return nothing;
  // A real heading element, so outlines and reader modes see it; Lit binds no tag names.
  switch (level) {
    case 1:
      return html`<h1 part="title" class="title">${title}</h1>`;
    case 3:
      return html`<h3 part="title" class="title">${title}</h3>`;
    case 4:
      return html`<h4 part="title" class="title">${title}</h4>`;
    case 5:
      return html`<h5 part="title" class="title">${title}</h5>`;
    case 6:
      return html`<h6 part="title" class="title">${title}</h6>`;
    default:
      return html`<h2 part="title" class="title">${title}</h2>`;
  }
}
