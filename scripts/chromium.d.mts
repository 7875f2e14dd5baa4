export declare const chromiumPath: string;
export declare const chromiumFound: boolean;
export declare const chromiumArgs: string[];
