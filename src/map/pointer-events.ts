// Pointer events of the map in the app's terms: the commune (its index: the tiles' feature
// id) under the pointer or clicked, and real positions anywhere (out of the DROM insets).
import type * as maplibregl from "maplibre-gl";
import type { LonLat } from "../domain/lasso-drawing.ts";
import { fromDisplay } from "./insets.ts";

/** An object drawn over the communes: a State buyer, a coordinator's seat, a grand projet, the DECP State buyers of a commune (id: its code). */
export interface PointedObject {
  kind: "acheteur" | "facilitateur" | "grand-projet" | "acheteurs-decp";
  id: string;
}

/** What is under the pointer: the commune (its index) and the object drawn over it, if any. */
export interface PointerTarget {
  commune: number | null;
  object: PointedObject | null;
}

/** What the pointer does on the communes and the objects over them, in the app's terms. */
export interface CommunePointerHandlers {
  /** Under the pointer now; null when it leaves the map. */
  hover(target: PointerTarget | null): void;
  click(target: PointerTarget): void;
}

/** What the pointer does anywhere on the map, at real positions (out of the DROM insets). */
export interface MapPointerHandlers {
  click?(position: LonLat): void;
  doubleClick?(prevent: () => void): void;
  move?(position: LonLat): void;
}

/** Layers whose features are objects the user can point at, first the one on top, with what each feature stands for. */
export const POINTED_LAYERS: readonly { layer: string; kind: PointedObject["kind"] }[] = [
  { layer: "coordinateurs-symbole", kind: "facilitateur" },
  { layer: "acheteurs-symbole", kind: "acheteur" },
  { layer: "acheteurs-decp-symbole", kind: "acheteurs-decp" },
  { layer: "grands-projets-trace", kind: "grand-projet" },
  { layer: "grands-projets-contour", kind: "grand-projet" },
];

/** Follows hover and clicks on the communes and on the objects over them; returns what stops it. */
export function listenToCommunes(map: maplibregl.Map, communeLayer: string, handlers: CommunePointerHandlers): () => void {
  const targetAt = (point: maplibregl.PointLike): PointerTarget => {
    const layers = [...POINTED_LAYERS.map((item) => item.layer), communeLayer].filter((layer) => map.getLayer(layer) && map.getLayoutProperty(layer, "visibility") !== "none");
    const features = layers.length > 0 ? map.queryRenderedFeatures(point, { layers }) : [];
    let object: PointedObject | null = null;
    for (const { layer, kind } of POINTED_LAYERS) {
      const feature = features.find((item) => item.layer.id === layer);
      const id = feature?.properties?.["id"];
      if (typeof id === "string") {
        object = { kind, id };
        break;
      }
    }
    const commune = features.find((item) => item.layer.id === communeLayer)?.id;
    return { commune: typeof commune === "number" ? commune : null, object };
  };
  const setCursor = (target: PointerTarget | null) => {
    const canvas = map.getCanvas();
    if (canvas.style.cursor === "crosshair") return;
    canvas.style.cursor = target && (target.commune !== null || target.object) ? "pointer" : "";
  };
  const onMove = (event: maplibregl.MapMouseEvent) => {
    const target = targetAt(event.point);
    handlers.hover(target.commune === null && !target.object ? null : target);
    setCursor(target);
  };
  const onLeave = () => {
    handlers.hover(null);
    setCursor(null);
  };
  const onClick = (event: maplibregl.MapMouseEvent) => {
    const target = targetAt(event.point);
    if (target.commune !== null || target.object) handlers.click(target);
  };
  map.on("mousemove", onMove);
  map.on("mouseout", onLeave);
  map.on("click", onClick);
  return () => {
    map.off("mousemove", onMove);
    map.off("mouseout", onLeave);
    map.off("click", onClick);
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
