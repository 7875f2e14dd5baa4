import type { PropertyDeclarations } from 'lit';
import { integerAttribute } from '../shared/attributes.js';
import { FeedListElement } from './feed-list.js';

export type { NewsErrorDetail, WidgetState } from '../shared/news-element.js';
export type { ListLayout, NewsItemDetail } from './feed-list.js';

/**
 * Headlines from a feed (JSON Feed, RSS, Atom, RSS 1.0 or WordPress), or from several feeds or an OPML list of
 * them merged newest first, as a list, a grid of cards, a compact list, a ticker, a magazine block or a carousel,
 * each story with its picture, title, excerpt, source, category and a calendar-style time, every word of them
 * shown. Keywords, categories and an age choose which stories; "More stories" shows more of them. The skeleton reserves typical rows and the list keeps that height while in view, so the page barely
 * moves when the stories arrive; a refresh that brings new stories while the reader looks at the list holds them
 * behind a "3 new stories" button. Content the page puts inside the element (server-rendered links, say) is shown
 * until the feed is, and again if it fails.
 *
 * @summary Headlines from one feed or several, filtered, in six layouts, with loading, empty and error states.
 *
 * @slot - Fallback shown while loading and after a failure, and to browsers without scripts and crawlers.
 *
 * @fires news-load - A feed is shown, first or after a refresh; `detail` is the parsed feed.
 * @fires {CustomEvent<NewsErrorDetail>} news-error - Loading failed, or a refresh did (the last good data stays, `stale`); `detail.error` is an Error with a human message and a `kind`.
 * @fires {CustomEvent<NewsItemDetail>} news-select - A story's link was clicked; `detail` is `{ item, index }`. Cancelable: `preventDefault()` keeps the page where it is.
 * @fires {CustomEvent<NewsItemDetail>} news-impression - A story was at least half visible for a second (once per story); `detail` is `{ item, index }`.
 *
 * @csspart heading - The heading above the stories.
 * @csspart list - The list of stories.
 * @csspart item - One story.
 * @csspart image - A story's picture.
 * @csspart link - A story's link; its text is the title.
 * @csspart title - A story's title.
 * @csspart excerpt - The start of a story's summary.
 * @csspart meta - The line with the category and the time.
 * @csspart source - The name of a story's source, in a list of several sources.
 * @csspart category - A story's category.
 * @csspart time - A story's `<time>`, such as "Yesterday, 23:47".
 * @csspart new-stories - The button that shows the stories a refresh brought.
 * @csspart pause - The ticker's pause and play button.
 * @csspart previous - The carousel's button to the cards before.
 * @csspart next - The carousel's button to the cards after.
 * @csspart more - The "More stories" button under the stories.
 * @csspart skeleton - The placeholder shown while loading.
 * @csspart message - The empty or error message.
 * @csspart error - The error box, with the message and the retry button.
 * @csspart retry - The button shown with an error that loads the feed again.
 *
 * @cssproperty --news-font - Font shorthand for the whole widget.
 * @cssproperty --news-color - Text colour.
 * @cssproperty --news-muted - Colour of times and messages.
 * @cssproperty --news-accent - Categories, hovered titles, focus rings and buttons.
 * @cssproperty --news-line - Separators, picture placeholders and the skeleton.
 * @cssproperty --news-surface - Background; `transparent` to blend in.
 * @cssproperty --news-radius - Corner radius of pictures and cards (8px).
 * @cssproperty --news-gap - Space between cards in the grid (1rem).
 * @cssproperty --news-list-padding - Space inside the element's own background (0).
 * @cssproperty --news-list-column - Narrowest column of the grid (15rem).
 * @cssproperty --news-list-thumbnail - Width of the pictures in the list layout (7.5rem).
 * @cssproperty --news-list-ticker-pace - Seconds each story takes to cross the ticker (6s).
 */
export class NewsList extends FeedListElement {
  static override readonly tagName = 'news-list';

  static override properties: PropertyDeclarations = {
    limit: { converter: integerAttribute(10, 1, 100) },
    more: { type: Boolean },
  };

  /** How many stories to show at most (1 to 100; default 10). */
  limit = 10;

  /**
   * Shows a "More stories" button under the stories while the feed holds more than are shown: each press shows the
   * next `limit` of them (no request), moves the focus to the first it added and tells screen readers how many.
   */
  override more = false;
}
