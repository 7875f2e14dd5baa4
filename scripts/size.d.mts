export interface ModuleSize {
  file: string;
  raw: number;
  gzip: number;
}
export interface Sizes {
  files: ModuleSize[];
  dropin: { files: string[]; gzip: number; budget: number };
  lazy: { file: string; gzip: number }[];
  feedPage: { files: string[]; gzip: number } | null;
  everyElement: { files: string[]; gzip: number };
  /** cdn/news-widgets.bundle.js, when it was built. */
  bundle: ModuleSize | null;
  /** The npm build's modules (dist/), when measured. */
  packageFiles: ModuleSize[];
}
export declare const BUDGET_BYTES: number;
export declare function measureSizes(dist?: string, packageDist?: string | null): Promise<Sizes>;
