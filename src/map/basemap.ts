// The optional basemap: Plan IGN raster tiles from the Géoplateforme. Off by default — it is
// the only thing that calls a server outside the app's origin, and only once switched on.
import type * as maplibregl from "maplibre-gl";

const SOURCE = "fond-plan-ign";
const LAYER = "fond-plan-ign";
const TILES =
  "https://data.geopf.fr/wmts?SERVICE=WMTS&REQUEST=GetTile&VERSION=1.0.0&LAYER=GEOGRAPHICALGRIDSYSTEMS.PLANIGNV2&STYLE=normal&TILEMATRIXSET=PM&FORMAT=image/png&TILEMATRIX={z}&TILEROW={y}&TILECOL={x}";
export const BASEMAP_ATTRIBUTION = "Fond : Plan IGN (Géoplateforme, Licence Ouverte)";

/** The communes' opacity over the basemap (translucent, so that it shows through). */
export const BASEMAP_COMMUNE_OPACITY = 0.55;

/** Shows or hides the basemap under the communes (their opacity is the map controller's). */
export function setBasemap(map: maplibregl.Map, enabled: boolean, communeFillLayer: string): void {
  if (enabled && !map.getSource(SOURCE)) {
    map.addSource(SOURCE, { type: "raster", tiles: [TILES], tileSize: 256, maxzoom: 18, attribution: BASEMAP_ATTRIBUTION });
    map.addLayer({ id: LAYER, type: "raster", source: SOURCE }, communeFillLayer);
  }
  if (map.getLayer(LAYER)) map.setLayoutProperty(LAYER, "visibility", enabled ? "visible" : "none");
}
