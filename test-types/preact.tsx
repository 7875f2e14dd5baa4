/** @jsxImportSource preact */
// What a Preact project gets from `news-widgets/preact`; each @ts-expect-error is a mistake the types must catch.
import type {} from 'news-widgets/preact';
import 'news-widgets/define';
import type { Feed } from 'news-widgets';

/** What the handlers read, so that each reads something of the type it is given. */
const seen: unknown[] = [];

export function Page() {
  return (
    <main>
      <news-list src="/feed.json" limit={8} class="headlines" onnews-load={event => seen.push((event.detail satisfies Feed).title)} />
      <weather-badge latitude={41.31} longitude={69.28} wind-unit="kn" />
      {/* @ts-expect-error units is metric or imperial */}
      <weather-badge units="kelvin" />
      {/* @ts-expect-error the handler gets the element's own data: weather is not a Feed */}
      <weather-badge onnews-load={(event: CustomEvent<Feed>) => seen.push(event.detail.items)} />
    </main>
  );
}
