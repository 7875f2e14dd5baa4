// Whatever a CMS template puts in an attribute, an element never throws: a junk value reads as the property's
// default, a whole number beyond its range reads as the nearest bound, and an address or place that can never be fetched is a `config` error, shown without a retry button
// and without a request. The page sees no uncaught error and no console error.
import { expect } from '@esm-bundle/chai';
import { http, HttpResponse } from 'msw';
import type { FeedError } from '../../src/data/errors.js';
import { en } from '../../src/i18n/en.js';
import type { Messages } from '../../src/i18n/index.js';
import { ru } from '../../src/i18n/ru.js';
import type { NewsErrorDetail } from '../../src/elements/shared/news-element.js';
import { SUBJECTS, watchTroubles, type Subject } from './subjects.js';
import { mount, startWorker, until, untilState } from './support.js';

/** The property reads this value and the element shows its data. `DEFAULT` is the value of an element left alone. */
type Reads = { reads: Record<string, unknown> };
/** State `error` of kind `config`, without a retry button; `asked` when only the answer could tell. */
type Config = { config: true; asked?: boolean };
/** The element speaks this language (its error message shows it). */
type Speaks = { speaks: Messages };
type Expected = Reads | Config | Speaks;

const DEFAULT = Symbol('default');
const CONFIG: Config = { config: true };

type Row = [attribute: string, value: string, expected: Expected];

const GOOD = '/attributes/good.json';
const MISSING = '/attributes/missing.json';
const OPEN_METEO = 'https://api.open-meteo.com/v1/forecast';

/** Addresses that can never be a feed. */
const UNFETCHABLE = ['', '   ', 'javascript:alert(1)', ' JavaScript:alert(1)', 'data:application/json,{"items":[]}', 'ftp://news.example/feed.json', 'http://[::1'];

/** Every element's own attributes. */
const COMMON: Row[] = [
  ['theme', 'purple', { reads: { theme: DEFAULT } }],
  ['theme', '', { reads: { theme: DEFAULT } }],
  ['theme', ' Dark ', { reads: { theme: 'dark' } }],
  ['loading', 'soon', { reads: { loading: DEFAULT } }],
  ['loading', '', { reads: { loading: DEFAULT } }],
  ['refresh', '-5', { reads: { refresh: 0 } }],
  ['refresh', 'NaN', { reads: { refresh: DEFAULT } }],
  ['refresh', '2.5', { reads: { refresh: DEFAULT } }],
  ['refresh', '1e12', { reads: { refresh: 86_400 } }],
  ['refresh', '99999999999999999999999', { reads: { refresh: 86_400 } }],
  ['refresh', '   ', { reads: { refresh: DEFAULT } }],
  ['refresh', ' 60 ', { reads: { refresh: 60 } }],
  ['lang', 'tlh', { speaks: en }],
  ['lang', '', { speaks: en }],
  ['lang', ' RU-ru ', { speaks: ru }],
];

/** Per element: attributes that make it work, and the rows for its own attributes. */
const TABLE: { tag: Subject['tag']; base: Record<string, string>; rows: Row[] }[] = [
  {
    tag: 'news-list',
    base: { src: GOOD },
    rows: [
      ...UNFETCHABLE.map((src): Row => ['src', src, CONFIG]),
      ['format', 'yaml', { reads: { format: 'auto' } }],
      ['format', '', { reads: { format: 'auto' } }],
      ...['NaN', '2.5', '', 'ten', 'Infinityx'].map((limit): Row => ['limit', limit, { reads: { limit: 10 } }]),
      ...['-1', '0', '-Infinity'].map((limit): Row => ['limit', limit, { reads: { limit: 1 } }]),
      ...['500', '1e9', '99999999999999999999999', 'Infinity'].map((limit): Row => ['limit', limit, { reads: { limit: 100 } }]),
      ['limit', ' 3 ', { reads: { limit: 3 } }],
      ['excerpt-length', '5000', { reads: { excerptLength: 1000 } }],
      ['excerpt-length', '-20', { reads: { excerptLength: 0 } }],
      ['excerpt-length', 'long', { reads: { excerptLength: 150 } }],
      ['title-lines', '40', { reads: { titleLines: 6 } }],
      ['title-lines', 'two', { reads: { titleLines: 0 } }],
    ],
  },
  {
    tag: 'related-news',
    base: { src: GOOD },
    rows: [
      ...UNFETCHABLE.map((src): Row => ['src', src, CONFIG]),
      ...['NaN', '2.5', '', 'six'].map((limit): Row => ['limit', limit, { reads: { limit: 6 } }]),
      ...['-1', '0'].map((limit): Row => ['limit', limit, { reads: { limit: 1 } }]),
      ['limit', '1e9', { reads: { limit: 100 } }],
      ...['NaN', '2.5', '', 'three'].map((min): Row => ['min', min, { reads: { min: 3 } }]),
      ...['-1', '0'].map((min): Row => ['min', min, { reads: { min: 1 } }]),
      ['exclude', 'javascript:alert(1)', { reads: { exclude: 'javascript:alert(1)' } }],
      ['exclude', '   ', { reads: { exclude: '   ' } }],
    ],
  },
  {
    tag: 'news-article',
    base: { src: GOOD },
    rows: [
      ...UNFETCHABLE.map((src): Row => ['src', src, CONFIG]),
      ['item-id', 'no-such-story', { config: true, asked: true }],
      ['item-id', '   ', { reads: { itemId: '   ' } }],
      ...['h3', 'NaN', '2.5', ''].map((level): Row => ['heading-level', level, { reads: { headingLevel: 2 } }]),
      ...['0', '-1'].map((level): Row => ['heading-level', level, { reads: { headingLevel: 1 } }]),
      ...['7', '1e9'].map((level): Row => ['heading-level', level, { reads: { headingLevel: 6 } }]),
      ['heading-level', ' 3 ', { reads: { headingLevel: 3 } }],
    ],
  },
  {
    tag: 'weather-badge',
    base: { latitude: '41.31', longitude: '69.28' },
    rows: [
      ...['91', '-90.5', 'NaN', '', '   ', '1e308', 'north', 'Infinity'].map((latitude): Row => ['latitude', latitude, CONFIG]),
      ...['181', '-180.01', '-Infinity', 'east', '0x'].map((longitude): Row => ['longitude', longitude, CONFIG]),
      ['latitude', ' 41.31 ', { reads: { latitude: 41.31 } }],
      // Without src the badge asks Open-Meteo for its coordinates; any other address must be fetchable.
      ['src', '', { reads: { src: '' } }],
      ...UNFETCHABLE.filter(src => src !== '').map((src): Row => ['src', src, CONFIG]),
      ['units', 'kelvin', { reads: { units: 'metric' } }],
      ['wind-unit', 'furlongs', { reads: { windUnit: '' } }],
      ['layout', 'huge', { reads: { layout: 'compact' } }],
    ],
  },
];

const { worker } = startWorker(() => false);

/** Requests of the data layer (it asks for feeds first), wherever they go: a blank address would ask the page itself. */
const dataRequests: string[] = [];
worker.events.on('request:start', ({ request }) => {
  if (request.headers.get('accept')?.startsWith('application/feed+json')) dataRequests.push(request.url);
});

beforeEach(() => {
  dataRequests.length = 0;
  const subject = (tag: string) => SUBJECTS.find(candidate => candidate.tag === tag)!;
  worker.use(
    http.get(GOOD, ({ request }) => HttpResponse.json(subject(new URL(request.url).searchParams.get('for')!).good)),
    http.get(MISSING, () => new HttpResponse(null, { status: 404 })),
    http.get(OPEN_METEO, () => HttpResponse.json(subject('weather-badge').good)),
  );
});

function settle(element: Element): Promise<void> {
  return until(element, () => ['ready', 'empty', 'error'].includes(element.getAttribute('state') ?? ''), () => 'expected the element to settle');
}

for (const { tag, base, rows } of TABLE) {
  const subject = SUBJECTS.find(candidate => candidate.tag === tag)!;
  const defaults = document.createElement(tag) as unknown as Record<string, unknown>;

  describe(`<${tag}> with bad attribute values`, () => {
    for (const [attribute, value, expected] of [...COMMON, ...rows]) {
      const shown = JSON.stringify(value);
      const outcome =
        'reads' in expected
          ? Object.entries(expected.reads)
              .map(([property, wanted]) => (wanted === DEFAULT ? `reads ${property} as its default` : `reads ${property} ${JSON.stringify(wanted)}`))
              .join(', ')
          : 'speaks' in expected
            ? `speaks ${expected.speaks === en ? 'English' : 'Russian'}`
            : 'is a config error';
      it(`${attribute}=${shown} ${outcome}, without a throw`, async () => {
        const troubles = watchTroubles();
        try {
          const attributes: Record<string, string> = { ...subject.attributes, ...base, [attribute]: value };
          // Every element asks the same address of its own good answer.
          if (attributes.src === GOOD) attributes.src = `${GOOD}?for=${tag}`;
          if ('speaks' in expected) attributes.src = MISSING;
          const element = mount(tag, attributes);
          const errors: FeedError[] = [];
          element.addEventListener('news-error', event => errors.push((event as CustomEvent<NewsErrorDetail>).detail.error as FeedError));
          await settle(element);
          const message = () => element.shadowRoot!.querySelector('[part="message"]')?.textContent?.trim();
          const retry = () => element.shadowRoot!.querySelector('[part="retry"]');

          if ('reads' in expected) {
            expect(element.getAttribute('state')).to.equal('ready');
            expect(subject.shows(element)).to.equal(subject.showing);
            for (const [property, wanted] of Object.entries(expected.reads)) {
              expect((element as unknown as Record<string, unknown>)[property], property).to.deep.equal(wanted === DEFAULT ? defaults[property] : wanted);
            }
          } else if ('speaks' in expected) {
            expect(element.getAttribute('state')).to.equal('error');
            expect(message()).to.equal(subject.message(expected.speaks, 'http'));
          } else {
            await untilState(element, 'error');
            expect(message()).to.equal(subject.message(en, 'config'));
            expect(retry()).to.equal(null);
            expect(errors.map(error => error.kind)).to.deep.equal(['config']);
            expect(dataRequests, 'requests made').to.have.length(expected.asked ? 1 : 0);
          }
        } finally {
          expect(troubles.stop(), 'what the page saw').to.deep.equal([]);
        }
      });
    }
  });
}

describe('numbers beyond their range', () => {
  it('limit="500" shows the most a list may show, 100 stories, not the default 10', async () => {
    worker.use(http.get('/attributes/many.json', () => HttpResponse.json(SUBJECTS[0].many())));
    const list = mount('news-list', { src: '/attributes/many.json', limit: '500', layout: 'compact' });
    await untilState(list, 'ready');
    expect(list.shadowRoot!.querySelectorAll('[part="item"]')).to.have.length(100);
  });

  it('min="1e9" reads as 100, which counts as limit: six stories are needed, and three show nothing', async () => {
    const related = mount('related-news', { src: `${GOOD}?for=related-news`, min: '1e9' });
    await untilState(related, 'empty');
    expect(related.min).to.equal(100);
  });
});
