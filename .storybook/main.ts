import type { StorybookConfig } from '@storybook/web-components-vite';
import { customElementsManifest } from './manifest-plugin.js';

const config: StorybookConfig = {
  stories: ['../stories/**/*.stories.ts'],
  framework: '@storybook/web-components-vite',
  // Serves /mockServiceWorker.js, through which stories answer feed requests offline.
  staticDirs: ['../public'],
  // addon-docs writes each element's Docs page (attributes, events, parts, custom properties) from the manifest;
  // addon-a11y runs axe on every story.
  addons: ['@storybook/addon-vitest', '@storybook/addon-docs', '@storybook/addon-a11y'],
  core: { disableTelemetry: true },
  // The vitest stories project applies this too, so the manifest reaches the stories in `npm test` as well.
  viteFinal: config => ({ ...config, plugins: [...(config.plugins ?? []), customElementsManifest()] }),
};

export default config;
