// The one-page COPIL summary as an image: title, map, legend, key figures and sources drawn
// with the canvas 2D API on an A4-landscape sheet, for the PNG and PDF downloads.
import { ATTRIBUTION } from "../../map/map-style.ts";
import { LEGENDS, legendRows } from "../../map/palettes.ts";
import { ACHETEUR_SYMBOLS, COORDINATEUR_SYMBOL, COORDINATEUR_VACANT_SYMBOL, DECP_BUYER_SYMBOL, drawHatch, drawSymbol, GRAND_PROJET_COLOURS, OVERLAY_LINES, type SymbolShape } from "../../map/symbols.ts";
import { colouringTitle, OVERLAY_LABELS, OVERLAYS, type Colouring, type NeedsMeasure, type Overlay } from "../../view/vocabulary.ts";
import type { CopilSummary } from "./copil-summary.ts";
import { drawScaleBar } from "./draw-scale-bar.ts";
import { drawMarianneBlock } from "./draw-marianne-block.ts";
import type { MapSnapshot } from "../../map/map-controller.ts";

/** Print resolution, dots per inch. */
export const PRINT_DPI = 300;
/** A4 landscape, mm. */
const SHEET_MM = { width: 297, height: 210 };
/** 3508 × 2480 pixels at 300 dpi. */
export const SHEET_PX = { width: Math.round((SHEET_MM.width / 25.4) * PRINT_DPI), height: Math.round((SHEET_MM.height / 25.4) * PRINT_DPI) };

const FONT = '"Marianne", Arial, sans-serif';
const MARGIN = 10;
/** The map's frame on the sheet, mm: the snapshot is taken at its shape, so that it fills it. */
export const MAP_BOX = { x: MARGIN, y: 33, width: 182, height: 161 };
const COLUMN = { x: 200, width: 87, bottom: 192 };

/** Words of `text` in lines no wider than `width` (canvas units). */
function wrap(context: CanvasRenderingContext2D, text: string, width: number): string[] {
  const lines: string[] = [];
  let line = "";
  for (const word of text.split(/\s+/)) {
    const tried = line ? `${line} ${word}` : word;
    if (line && context.measureText(tried).width > width) {
      lines.push(line);
      line = word;
    } else line = tried;
  }
  if (line) lines.push(line);
  return lines;
}

/** Draws the right column (legend, then figures) from `top`, in mm, at text scale `scale`; returns where it ended. */
/** Entries of the overlays' legend: a sample drawn in a box of `size` mm, and a label. */
function overlayEntries(overlays: Readonly<Record<Overlay, boolean>>): { label: string; sample: (context: CanvasRenderingContext2D, x: number, y: number, size: number) => void }[] {
  const symbol = (shape: SymbolShape) => (context: CanvasRenderingContext2D, x: number, y: number, size: number) => {
    context.save();
    context.translate(x + size / 2, y + size / 2);
    const k = size / shape.size;
    context.scale(k, k);
    drawSymbol(context, { ...shape, stroke: shape.stroke === "#ffffff" ? "#3a3a3a" : shape.stroke }, 0, 0);
    context.restore();
  };
  const line = (colour: string, width: number) => (context: CanvasRenderingContext2D, x: number, y: number, size: number) => {
    context.strokeStyle = colour;
    context.lineWidth = width * 0.25;
    context.beginPath();
    context.moveTo(x, y + size / 2);
    context.lineTo(x + size * 1.5, y + size / 2);
    context.stroke();
  };
  const entries: ReturnType<typeof overlayEntries> = [];
  for (const overlay of OVERLAYS) {
    if (!overlays[overlay]) continue;
    if (overlay === "acheteurs") {
      for (const shape of Object.values(ACHETEUR_SYMBOLS)) entries.push({ label: `Acheteur de l'État : ${shape.label}`, sample: symbol(shape) });
    } else if (overlay === "acheteurs-decp") {
      entries.push({ label: DECP_BUYER_SYMBOL.label, sample: symbol(DECP_BUYER_SYMBOL) });
    } else if (overlay === "coordinateurs") {
      entries.push({ label: COORDINATEUR_SYMBOL.label, sample: symbol(COORDINATEUR_SYMBOL) }, { label: COORDINATEUR_VACANT_SYMBOL.label, sample: symbol(COORDINATEUR_VACANT_SYMBOL) });
    } else if (overlay === "grands-projets") {
      entries.push(
        {
          label: "Grand projet : zone d'impact",
          sample: (context, x, y, size) => {
            const tile = document.createElement("canvas");
            tile.width = tile.height = 32;
            drawHatch(tile.getContext("2d")!, 32);
            context.save();
            context.fillStyle = context.createPattern(tile, "repeat") ?? GRAND_PROJET_COLOURS.zone;
            context.fillRect(x, y, size * 1.5, size);
            context.restore();
            context.strokeStyle = GRAND_PROJET_COLOURS.zone;
            context.lineWidth = 0.3;
            context.strokeRect(x, y, size * 1.5, size);
          },
        },
        { label: "Grand projet : tracé", sample: line(GRAND_PROJET_COLOURS.trace, 3) },
      );
    } else {
      const style = OVERLAY_LINES[overlay];
      entries.push({ label: OVERLAY_LABELS[overlay], sample: line(style.colour, style.width) });
    }
  }
  return entries;
}

/** The coloured layer shown, and what the « besoins » layer counts. */
export interface ColouringShown {
  colouring: Colouring;
  needsMeasure: NeedsMeasure;
}

function drawColumn(context: CanvasRenderingContext2D, { colouring, needsMeasure }: ColouringShown, overlays: Readonly<Record<Overlay, boolean>>, summary: CopilSummary, scale: number, draw: boolean): number {
  let y = MAP_BOX.y;
  const text = (value: string, size: number, weight: "normal" | "bold", colour: string, indent = 0) => {
    context.font = `${weight} ${size * scale}px ${FONT}`;
    context.fillStyle = colour;
    for (const line of wrap(context, value, COLUMN.width - indent)) {
      y += size * scale * 1.2;
      if (draw) context.fillText(line, COLUMN.x + indent, y);
    }
  };
  text(`Légende : ${colouringTitle(colouring, needsMeasure)}`, 4.2, "bold", "#161616");
  y += 1;
  for (const row of legendRows(LEGENDS[colouring])) {
    const swatch = 4 * scale;
    const top = y + 1;
    // A group's colours on a line of their own, its label below them.
    const across = row.colours.length > 1;
    row.colours.forEach((colour, k) => {
      if (!draw) return;
      const x = COLUMN.x + k * (swatch + 0.6);
      context.fillStyle = colour;
      context.fillRect(x, top, swatch, swatch);
      context.strokeStyle = "#555555";
      context.lineWidth = 0.25;
      context.strokeRect(x, top, swatch, swatch);
    });
    if (across) y = top + swatch;
    text(row.label, 3.3, "normal", "#161616", across ? 0 : swatch + 2);
    y = Math.max(y, top + swatch) + 0.8;
  }
  for (const entry of overlayEntries(overlays)) {
    const size = 3.2 * scale;
    const top = y + 1;
    if (draw) entry.sample(context, COLUMN.x, top, size);
    text(entry.label, 3.1, "normal", "#161616", size * 1.5 + 2);
    y = Math.max(y, top + size) + 0.6;
  }
  y += 3;
  text("Chiffres clés", 4.2, "bold", "#161616");
  for (const figure of summary.figures) {
    y += 1.2;
    text(figure.label, 3.1, "normal", "#3a3a3a");
    text(figure.detail ? `${figure.value} — ${figure.detail}` : figure.value, 3.6, "bold", "#161616");
  }
  return y;
}

/**
 * The summary sheet, SHEET_PX in size. Drawn in millimetres: the context is scaled so
 * that one unit is one millimetre of the printed page.
 */
export function composeSummaryImage(snapshot: MapSnapshot | null, summary: CopilSummary, colouring: ColouringShown, overlays: Readonly<Record<Overlay, boolean>>): HTMLCanvasElement {
  const canvas = document.createElement("canvas");
  canvas.width = SHEET_PX.width;
  canvas.height = SHEET_PX.height;
  const context = canvas.getContext("2d")!;
  context.fillStyle = "#ffffff";
  context.fillRect(0, 0, canvas.width, canvas.height);
  context.scale(SHEET_PX.width / SHEET_MM.width, SHEET_PX.height / SHEET_MM.height);
  context.textBaseline = "alphabetic";

  drawMarianneBlock(context, MARGIN, MARGIN - 2, 15, FONT);
  const titleX = MARGIN + 32;
  context.fillStyle = "#000091";
  context.fillRect(titleX - 4, MARGIN, 1.2, 16);
  context.fillStyle = "#161616";
  context.font = `bold 9px ${FONT}`;
  context.fillText(summary.title, titleX, MARGIN + 8);
  context.font = `normal 4px ${FONT}`;
  context.fillStyle = "#3a3a3a";
  const subtitle = ["Couverture des facilitateurs de la clause sociale d'insertion", summary.dateLine, summary.demoNotice].filter(Boolean).join(" — ");
  context.fillText(subtitle, titleX, MARGIN + 14.5);

  // The map fills its box: the snapshot was taken at the box's shape (centred if not).
  context.strokeStyle = "#929292";
  context.lineWidth = 0.3;
  context.strokeRect(MAP_BOX.x, MAP_BOX.y, MAP_BOX.width, MAP_BOX.height);
  if (snapshot) {
    const { canvas: image } = snapshot;
    const fit = Math.min(MAP_BOX.width / image.width, MAP_BOX.height / image.height);
    const width = image.width * fit;
    const height = image.height * fit;
    const left = MAP_BOX.x + (MAP_BOX.width - width) / 2;
    const top = MAP_BOX.y + (MAP_BOX.height - height) / 2;
    context.imageSmoothingQuality = "high";
    context.drawImage(image, left, top, width, height);
    drawScaleBar(context, snapshot, fit, left, top + height);
  } else {
    context.font = `normal 4px ${FONT}`;
    context.fillText("Carte indisponible", MAP_BOX.x + 4, MAP_BOX.y + 8);
  }

  // Legend and figures shrink together until they fit beside the map.
  let scale = 1;
  while (scale > 0.5 && drawColumn(context, colouring, overlays, summary, scale, false) > COLUMN.bottom) scale -= 0.05;
  drawColumn(context, colouring, overlays, summary, scale, true);

  context.font = `normal 3.2px ${FONT}`;
  context.fillStyle = "#3a3a3a";
  context.fillText(`${summary.sourceLine}. ${ATTRIBUTION}. Carto Clause Sociale.`, MARGIN, SHEET_MM.height - 6);
  if (summary.needsLine) context.fillText(summary.needsLine, MARGIN, SHEET_MM.height - 2.5);
  return canvas;
}
