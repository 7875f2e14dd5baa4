import type { Preview } from '@storybook/web-components-vite';
import { mswLoader } from 'msw-storybook-addon/csf3';
import { NewsClient, setClient } from '../src/data/client.js';

const preview: Preview = {
  loaders: [mswLoader()],
  // Each story shows one state from its own mocked answers, as on a fresh page: nothing may come from the cache of
  // the story before, and a failure shows at once instead of after the retries a real page would make.
  beforeEach: () => setClient(new NewsClient({ retries: 0 })),
  parameters: { layout: 'padded' },
};

export default preview;
