// A Worker that server-renders the test page, its feeds answered by the fixtures (workerd.test.ts bundles it).
import { renderWidgets } from '../../src/server/index.js';
import { answerFeed, pageMarkup } from './feeds.js';

const feeds = async (input: string): Promise<Response> => {
  const { status, type, body } = answerFeed(new URL(input).pathname);
  return new Response(body, { status, headers: { 'content-type': type, 'cache-control': 'max-age=60' } });
};

export default {
  async fetch(request: Request): Promise<Response> {
    const url = new URL(request.url);
    const lang = url.searchParams.get('lang') === 'ru' ? 'ru' : 'en';
    const html = await renderWidgets(pageMarkup(lang), { baseUrl: new URL('/news/', url).href, fetch: feeds, lang, now: new Date('2026-11-30T12:00:00Z') });
    return new Response(html, { headers: { 'content-type': 'text/html; charset=utf-8' } });
  },
};
