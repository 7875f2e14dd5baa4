// The demo runs the library from source, exactly as the drop-in registers it, and adds switches for language,
// theme and layout (also as ?lang=, ?theme=, ?layout=), with the embed code for what is on screen. `?live` swaps the sample data for real sources:
// Open-Meteo for the weather, and a feed given as `?live&feed=<address>` (through `&proxy=<template>` when the
// feed's server does not allow other origins).
import { configure } from '../src/define.js';

type Language = 'en' | 'ru' | 'uz';

const pageWords: Record<Language, Record<string, string>> = {
  en: { today: 'Today', weather: 'Weather', error: 'When a feed fails' },
  ru: { today: 'Сегодня', weather: 'Погода', error: 'Если лента недоступна' },
  uz: { today: 'Bugun', weather: 'Ob-havo', error: 'Lenta ishlamasa' },
};

const params = new URLSearchParams(location.search);
const live = params.has('live');
const widgets = [...document.querySelectorAll<HTMLElement>('news-list, news-article, related-news, weather-badge')];
const headlines = document.querySelector<HTMLElement>('news-list.headlines')!;

if (live) {
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
document.querySelector('[data-source]')!.textContent = live ? 'Live sources: Open-Meteo, and the feed named by ?feed=' : 'Sample data, no network needed. Add ?live for real sources.';

const form = document.querySelector<HTMLFormElement>('.controls')!;

function choice(name: string): string {
  return (form.elements.namedItem(name) as RadioNodeList).value;
}

/** The snippet a site owner pastes to get what the page shows, for the current settings. */
function embedCode(language: Language, theme: string, layout: string): string {
  const shared = `${language === 'en' ? '' : ` lang="${language}"`}${theme === 'auto' ? '' : ` theme="${theme}"`}`;
  const weather = live ? 'latitude="41.31" longitude="69.28"' : 'src="/weather.json"';
  return [
    '<script type="module" src="https://cdn.example/news-widgets/dist/news-widgets.js"></script>',
    '',
    `<weather-badge ${weather} label="Tashkent"${shared}></weather-badge>`,
    `<news-list src="${headlines.getAttribute('src')}" limit="6"${layout === 'list' ? '' : ` layout="${layout}"`}${shared}></news-list>`,
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
  }
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
