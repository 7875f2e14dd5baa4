import type { StorybookConfig } from '@storybook/web-components-vite';

const config: StorybookConfig = {
  stories: ['../stories/**/*.stories.ts'],
  framework: '@storybook/web-components-vite',
  // Serves /mockServiceWorker.js, through which stories answer feed requests offline.
  staticDirs: ['../public'],
  addons: ['@storybook/addon-vitest'],
  core: { disableTelemetry: true },
};

export default config;
