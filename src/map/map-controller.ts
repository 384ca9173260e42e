// The map adapter: owns the maplibregl.Map; React mounts it, the rest of the app talks to it
// through this class only.
import * as maplibregl from "maplibre-gl";
import "maplibre-gl/dist/maplibre-gl.css";
import { ATTRIBUTION, baseStyle } from "./map-style.ts";
import { paddingWithin, type FitPadding, type Padding } from "./fit-padding.ts";
import { TILE_MIN_ZOOM } from "./tile-layout.ts";

// maplibre-gl 5 is one bundle: its worker starts from a blob: URL made of code the page
// already has (no second download, none of the code twice, as maplibre-gl 6's two files
// carry it). Started now, it is ready by the time the first tiles arrive. Why version 5:
// README, « La carte et sa vitesse ».
maplibregl.prewarm();

/** Metropolitan France with Corsica, and the DROM insets off the Atlantic coast (see insets.ts). */
export const FRANCE_BOUNDS: [[number, number], [number, number]] = [[-10.4, 41.2], [9.7, 51.3]];

const NO_PANELS: FitPadding = () => ({ top: 0, bottom: 0, left: 0, right: 0 });

/** Margin around France in the national view, pixels. */
const FRANCE_MARGIN = 16;

export class MapController {
  readonly map: maplibregl.Map;
  private readonly resizeObserver: ResizeObserver;
  /** The camera of the last France fit: France is fitted again on resize while the camera is still there. */
  private franceCamera: string;
  private containerSize = "";

  /** `panels`: the room the panels over the map take (see fit-padding.ts). */
  constructor(container: HTMLElement, private readonly panels: FitPadding = NO_PANELS) {
    this.map = new maplibregl.Map({
      container,
      style: baseStyle() as maplibregl.StyleSpecification,
      bounds: FRANCE_BOUNDS,
      fitBoundsOptions: { padding: paddingWithin(panels(), container.clientWidth, container.clientHeight, FRANCE_MARGIN) },
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
    this.franceCamera = this.camera();
    // MapLibre ignores its own resize observer's first report, so a container that changes
    // size just after the map is made (the page's layout settling: the demo notice appears
    // above the map) left the canvas at its first size, overflowing the page, with France
    // fitted to that size. Here every size change resizes the canvas, and France is fitted
    // again as long as the camera is still where the last France fit put it.
    this.resizeObserver = new ResizeObserver(() => this.fitContainer());
    this.resizeObserver.observe(container);
  }

  private fitContainer(): void {
    const container = this.map.getContainer();
    const canvas = this.map.getCanvas();
    const size = `${container.clientWidth}×${container.clientHeight}`;
    if (container.clientWidth === 0 || container.clientHeight === 0 || size === this.containerSize) return;
    this.containerSize = size;
    // MapLibre's observer may have resized the canvas already (it keeps the centre and zoom).
    if (canvas.clientWidth !== container.clientWidth || canvas.clientHeight !== container.clientHeight) this.map.resize();
    if (this.camera() !== this.franceCamera) return;
    this.map.fitBounds(FRANCE_BOUNDS, { padding: this.padding(FRANCE_MARGIN), duration: 0 });
    this.franceCamera = this.camera();
  }

  /** The padding that keeps a fitted area clear of the panels over the map, plus `margin`. */
  padding(margin: number): Padding {
    const container = this.map.getContainer();
    return paddingWithin(this.panels(), container.clientWidth, container.clientHeight, margin);
  }

  private camera(): string {
    const { lng, lat } = this.map.getCenter();
    return `${lng.toFixed(6)} ${lat.toFixed(6)} ${this.map.getZoom().toFixed(4)}`;
  }

  /** Resolves once the base style is loaded; the communes are added by map-sync.ts. */
  styleLoaded(): Promise<void> {
    return new Promise((resolve) => {
      if (this.map.isStyleLoaded()) resolve();
      else this.map.once("style.load", () => resolve());
    });
  }

  destroy(): void {
    this.resizeObserver.disconnect();
    this.map.remove();
  }
}
