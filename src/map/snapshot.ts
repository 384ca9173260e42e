// A picture of the map for print and export: fitted to an area, drawn at a higher pixel
// ratio for print, then the map is put back as the user left it.
import type * as maplibregl from "maplibre-gl";
import { metresPerPixel } from "./scale-bar.ts";

export interface MapSnapshot {
  /** A 2D copy of the map canvas, in device pixels. */
  canvas: HTMLCanvasElement;
  /** Pixels of the image per CSS pixel of the map on screen. */
  pixelRatio: number;
  /** Real metres per CSS pixel at the picture's centre (see scale-bar.ts), for its scale bar. */
  metresPerPixel: number;
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

/**
 * Draws `bounds` (displayed positions) `widthPx` pixels wide (the pixel ratio is raised for
 * that, within what the GPU allows), copies the canvas, then restores pixel ratio and camera.
 */
export async function snapshotCanvas(map: maplibregl.Map, bounds: [[number, number], [number, number]], widthPx: number, padding = 24): Promise<MapSnapshot> {
  const container = map.getContainer();
  const camera = { center: map.getCenter(), zoom: map.getZoom(), bearing: map.getBearing(), pitch: map.getPitch() };
  const original = map.getPixelRatio();
  map.resize();
  map.fitBounds(bounds, { padding, maxZoom: 11, duration: 0 });
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
    const centre = map.getCenter();
    return { canvas, pixelRatio: source.width / cssWidth, metresPerPixel: metresPerPixel(map.getZoom(), [centre.lng, centre.lat]) };
  } finally {
    if (map.getPixelRatio() !== original) map.setPixelRatio(original);
    map.jumpTo(camera);
  }
}
