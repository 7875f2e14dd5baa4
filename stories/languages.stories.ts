import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import { http, HttpResponse } from 'msw';
import { expect, waitFor } from 'storybook/test';
import { guideHandlers, headlinesUrl, relatedUrl } from './fixtures/guides.js';
import { headlines, languages, type Language } from './fixtures/headlines.js';
import { WEATHER_URL } from './fixtures/weather.js';
import { partText, partTexts } from './support.js';
import '../src/elements/news-list/define.js';
import '../src/elements/related-news/define.js';
import '../src/elements/weather-badge/define.js';

/**
 * How each column gets its language, all inside a page in Russian: English from the nearest ancestor with `lang`
 * (the column), Russian from the page, Uzbek from each widget's own `lang` attribute, which wins over both.
 */
const columns: Record<Language, { caption: string; sectionLang?: string; widgetLang?: string }> = {
  en: { caption: 'English: lang="en" on the column', sectionLang: 'en' },
  ru: { caption: 'Русский: lang="ru" of the page' },
  uz: { caption: 'Oʻzbekcha: lang="uz" on each widget', widgetLang: 'uz' },
};

/** What a reader of each language must see: the words come from the elements, never from the feeds. */
const words: Record<Language, { related: string; today: RegExp; condition: string; outage: string; retry: string }> = {
  en: { related: 'Similar news', today: /^Today, \d\d:\d\d$/, condition: 'overcast', outage: 'The news source is not available right now.', retry: 'Try again' },
  ru: { related: 'Похожие новости', today: /^Сегодня, \d\d:\d\d$/, condition: 'пасмурно', outage: 'Источник новостей сейчас недоступен.', retry: 'Повторить' },
  uz: { related: 'Oʻxshash yangiliklar', today: /^Bugun, \d\d:\d\d$/, condition: 'bulutli', outage: 'Yangiliklar manbasi hozir mavjud emas.', retry: 'Qayta urinish' },
};

const meta: Meta = {
  title: 'Guides/Languages',
  // A guide, not an element: no generated Docs page beside it.
  tags: ['!autodocs'],
  render: () => html`
    <div lang="ru" style="display: grid; grid-template-columns: repeat(3, minmax(16rem, 1fr)); gap: 1.5rem; align-items: start">
      ${languages.map(language => {
        const { caption, sectionLang, widgetLang } = columns[language];
        const lang = widgetLang ?? nothing;
        return html`
          <section data-language=${language} lang=${sectionLang ?? nothing} style="display: grid; gap: 1rem">
            <h2 style="margin: 0; font: 600 0.875rem system-ui, sans-serif; color: #5f6368">${caption}</h2>
            <weather-badge src=${WEATHER_URL} lang=${lang}></weather-badge>
            <news-list src=${headlinesUrl(language)} layout="compact" limit="3" lang=${lang}></news-list>
            <related-news src=${relatedUrl(language)} exclude=${headlines(language).items[1].url} layout="compact" limit="3" lang=${lang}></related-news>
            <news-list class="failing" src=${`/stories/${language}/unavailable.json`} lang=${lang}></news-list>
          </section>
        `;
      })}
    </div>
  `,
  parameters: {
    layout: 'fullscreen',
    msw: {
      handlers: {
        ...guideHandlers,
        failing: http.get('/stories/:language/unavailable.json', () => new HttpResponse(null, { status: 503 })),
      },
    },
  },
};

export default meta;

/**
 * The same four widgets in English, Russian and Uzbek, side by side: the weather, three headlines, the related
 * block and a list whose source is down. Each column checks the words its language gives the elements.
 */
export const SideBySide: StoryObj = {
  play: async ({ canvasElement }) => {
    const sections = [...canvasElement.querySelectorAll<HTMLElement>('section[data-language]')];
    const widgets = sections.flatMap(section => [...section.querySelectorAll('weather-badge, news-list, related-news')]);
    expect(widgets).toHaveLength(12);
    // Twelve widgets and three chunks: give a loaded machine time.
    await waitFor(() => expect(widgets.filter(widget => !['ready', 'error'].includes(widget.getAttribute('state') ?? ''))).toEqual([]), { timeout: 8000 });

    for (const section of sections) {
      const language = section.dataset.language as Language;
      const expected = words[language];
      const badge = section.querySelector('weather-badge')!;
      const [list, failing] = section.querySelectorAll('news-list');
      const related = section.querySelector('related-news')!;

      for (const widget of [badge, list, related]) expect(widget.getAttribute('state'), `${language}: <${widget.localName}>`).toBe('ready');
      expect(partText(badge, 'condition'), `${language}: weather`).toBe(expected.condition);
      expect(partTexts(list, 'title'), `${language}: headlines`).toEqual(headlines(language).items.slice(0, 3).map(item => item.title));
      expect(partTexts(list, 'time')[0], `${language}: calendar time`).toMatch(expected.today);
      expect(partText(related, 'heading'), `${language}: related heading`).toBe(expected.related);
      expect(partTexts(related, 'time')[0], `${language}: related time`).toMatch(expected.today);

      expect(failing.getAttribute('state'), `${language}: failing source`).toBe('error');
      expect(partTexts(failing, 'message'), `${language}: error message`).toEqual([expected.outage]);
      expect(partTexts(failing, 'retry'), `${language}: retry button`).toEqual([expected.retry]);
    }
  },
};
