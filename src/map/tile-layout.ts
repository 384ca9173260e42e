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

/** Layer names inside each tile. */
export const TILE_LAYERS = { communes: "communes", departements: "departements" } as const;

/** Display bounds of everything drawn (metropolitan France, Corsica, the DROM insets), degrees. */
export const TILES_BOUNDS: readonly [number, number, number, number] = [-10.4, 41.2, 9.7, 51.3];

/** URL template of the tiles, relative to the page. */
export const tilesUrl = (base: string) => new URL("web/tiles/{z}/{x}/{y}.pbf", base).toString().replace("%7Bz%7D", "{z}").replace("%7Bx%7D", "{x}").replace("%7By%7D", "{y}");
