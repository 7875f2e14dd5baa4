import { getCustomElements, type Meta, type StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { styleMap } from 'lit/directives/style-map.js';
import { expect, waitFor } from 'storybook/test';
import { guideHandlers, headlinesUrl, relatedUrl } from './fixtures/guides.js';
import { headlines } from './fixtures/headlines.js';
import { WEATHER_URL } from './fixtures/weather.js';
import { widgetIn } from './support.js';
import '../src/elements/news-list/define.js';
import '../src/elements/related-news/define.js';
import '../src/elements/weather-badge/define.js';

/** The shared tokens, by the custom property each control sets. */
const tokens = {
  font: '--news-font',
  color: '--news-color',
  muted: '--news-muted',
  accent: '--news-accent',
  surface: '--news-surface',
  line: '--news-line',
  radius: '--news-radius',
  gap: '--news-gap',
} as const;

type Args = Record<keyof typeof tokens, string>;
type Story = StoryObj<Args>;

const colour = (name: keyof typeof tokens) => ({ control: 'color' as const, description: `\`${tokens[name]}\`` });
const text = (name: keyof typeof tokens) => ({ control: 'text' as const, description: `\`${tokens[name]}\`` });

// Rules a site adds beside the tokens: parts are named by role, so these read the same for every element.
const partRules = `
  .themed news-list::part(title),
  .themed related-news::part(title),
  .themed related-news::part(heading) { font-family: Georgia, 'Times New Roman', serif; }
  .themed related-news::part(heading) { text-transform: uppercase; letter-spacing: 0.08em; font-size: 0.875rem; }
  .themed weather-badge::part(temperature) { color: var(--news-accent); }
`;

const meta: Meta<Args> = {
  title: 'Guides/Theming',
  // A guide, not an element: no generated Docs page beside it.
  tags: ['!autodocs'],
  // A paper-and-ink theme that differs from the defaults in every token, so each one shows.
  args: {
    font: '400 0.9375rem/1.5 Verdana, sans-serif',
    color: '#2b2118',
    muted: '#6b5d4f',
    accent: '#a3340f',
    surface: '#fbf6ee',
    line: '#dccbb3',
    radius: '2px',
    gap: '1.5rem',
  },
  argTypes: {
    font: text('font'),
    color: colour('color'),
    muted: colour('muted'),
    accent: colour('accent'),
    surface: colour('surface'),
    line: colour('line'),
    radius: text('radius'),
    gap: text('gap'),
  },
  render: args => html`
    <style>
      ${partRules}
    </style>
    <div class="themed" lang="en" style=${styleMap(Object.fromEntries(Object.entries(tokens).map(([name, property]) => [property, args[name as keyof Args]])))}>
      <weather-badge src=${WEATHER_URL} label="Tashkent"></weather-badge>
      <news-list src=${headlinesUrl('en')} limit="3" style="max-width: 40rem; margin-block: 1rem"></news-list>
      <related-news src=${relatedUrl('en')} exclude=${headlines('en').items[1].url} layout="grid" limit="3" style="max-width: 60rem"></related-news>
    </div>
  `,
  parameters: {
    msw: { handlers: guideHandlers },
  },
};

export default meta;

/** `value`, given to the CSS `property` of a probe in `container`, as `getComputedStyle` reports its `read`. */
function computed(container: Element, property: string, value: string, read: 'color' | 'fontFamily' | 'borderTopLeftRadius' | 'columnGap' = 'color'): string {
  const probe = document.createElement('span');
  probe.style.display = 'grid';
  probe.style.setProperty(property, value);
  container.append(probe);
  const result = getComputedStyle(probe)[read];
  probe.remove();
  return result;
}

/** The names of the custom properties the manifest lists for `tag`. */
function documentedProperties(tag: string): string[] {
  const manifest = getCustomElements() as { modules: Array<{ declarations?: Array<{ tagName?: string; cssProperties?: Array<{ name: string }> }> }> };
  const declaration = manifest.modules.flatMap(module => module.declarations ?? []).find(candidate => candidate.tagName === tag);
  return declaration?.cssProperties?.map(property => property.name) ?? [];
}

/** The first part `name` in `element`'s shadow root. */
function part(element: Element, name: string): Element {
  const found = element.shadowRoot!.querySelector(`[part~="${name}"]`);
  if (!found) throw new Error(`<${element.localName}> shows no part "${name}"`);
  return found;
}

/**
 * Three widgets on a page of their own colours: the tokens set on a wrapper reach inside every shadow root, and the
 * `::part` rules restyle the titles and the temperature. The play function checks the computed styles inside each
 * widget against the values of the controls, then changes the accent and checks that the widgets follow at once.
 * Change a control and the play function, run again, checks the new value.
 */
export const Theming: Story = {
  play: async ({ canvasElement, args }) => {
    const wrapper = canvasElement.querySelector<HTMLElement>('.themed')!;
    const list = await widgetIn(canvasElement, 'news-list', 'ready');
    const related = await widgetIn(canvasElement, 'related-news', 'ready');
    const badge = await widgetIn(canvasElement, 'weather-badge', 'ready');
    const colour = (value: string) => computed(wrapper, 'color', value);
    const length = (property: string, read: 'borderTopLeftRadius' | 'columnGap', value: string) => computed(wrapper, property, value, read);
    const style = (element: Element) => getComputedStyle(element);

    // The tokens set here are the ones each element's JSDoc documents, which the controls and Docs pages list.
    for (const tag of ['news-list', 'related-news']) expect(documentedProperties(tag), tag).toEqual(expect.arrayContaining(Object.values(tokens)));
    expect(documentedProperties('weather-badge')).toEqual(expect.arrayContaining([tokens.font, tokens.color, tokens.muted, tokens.accent, tokens.surface]));

    for (const widget of [list, related, badge]) {
      expect(style(widget).color, `text of <${widget.localName}>`).toBe(colour(args.color));
      expect(style(widget).backgroundColor, `surface of <${widget.localName}>`).toBe(colour(args.surface));
      expect(style(widget).fontFamily, `font of <${widget.localName}>`).toBe(computed(wrapper, 'font', args.font, 'fontFamily'));
    }
    for (const widget of [list, related]) {
      expect(style(part(widget, 'title')).color).toBe(colour(args.color));
      expect(style(part(widget, 'category')).color).toBe(colour(args.accent));
      expect(style(part(widget, 'time')).color).toBe(colour(args.muted));
      expect(style(part(widget, 'image')).backgroundColor).toBe(colour(args.line));
      expect(style(part(widget, 'image')).borderTopLeftRadius).toBe(length('border-radius', 'borderTopLeftRadius', args.radius));
      // The ::part rule, not the token, sets the titles' face.
      expect(style(part(widget, 'title')).fontFamily).toMatch(/^Georgia/);
    }
    expect(style(part(list, 'item')).borderBottomColor).toBe(colour(args.line));
    expect(style(part(related, 'list')).columnGap).toBe(length('column-gap', 'columnGap', args.gap));
    expect(style(part(related, 'heading')).textTransform).toBe('uppercase');
    expect(style(part(badge, 'wind')).color).toBe(colour(args.muted));
    expect(style(part(badge, 'temperature')).color).toBe(colour(args.accent));

    // Tokens are read live: a page that switches its palette needs no reload of the widgets.
    wrapper.style.setProperty('--news-accent', '#006d5b');
    await waitFor(() => expect(style(part(list, 'category')).color).toBe(colour('#006d5b')));
    expect(style(part(badge, 'temperature')).color).toBe(colour('#006d5b'));
  },
};
