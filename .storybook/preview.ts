import { setCustomElementsManifest, type Preview } from '@storybook/web-components-vite';
import manifest from 'virtual:custom-elements-manifest';
import { mswLoader } from 'msw-storybook-addon/csf3';
import { argTypesFor } from './arg-types.js';
import { NewsClient, setClient } from '../src/data/client.js';

// Each element's description and Docs tables come from its JSDoc, through the manifest (stories name their element
// in `component`); its controls are its attributes only (arg-types.ts). The autodocs tag gives every element a
// Docs page.
setCustomElementsManifest(manifest);

const preview: Preview = {
  loaders: [mswLoader()],
  // Each story shows one state from its own mocked answers, as on a fresh page: nothing may come from the cache of
  // the story before, and a failure shows at once instead of after the retries a real page would make.
  beforeEach: () => setClient(new NewsClient({ retries: 0 })),
  parameters: {
    layout: 'padded',
    docs: {
      extractArgTypes: argTypesFor,
      // A Docs page draws each story in a frame of its own: stories of one page answer the same addresses
      // differently (an article, a 404, a feed that never answers), and the mock worker answers each frame with
      // that frame's story's handlers, where one page holding every story would answer all with the last story's.
      story: { inline: false, height: '420px' },
    },
    // Accessibility checks (axe) on every story, in the Storybook UI and in `npm test`, where a violation fails.
    a11y: { test: 'error' },
  },
  tags: ['autodocs'],
};

export default preview;
