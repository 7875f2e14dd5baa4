import { expect } from '@esm-bundle/chai';
import { setViewport } from '@web/test-runner-commands';
import { http } from 'msw';
import { nextFrames, startWorker, untilState } from './support.js';

// src/news-widgets.css gives every widget, before the script defines it, the room its skeleton takes once it is
// defined: this file loads the sheet, lays widgets out undefined, then defines them (the drop-in's define.ts) and
// compares. Nothing here imports an element before that: the elements of this page start undefined.

const { worker } = startWorker(() => false);

interface Case {
  tag: string;
  attributes: Record<string, string>;
  /** The width of the widget's column (720 px unless said). */
  width?: number;
  /** Whether the width is the skeleton's own words in the page's font, which the sheet can only approach. */
  fontWidth?: boolean;
}

const HELD = '/held/feed.json';
const lists = ['news-list', 'related-news'].flatMap((tag): Case[] => [
  { tag, attributes: { src: HELD } },
  { tag, attributes: { src: HELD, limit: '3' } },
  { tag, attributes: { src: HELD, limit: '3', 'excerpt-length': '0' } },
  { tag, attributes: { src: HELD, limit: '4', layout: 'compact' } },
  { tag, attributes: { src: HELD, limit: '5', layout: 'ticker' } },
  { tag, attributes: { src: HELD, limit: '2', heading: 'Latest' } },
  { tag, attributes: { src: HELD, limit: '2', heading: '' } },
  // Grid cards: as many columns as the width holds, and the rows they make.
  ...[300, 720, 1100].flatMap((width): Case[] => [
    { tag, attributes: { src: HELD, layout: 'grid' }, width },
    { tag, attributes: { src: HELD, layout: 'grid', limit: '5', heading: 'Latest' }, width },
    { tag, attributes: { src: HELD, layout: 'grid', limit: '3', 'excerpt-length': '0' }, width },
    { tag, attributes: { src: HELD, layout: 'grid', limit: '4', 'hide-images': '' }, width },
  ]),
  // A wide column: a typical story's title and excerpt take a line each; a phone's column.
  ...[300, 1100].flatMap((width): Case[] => [
    { tag, attributes: { src: HELD, limit: '3' }, width },
    { tag, attributes: { src: HELD, limit: '3', 'excerpt-length': '0' }, width },
    { tag, attributes: { src: HELD, limit: '4', layout: 'compact' }, width },
  ]),
]);
const badges = ['en', 'ru', 'uz'].flatMap((lang): Case[] => [
  { tag: 'weather-badge', attributes: { latitude: '41.31', longitude: '69.28', lang }, fontWidth: true },
  { tag: 'weather-badge', attributes: { src: '/held/weather.json', lang }, fontWidth: true },
  { tag: 'weather-badge', attributes: { latitude: '41.31', longitude: '69.28', layout: 'card', label: 'Tashkent', lang } },
  { tag: 'weather-badge', attributes: { src: '/held/weather.json', layout: 'card', label: 'Tashkent', lang } },
]);
const cases: Case[] = [
  ...lists,
  { tag: 'news-article', attributes: { src: '/held/article.json' } },
  { tag: 'news-article', attributes: { src: '/held/article.json', 'hide-image': '' } },
  ...badges,
];

const describeCase = ({ tag, attributes, width = 720 }: Case) => `<${tag} ${Object.entries(attributes).map(([name, value]) => `${name}="${value}"`).join(' ')}> in ${width} px`;

it('reserves, before the script defines a widget, the size of the skeleton it draws once defined', async () => {
  await setViewport({ width: 1200, height: 800 });
  // Nothing answers: every widget stays on its skeleton.
  worker.use(http.get('/held/*', () => new Promise<never>(() => {})), http.get('https://api.open-meteo.com/*', () => new Promise<never>(() => {})));
  const sheet = document.createElement('style');
  sheet.textContent = await (await fetch('/src/news-widgets.css')).text();
  document.head.append(sheet);
  const page = document.createElement('main');
  const widgets = cases.map(entry => {
    const section = document.createElement('section');
    section.style.width = `${entry.width ?? 720}px`;
    const widget = document.createElement(entry.tag);
    for (const [name, value] of Object.entries(entry.attributes)) widget.setAttribute(name, value);
    section.append(widget);
    page.append(section);
    return widget;
  });
  document.body.append(page);
  try {
    expect(widgets.every(widget => !widget.matches(':defined'))).to.equal(true);
    const before = widgets.map(widget => widget.getBoundingClientRect());
    await import('../../src/define.js');
    await Promise.all(widgets.map(widget => untilState(widget, 'loading')));
    await Promise.all(widgets.map(widget => (widget as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete));
    await nextFrames();
    const mismatches = cases.flatMap((entry, index) => {
      const after = widgets[index].getBoundingClientRect();
      const widthOff = Math.abs(after.width - before[index].width);
      const heightOff = Math.abs(after.height - before[index].height);
      // Sizes in rem meet the skeleton's sums of line boxes to within a pixel; a width of words to within 3%.
      const widthAllowed = entry.fontWidth ? after.width * 0.03 : 1;
      return widthOff > widthAllowed || heightOff > 1
        ? [`${describeCase(entry)}: ${before[index].width.toFixed(1)}x${before[index].height.toFixed(1)} before, ${after.width.toFixed(1)}x${after.height.toFixed(1)} after`]
        : [];
    });
    expect(mismatches, mismatches.join('\n')).to.deep.equal([]);
  } finally {
    page.remove();
    sheet.remove();
  }
});
