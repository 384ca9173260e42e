// The vector tiles written by `npm run web-data` (scripts/web/) and read by the map: where
// they are, which zooms, which layers. One place, so the build and the map agree.

/** Zooms with tiles; the map overzooms the last one (it holds the full web precision). */
export const TILE_MIN_ZOOM = 3;
export const TILE_MAX_ZOOM = 9;
/**
 * Tile grid: 4 units per pixel of a 512-pixel tile, 1 at the national zooms (communes are
 * two or three pixels wide there; a finer grid only adds bytes to the first view).
 */
export const tileExtent = (zoom: number) => (zoom <= 5 ? 512 : 2048);

/** Layer names inside each tile: the communes, the département borders, the frames of the DROM insets. */
export const TILE_LAYERS = { communes: "communes", departements: "departements", encadres: "encadres" } as const;

/** Display bounds of everything drawn (metropolitan France, Corsica, the DROM insets), degrees. */
export const TILES_BOUNDS: readonly [number, number, number, number] = [-10.4, 41.2, 9.7, 51.3];

/** An absolute URL template from one relative to the page, its {placeholders} kept as they are. */
const template = (path: string, base: string) => new URL(path, base).toString().replace(/%7B(\w+)%7D/g, "{$1}");

/** URL template of the tiles, relative to the page. */
export const tilesUrl = (base: string) => template("web/tiles/{z}/{x}/{y}.pbf", base);

/**
 * The names on the map (scripts/web/build-labels.ts), loaded after the first view: régions,
 * départements, préfectures and the DROM's communes in one small GeoJSON file, and the other
 * communes in tiles of their own at one zoom (the map overzooms them), layer `communes`.
 */
export const LABEL_TILE_ZOOM = 9;
export const LABEL_TILE_LAYER = "communes";
/** What a point of territoires.json names (property `kind`; also `nom`, and `population` for communes). */
export type TerritoryLabelKind = "region" | "departement" | "prefecture-region" | "prefecture" | "commune";
export const labelTilesUrl = (base: string) => template("web/labels/{z}/{x}/{y}.pbf", base);
export const territoryLabelsUrl = (base: string) => new URL("web/labels/territoires.json", base).toString();

/** Font stacks of the names: the DSFR's Marianne, made into glyph PBFs (scripts/web/build-glyphs.ts). */
export const LABEL_FONTS = { regular: "Marianne-Regular", bold: "Marianne-Bold" } as const;
export const glyphsUrl = (base: string) => template("web/glyphs/{fontstack}/{range}.pbf", base);
