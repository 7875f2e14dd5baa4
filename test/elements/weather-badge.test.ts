import { expect } from '@esm-bundle/chai';
import { http, HttpResponse } from 'msw';
import { getClient, NewsClient, setClient } from '../../src/data/client.js';
import { getScheduler } from '../../src/data/scheduler.js';
import { openMeteoUrl, parseOpenMeteo } from '../../src/data/open-meteo.js';
import '../../src/elements/weather-badge/define.js';
import type { WeatherBadge } from '../../src/elements/weather-badge/weather-badge.js';
import { mount, nextFrames, roundTrip, startWorker, until, untilObserved, untilState, watchSchedules } from './support.js';

const OPEN_METEO = 'https://api.open-meteo.com/v1/forecast';

interface Current {
  temperature_2m: number;
  weather_code: number;
  wind_speed_10m: number;
  wind_direction_10m?: number;
  is_day?: number;
}

function forecast(current: Current, units = { temperature_2m: '°C', wind_speed_10m: 'm/s' }): object {
  return { utc_offset_seconds: 18000, current_units: units, current: { time: 1770477300, ...current } };
}

const { worker, requests } = startWorker(url => url.origin === 'https://api.open-meteo.com' || url.pathname.startsWith('/weather/'));
watchSchedules(getScheduler());

function mountBadge(attributes: Record<string, string>, parent?: HTMLElement): WeatherBadge {
  return mount('weather-badge', attributes, parent);
}

function part(badge: WeatherBadge, name: string): string | null {
  return badge.shadowRoot!.querySelector(`[part="${name}"]`)?.textContent?.replace(/\s+/g, ' ').trim() ?? null;
}

function answer(current: Current, units?: { temperature_2m: string; wind_speed_10m: string }): void {
  worker.use(http.get(OPEN_METEO, () => HttpResponse.json(forecast(current, units))));
}

const overcast = { temperature_2m: 9.2, weather_code: 3, wind_speed_10m: 4.1, wind_direction_10m: 50, is_day: 1 };

describe('<weather-badge>', () => {
  it('shows the seed header badge: +9°, overcast, 4.1 m/s, NE', async () => {
    answer(overcast);
    const badge = mountBadge({ latitude: '41.31', longitude: '69.28' });
    await untilState(badge, 'ready');
    expect(part(badge, 'temperature')).to.equal('+9°');
    expect(part(badge, 'condition')).to.equal('overcast');
    expect(part(badge, 'wind')).to.equal('4.1 m/s, NE');
    expect(part(badge, 'direction')).to.equal('NE');
    expect(badge.shadowRoot!.querySelector('[part="icon"]')!.getAttribute('aria-hidden')).to.equal('true');
  });

  it('asks Open-Meteo only for what it shows, in SI units, and shows the reader\'s units', async () => {
    answer(overcast);
    const badge = mountBadge({ latitude: '41.31', longitude: '69.28', units: 'imperial', 'wind-unit': 'kn' });
    await untilState(badge, 'ready');
    expect(requests).to.have.length(1);
    const query = requests[0].searchParams;
    expect(query.get('current')).to.equal('temperature_2m,weather_code,wind_speed_10m,wind_direction_10m,is_day');
    expect(query.get('temperature_unit')).to.equal('celsius');
    expect(query.get('wind_speed_unit')).to.equal('ms');
    expect([query.get('latitude'), query.get('longitude')]).to.deep.equal(['41.31', '69.28']);
    // 9.2 °C is 48.6 °F; 4.1 m/s is 7.97 knots.
    expect(part(badge, 'temperature')).to.equal('+49°F');
    expect(part(badge, 'wind')).to.equal('8 kn, NE');
  });

  it('makes one request for a metric and an imperial badge of one place', async () => {
    answer(overcast);
    const metric = mountBadge({ latitude: '41.31', longitude: '69.28' });
    const imperial = mountBadge({ latitude: '41.31', longitude: '69.28', units: 'imperial' });
    await Promise.all([untilState(metric, 'ready'), untilState(imperial, 'ready')]);
    expect(requests).to.have.length(1);
    expect([part(metric, 'temperature'), part(imperial, 'temperature')]).to.deep.equal(['+9°', '+49°F']);
  });

  it('speaks Russian: +9°, пасмурно, 4,1 м/с, СВ', async () => {
    answer(overcast);
    const badge = mountBadge({ latitude: '41.31', longitude: '69.28', lang: 'ru' });
    await untilState(badge, 'ready');
    expect(part(badge, 'condition')).to.equal('пасмурно');
    expect(part(badge, 'wind')).to.equal('4,1 м/с, СВ');
    expect(badge.shadowRoot!.querySelector('.visually-hidden')!.textContent).to.equal(
      'Погода сейчас: +9 °C, пасмурно, ветер северо-восточный, 4,1\u00a0м/с.',
    );
  });

  it('speaks Uzbek from the nearest [lang] ancestor', async () => {
    answer({ ...overcast, weather_code: 61 });
    const section = document.createElement('section');
    section.lang = 'uz-Latn';
    const badge = mountBadge({ latitude: '41.31', longitude: '69.28', label: 'Toshkent' }, section);
    await untilState(badge, 'ready');
    expect(part(badge, 'condition')).to.equal('yengil yomgʻir');
    expect(badge.shadowRoot!.querySelector('.visually-hidden')!.textContent).to.equal(
      'Ob-havo, Toshkent: +9 °C, yengil yomgʻir, shimoli-sharq shamoli 4,1\u00a0m/s.',
    );
  });

  it('signs temperatures: −3° with a true minus, 0° for values that round to zero', async () => {
    worker.use(http.get('/weather/cold.json', () => HttpResponse.json(forecast({ ...overcast, temperature_2m: -2.6 }))));
    worker.use(http.get('/weather/zero.json', () => HttpResponse.json(forecast({ ...overcast, temperature_2m: -0.4 }))));
    const cold = mountBadge({ src: '/weather/cold.json' });
    const zero = mountBadge({ src: '/weather/zero.json' });
    await Promise.all([untilState(cold, 'ready'), untilState(zero, 'ready')]);
    expect(part(cold, 'temperature')).to.equal('\u22123°');
    expect(part(zero, 'temperature')).to.equal('0°');
  });

  it('converts units for display: imperial shows °F and mph', async () => {
    answer({ ...overcast, temperature_2m: 10, wind_speed_10m: 4.4704 });
    const badge = mountBadge({ latitude: '41.31', longitude: '69.28', units: 'imperial' });
    await untilState(badge, 'ready');
    expect(part(badge, 'temperature')).to.equal('+50°F');
    expect(part(badge, 'wind')).to.equal('10 mph, NE');
  });

  it('shows a night icon at night and a day icon by day', async () => {
    worker.use(http.get('/weather/night.json', () => HttpResponse.json(forecast({ ...overcast, weather_code: 0, is_day: 0 }))));
    worker.use(http.get('/weather/day.json', () => HttpResponse.json(forecast({ ...overcast, weather_code: 0, is_day: 1 }))));
    const night = mountBadge({ src: '/weather/night.json' });
    const day = mountBadge({ src: '/weather/day.json' });
    await Promise.all([untilState(night, 'ready'), untilState(day, 'ready')]);
    expect(night.shadowRoot!.querySelector('.moon')).not.to.equal(null);
    expect(night.shadowRoot!.querySelector('.sun')).to.equal(null);
    expect(day.shadowRoot!.querySelector('.sun')).not.to.equal(null);
  });

  it('credits Open-Meteo with an accessible link, and not when data comes from the site itself', async () => {
    answer(overcast);
    worker.use(http.get('/weather/own.json', () => HttpResponse.json(forecast(overcast))));
    const open = mountBadge({ latitude: '41.31', longitude: '69.28' });
    const own = mountBadge({ src: '/weather/own.json' });
    await Promise.all([untilState(open, 'ready'), untilState(own, 'ready')]);
    const link = open.shadowRoot!.querySelector<HTMLAnchorElement>('a[part="attribution"]')!;
    expect(link.href).to.equal('https://open-meteo.com/');
    expect(link.textContent).to.equal('Open\u2011Meteo');
    expect(link.getAttribute('aria-label')).to.equal('Weather data by Open\u2011Meteo');
    expect(own.shadowRoot!.querySelector('[part="attribution"]')).to.equal(null);
  });

  it('reads the legacy current_weather shape from src', async () => {
    worker.use(
      http.get('/weather/legacy.json', () =>
        HttpResponse.json({ current_weather_units: { temperature: '°C', windspeed: 'km/h' }, current_weather: { temperature: 8.5, windspeed: 36, winddirection: 9, weathercode: 2, is_day: 1 } }),
      ),
    );
    const badge = mountBadge({ src: '/weather/legacy.json' });
    await untilState(badge, 'ready');
    expect([part(badge, 'temperature'), part(badge, 'condition'), part(badge, 'wind')]).to.deep.equal(['+9°', 'partly cloudy', '10 m/s, N']);
  });

  it('is a config error, with no request, for missing or impossible coordinates', async () => {
    const badges = [mountBadge({}), mountBadge({ latitude: '95', longitude: '10' }), mountBadge({ latitude: 'north', longitude: '10' }), mountBadge({ latitude: '10', longitude: '-181' })];
    await Promise.all(badges.map(badge => untilState(badge, 'error')));
    for (const badge of badges) {
      expect(part(badge, 'message')).to.equal('This widget is not set up correctly.');
      expect(badge.shadowRoot!.querySelector('[part="retry"]')).to.equal(null);
    }
    expect(requests).to.have.length(0);
  });

  it('shows an error with retry on HTTP 500 and recovers', async () => {
    answer(overcast);
    worker.use(http.get(OPEN_METEO, () => new HttpResponse(null, { status: 500 }), { once: true }));
    const badge = mountBadge({ latitude: '41.31', longitude: '69.28' });
    const failed = new Promise<CustomEvent>(resolve => badge.addEventListener('news-error', resolve as EventListener, { once: true }));
    await untilState(badge, 'error');
    expect((await failed).detail.error.kind).to.equal('http');
    expect(part(badge, 'message')).to.equal('Weather data is not available right now.');
    badge.shadowRoot!.querySelector<HTMLButtonElement>('[part="retry"]')!.click();
    await untilState(badge, 'ready');
    expect(part(badge, 'temperature')).to.equal('+9°');
  });

  it('keeps its size from the first frame in the card layout', async () => {
    let open!: () => void;
    const gate = new Promise<void>(resolve => (open = resolve));
    worker.use(http.get(OPEN_METEO, async () => {
      await gate;
      return HttpResponse.json(forecast(overcast));
    }));
    const badge = mountBadge({ latitude: '41.31', longitude: '69.28', layout: 'card', label: 'Tashkent' });
    await badge.updateComplete;
    const before = badge.getBoundingClientRect();
    open();
    await untilState(badge, 'ready');
    const after = badge.getBoundingClientRect();
    expect([after.width, after.height]).to.deep.equal([before.width, before.height]);
    expect(part(badge, 'label')).to.equal('Tashkent');
  });

  it('with loading=lazy, makes no request until it comes near the viewport', async () => {
    answer(overcast);
    // The badge sits below 5000px of nothing: far outside the viewport and its one-screen margin.
    const spacer = document.createElement('div');
    spacer.style.paddingTop = '5000px';
    const badge = mountBadge({ latitude: '41.31', longitude: '69.28', loading: 'lazy' }, spacer);
    await badge.updateComplete;
    await untilObserved(badge);
    await roundTrip();
    expect(requests).to.have.length(0);
    expect(badge.getAttribute('state')).to.equal('loading');
    badge.scrollIntoView();
    await untilState(badge, 'ready');
    expect(requests).to.have.length(1);
    window.scrollTo(0, 0);
  });

  it('refreshes every 15 minutes by default through the shared scheduler, and not with refresh="0"', async () => {
    answer(overcast);
    const before = getScheduler().size;
    const badges = [mountBadge({ latitude: '41.31', longitude: '69.28' }), mountBadge({ latitude: '41.31', longitude: '69.28', refresh: 'junk' })];
    const never = mountBadge({ latitude: '41.31', longitude: '69.28', refresh: '0' });
    await Promise.all([...badges, never].map(badge => untilState(badge, 'ready')));
    expect(badges.map(badge => badge.refresh)).to.deep.equal([900, 900]);
    // Two badges of one place and interval share one schedule; the third has none.
    // The scheduler is a chunk of its own, joined once it has arrived.
    await until(never, () => getScheduler().size - before === 1, () => `expected 1 schedule, found ${getScheduler().size - before}`);
    // Nothing arrives late: the chunk, asked for after the badges asked, reaches this test after it reached them.
    await import('../../src/data/scheduler.js');
    expect(getScheduler().size - before).to.equal(1);
    for (const badge of badges) badge.remove();
    expect(getScheduler().size).to.equal(before);
  });

  it('keeps the last weather with a stale attribute when a refresh fails', async () => {
    setClient(new NewsClient({ retries: 0 }));
    try {
      answer(overcast);
      const badge = mountBadge({ latitude: '41.31', longitude: '69.28' });
      await untilState(badge, 'ready');
      worker.use(http.get(OPEN_METEO, () => new HttpResponse(null, { status: 503 })));
      const url = openMeteoUrl({ latitude: 41.31, longitude: 69.28 });
      await getClient().get(url, parseOpenMeteo, { cache: 'no-cache' }).catch(() => {});
      await badge.updateComplete;
      expect(badge.hasAttribute('stale')).to.equal(true);
      expect(badge.getAttribute('state')).to.equal('ready');
      expect(part(badge, 'temperature')).to.equal('+9°');
    } finally {
      setClient(new NewsClient({ cacheSize: 0, retries: 0 }));
    }
  });

  it('names every WMO code Open-Meteo emits in every language, each with an icon', async () => {
    const codes = [0, 1, 2, 3, 45, 48, 51, 53, 55, 56, 57, 61, 63, 65, 66, 67, 71, 73, 75, 77, 80, 81, 82, 85, 86, 95, 96, 99];
    worker.use(http.get('/weather/code/:code', ({ params }) => HttpResponse.json(forecast({ ...overcast, weather_code: Number(params.code) }))));
    for (const lang of ['en', 'ru', 'uz']) {
      const badges = codes.map(code => mountBadge({ src: `/weather/code/${code}`, lang }));
      await Promise.all(badges.map(badge => untilState(badge, 'ready')));
      const words = badges.map(badge => part(badge, 'condition'));
      expect(words.every(word => word && !/\d/.test(word)), `${lang}: ${words.join(', ')}`).to.equal(true);
      expect(new Set(words).size, lang).to.equal(codes.length);
      expect(badges.every(badge => badge.shadowRoot!.querySelector('svg[part="icon"]'))).to.equal(true);
      for (const badge of badges) badge.remove();
    }
  });

  it('points the wind by 8 sectors: 22.4° is N, 22.5° is NE, 337.4° is NW, 359° is N', async () => {
    const directions = [22.4, 22.5, 337.4, 359];
    worker.use(http.get('/weather/direction/:degrees', ({ params }) => HttpResponse.json(forecast({ ...overcast, wind_direction_10m: Number(params.degrees) }))));
    const badges = directions.map(degrees => mountBadge({ src: `/weather/direction/${degrees}` }));
    await Promise.all(badges.map(badge => untilState(badge, 'ready')));
    expect(badges.map(badge => part(badge, 'direction'))).to.deep.equal(['N', 'NE', 'NW', 'N']);
  });

  it('renders the real Open-Meteo responses of the shared corpus', async function () {
    const modern = await fetch('/corpus/weather/magicmirror-openmeteo-current.json');
    if (modern.status === 404) {
      console.warn('../shared/corpus is absent: skipping the real Open-Meteo responses.');
      this.skip();
    }
    const current = mountBadge({ src: '/corpus/weather/magicmirror-openmeteo-current.json' });
    const legacy = mountBadge({ src: '/corpus/weather/magicmirror-openmeteo-current-weather.json', lang: 'ru' });
    await Promise.all([untilState(current, 'ready'), untilState(legacy, 'ready')]);
    // -1.4 °C, overcast, 4.8 km/h from 138°; the legacy file: 8.5 °C, partly cloudy, 4.7 km/h from 9°.
    expect([part(current, 'temperature'), part(current, 'condition'), part(current, 'wind')]).to.deep.equal(['\u22121°', 'overcast', '1.3 m/s, SE']);
    expect([part(legacy, 'temperature'), part(legacy, 'condition'), part(legacy, 'wind')]).to.deep.equal(['+9°', 'переменная облачность', '1,3 м/с, С']);
  });

  for (const layout of ['compact', 'card']) {
    it(`shifts nothing on the page when the weather arrives (${layout})`, async () => {
      let open!: () => void;
      const gate = new Promise<void>(resolve => (open = resolve));
      worker.use(http.get(OPEN_METEO, async () => {
        await gate;
        return HttpResponse.json(forecast({ ...overcast, weather_code: 99 }));
      }));
      const line = document.createElement('p');
      line.append('Before ');
      const badge = mountBadge({ latitude: '41.31', longitude: '69.28', layout, label: 'Tashkent' }, line);
      line.append(' after the badge, on the same line.');
      await badge.updateComplete;
      await nextFrames();
      const shifts: number[] = [];
      const observer = new PerformanceObserver(list => {
        for (const entry of list.getEntries()) shifts.push((entry as PerformanceEntry & { value: number }).value);
      });
      observer.observe({ type: 'layout-shift' });
      open();
      await untilState(badge, 'ready');
      await nextFrames();
      observer.disconnect();
      expect(shifts).to.deep.equal([]);
    });
  }
});
