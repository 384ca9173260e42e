// The communes on the map: their source and layers (in the map's first style, before anything
// is computed, so that MapLibre's worker lays the tiles out meanwhile), their colours as
// feature-state, and when they show.
import type * as maplibregl from "maplibre-gl";
import type { StyleSpecification } from "@maplibre/maplibre-gl-style-spec";
import { BASEMAP_COMMUNE_OPACITY } from "./basemap.ts";
import { FILL_KEY, UNWRITTEN_CODE } from "./commune-states.ts";
import { COMMUNE_FILL_LAYER, communeFillLayer, departementLineLayer, franceSource, insetFrameLayer, SOURCE_FRANCE } from "./map-style.ts";
import { TILE_LAYERS } from "./tile-layout.ts";

/** The communes' feature-state target (the tiles' feature id is the commune's index). */
const COMMUNES = { source: SOURCE_FRANCE, sourceLayer: TILE_LAYERS.communes };

/**
 * The communes (transparent until coloured), the département borders and the inset frames,
 * all from the national tiles, for the map's first style: their tiles load and are laid out
 * from the start, while the project is computed.
 */
export function communeStyle(base: string): Pick<StyleSpecification, "sources" | "layers"> {
  return {
    sources: { [SOURCE_FRANCE]: franceSource(base) },
    layers: [{ ...communeFillLayer, paint: { ...communeFillLayer.paint, "fill-opacity": 0 } }, departementLineLayer, insetFrameLayer],
  };
}

export class CommuneLayer {
  /** Palette code each commune is drawn with (`UNWRITTEN_CODE` where it has no state); empty until the first colours. */
  private applied: Int16Array = new Int16Array(0);
  private basemap = false;

  constructor(private readonly map: maplibregl.Map) {}

  /** True once the communes have their colours. */
  coloured(): boolean {
    return this.applied.length > 0;
  }

  /**
   * Colours the communes by palette code (see commune-states.ts), as feature-state written only
   * where a code changed: an edit touches a few hundred communes, a layer switch most. The
   * first call shows them once every tile of the view is there (MapLibre applies the states
   * to each tile as it arrives): in software rendering each frame of 35,000 communes costs
   * about a tenth of a second, and the view is drawn once instead of once per tile.
   */
  paint(codes: Int16Array): void {
    const first = this.applied.length === 0;
    if (this.applied.length !== codes.length) {
      // Another territory: its communes start from no state at all.
      if (!first) this.map.removeFeatureState({ ...COMMUNES });
      this.applied = new Int16Array(codes.length).fill(UNWRITTEN_CODE);
    }
    for (let c = 0; c < codes.length; c++) {
      if (this.applied[c] === codes[c]) continue;
      this.map.setFeatureState({ ...COMMUNES, id: c }, { [FILL_KEY]: codes[c] });
      this.applied[c] = codes[c]!;
    }
    if (first) void this.whenLoaded().then(() => this.setOpacity());
  }

  /** The basemap under the communes on or off: they turn translucent over it. */
  setBasemap(enabled: boolean): void {
    this.basemap = enabled;
    this.setOpacity();
  }

  /** Resolves once every tile of communes the view needs has arrived (laid out, coloured or not). */
  whenLoaded(): Promise<void> {
    return new Promise((resolve) => {
      if (this.loaded()) return resolve();
      const check = (event: maplibregl.MapSourceDataEvent) => {
        if (event.sourceId !== SOURCE_FRANCE || !this.loaded()) return;
        this.map.off("sourcedata", check);
        resolve();
      };
      this.map.on("sourcedata", check);
    });
  }

  private loaded(): boolean {
    return this.map.getSource(SOURCE_FRANCE) !== undefined && this.map.isSourceLoaded(SOURCE_FRANCE);
  }

  /** Opaque once coloured, translucent over the basemap. */
  private setOpacity(): void {
    if (this.coloured()) this.map.setPaintProperty(COMMUNE_FILL_LAYER, "fill-opacity", this.basemap ? BASEMAP_COMMUNE_OPACITY : 1);
  }
}
