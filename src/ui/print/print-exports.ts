// « Télécharger l'image (PNG) » and « Télécharger le PDF »: the summary sheet composed at
// print resolution, as a PNG, or as a one-page PDF around its JPEG.
import type { MapSnapshot } from "../../map/map-controller.ts";
import type { Colouring, Overlay } from "../../view/vocabulary.ts";
import { downloadBlob, exportFileName, fileSlug } from "../export/downloads.ts";
import { localToday } from "../local-today.ts";
import { composeSummaryImage, SHEET_PX } from "./compose-image.ts";
import type { CopilSummary } from "./copil-summary.ts";
import { buildImagePdf } from "./pdf.ts";

export interface SummaryExportInput {
  /** A picture of the map `widthPx` wide (the focused territory), or null without a map. */
  snapshot(widthPx: number): Promise<MapSnapshot | null>;
  colouring: Colouring;
  /** The overlays drawn on the map, named in the legend. */
  overlays: Readonly<Record<Overlay, boolean>>;
  summary: CopilSummary;
  projectName: string;
}

const toBlob = (canvas: HTMLCanvasElement, type: string, quality?: number) =>
  new Promise<Blob>((resolve, reject) => canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error("L'image n'a pas pu être produite"))), type, quality));

/** The sheet, with the map drawn as wide as the sheet's map box at print resolution. */
async function composeSheet(input: SummaryExportInput): Promise<HTMLCanvasElement> {
  // Fonts of the page (Marianne) must be ready before the canvas uses them.
  await document.fonts?.ready;
  // The map box is 182 mm of the sheet's 297 mm.
  const snapshot = await input.snapshot(Math.round((SHEET_PX.width * 182) / 297));
  return composeSummaryImage(snapshot, input.summary, input.colouring, input.overlays);
}

const fileName = (input: SummaryExportInput, extension: string) => exportFileName(input.projectName, `copil-${fileSlug(input.summary.title)}`, localToday(), extension);

/** Downloads the summary sheet as a PNG; resolves with its size in pixels. */
export async function downloadSummaryPng(input: SummaryExportInput): Promise<{ width: number; height: number }> {
  const sheet = await composeSheet(input);
  downloadBlob(fileName(input, "png"), await toBlob(sheet, "image/png"));
  return { width: sheet.width, height: sheet.height };
}

/** Downloads the summary sheet as a one-page A4-landscape PDF. */
export async function downloadSummaryPdf(input: SummaryExportInput): Promise<void> {
  const sheet = await composeSheet(input);
  const jpeg = new Uint8Array(await (await toBlob(sheet, "image/jpeg", 0.9)).arrayBuffer());
  const pdf = buildImagePdf({ jpeg, width: sheet.width, height: sheet.height }, { title: `${input.summary.title} — couverture des facilitateurs`, lang: "fr-FR", date: new Date() });
  downloadBlob(fileName(input, "pdf"), new Blob([pdf], { type: "application/pdf" }));
}
