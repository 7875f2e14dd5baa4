// The demo runs the library from source, exactly as the drop-in registers it, and adds switches for language,
// theme and layout (also as ?lang=, ?theme=, ?layout=), with the embed code for what is on screen. `?live` swaps the sample data for real sources:
// Open-Meteo for the weather, and a feed given as `?live&feed=<address>` (through `&proxy=<template>` when the
// feed's server does not allow other origins).
import { configure } from '../src/define.js';

type Language = 'en' | 'ru' | 'uz';

const pageWords: Record<Language, Record<string, string>> = {
  en: {
    today: 'Today',
    weather: 'Weather',
    error: 'When a feed fails',
    place: 'Tashkent',
    trams: 'Night trams return to the river line after a two-year pause',
    bakers: 'Old Town bakers form a cooperative to share one wood-fired oven',
  },
  ru: {
    today: 'Сегодня',
    weather: 'Погода',
    error: 'Если лента недоступна',
    place: 'Ташкент',
    trams: 'Ночные трамваи возвращаются на набережную линию после двухлетнего перерыва',
    bakers: 'Пекари Старого города объединились в кооператив ради одной дровяной печи',
  },
  uz: {
    today: 'Bugun',
    weather: 'Ob-havo',
    error: 'Lenta ishlamasa',
    place: 'Toshkent',
    trams: 'Ikki yillik tanaffusdan soʻng tungi tramvaylar daryo boʻyi yoʻnalishiga qaytmoqda',
    bakers: 'Eski shahar novvoylari bitta oʻtin tandiridan birga foydalanish uchun kooperativ tuzdi',
  },
};

/** The day the sample stories were written on: their dates move so that this day is the reader's today. */
const SAMPLE_TODAY = Date.UTC(2026, 10, 27);
const DAY = 86_400_000;

/**
 * A sample date moved to the same wall-clock time the same number of days before the reader's today, in the
 * reader's own zone: "2026-11-26T23:47" reads "Yesterday, 23:47" on any day, anywhere.
 */
function redated(published: string): string {
  const [, year, month, day, hour, minute] = /^(\d{4})-(\d\d)-(\d\d)T(\d\d):(\d\d)/.exec(published)!.map(Number);
  const daysBefore = Math.round((SAMPLE_TODAY - Date.UTC(year, month - 1, day)) / DAY);
  const today = new Date();
  return new Date(today.getFullYear(), today.getMonth(), today.getDate() - daysBefore, hour, minute).toISOString();
}

interface SampleItem {
  date_published?: string;
}

/** The sample files as a server would send them today: every story's date moved by `redated`. */
async function sampleFetch(input: string, init?: RequestInit): Promise<Response> {
  const response = await fetch(input, init);
  if (!response.ok || !new URL(response.url).pathname.endsWith('.json')) return response;
  const sample = (await response.json()) as SampleItem & { items?: SampleItem[] };
  for (const item of [sample, ...(sample.items ?? [])]) if (item.date_published) item.date_published = redated(item.date_published);
  return new Response(JSON.stringify(sample), { status: response.status, headers: response.headers });
}

const params = new URLSearchParams(location.search);
const live = params.has('live');
const widgets = [...document.querySelectorAll<HTMLElement>('news-list, news-article, related-news, weather-badge')];
const headlines = document.querySelector<HTMLElement>('news-list.headlines')!;

// Each widget's sample address, before a language's folder is put in front of it.
for (const widget of widgets) if (widget.hasAttribute('src')) widget.dataset.sample = widget.getAttribute('src')!;

if (!live) configure({ fetch: sampleFetch });
else {
  const proxy = params.get('proxy');
  if (proxy) configure({ proxy });
  for (const badge of document.querySelectorAll('weather-badge')) {
    badge.removeAttribute('src');
    badge.setAttribute('latitude', '41.31');
    badge.setAttribute('longitude', '69.28');
  }
  const feed = params.get('feed');
  if (feed) for (const list of document.querySelectorAll('news-list:not([src^="/missing"])')) list.setAttribute('src', feed);
}
// The page says so in its markup, so that its first frame has the line: text set here would move the page down.
if (live) document.querySelector('[data-source]')!.textContent = 'Live sources: Open-Meteo, and the feed named by ?feed=';

const form = document.querySelector<HTMLFormElement>('.controls')!;

function choice(name: string): string {
  return (form.elements.namedItem(name) as RadioNodeList).value;
}

/** The snippet a site owner pastes to get what the page shows, for the current settings. */
function embedCode(language: Language, theme: string, layout: string): string {
  const shared = `${language === 'en' ? '' : ` lang="${language}"`}${theme === 'auto' ? '' : ` theme="${theme}"`}`;
  const weather = live ? 'latitude="41.31" longitude="69.28"' : 'src="/weather.json"';
  return [
    '<script type="module" src="https://cdn.example/news-widgets/cdn/news-widgets.js"></script>',
    '',
    `<weather-badge ${weather} label="${pageWords[language].place}"${shared}></weather-badge>`,
    `<news-list src="${headlines.dataset.sample}" limit="6"${layout === 'list' ? '' : ` layout="${layout}"`}${shared}></news-list>`,
    `<news-article src="/api/articles/131.json"${shared}></news-article>`,
    `<related-news src="/api/articles/131/related.json" layout="grid" limit="4"${shared}></related-news>`,
  ].join('\n');
}

function apply(): void {
  const language = choice('lang') as Language;
  const theme = choice('theme');
  const layout = choice('layout');
  document.documentElement.lang = language;
  document.documentElement.dataset.theme = theme;
  // Widgets follow their own lang attribute as soon as it changes; the page's headings are the page's business.
  for (const widget of widgets) {
    widget.setAttribute('lang', language);
    widget.setAttribute('theme', theme);
    // The sample stories of each language live in its own folder (/ru/feed.json); the weather is one for all.
    const sample = widget.dataset.sample;
    if (!live && sample && sample !== '/weather.json' && !sample.startsWith('/missing')) widget.setAttribute('src', language === 'en' ? sample : `/${language}${sample}`);
  }
  for (const badge of document.querySelectorAll('weather-badge')) badge.setAttribute('label', pageWords[language].place);
  headlines.setAttribute('layout', layout);
  for (const heading of document.querySelectorAll<HTMLElement>('[data-words]')) heading.textContent = pageWords[language][heading.dataset.words!];
  document.querySelector('[data-embed]')!.textContent = embedCode(language, theme, layout);
}

// ?lang=ru&theme=dark&layout=grid opens the page with those settings, so a view can be shared.
for (const name of ['lang', 'theme', 'layout']) {
  const value = params.get(name);
  const radio = value && form.querySelector<HTMLInputElement>(`input[name="${name}"][value="${CSS.escape(value)}"]`);
  if (radio) radio.checked = true;
}

form.addEventListener('change', apply);
document.querySelector('[data-copy]')!.addEventListener('click', () => {
  void navigator.clipboard?.writeText(document.querySelector('[data-embed]')!.textContent!);
});
apply();
