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
 * The centred part of a `width` × `height` map whose width / height is `aspect` (the whole map
 * when no aspect is asked), CSS pixels.
 */
export function centredFrame(width: number, height: number, aspect?: number): { left: number; top: number; width: number; height: number } {
  if (!aspect || !(aspect > 0)) return { left: 0, top: 0, width, height };
  const frame = width / height > aspect ? { width: height * aspect, height } : { width, height: width / aspect };
  return { left: (width - frame.width) / 2, top: (height - frame.height) / 2, ...frame };
}

/**
 * Draws `bounds` (displayed positions) `widthPx` pixels wide (the pixel ratio is raised for
 * that, within what the GPU allows), copies the canvas, then restores pixel ratio and camera.
 * With `aspect` (width / height), the picture has that shape, to fill a print frame without
 * white bands: the bounds are fitted into the centred part of the map of that shape, which
 * alone is copied.
 */
export async function snapshotCanvas(map: maplibregl.Map, bounds: [[number, number], [number, number]], widthPx: number, padding = 24, aspect?: number): Promise<MapSnapshot> {
  const container = map.getContainer();
  const camera = { center: map.getCenter(), zoom: map.getZoom(), bearing: map.getBearing(), pitch: map.getPitch() };
  const original = map.getPixelRatio();
  map.resize();
  const cssWidth = Math.max(1, container.clientWidth);
  const cssHeight = Math.max(1, container.clientHeight);
  const frame = centredFrame(cssWidth, cssHeight, aspect);
  const side = (outside: number) => outside + padding;
  map.fitBounds(bounds, {
    padding: { left: side(frame.left), right: side(cssWidth - frame.left - frame.width), top: side(frame.top), bottom: side(cssHeight - frame.top - frame.height) },
    maxZoom: 11,
    duration: 0,
  });
  // MapLibre itself shrinks a canvas beyond half the GPU's largest renderbuffer; stay under 4096 px a side.
  const ratio = Math.max(original, Math.min(widthPx / frame.width, 4096 / cssWidth, 4096 / cssHeight));
  try {
    if (ratio !== original) map.setPixelRatio(ratio);
    await waitForIdle(map);
    const source = map.getCanvas();
    const scale = source.width / cssWidth;
    const canvas = document.createElement("canvas");
    canvas.width = Math.max(1, Math.round(frame.width * scale));
    canvas.height = Math.max(1, Math.round(frame.height * scale));
    canvas.getContext("2d")!.drawImage(source, Math.round(frame.left * scale), Math.round(frame.top * scale), canvas.width, canvas.height, 0, 0, canvas.width, canvas.height);
    const centre = map.getCenter();
    return { canvas, pixelRatio: scale, metresPerPixel: metresPerPixel(map.getZoom(), [centre.lng, centre.lat]) };
  } finally {
    if (map.getPixelRatio() !== original) map.setPixelRatio(original);
    map.jumpTo(camera);
  }
}
