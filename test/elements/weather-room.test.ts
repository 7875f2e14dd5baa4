import { expect } from '@esm-bundle/chai';
import { setViewport } from '@web/test-runner-commands';
import { http, HttpResponse } from 'msw';
import '../../src/elements/weather-badge/define.js';
import type { WeatherBadge } from '../../src/elements/weather-badge/weather-badge.js';
import { weatherRoom } from '../../src/elements/weather-badge/weather-room.js';
import { en } from '../../src/i18n/en.js';
import type { Language, Messages } from '../../src/i18n/index.js';
import { ru } from '../../src/i18n/ru.js';
import { uz } from '../../src/i18n/uz.js';
import { longestCondition } from '../../stories/fixtures/long-words.js';
import { measureReadability } from './readability.js';
import { mount, nextFrames, startWorker, untilState } from './support.js';

// A badge reserves, from its first frame, the room of the widest words its language can show (weather-room.ts), so
// that it keeps its size when its words and the weather arrive, and every word shows whole at any width.

const tables: Record<Language, Messages> = { en, ru, uz };
const languages: Language[] = ['en', 'ru', 'uz'];

const { worker } = startWorker(() => false);

function forecast(code: number, wind = 4.1, direction = 47): object {
  return { utc_offset_seconds: 18000, current_units: { temperature_2m: '°C', wind_speed_10m: 'm/s' }, current: { time: 1770477300, temperature_2m: 9.2, weather_code: code, wind_speed_10m: wind, wind_direction_10m: direction, is_day: 1 } };
}

/** The width of `text` in the badge's own font, as a line of the badge draws it. */
function widthIn(badge: WeatherBadge, text: string): number {
  const probe = document.createElement('span');
  probe.textContent = text;
  probe.style.whiteSpace = 'nowrap';
  badge.shadowRoot!.append(probe);
  const { width } = probe.getBoundingClientRect();
  probe.remove();
  return width;
}

describe('the room of a weather badge', () => {
  // First in the file: the language tables have not arrived yet, as on a page the drop-in has just defined.
  it('keeps its size from the first frame, before its words arrive, until the weather shows, in every language and layout', async () => {
    await setViewport({ width: 1280, height: 800 });
    let answer!: () => void;
    const answered = new Promise<void>(resolve => (answer = resolve));
    worker.use(
      http.get('/room/:language/:code', async ({ params }) => {
        await answered;
        return HttpResponse.json(forecast(Number(params.code), 12.3, 315));
      }),
      http.get('https://api.open-meteo.com/v1/forecast', async () => {
        await answered;
        return HttpResponse.json(forecast(3));
      }),
    );
    const page = document.createElement('div');
    const badges = languages.flatMap(lang =>
      [longestCondition(lang).code, 3].flatMap(code =>
        ['compact', 'card'].flatMap(layout => [
          mount('weather-badge', { src: `/room/${lang}/${code}`, lang, layout, label: 'Tashkent' }, page),
          mount('weather-badge', { latitude: '41.31', longitude: '69.28', lang, layout, label: 'Tashkent' }, page),
        ]),
      ),
    );
    const below = document.createElement('p');
    below.textContent = 'Text under the badges, which must not move.';
    page.append(below);
    await Promise.all(badges.map(badge => badge.updateComplete));
    await nextFrames();
    const first = badges.map(badge => badge.getBoundingClientRect());
    const shifts: number[] = [];
    const observer = new PerformanceObserver(entries => {
      for (const entry of entries.getEntries()) shifts.push((entry as PerformanceEntry & { value: number }).value);
    });
    observer.observe({ type: 'layout-shift' });
    answer();
    await Promise.all(badges.map(badge => untilState(badge, 'ready')));
    await nextFrames();
    observer.disconnect();
    // Text drawn in two runs (the wind and its direction) may round a fiftieth of a pixel apart from one run.
    const moved = badges.flatMap((badge, index) => {
      const now = badge.getBoundingClientRect();
      const was = first[index];
      return Math.abs(now.width - was.width) > 0.1 || Math.abs(now.height - was.height) > 0.1
        ? [`${badge.getAttribute('lang')} ${badge.getAttribute('layout')} ${badge.src}: ${was.width.toFixed(2)}x${was.height.toFixed(2)} first, ${now.width.toFixed(2)}x${now.height.toFixed(2)} with the weather`]
        : [];
    });
    expect(moved, moved.join('\n')).to.deep.equal([]);
    expect(shifts).to.deep.equal([]);
  });

  for (const language of languages) {
    it(`holds the words of the ${language} table: its unit of m/s, and a compass point and conditions no narrower than any other`, async () => {
      const table = tables[language].weather;
      const room = weatherRoom[language];
      expect(table.compass).to.include(room.compass);
      expect(room.ms).to.equal(table.units.ms);
      const conditions = Object.values(table.conditions);
      expect(room.conditions.every(word => conditions.includes(word)), room.conditions.join(', ')).to.equal(true);
      const badge = mount('weather-badge', { src: '/room/never', lang: language });
      await badge.updateComplete;
      const widest = Math.max(...room.conditions.map(word => widthIn(badge, word)));
      // Within half a pixel is the same room: the cell would grow by less than a pixel for it.
      const wider = conditions.filter(word => widthIn(badge, word) > widest + 0.5);
      expect(wider, `words of ${language} wider than its reserved ones`).to.deep.equal([]);
      const point = widthIn(badge, room.compass);
      expect(table.compass.filter(other => widthIn(badge, other) > point), `compass points of ${language} wider than ${room.compass}`).to.deep.equal([]);
    });
  }

  for (const width of [240, 304, 1264]) {
    // The page's 8 px margins leave a 304 px column on a 320 px phone.
    it(`shows every word whole and inside the badge in a ${width} px column, light and dark, in every language, compact, card and failed`, async () => {
      await setViewport({ width: width + 16, height: 800 });
      worker.use(
        http.get('/room/:language/:code', ({ params }) => HttpResponse.json(forecast(Number(params.code), 14.1, 315))),
        http.get('/room/failed', () => new HttpResponse(null, { status: 502 })),
      );
      const column = document.createElement('div');
      column.style.width = `${width}px`;
      const badges = languages.flatMap(lang =>
        ['compact', 'card'].flatMap(layout => [
          mount('weather-badge', { latitude: '41.31', longitude: '69.28', lang, layout, label: 'Toshkent' }, column),
          mount('weather-badge', { src: `/room/${lang}/${longestCondition(lang).code}`, lang, layout, label: 'Toshkent' }, column),
          mount('weather-badge', { src: '/room/failed', lang, layout, label: 'Toshkent' }, column),
        ]),
      );
      worker.use(http.get('https://api.open-meteo.com/v1/forecast', () => HttpResponse.json(forecast(99, 14.1, 315))));
      await Promise.all(badges.map(badge => untilState(badge, badge.src === '/room/failed' ? 'error' : 'ready', 10_000)));
      const found: string[] = [];
      for (const theme of ['light', 'dark']) {
        for (const badge of badges) badge.setAttribute('theme', theme);
        await nextFrames();
        for (const badge of badges) {
          const where = `${badge.getAttribute('lang')} ${badge.getAttribute('layout')} ${badge.getAttribute('state')} ${theme}`;
          const measured = measureReadability(badge);
          for (const [kind, lines] of Object.entries(measured)) for (const line of lines) found.push(`${where} ${kind}: ${line}`);
          if (badge.getBoundingClientRect().width > width + 0.5) found.push(`${where}: ${badge.getBoundingClientRect().width} px wide in ${width} px`);
        }
      }
      expect(found, found.slice(0, 10).join('\n')).to.deep.equal([]);
    });
  }

  it('is at most 288 px wide at its narrowest (its min-content width), in every language and layout', async () => {
    worker.use(http.get('/room/:language/:code', ({ params }) => HttpResponse.json(forecast(Number(params.code)))), http.get('/room/failed', () => new HttpResponse(null, { status: 502 })));
    const narrow = document.createElement('div');
    narrow.style.width = 'min-content';
    const badges = languages.flatMap(lang =>
      ['compact', 'card'].flatMap(layout => [
        mount('weather-badge', { src: `/room/${lang}/${longestCondition(lang).code}`, lang, layout, label: 'Toshkent' }, narrow),
        mount('weather-badge', { src: '/room/failed', lang, layout }, narrow),
      ]),
    );
    await Promise.all(badges.map(badge => untilState(badge, badge.src === '/room/failed' ? 'error' : 'ready')));
    const widths = badges.map(badge => badge.getBoundingClientRect().width);
    expect(Math.max(...widths)).to.be.at.most(288);
  });
});
