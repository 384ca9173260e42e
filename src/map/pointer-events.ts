// Pointer events of the map in the app's terms: the commune (its index: the tiles' feature
// id) under the pointer or clicked, and real positions anywhere (out of the DROM insets).
import type * as maplibregl from "maplibre-gl";
import type { LonLat } from "../domain/lasso-drawing.ts";
import { fromDisplay } from "./insets.ts";

/** What the pointer does on the communes, in the app's terms. */
export interface CommunePointerHandlers {
  /** Commune index under the pointer, or null when it leaves the communes. */
  hover(commune: number | null): void;
  click(commune: number): void;
}

/** What the pointer does anywhere on the map, at real positions (out of the DROM insets). */
export interface MapPointerHandlers {
  click?(position: LonLat): void;
  doubleClick?(prevent: () => void): void;
  move?(position: LonLat): void;
}

/** Follows hover and clicks on the communes' fill layer; returns what stops it. */
export function listenToCommunes(map: maplibregl.Map, layer: string, handlers: CommunePointerHandlers): () => void {
  const idOf = (event: maplibregl.MapLayerMouseEvent) => {
    const id = event.features?.[0]?.id;
    return typeof id === "number" ? id : null;
  };
  const onMove = (event: maplibregl.MapLayerMouseEvent) => {
    handlers.hover(idOf(event));
    if (map.getCanvas().style.cursor !== "crosshair") map.getCanvas().style.cursor = "pointer";
  };
  const onLeave = () => {
    handlers.hover(null);
    if (map.getCanvas().style.cursor === "pointer") map.getCanvas().style.cursor = "";
  };
  const onClick = (event: maplibregl.MapLayerMouseEvent) => {
    const id = idOf(event);
    if (id !== null) handlers.click(id);
  };
  map.on("mousemove", layer, onMove);
  map.on("mouseleave", layer, onLeave);
  map.on("click", layer, onClick);
  return () => {
    map.off("mousemove", layer, onMove);
    map.off("mouseleave", layer, onLeave);
    map.off("click", layer, onClick);
  };
}

/** Follows clicks, double-clicks and moves anywhere on the map; returns what stops it. */
export function listenToMap(map: maplibregl.Map, handlers: MapPointerHandlers): () => void {
  const real = (event: maplibregl.MapMouseEvent): LonLat => fromDisplay([event.lngLat.lng, event.lngLat.lat]);
  const onClick = (event: maplibregl.MapMouseEvent) => handlers.click?.(real(event));
  const onDoubleClick = (event: maplibregl.MapMouseEvent) => handlers.doubleClick?.(() => event.preventDefault());
  const onMove = (event: maplibregl.MapMouseEvent) => handlers.move?.(real(event));
  map.on("click", onClick);
  map.on("dblclick", onDoubleClick);
  map.on("mousemove", onMove);
  return () => {
    map.off("click", onClick);
    map.off("dblclick", onDoubleClick);
    map.off("mousemove", onMove);
  };
}
