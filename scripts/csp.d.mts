export declare const DSFR_COLOR_SCHEME_STYLES: string[];
export declare const BASEMAP_ORIGIN: string;
export declare const CSP_DIRECTIVES: Record<string, string[]>;
export declare const CONTENT_SECURITY_POLICY: string;
export declare const PERMISSIONS_POLICY: string;
export declare const SECURITY_HEADERS: Record<string, string>;
export declare function isEmbedUrl(url: string): boolean;
export declare function securityHeadersFor(url: string): Record<string, string>;
export declare function securityHeadersPlugin(): import("vite").Plugin;
