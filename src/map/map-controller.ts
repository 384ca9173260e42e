// The map adapter: owns the maplibregl.Map; React mounts it, the rest of the app talks to it
// through this class only.
import * as maplibregl from "maplibre-gl";
import "maplibre-gl/dist/maplibre-gl.css";
import { ATTRIBUTION, baseStyle } from "./map-style.ts";
import { TILE_MIN_ZOOM } from "./tile-layout.ts";

// maplibre-gl 5 is one bundle: its worker starts from a blob: URL made of code the page
// already has (no second download, none of the code twice, as maplibre-gl 6's two files
// carry it). Started now, it is ready by the time the first tiles arrive. Why version 5:
// README, « La carte et sa vitesse ».
maplibregl.prewarm();

/** Metropolitan France with Corsica, and the DROM insets off the Atlantic coast (see insets.ts). */
export const FRANCE_BOUNDS: [[number, number], [number, number]] = [[-10.4, 41.2], [9.7, 51.3]];

export class MapController {
  readonly map: maplibregl.Map;

  constructor(container: HTMLElement) {
    this.map = new maplibregl.Map({
      container,
      style: baseStyle() as maplibregl.StyleSpecification,
      bounds: FRANCE_BOUNDS,
      // Room on the right for the legend, drawn over the map.
      fitBoundsOptions: { padding: { top: 16, bottom: 16, left: 16, right: 270 } },
      attributionControl: false,
      minZoom: TILE_MIN_ZOOM,
      maxZoom: 14,
      // No symbol layers to fade in: without this each change takes two more frames to settle.
      fadeDuration: 0,
      // Keeps the canvas readable for screenshots and image export.
      canvasContextAttributes: { preserveDrawingBuffer: true },
      // The page is in French: so are the names screen readers give the canvas and controls (RGAA 8.7).
      locale: {
        "Map.Title": "Carte interactive : flèches pour se déplacer, + et − pour zoomer",
        "NavigationControl.ZoomIn": "Zoomer",
        "NavigationControl.ZoomOut": "Dézoomer",
        "NavigationControl.ResetBearing": "Remettre le nord en haut",
        "AttributionControl.ToggleAttribution": "Afficher ou masquer les sources",
        "Popup.Close": "Fermer",
      },
    });
    this.map.addControl(new maplibregl.AttributionControl({ compact: false, customAttribution: ATTRIBUTION }));
    this.map.addControl(new maplibregl.NavigationControl({ showCompass: false }), "top-right");
  }

  /** Resolves once the base style is loaded; the communes are added by map-sync.ts. */
  styleLoaded(): Promise<void> {
    return new Promise((resolve) => {
      if (this.map.isStyleLoaded()) resolve();
      else this.map.once("style.load", () => resolve());
    });
  }

  destroy(): void {
    this.map.remove();
  }
}
