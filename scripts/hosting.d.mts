export interface HostingOptions {
  /** The static folder the script is served from. */
  folder: string;
  /** The script's path inside the folder, e.g. `/news-widgets.js`. */
  script: string;
  /** Serve the folder from a second origin, as a CDN does. */
  crossOrigin?: boolean;
  lang?: 'en' | 'ru';
}
export declare function checkHosting(options: HostingOptions): Promise<{ problems: string[]; scripts: string[] }>;
