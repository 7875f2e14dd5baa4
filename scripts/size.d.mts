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
}
export declare const BUDGET_BYTES: number;
export declare function measureSizes(dist?: string): Promise<Sizes>;
