// The map adapter: one object owns the maplibregl.Map and offers every operation the app
// needs — commune colours, overlays, the outline of a selection, the focus mask, names and
// scale, fits clear of the panels, the lasso's drawing, snapshots for print and images —
// and reports pointer events in the app's terms (commune index, real positions). It knows
// neither the store nor the interface: src/app/map-binding.ts drives it.
import * as maplibregl from "maplibre-gl";
import "maplibre-gl/dist/maplibre-gl.css";
import type { Feature, FeatureCollection, MultiPolygon } from "geojson";
import type { Bounds } from "../domain/commune-bounds.ts";
import type { LonLat } from "../domain/lasso-drawing.ts";
import type { Overlay } from "../view/vocabulary.ts";
import { setBasemap } from "./basemap.ts";
import { CommuneLayer } from "./commune-layer.ts";
import { paddingWithin, type FitPadding, type Padding } from "./fit-padding.ts";
import { addInsetLabels } from "./inset-labels.ts";
import type { SelectionLabel } from "./label-layers.ts";
import { MapNames } from "./map-names.ts";
import { bboxToDisplay, toDisplayFeatures } from "./insets.ts";
import { listenToCommunes, listenToMap, type CommunePointerHandlers, type MapPointerHandlers } from "./pointer-events.ts";
import { lassoFeatures, LASSO_BOTTOM_LAYER, LASSO_LAYERS, LASSO_SOURCE } from "./lasso-layer.ts";
import { hasFeatures, LayerVisibility, setLayerVisibility } from "./layer-visibility.ts";
import { ATTRIBUTION, COMMUNE_FILL_LAYER, DEPARTEMENT_LINE_LAYER } from "./map-style.ts";
import { addSymbolImages, OVERLAY_LAYERS, type OverlaySource } from "./overlay-layers.ts";
import { initialStyle } from "./initial-style.ts";
import { ScaleControl } from "./scale-control.ts";
import { snapshotCanvas, waitForIdle, type MapSnapshot } from "./snapshot.ts";
import { TILE_MIN_ZOOM } from "./tile-layout.ts";
import type { LassoDrawing } from "../view/vocabulary.ts";

// maplibre-gl 5 is one bundle: its worker starts from a blob: URL made of code the page
// already has (no second download, none of the code twice, as maplibre-gl 6's two files
// carry it). Started now, it is ready by the time the first tiles arrive. Why version 5:
// docs/architecture.md, « Décisions ».
maplibregl.prewarm();

export type { MapSnapshot } from "./snapshot.ts";
export type { CommunePointerHandlers, MapPointerHandlers, PointedObject, PointerTarget } from "./pointer-events.ts";
export type { SelectionLabel } from "./label-layers.ts";

/** Metropolitan France with Corsica, and the DROM insets off the Atlantic coast (see insets.ts). */
export const FRANCE_BOUNDS: [[number, number], [number, number]] = [[-10.4, 41.2], [9.7, 51.3]];

const NO_PANELS: FitPadding = () => ({ top: 0, bottom: 0, left: 0, right: 0 });

/** Margin around France in the national view, pixels. */
const FRANCE_MARGIN = 16;
/** Margin around a fitted territory, commune or perimeter, pixels. */
const FIT_MARGIN = 40;


/** A polygon covering the world but the outline's parts: the rest of the map, to dim. */
function maskOutside(outline: MultiPolygon): Feature {
  const world = [[-180, -85], [180, -85], [180, 85], [-180, 85], [-180, -85]];
  return { type: "Feature", properties: {}, geometry: { type: "Polygon", coordinates: [world, ...outline.coordinates.map((polygon) => polygon[0]!)] } };
}

const NOTHING: FeatureCollection = { type: "FeatureCollection", features: [] };
/** Overlays always shown when they have data (the selection's outline, the focus mask). */
const ALWAYS_SHOWN = new Set(["surlignage", "masque"]);

export class MapController {
  /** The MapLibre map: for this class, and for browser tests that read the canvas. */
  readonly map: maplibregl.Map;
  private readonly resizeObserver: ResizeObserver;
  /** The camera of the last France fit: France is fitted again on resize while the camera is still there. */
  private franceCamera: string;
  private containerSize = "";
  private readonly communes: CommuneLayer;
  private readonly styleReady: Promise<void>;
  private snapshots: Promise<unknown> = Promise.resolve();
  private readonly names: MapNames;
  private readonly visibility: LayerVisibility;
  private readonly scale: ScaleControl;

  /** `panels`: the room the panels over the map take (see fit-padding.ts). */
  constructor(container: HTMLElement, private readonly panels: FitPadding = NO_PANELS) {
    this.map = new maplibregl.Map({
      container,
      style: initialStyle(document.baseURI) as maplibregl.StyleSpecification,
      // Validated by its unit test (see initial-style.ts), not on the page's thread at each load.
      validateStyle: false,
      bounds: FRANCE_BOUNDS,
      fitBoundsOptions: { padding: paddingWithin(panels(), container.clientWidth, container.clientHeight, FRANCE_MARGIN) },
      attributionControl: false,
      minZoom: TILE_MIN_ZOOM,
      maxZoom: 14,
      // Names appear at once: a fade-in would take two more frames to settle after each change.
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
    this.communes = new CommuneLayer(this.map);
    this.map.addControl(new maplibregl.AttributionControl({ compact: false, customAttribution: ATTRIBUTION }));
    this.map.addControl(new maplibregl.NavigationControl({ showCompass: false }), "top-right");
    // Real distances in the DROM insets too, above the text note at the bottom (see scale-control.ts).
    this.scale = new ScaleControl(() => this.panels().bottom);
    this.map.addControl(this.scale, "bottom-left");
    this.scale.place();
    this.names = new MapNames(this.map, LASSO_BOTTOM_LAYER);
    const managed = [...Object.values(OVERLAY_LAYERS).flat(), ...LASSO_LAYERS].map((layer) => [layer.id, (layer as { source: string }).source] as const);
    this.visibility = new LayerVisibility(this.map, new Map(managed));
    for (const layer of [...LASSO_LAYERS, ...[...ALWAYS_SHOWN].flatMap((overlay) => OVERLAY_LAYERS[overlay as keyof typeof OVERLAY_LAYERS])]) this.visibility.want(layer.id, true);
    this.franceCamera = this.camera();
    // MapLibre ignores its own resize observer's first report, so a container that changes
    // size just after the map is made (the page's layout settling) left the canvas at its
    // first size, overflowing the page, with France fitted to that size. Here every size
    // change resizes the canvas, and France is fitted again as long as the camera is still
    // where the last France fit put it.
    this.resizeObserver = new ResizeObserver(() => this.fitContainer());
    this.resizeObserver.observe(container);
    this.styleReady = new Promise((resolve) => {
      const ready = () => {
        // The DROM are drawn as insets beside metropolitan France (placed so by the tile build).
        addInsetLabels(this.map);
        addSymbolImages(this.map);
        resolve();
      };
      if (this.map.isStyleLoaded()) ready();
      else this.map.once("style.load", ready);
    });
  }

  /** Resolves once the base style and the (empty) overlays are there. */
  whenReady(): Promise<void> {
    return this.styleReady;
  }

  private fitContainer(): void {
    const container = this.map.getContainer();
    const canvas = this.map.getCanvas();
    const size = `${container.clientWidth}×${container.clientHeight}`;
    if (container.clientWidth === 0 || container.clientHeight === 0 || size === this.containerSize) return;
    this.containerSize = size;
    this.scale.place();
    // MapLibre's observer may have resized the canvas already (it keeps the centre and zoom).
    if (canvas.clientWidth !== container.clientWidth || canvas.clientHeight !== container.clientHeight) this.map.resize();
    if (this.camera() !== this.franceCamera) return;
    this.fitFrance();
  }

  /** The panels over the map changed (it moved into its page): France is fitted again if the camera is still where the last France fit put it. */
  panelsChanged(): void {
    if (this.camera() === this.franceCamera) this.fitFrance();
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

  /** Shows France with its insets, clear of the panels. */
  fitFrance(): void {
    this.map.fitBounds(FRANCE_BOUNDS, { padding: this.padding(FRANCE_MARGIN), duration: 0 });
    this.franceCamera = this.camera();
  }

  /** Shows `bounds` (real positions: the DROM are fitted in their insets), clear of the panels. */
  fitBounds(bounds: Bounds): void {
    const [w, s, e, n] = bboxToDisplay(bounds);
    this.map.fitBounds([[w, s], [e, n]], { padding: this.padding(FIT_MARGIN), maxZoom: 11, duration: 0 });
  }

  /** True once the communes are on the map in their colours. */
  hasCommunes(): boolean {
    return this.communes.coloured();
  }

  /** Colours the communes by palette code (see commune-layer.ts). */
  paintCommunes(codes: Int16Array): void {
    this.communes.paint(codes);
  }

  /** Resolves once every tile of communes the view needs has arrived (laid out, coloured or not). */
  whenCommunesLoaded(): Promise<void> {
    return this.communes.whenLoaded();
  }

  /** Replaces what an overlay draws (real positions; the DROM go to their insets). */
  setOverlayData(source: OverlaySource, data: FeatureCollection | Feature): void {
    this.setSourceData(source, data);
  }

  private setSourceData(source: string, data: FeatureCollection | Feature): void {
    (this.map.getSource(source) as maplibregl.GeoJSONSource | undefined)?.setData(toDisplayFeatures(data));
    this.visibility.setFilled(source, hasFeatures(data));
  }

  /** Shows the overlays marked visible (and the département borders of the tiles), hides the others. */
  setOverlayVisibility(visible: Readonly<Record<Overlay, boolean>>): void {
    for (const [overlay, layers] of Object.entries(OVERLAY_LAYERS)) {
      const shown = ALWAYS_SHOWN.has(overlay) || visible[overlay as Overlay];
      for (const layer of layers) this.visibility.want(layer.id, shown);
    }
    setLayerVisibility(this.map, DEPARTEMENT_LINE_LAYER, visible.departements);
  }

  /** Outlines a selection (a facilitator's perimeter), or nothing. */
  setHighlight(outline: MultiPolygon | null): void {
    this.setSourceData("surlignage", outline ? { type: "Feature", properties: {}, geometry: outline } : NOTHING);
  }

  /** Dims everything outside `outline` (a focused territory), or nothing. */
  setFocusMask(outline: MultiPolygon | null): void {
    this.setSourceData("masque", outline ? maskOutside(outline) : NOTHING);
  }

  /**
   * The names on the map on or off (on by default in the app). The first call that shows them
   * adds them, and only then are their data and glyphs downloaded: the binding makes that
   * call once the first view is drawn.
   */
  setLabels(visible: boolean): void {
    this.names.setLabels(visible);
  }

  /** Outlines and names the selected commune above everything but the lasso (real positions), or nothing. */
  setSelectionLabel(selection: SelectionLabel | null): void {
    this.names.setSelection(selection);
  }

  /** The Plan IGN basemap under the communes, on or off. */
  setBasemap(enabled: boolean): void {
    setBasemap(this.map, enabled, COMMUNE_FILL_LAYER);
    this.communes.setBasemap(enabled);
  }

  /** The lasso tool on (crosshair, double-click closes instead of zooming) or off. */
  setLassoActive(active: boolean): void {
    if (active) this.map.doubleClickZoom.disable();
    else this.map.doubleClickZoom.enable();
    this.map.getCanvas().style.cursor = active ? "crosshair" : "";
  }

  /** Draws the zone being drawn, with a line to the pointer while it is open. */
  drawLasso(drawing: LassoDrawing | null, pointer: LonLat | null): void {
    this.setSourceData(LASSO_SOURCE, lassoFeatures(drawing, pointer));
  }

  /** Reports hover and clicks on the communes and the objects drawn over them; returns what stops it. */
  onCommunePointer(handlers: CommunePointerHandlers): () => void {
    return listenToCommunes(this.map, COMMUNE_FILL_LAYER, handlers);
  }

  /** Reports clicks, double-clicks and moves anywhere on the map (the lasso); returns what stops it. */
  onMapPointer(handlers: MapPointerHandlers): () => void {
    return listenToMap(this.map, handlers);
  }

  /** Resolves once the map has drawn everything it has to, or after `limitMs` whatever happens. */
  whenIdle(limitMs?: number): Promise<void> {
    return waitForIdle(this.map, limitMs);
  }

  /**
   * A picture of `bounds` (France when null) drawn `widthPx` pixels wide, for print and
   * export, of the shape `aspect` (width / height) when given (the frame it fills); the map
   * is put back as the user left it. Snapshots run one after the other.
   */
  snapshot(bounds: Bounds | null, widthPx: number, aspect?: number): Promise<MapSnapshot> {
    const run = () => {
      const [w, s, e, n] = bounds ? bboxToDisplay(bounds) : FRANCE_BOUNDS.flat();
      return snapshotCanvas(this.map, [[w!, s!], [e!, n!]], widthPx, 24, aspect);
    };
    const next = this.snapshots.then(run, run);
    this.snapshots = next.catch(() => undefined);
    return next;
  }

  destroy(): void {
    this.names.destroy();
    this.resizeObserver.disconnect();
    this.map.remove();
  }
}
