import { setCustomElementsManifest, type Preview } from '@storybook/web-components-vite';
import manifest from 'virtual:custom-elements-manifest';
import { mswLoader } from 'msw-storybook-addon/csf3';
import { NewsClient, setClient } from '../src/data/client.js';

// Each element's controls list its attributes, properties, events, slots, parts and custom properties from its
// JSDoc, through the manifest (stories name their element in `component`). The autodocs tag gives every element a
// Docs page with the same tables once @storybook/addon-docs is among the addons.
setCustomElementsManifest(manifest);

const preview: Preview = {
  loaders: [mswLoader()],
  // Each story shows one state from its own mocked answers, as on a fresh page: nothing may come from the cache of
  // the story before, and a failure shows at once instead of after the retries a real page would make.
  beforeEach: () => setClient(new NewsClient({ retries: 0 })),
  parameters: { layout: 'padded' },
  tags: ['autodocs'],
};

export default preview;
