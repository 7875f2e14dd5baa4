declare module 'virtual:custom-elements-manifest' {
  /** custom-elements.json, generated from the elements' JSDoc (.storybook/manifest-plugin.ts). */
  const manifest: {
    schemaVersion: string;
    modules: Array<{
      path: string;
      declarations?: Array<{ name: string; tagName?: string; customElement?: boolean; [key: string]: unknown }>;
      [key: string]: unknown;
    }>;
  };
  export default manifest;
}
