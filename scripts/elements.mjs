// The library's elements, one line each. The package build, package.json's exports and sideEffects, the
// custom-elements manifest and the API tables of docs/elements/ all follow this list, so a new element is one line here
// (then `npm run sync` writes package.json and the element's page, docs/elements/<tag>.md).

/** @type {readonly { tag: string, folder: string, className: string }[]} */
export const elements = [
  { tag: 'news-list', folder: 'news-list', className: 'NewsList' },
  { tag: 'news-article', folder: 'news-article', className: 'NewsArticle' },
  { tag: 'related-news', folder: 'related-news', className: 'RelatedNews' },
  { tag: 'weather-badge', folder: 'weather-badge', className: 'WeatherBadge' },
];

/** Source of an element's class module (no registration) and of its define module, relative to the repository. */
export const classModule = ({ folder }) => `src/elements/${folder}/${folder}.ts`;
export const defineModule = ({ folder }) => `src/elements/${folder}/define.ts`;

/**
 * Every module the package publishes, as the build's entry map: the name under dist/ (without `.js`) to its source.
 * The root modules come first; each element adds its class and its define module.
 */
export function packageEntries() {
  return {
    index: 'src/index.ts',
    define: 'src/define.ts',
    'data/index': 'src/data/index.ts',
    // The feed proxy (and server rendering) on standard Request and Response, for servers and edge runtimes.
    'server/index': 'src/server/index.ts',
    ...Object.fromEntries(
      elements.flatMap(element => [
        [`elements/${element.folder}/${element.folder}`, classModule(element)],
        [`elements/${element.folder}/define`, defineModule(element)],
      ]),
    ),
  };
}
