export declare const projectRoot: string;
export declare const defaultGeoSource: string;
export declare function geoInputsHash(sourceDir?: string): string;
export declare function demoInputsHash(): string;
