// The scale bar of the summary sheet's map, drawn over the map image's bottom-left corner.
import type { MapSnapshot } from "../../map/map-controller.ts";
import { scaleBar } from "../../map/scale-bar.ts";

/** Longest bar, mm of the sheet. */
const MAX_BAR_MM = 30;

/**
 * Draws the bar of `snapshot`'s scale on a context whose unit is one millimetre, for the map
 * image drawn at `mmPerPixel` millimetres per image pixel with its bottom-left corner at (`left`, `bottom`).
 */
export function drawScaleBar(context: CanvasRenderingContext2D, snapshot: MapSnapshot, mmPerPixel: number, left: number, bottom: number): void {
  const metresPerMm = snapshot.metresPerPixel / snapshot.pixelRatio / mmPerPixel;
  if (!(metresPerMm > 0) || !Number.isFinite(metresPerMm)) return;
  const { length, label } = scaleBar(metresPerMm, MAX_BAR_MM);
  const font = 3.2;
  context.font = `normal ${font}px "Marianne", Arial, sans-serif`;
  const x = left + 3;
  const y = bottom - 3;
  const width = Math.max(length, context.measureText(label).width);
  context.fillStyle = "rgba(255, 255, 255, 0.85)";
  context.fillRect(x - 1.5, y - font - 3, width + 3, font + 4.5);
  context.strokeStyle = "#161616";
  context.lineWidth = 0.4;
  context.beginPath();
  context.moveTo(x, y - 1.5);
  context.lineTo(x, y);
  context.lineTo(x + length, y);
  context.lineTo(x + length, y - 1.5);
  context.stroke();
  context.fillStyle = "#161616";
  context.fillText(label, x, y - 1.8);
}

/** The snapshot's canvas with its scale bar drawn in its bottom-left corner, for a frame `frameWidthMm` wide on the page. */
export function withScaleBar(snapshot: MapSnapshot, frameWidthMm: number): HTMLCanvasElement {
  const context = snapshot.canvas.getContext("2d")!;
  const pixelsPerMm = snapshot.canvas.width / frameWidthMm;
  context.save();
  context.scale(pixelsPerMm, pixelsPerMm);
  drawScaleBar(context, snapshot, 1 / pixelsPerMm, 0, snapshot.canvas.height / pixelsPerMm);
  context.restore();
  return snapshot.canvas;
}
