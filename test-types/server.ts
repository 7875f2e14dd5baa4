// What a server gets from `news-widgets/server`; each @ts-expect-error is a mistake the types must catch.
import { createFeedProxy, type FeedProxy, type FeedProxyOptions } from 'news-widgets/server';

const options: FeedProxyOptions = { hosts: ['news.example', '*.feeds.example'], origins: ['https://portal.example'], maxBytes: 1_000_000, timeout: 5000 };
const proxy: FeedProxy = createFeedProxy(options);
export const answer: Promise<Response> = proxy(new Request('https://proxy.example/?url=https%3A%2F%2Fnews.example%2Ffeed.xml'));
export const worker = { fetch: proxy } satisfies { fetch(request: Request): Promise<Response> };

// @ts-expect-error hosts is required: a proxy without a list would be open
createFeedProxy({ origins: '*' });
// @ts-expect-error origins is a list or '*'
createFeedProxy({ hosts: ['news.example'], origins: 'https://portal.example' });
// @ts-expect-error cache is 'auto', 'memory' or 'none'
createFeedProxy({ hosts: ['news.example'], cache: 'disk' });
