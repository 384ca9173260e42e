// The map adapter: owns the maplibregl.Map; React mounts it, the rest of the app talks to it
// through this class only.
import * as maplibregl from "maplibre-gl";
import workerUrl from "maplibre-gl/dist/maplibre-gl-worker.mjs?url";
import "maplibre-gl/dist/maplibre-gl.css";
import { ATTRIBUTION, baseStyle, communeFillLayer, departementLineLayer, franceSource, SOURCE_FRANCE } from "./map-style.ts";
import { TILE_MIN_ZOOM } from "./tile-layout.ts";

// Without this the worker is missing from `vite build` output (maplibre-gl 6).
maplibregl.setWorkerUrl(workerUrl);

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

  /** Adds the communes and département borders (vector tiles); resolves once the style has them. */
  showFrance(): Promise<void> {
    const add = () => {
      this.map.addSource(SOURCE_FRANCE, franceSource(document.baseURI));
      this.map.addLayer(communeFillLayer);
      this.map.addLayer(departementLineLayer);
    };
    return new Promise((resolve) => {
      if (this.map.isStyleLoaded()) {
        add();
        resolve();
      } else {
        this.map.once("load", () => {
          add();
          resolve();
        });
      }
    });
  }

  destroy(): void {
    this.map.remove();
  }
}
