export declare const DSFR_CORE_CSS: RegExp;
export declare function fontFaces(css: string): string[];
export declare function withoutFontFaces(css: string): string;
export declare function deferDsfrFontsPlugin(): import("vite").Plugin;
