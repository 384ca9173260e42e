// A picture of the map for print and export: fitted to the focused territory, drawn at a
// higher pixel ratio for print, then the map is put back as the user left it.
import type * as maplibregl from "maplibre-gl";
import type { Territory } from "../../io/app-data.ts";
import { FRANCE_BOUNDS } from "../../map/map-controller.ts";
import { bboxToDisplay } from "../../map/insets.ts";
import type { Focus } from "../../store/view.ts";

export interface MapSnapshot {
  /** A 2D copy of the map canvas, in device pixels. */
  canvas: HTMLCanvasElement;
  /** Pixels of the image per CSS pixel of the map on screen. */
  pixelRatio: number;
}

/**
 * The map on screen. MapView publishes its adapter as `window.cartoMap` (for tests and
 * automation); reading it here spares a context through the whole tree for one consumer.
 */
export function currentMap(): maplibregl.Map | null {
  return window.cartoMap?.map ?? null;
}

/** [[west, south], [east, north]] of the focused communes where the map draws them (DROM in their insets). */
export function focusBounds(territory: Territory | null, focus: Focus): [[number, number], [number, number]] {
  if (!territory?.geometry || !focus) return FRANCE_BOUNDS;
  const { index } = territory;
  const at = focus.level === "region" ? index.regionIndex.get(focus.code) : index.departementIndex.get(focus.code);
  if (at === undefined) return FRANCE_BOUNDS;
  const communes = focus.level === "region" ? index.communesOfRegion[at]! : index.communesOfDepartement[at]!;
  const { bboxes } = territory.geometry.shapes;
  const box: [number, number, number, number] = [Infinity, Infinity, -Infinity, -Infinity];
  for (let k = 0; k < communes.length; k++) {
    const o = communes[k]! * 4;
    if (!(bboxes[o]! <= bboxes[o + 2]!)) continue;
    box[0] = Math.min(box[0], bboxes[o]!);
    box[1] = Math.min(box[1], bboxes[o + 1]!);
    box[2] = Math.max(box[2], bboxes[o + 2]!);
    box[3] = Math.max(box[3], bboxes[o + 3]!);
  }
  if (!(box[0] <= box[2])) return FRANCE_BOUNDS;
  const [w, s, e, n] = bboxToDisplay(box);
  return [[w, s], [e, n]];
}

/** Resolves once the map has drawn everything it has to (tiles included), or after `limitMs` whatever happens. */
export function waitForIdle(map: maplibregl.Map, limitMs = 20_000): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(done, limitMs);
    function done() {
      clearTimeout(timer);
      map.off("idle", done);
      resolve();
    }
    map.once("idle", done);
    map.triggerRepaint();
  });
}

/** Fits the map to the focused territory (or France), without animation. */
export function fitMapToFocus(map: maplibregl.Map, territory: Territory | null, focus: Focus, padding = 24): void {
  map.resize();
  map.fitBounds(focusBounds(territory, focus), { padding, maxZoom: 11, duration: 0 });
}

// Snapshots run one after the other: two at once would fight over the pixel ratio.
let queue: Promise<unknown> = Promise.resolve();

/**
 * Draws the focused territory `widthPx` pixels wide (the pixel ratio is raised for that,
 * within what the GPU allows), copies the canvas, then restores pixel ratio and camera.
 * Null when there is no map.
 */
export function snapshotMap(territory: Territory | null, focus: Focus, widthPx: number): Promise<MapSnapshot | null> {
  const run = async (): Promise<MapSnapshot | null> => {
    const map = currentMap();
    if (!map) return null;
    const container = map.getContainer();
    const camera = { center: map.getCenter(), zoom: map.getZoom(), bearing: map.getBearing(), pitch: map.getPitch() };
    const original = map.getPixelRatio();
    fitMapToFocus(map, territory, focus);
    const cssWidth = Math.max(1, container.clientWidth);
    const cssHeight = Math.max(1, container.clientHeight);
    // MapLibre itself shrinks a canvas beyond half the GPU's largest renderbuffer; stay under 4096 px a side.
    const ratio = Math.max(original, Math.min(widthPx / cssWidth, 4096 / cssWidth, 4096 / cssHeight));
    try {
      if (ratio !== original) map.setPixelRatio(ratio);
      await waitForIdle(map);
      const source = map.getCanvas();
      const canvas = document.createElement("canvas");
      canvas.width = source.width;
      canvas.height = source.height;
      canvas.getContext("2d")!.drawImage(source, 0, 0);
      return { canvas, pixelRatio: source.width / cssWidth };
    } finally {
      if (map.getPixelRatio() !== original) map.setPixelRatio(original);
      map.jumpTo(camera);
    }
  };
  const next = queue.then(run, run);
  queue = next.catch(() => undefined);
  return next;
}
