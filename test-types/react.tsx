// What a React 19 project gets from `news-widgets/react`; each @ts-expect-error is a mistake the types must catch.
// TypeScript does not check JSX names with a dash that a type does not declare, so a misspelt `onnews-*` or an event
// of another element (news-select on the weather badge) cannot be caught here.
import type {} from 'news-widgets/react';
import 'news-widgets/define';
import type { Feed, FeedItem, NewsItemDetail } from 'news-widgets';
import type { NewsList } from 'news-widgets/news-list';
import { useRef } from 'react';

/** What the handlers read, so that each reads something of the type it is given. */
const seen: unknown[] = [];

export function Page({ onPick }: { onPick: (detail: NewsItemDetail) => void }) {
  const list = useRef<NewsList>(null);
  return (
    <main>
      <news-list
        ref={list}
        src="/feed.json"
        limit={8}
        format="rss"
        lang="ru"
        theme="dark"
        loading="lazy"
        class="headlines"
        className="headlines"
        onnews-load={event => seen.push((event.detail satisfies Feed).items.length)}
        onnews-select={event => onPick(event.detail)}
        onnews-impression={event => seen.push(event.detail.index)}
        onnews-error={event => console.error(event.detail.error.message)}
      />
      <news-article src="/api/articles/131.json" item-id="131" headingLevel={1} hide-image onnews-load={event => seen.push((event.detail satisfies FeedItem).title)} />
      <weather-badge latitude={41.31} longitude={69.28} wind-unit="kmh" units="imperial" layout="card" label="Tashkent" />

      {/* @ts-expect-error limit is a number as a property */}
      <news-list limit="eight" />
      {/* @ts-expect-error no such theme */}
      <news-list theme="sepia" />
      {/* @ts-expect-error state is what the element reports, not a setting */}
      <news-list state="ready" />
      {/* @ts-expect-error a declared attribute name is checked too */}
      <news-article heading-level={[2]} />
      {/* @ts-expect-error the handler gets the element's own data: a FeedItem is not a Feed */}
      <news-article onnews-load={(event: CustomEvent<Feed>) => seen.push(event.detail.items)} />
      {/* @ts-expect-error no such element */}
      <news-lists />
    </main>
  );
}
