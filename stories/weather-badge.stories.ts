import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { delay, http, HttpResponse } from 'msw';
import { expect, waitFor } from 'storybook/test';
import { longestCondition } from './fixtures/long-words.js';
import { attributes, partText, widgetIn } from './support.js';
import '../src/elements/weather-badge/define.js';
import type { WeatherBadge } from '../src/elements/weather-badge/weather-badge.js';

const OPEN_METEO = 'https://api.open-meteo.com/v1/forecast';

/** An Open-Meteo answer in the units the request asked for. */
function forecast(request: Request, current: { temperature: number; code: number; wind: number; direction: number; isDay: boolean }) {
  const query = new URL(request.url).searchParams;
  const fahrenheit = query.get('temperature_unit') === 'fahrenheit';
  const windUnit = query.get('wind_speed_unit') ?? 'kmh';
  const perMetre: Record<string, [string, number]> = { ms: ['m/s', 1], kmh: ['km/h', 3.6], mph: ['mp/h', 2.236936], kn: ['kn', 1.943844] };
  const [windLabel, factor] = perMetre[windUnit] ?? perMetre.kmh;
  return HttpResponse.json({
    latitude: 41.3125,
    longitude: 69.25,
    utc_offset_seconds: 18000,
    current_units: { time: 'unixtime', temperature_2m: fahrenheit ? '°F' : '°C', wind_speed_10m: windLabel, wind_direction_10m: '°', is_day: '' },
    current: {
      time: 1795845600,
      interval: 900,
      temperature_2m: fahrenheit ? (current.temperature * 9) / 5 + 32 : current.temperature,
      weather_code: current.code,
      wind_speed_10m: Math.round(current.wind * factor * 10) / 10,
      wind_direction_10m: current.direction,
      is_day: current.isDay ? 1 : 0,
    },
  });
}

const overcastTashkent = http.get(OPEN_METEO, ({ request }) => forecast(request, { temperature: 9.2, code: 3, wind: 4.1, direction: 47, isDay: true }));

interface Args {
  latitude: string;
  longitude: string;
  lang: string;
  layout: 'compact' | 'card';
  units: 'metric' | 'imperial';
  label: string;
  theme: 'auto' | 'light' | 'dark';
}

function badgeIn(canvas: HTMLElement, state: string): Promise<WeatherBadge> {
  return widgetIn(canvas, 'weather-badge', state);
}

const meta: Meta<Args> = {
  title: 'Elements/weather-badge',
  component: 'weather-badge',
  args: { latitude: '41.31', longitude: '69.28', lang: 'en', layout: 'compact', units: 'metric', label: '', theme: 'auto' },
  argTypes: {
    lang: { control: 'inline-radio', options: ['en', 'ru', 'uz'] },
    layout: { control: 'inline-radio', options: ['compact', 'card'] },
    units: { control: 'inline-radio', options: ['metric', 'imperial'] },
    theme: { control: 'inline-radio', options: ['auto', 'light', 'dark'] },
  },
  // Every attribute the controls set reaches the element (stories/support.ts).
  render: args => html`<weather-badge ${attributes(args)}></weather-badge>`,
  parameters: { msw: { handlers: [overcastTashkent] } },
};

export default meta;

type Story = StoryObj<Args>;

/** The header badge of a news page. */
export const Compact: Story = {
  play: async ({ canvasElement }) => {
    const badge = await badgeIn(canvasElement, 'ready');
    expect(partText(badge, 'temperature')).toBe('+9°');
    expect(partText(badge, 'wind')).toBe('4.1\u00a0m/s, NE');
  },
};

/** A small block with the place name. */
export const Card: Story = {
  args: { layout: 'card', label: 'Tashkent' },
  play: async ({ canvasElement }) => {
    const badge = await badgeIn(canvasElement, 'ready');
    expect(partText(badge, 'label')).toBe('Tashkent');
  },
};

/** «+9°, пасмурно, ветер 4,1 м/с, СВ». */
export const Russian: Story = {
  args: { lang: 'ru', layout: 'card', label: 'Ташкент' },
  play: async ({ canvasElement }) => {
    const badge = await badgeIn(canvasElement, 'ready');
    expect(partText(badge, 'condition')).toBe('пасмурно');
    expect(partText(badge, 'wind')).toBe('4,1\u00a0м/с, СВ');
  },
};

/** Uzbek in Latin script. */
export const Uzbek: Story = {
  args: { lang: 'uz', layout: 'card', label: 'Toshkent' },
  play: async ({ canvasElement }) => {
    const badge = await badgeIn(canvasElement, 'ready');
    expect(partText(badge, 'condition')).toBe('bulutli');
  },
};

/** Fahrenheit and miles per hour. */
export const Imperial: Story = {
  args: { units: 'imperial' },
  play: async ({ canvasElement }) => {
    const badge = await badgeIn(canvasElement, 'ready');
    expect(partText(badge, 'temperature')).toBe('+49°F');
    expect(partText(badge, 'wind')).toBe('9\u00a0mph, NE');
  },
};

/** Forced dark theme, whatever the reader's setting. */
export const Dark: Story = {
  args: { theme: 'dark', layout: 'card', label: 'Tashkent' },
  play: async ({ canvasElement }) => {
    const badge = await badgeIn(canvasElement, 'ready');
    expect(getComputedStyle(badge).colorScheme).toBe('dark');
  },
};

const groups = [
  { code: 0, name: 'clear' },
  { code: 2, name: 'partly cloudy' },
  { code: 3, name: 'overcast' },
  { code: 45, name: 'fog' },
  { code: 53, name: 'drizzle' },
  { code: 63, name: 'rain' },
  { code: 73, name: 'snow' },
  { code: 95, name: 'thunderstorm' },
];

/** One badge per condition group, by day and by night, in the language chosen. */
export const Conditions: Story = {
  render: ({ lang }) => html`<div style="display: grid; grid-template-columns: repeat(2, max-content); gap: 0.5rem 1.5rem">
    ${groups.flatMap(({ code }) =>
      [true, false].map(day => html`<weather-badge src=${`/stories/weather/${code}/${day ? 'day' : 'night'}.json`} lang=${lang}></weather-badge>`),
    )}
  </div>`,
  parameters: {
    msw: {
      handlers: [
        http.get('/stories/weather/:code/:time', ({ request, params }) =>
          forecast(request, { temperature: Number(params.code) > 70 ? -4 : 12, code: Number(params.code), wind: 3.4, direction: 200, isDay: params.time === 'day.json' }),
        ),
      ],
    },
  },
  play: async ({ canvasElement }) => {
    const badges = [...canvasElement.querySelectorAll('weather-badge')];
    // Sixteen badges and the Open-Meteo reader's chunk: give a loaded machine time.
    await waitFor(() => expect(badges.every(badge => badge.getAttribute('state') === 'ready')).toBe(true), { timeout: 5000 });
    expect(badges.map(badge => partText(badge, 'condition')).filter((_, index) => index % 2 === 0)).toEqual(groups.map(group => group.name));
    expect(badges[1].shadowRoot!.querySelector('.moon')).not.toBeNull();
  },
};

/** While the forecast is on its way: the same box, with placeholders. */
export const Loading: Story = {
  args: { layout: 'card', label: 'Tashkent' },
  parameters: {
    msw: { handlers: [http.get(OPEN_METEO, async () => { await delay('infinite'); return new HttpResponse(null); })] },
  },
  play: async ({ canvasElement }) => {
    const badge = await badgeIn(canvasElement, 'loading');
    expect(badge.shadowRoot!.querySelectorAll('.placeholder').length).toBeGreaterThan(0);
  },
};

/** Open-Meteo answers 503: a sign and a retry button; the message is for screen readers. */
export const ServerError: Story = {
  parameters: { msw: { handlers: [http.get(OPEN_METEO, () => new HttpResponse(null, { status: 503 }))] } },
  play: async ({ canvasElement }) => {
    const badge = await badgeIn(canvasElement, 'error');
    expect(partText(badge, 'message')).toBe('Weather data is not available right now.');
    expect(partText(badge, 'retry')).toBe('Try again');
  },
};

/** No coordinates: a configuration error and no request. */
export const MissingCoordinates: Story = {
  args: { latitude: '', longitude: '', lang: 'ru' },
  play: async ({ canvasElement }) => {
    const badge = await badgeIn(canvasElement, 'error');
    expect(partText(badge, 'message')).toBe('Виджет настроен неправильно.');
  },
};

/** An Open-Meteo answer for the longest condition of a language, cold and windy: the widest words a badge shows. */
const longestIn = (language: 'ru' | 'uz') =>
  http.get(`/stories/weather/longest/${language}`, ({ request }) => forecast(request, { temperature: -12.4, code: longestCondition(language).code, wind: 14.1, direction: 315, isDay: true }));

/** Both layouts of a badge of `language` showing its longest condition, in a header and in a 240 px column. */
function longestStory(language: 'ru' | 'uz', place: string): Story {
  return {
    args: { lang: language },
    render: ({ theme }) => html`<div style="display: grid; gap: 1rem; justify-items: start">
      <weather-badge src=${`/stories/weather/longest/${language}`} lang=${language} theme=${theme}></weather-badge>
      <div style="width: 240px; outline: 1px dashed #999">
        <weather-badge src=${`/stories/weather/longest/${language}`} lang=${language} theme=${theme}></weather-badge>
      </div>
      <weather-badge src=${`/stories/weather/longest/${language}`} lang=${language} theme=${theme} layout="card" label=${place}></weather-badge>
    </div>`,
    parameters: { msw: { handlers: [longestIn(language)] } },
    play: async ({ canvasElement }) => {
      const badges = [...canvasElement.querySelectorAll('weather-badge')];
      await waitFor(() => expect(badges.every(badge => badge.getAttribute('state') === 'ready')).toBe(true), { timeout: 20_000 });
      for (const badge of badges) {
        // The whole word, inside the badge, and the badge inside its column.
        expect(partText(badge, 'condition')).toBe(longestCondition(language).condition);
        const box = badge.getBoundingClientRect();
        const word = badge.shadowRoot!.querySelector('[part="condition"]')!.getBoundingClientRect();
        expect(word.left >= box.left && word.right <= box.right + 0.5 && word.bottom <= box.bottom + 0.5).toBe(true);
        expect(box.width).toBeLessThanOrEqual(badge.parentElement!.getBoundingClientRect().width + 0.5);
      }
    },
  };
}

/** «−12° сильная ледяная морось»: the longest Russian condition, compact, in a 240 px column (two lines) and as a card. */
export const LongestRussian: Story = longestStory('ru', 'Ташкент');

/** «kuchli doʻlli momaqaldiroq»: the longest Uzbek condition, compact, in a 240 px column and as a card. */
export const LongestUzbek: Story = longestStory('uz', 'Toshkent');

/** The compact badge when the weather does not arrive: a sign, the retry button, and the sentence for screen readers. */
export const CompactError: Story = {
  args: { lang: 'ru' },
  parameters: { msw: { handlers: [http.get(OPEN_METEO, () => new HttpResponse(null, { status: 502 }))] } },
  play: async ({ canvasElement }) => {
    const badge = await badgeIn(canvasElement, 'error');
    expect(partText(badge, 'message')).toBe('Данные о погоде сейчас недоступны.');
    expect(getComputedStyle(badge.shadowRoot!.querySelector('[part="message"]')!).clipPath).toBe('inset(50%)');
    expect(partText(badge, 'retry')).toBe('Повторить');
    const box = badge.getBoundingClientRect();
    const retry = badge.shadowRoot!.querySelector('[part="retry"]')!.getBoundingClientRect();
    expect(retry.right <= box.right && retry.bottom <= box.bottom).toBe(true);
  },
};

/** The card when the weather does not arrive: the sentence and the retry button, inside the card. */
export const CardError: Story = {
  args: { layout: 'card', label: 'Toshkent', lang: 'uz' },
  parameters: { msw: { handlers: [http.get(OPEN_METEO, () => new HttpResponse(null, { status: 502 }))] } },
  play: async ({ canvasElement }) => {
    const badge = await badgeIn(canvasElement, 'error');
    expect(partText(badge, 'message')).toBe('Ob-havo maʼlumotlari hozir mavjud emas.');
    expect(partText(badge, 'retry')).toBe('Qayta urinish');
  },
};
