export interface ElementEntry {
  tag: string;
  folder: string;
  className: string;
}
export declare const elements: readonly ElementEntry[];
export declare function classModule(element: ElementEntry): string;
export declare function defineModule(element: ElementEntry): string;
export declare function packageEntries(): Record<string, string>;
