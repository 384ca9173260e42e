// The map's scale, bottom left: MapLibre's ScaleControl reads distances off the displayed
// positions, which are not the real ones in the DROM insets (drawn scaled, far from their
// latitude). This one measures at the view's centre with real positions (scale-bar.ts), like
// the scale bar of the printed map. Same look as MapLibre's (its CSS class).
import type * as maplibregl from "maplibre-gl";
import { metresPerPixel, scaleBar } from "./scale-bar.ts";

/** Longest bar, CSS pixels. */
const MAX_WIDTH = 120;

export class ScaleControl implements maplibregl.IControl {
  private map: maplibregl.Map | null = null;
  private readonly container = document.createElement("div");

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
