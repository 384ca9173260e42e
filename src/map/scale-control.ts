// The map's scale, bottom left: MapLibre's ScaleControl reads distances off the displayed
// positions, which are not the real ones in the DROM insets (drawn scaled, far from their
// latitude). This one measures at the view's centre with real positions (scale-bar.ts), like
// the scale bar of the printed map. Same look as MapLibre's (its CSS class).
import type * as maplibregl from "maplibre-gl";
import { metresPerPixel, scaleBar } from "./scale-bar.ts";

/** Longest bar, CSS pixels. */
const MAX_WIDTH = 120;
/** Room between what covers the bottom of the map (the text note) and the scale, pixels. */
const GAP = 6;

export class ScaleControl implements maplibregl.IControl {
  private map: maplibregl.Map | null = null;
  private readonly container = document.createElement("div");

  /** `bottomRoom`: the height of what covers the map's bottom edge (the text note), pixels. */
  constructor(private readonly bottomRoom: () => number) {}

  /** Keeps the bottom-left corner, where the scale is, above what covers the map's bottom. */
  place(): void {
    const corner = this.container.parentElement;
    const room = this.bottomRoom();
    if (corner) corner.style.bottom = room > 0 ? `${room + GAP}px` : "";
  }

  onAdd(map: maplibregl.Map): HTMLElement {
    this.map = map;
    this.container.className = "maplibregl-ctrl maplibregl-ctrl-scale";
    map.on("move", this.update);
    this.update();
    return this.container;
  }

  onRemove(): void {
    this.map?.off("move", this.update);
    this.container.remove();
    this.map = null;
  }

  private readonly update = () => {
    if (!this.map) return;
    const { lng, lat } = this.map.getCenter();
    const { length, label } = scaleBar(metresPerPixel(this.map.getZoom(), [lng, lat]), MAX_WIDTH);
    this.container.style.width = `${Math.round(length)}px`;
    this.container.textContent = label;
  };
}
