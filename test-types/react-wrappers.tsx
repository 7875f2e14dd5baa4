// What a React project (18 or 19) gets from the components of `news-widgets/react`, on @lit/react; each expected
// error below is a mistake the types must catch. Every event arrives as the element fires it: a CustomEvent of its
// detail, never a CustomEvent of a CustomEvent.
import type { CurrentWeather, Feed, FeedItem, NewsErrorDetail, NewsItemDetail } from 'news-widgets';
import type { NewsList as NewsListElement } from 'news-widgets/news-list';
import { NewsArticle, NewsList, RelatedNews, WeatherBadge } from 'news-widgets/react';
import { useRef } from 'react';

/** What the handlers read, so that each reads something of the type it is given. */
const seen: unknown[] = [];

export function Page({ onPick }: { onPick: (detail: NewsItemDetail) => void }) {
  const list = useRef<NewsListElement>(null);
  return (
    <main>
      <NewsList
        ref={list}
        src="/feed.json"
        limit={8}
        layout="grid"
        className="headlines"
        onNewsLoad={event => seen.push((event.detail satisfies Feed).items.length)}
        onNewsSelect={event => {
          event.preventDefault();
          onPick(event.detail satisfies NewsItemDetail);
        }}
        onNewsImpression={event => seen.push(event.detail.index)}
        onNewsError={event => console.error((event.detail satisfies NewsErrorDetail).error.message)}
      />
      <RelatedNews src="/feed.json" min={2} onNewsSelect={event => seen.push(event.detail.item.url)} />
      <NewsArticle src="/api/articles/131.json" itemId="131" headingLevel={1} onNewsLoad={event => seen.push((event.detail satisfies FeedItem).title)} />
      <WeatherBadge latitude={41.31} longitude={69.28} windUnit="kmh" onNewsLoad={event => seen.push((event.detail satisfies CurrentWeather).temperature)} />

      {/* @ts-expect-error the detail is the feed itself, not another event */}
      <NewsList onNewsLoad={(event: CustomEvent<CustomEvent<Feed>>) => seen.push(event.detail.detail)} />
      {/* @ts-expect-error the handler gets the element's own data: a FeedItem is not a Feed */}
      <NewsArticle onNewsLoad={(event: CustomEvent<Feed>) => seen.push(event.detail.items)} />
      {/* @ts-expect-error the weather badge has no stories to select */}
      <WeatherBadge onNewsSelect={() => undefined} />
      {/* @ts-expect-error limit is a number */}
      <NewsList limit="eight" />
      {/* @ts-expect-error no such unit */}
      <WeatherBadge units="kelvin" />
    </main>
  );
}
