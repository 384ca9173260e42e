// « Télécharger l'image (PNG) » and « Télécharger le PDF »: the summary sheet composed at
// print resolution as a PNG, and the same summary as a PDF document of real text (io/copil-pdf.ts)
// around the map image. In both, the map is pictured at its frame's shape, so that it fills
// the frame, with its scale bar.
import type { MapSnapshot } from "../../map/map-controller.ts";
import { ATTRIBUTION } from "../../map/map-style.ts";
import { LEGENDS, legendRows } from "../../map/palettes.ts";
import { ACHETEUR_SYMBOLS, COORDINATEUR_SYMBOL, COORDINATEUR_VACANT_SYMBOL, DECP_BUYER_SYMBOL, GRAND_PROJET_COLOURS, OVERLAY_LINES } from "../../map/symbols.ts";
import type { Seuils } from "../../domain/model.ts";
import { colouringTitle, OVERLAY_LABELS, OVERLAYS, type Colouring, type NeedsMeasure, type Overlay } from "../../view/vocabulary.ts";
import { downloadBlob, exportFileName, fileSlug } from "../export/downloads.ts";
import { localToday } from "../local-today.ts";
import { composeSummaryImage, MAP_BOX, SHEET_PX } from "./compose-image.ts";
import { needsSentence, type CopilSummary } from "./copil-summary.ts";
import { withScaleBar } from "./draw-scale-bar.ts";
import marianneRegular from "@codegouvfr/react-dsfr/dsfr/fonts/Marianne-Regular.woff?url";
import marianneBold from "@codegouvfr/react-dsfr/dsfr/fonts/Marianne-Bold.woff?url";
import marianneItalic from "@codegouvfr/react-dsfr/dsfr/fonts/Marianne-Regular_Italic.woff?url";

export interface SummaryExportInput {
  /** A picture of the map `widthPx` wide and of shape `aspect` (width / height), the focused territory fitted in it; null without a map. */
  snapshot(widthPx: number, aspect: number): Promise<MapSnapshot | null>;
  colouring: Colouring;
  /** What the « besoins » colouring counts. */
  needsMeasure: NeedsMeasure;
  /** The overlays drawn on the map, named in the legend. */
  overlays: Readonly<Record<Overlay, boolean>>;
  summary: CopilSummary;
  projectName: string;
  seuils: Seuils;
}

const toBlob = (canvas: HTMLCanvasElement, type: string, quality?: number) =>
  new Promise<Blob>((resolve, reject) => canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error("L'image n'a pas pu être produite"))), type, quality));

/** The sheet, with the map drawn as wide as the sheet's map box at print resolution, at the box's shape. */
async function composeSheet(input: SummaryExportInput): Promise<HTMLCanvasElement> {
  // Fonts of the page (Marianne) must be ready before the canvas uses them.
  await document.fonts?.ready;
  const snapshot = await input.snapshot(Math.round((SHEET_PX.width * MAP_BOX.width) / 297), MAP_BOX.width / MAP_BOX.height);
  return composeSummaryImage(snapshot, input.summary, { colouring: input.colouring, needsMeasure: input.needsMeasure }, input.overlays);
}

const fileName = (input: SummaryExportInput, extension: string) => exportFileName(input.projectName, `copil-${fileSlug(input.summary.title)}`, localToday(), extension);

/** Downloads the summary sheet as a PNG; resolves with its size in pixels. */
export async function downloadSummaryPng(input: SummaryExportInput): Promise<{ width: number; height: number }> {
  const sheet = await composeSheet(input);
  downloadBlob(fileName(input, "png"), await toBlob(sheet, "image/png"));
  return { width: sheet.width, height: sheet.height };
}

/** The overlays in the PDF's legend: a colour and a label each. */
type OverlayEntry = { colour: string; label: string; shape: "line" | "point" | "area" };

function overlayLegend(overlays: Readonly<Record<Overlay, boolean>>): OverlayEntry[] {
  return OVERLAYS.filter((overlay) => overlays[overlay]).flatMap((overlay): OverlayEntry[] => {
    if (overlay === "acheteurs") return Object.values(ACHETEUR_SYMBOLS).map((shape) => ({ colour: shape.fill, label: `Acheteur de l'État : ${shape.label}`, shape: "point" as const }));
    if (overlay === "acheteurs-decp") return [{ colour: DECP_BUYER_SYMBOL.stroke, label: DECP_BUYER_SYMBOL.label, shape: "point" as const }];
    if (overlay === "coordinateurs") return [COORDINATEUR_SYMBOL, COORDINATEUR_VACANT_SYMBOL].map((shape) => ({ colour: COORDINATEUR_SYMBOL.fill, label: shape.label, shape: "point" as const }));
    if (overlay === "grands-projets") {
      return [
        { colour: GRAND_PROJET_COLOURS.zone, label: "Grand projet : zone d'impact", shape: "area" as const },
        { colour: GRAND_PROJET_COLOURS.trace, label: "Grand projet : tracé", shape: "line" as const },
      ];
    }
    return [{ colour: OVERLAY_LINES[overlay].colour, label: OVERLAY_LABELS[overlay], shape: "line" as const }];
  });
}

async function fontBytes(url: string): Promise<Uint8Array> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`police Marianne introuvable (${response.status})`);
  return new Uint8Array(await response.arrayBuffer());
}

/** Downloads the summary as a one-page A4-landscape PDF of text, with the map as an image. */
export async function downloadSummaryPdf(input: SummaryExportInput): Promise<void> {
  const [{ buildCopilPdf, MAP_FRAME }, regular, bold, italic] = await Promise.all([import("../../io/copil-pdf.ts"), fontBytes(marianneRegular), fontBytes(marianneBold), fontBytes(marianneItalic)]);
  const snapshot = await input.snapshot(2000, MAP_FRAME.width / MAP_FRAME.height);
  const map = snapshot ? { bytes: new Uint8Array(await (await toBlob(withScaleBar(snapshot, (MAP_FRAME.width * 25.4) / 72), "image/jpeg", 0.9)).arrayBuffer()), format: "jpeg" as const } : null;
  const { summary } = input;
  const created = new Date();
  const pdf = await buildCopilPdf(
    {
      documentTitle: `${summary.title} — couverture des facilitateurs de la clause sociale`,
      title: summary.title,
      subtitle: ["Couverture des facilitateurs de la clause sociale d'insertion", summary.dateLine, summary.demoNotice].filter(Boolean).join(" — "),
      legendTitle: `Légende : ${colouringTitle(input.colouring, input.needsMeasure)}`,
      legend: legendRows(LEGENDS[input.colouring]).map((row) => ({ colours: row.colours, label: row.label })),
      overlays: overlayLegend(input.overlays),
      figures: summary.figures,
      footer: [
        `${summary.sourceLine}. ${ATTRIBUTION}. Carto Clause Sociale, document produit le ${created.toLocaleDateString("fr-FR")}.`,
        summary.zoneBlanche3Line,
        ...(summary.needsLine ? [`${summary.needsLine}.`] : []),
        ...(summary.needsFigures.length > 0 ? [needsSentence(summary.needsFigures)!] : []),
      ],
      map,
      created,
    },
    { regular, bold, italic },
  );
  downloadBlob(fileName(input, "pdf"), new Blob([pdf.slice().buffer], { type: "application/pdf" }));
}
