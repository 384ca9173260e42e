export declare const EMBED_PARAMETERS: readonly string[];
export declare function isEmbedSearch(search: string): boolean;
