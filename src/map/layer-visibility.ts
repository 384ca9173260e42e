// Which of the map's GeoJSON layers are shown: those the app wants shown (overlays switched
// on, those always shown, the lasso's) whose source has something to draw. MapLibre asks
// for, and lays out, the tiles of every source a visible layer uses, empty or not: a layer
// without data stays hidden, and an empty overlay costs the first view nothing.
import type * as maplibregl from "maplibre-gl";
import type { Feature, FeatureCollection } from "geojson";

/** True when `data` has at least one feature. */
export const hasFeatures = (data: FeatureCollection | Feature): boolean => data.type !== "FeatureCollection" || data.features.length > 0;

export class LayerVisibility {
  private readonly wanted = new Set<string>();
  private readonly filled = new Set<string>();
  private readonly layersOf = new Map<string, string[]>();

  /** `layers`: each managed layer with its source. */
  constructor(
    private readonly map: maplibregl.Map,
    private readonly sourceOf: ReadonlyMap<string, string>,
  ) {
    for (const [layer, source] of sourceOf) this.layersOf.set(source, [...(this.layersOf.get(source) ?? []), layer]);
  }

  /** The app wants `layer` shown (once its source has data) or hidden. */
  want(layer: string, shown: boolean): void {
    if (shown) this.wanted.add(layer);
    else this.wanted.delete(layer);
    this.apply(layer);
  }

  /** `source` now has data (`filled`) or none. */
  setFilled(source: string, filled: boolean): void {
    if (filled === this.filled.has(source)) return;
    if (filled) this.filled.add(source);
    else this.filled.delete(source);
    for (const layer of this.layersOf.get(source) ?? []) this.apply(layer);
  }

  private apply(layer: string): void {
    const source = this.sourceOf.get(layer);
    setLayerVisibility(this.map, layer, this.wanted.has(layer) && source !== undefined && this.filled.has(source));
  }
}

/**
 * Shows or hides a layer, only when that changes: MapLibre takes any new layout value (even
 * "visible" for a layer shown by default) as a reason to lay the source's tiles out again.
 */
export function setLayerVisibility(map: maplibregl.Map, layer: string, shown: boolean): void {
  if (!map.getLayer(layer) || (map.getLayoutProperty(layer, "visibility") ?? "visible") === (shown ? "visible" : "none")) return;
  map.setLayoutProperty(layer, "visibility", shown ? "visible" : "none");
}
