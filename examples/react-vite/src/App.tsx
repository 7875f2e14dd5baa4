import type { FeedItem } from 'news-widgets';
import { useState } from 'react';

export function App() {
  const [headlines, setHeadlines] = useState(0);
  const [reading, setReading] = useState<FeedItem | null>(null);

  return (
    <main lang="en">
      <weather-badge latitude={41.31} longitude={69.28} wind-unit="kmh" />
      <h1>Today</h1>
      {/* React 19 sets `limit` as a property and listens to `news-load` and `news-select` as events. */}
      <news-list
        src="/feed.json"
        limit={5}
        theme="light"
        onnews-load={event => setHeadlines(event.detail.items.length)}
        onnews-select={event => {
          // Show the story here instead of following its link.
          event.preventDefault();
          setReading(event.detail.item);
        }}
        onnews-error={event => console.error(event.detail.error.message)}
      />
      <p>{headlines} headlines in the feed</p>
      {reading?.url && <news-article key={reading.id} src="/feed.json" item-id={reading.url} heading-level="2" />}
    </main>
  );
}
