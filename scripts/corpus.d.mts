export declare const repositoryRoot: string;
export declare const corpusDirectory: string;
export declare const corpusFound: boolean;
export declare function readCorpusBase64(path: string): Promise<string | null>;
