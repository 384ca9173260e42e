/**
 * The COPIL summary as a real PDF document (A4 landscape): the State's block, title, territory
 * and date, the map as an image filling its frame, the legend, the key figures as a table of
 * text, sources and thresholds; a document title and its language (fr-FR), so that a screen
 * reader and a text search find everything but the map. Text in Marianne (the DSFR's WOFF
 * files, subset by fontkit): the State's font, and one that has every character French
 * figures use (the narrow no-break space between thousands, « », ≈), which the PDF standard
 * fonts do not.
 */
import { PDFDocument, PDFHeader, rgb, type PDFFont, type PDFPage, type RGB } from "@cantoo/pdf-lib";
import * as fontkit from "fontkit";
import { BLOCK_DEVISE, BLOCK_NAME, FLAG, MARIANNE_PATH, MARIANNE_SHADE_COLOUR, MARIANNE_SHADE_PATH, MARIANNE_VIEWBOX } from "./marianne-block.ts";

/** A4 landscape in PDF points (1/72 inch): 297 × 210 mm. */
export const A4_LANDSCAPE_POINTS = { width: 842, height: 595 } as const;
const MARGIN = 28;
/** The map's frame on the page, points: the snapshot is taken at its shape (MAP_FRAME.width / MAP_FRAME.height). */
export const MAP_FRAME = { x: MARGIN, y: 62, width: 500, height: 420 } as const;
const COLUMN = { x: 548, width: A4_LANDSCAPE_POINTS.width - 548 - MARGIN };

export interface CopilFonts {
  regular: Uint8Array;
  bold: Uint8Array;
  italic: Uint8Array;
}

export interface CopilDocument {
  /** The PDF's title (its metadata, shown by readers). */
  documentTitle: string;
  /** « Bourgogne-Franche-Comté ». */
  title: string;
  /** « Couverture des facilitateurs … — Données au … — Jeu de démonstration ». */
  subtitle: string;
  legendTitle: string;
  legend: { colours: string[]; label: string }[];
  /** What the map draws over the communes: boundaries and tracks (line), buyers and seats (point), impact zones (area). */
  overlays: { colour: string; label: string; shape: "line" | "point" | "area" }[];
  figures: { label: string; value: string; detail?: string | undefined }[];
  /** Sources, attribution, thresholds: the footer's lines. */
  footer: string[];
  /** The map with its scale bar, PNG or JPEG bytes, or null (« Carte indisponible »). */
  map: { bytes: Uint8Array; format: "png" | "jpeg" } | null;
  created: Date;
}

const hex = (colour: string): RGB => {
  const match = /^#?([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})/i.exec(colour);
  return match ? rgb(parseInt(match[1]!, 16) / 255, parseInt(match[2]!, 16) / 255, parseInt(match[3]!, 16) / 255) : rgb(0.5, 0.5, 0.5);
};
const INK = hex("#161616");
const GREY = hex("#3a3a3a");
const RULE = hex("#929292");

/** Words of `text` in lines no wider than `width` points. */
function wrap(text: string, font: PDFFont, size: number, width: number): string[] {
  const lines: string[] = [];
  let line = "";
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const tried = line ? `${line} ${word}` : word;
    if (line && font.widthOfTextAtSize(tried, size) > width) {
      lines.push(line);
      line = word;
    } else line = tried;
  }
  if (line) lines.push(line);
  return lines;
}

/** Writes `text` wrapped from the top `y` (baseline of the first line below it); returns the y under it. */
function paragraph(page: PDFPage, text: string, at: { x: number; y: number; width: number; font: PDFFont; size: number; colour?: RGB; leading?: number }): number {
  let y = at.y;
  for (const line of wrap(text, at.font, at.size, at.width)) {
    y -= at.size * (at.leading ?? 1.2);
    page.drawText(line, { x: at.x, y, size: at.size, font: at.font, color: at.colour ?? INK });
  }
  return y;
}

/** The State's block at the top left; returns its width, points. */
function drawBlock(page: PDFPage, fonts: { bold: PDFFont; italic: PDFFont }, top: number): number {
  const width = 46;
  const k = width / MARIANNE_VIEWBOX.width;
  page.drawRectangle({ x: MARGIN, y: top - FLAG.height * k, width: width / 2, height: FLAG.height * k, color: hex(FLAG.blue) });
  page.drawRectangle({ x: MARGIN + width / 2, y: top - FLAG.height * k, width: width / 2, height: FLAG.height * k, color: hex(FLAG.red) });
  page.drawSvgPath(MARIANNE_PATH, { x: MARGIN, y: top, scale: k, color: rgb(1, 1, 1) });
  page.drawSvgPath(MARIANNE_SHADE_PATH, { x: MARGIN, y: top, scale: k, color: hex(MARIANNE_SHADE_COLOUR) });
  let y = top - FLAG.height * k - 4;
  for (const line of BLOCK_NAME) {
    y -= 9.5;
    page.drawText(line, { x: MARGIN, y, size: 9.5, font: fonts.bold, color: INK });
  }
  y -= 2;
  for (const line of BLOCK_DEVISE) {
    y -= 7;
    page.drawText(line, { x: MARGIN, y, size: 6.5, font: fonts.italic, color: INK });
  }
  return Math.max(width, ...BLOCK_NAME.map((line) => fonts.bold.widthOfTextAtSize(line, 9.5)));
}

/** The PDF's bytes. */
export async function buildCopilPdf(input: CopilDocument, fontFiles: CopilFonts): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  doc.registerFontkit(fontkit as unknown as Parameters<typeof doc.registerFontkit>[0]);
  const [regular, bold, italic] = await Promise.all([doc.embedFont(fontFiles.regular, { subset: true }), doc.embedFont(fontFiles.bold, { subset: true }), doc.embedFont(fontFiles.italic, { subset: true })]);
  doc.setTitle(input.documentTitle, { showInWindowTitleBar: true });
  doc.setLanguage("fr-FR");
  doc.setSubject("Couverture des facilitateurs de la clause sociale d'insertion");
  doc.setCreator("Carto Clause Sociale");
  doc.setProducer("Carto Clause Sociale");
  doc.setCreationDate(input.created);
  doc.setModificationDate(input.created);
  const page = doc.addPage([A4_LANDSCAPE_POINTS.width, A4_LANDSCAPE_POINTS.height]);
  const top = A4_LANDSCAPE_POINTS.height - MARGIN;

  const blockWidth = drawBlock(page, { bold, italic }, top);
  const left = MARGIN + blockWidth + 24;
  page.drawRectangle({ x: left - 10, y: top - 44, width: 2.5, height: 44, color: hex(FLAG.blue) });
  page.drawText(input.title, { x: left, y: top - 20, size: 20, font: bold, color: INK });
  paragraph(page, input.subtitle, { x: left, y: top - 26, width: A4_LANDSCAPE_POINTS.width - left - MARGIN, font: regular, size: 9.5, colour: GREY });

  // The map fills its frame: the snapshot was taken at the frame's shape.
  page.drawRectangle({ x: MAP_FRAME.x, y: MAP_FRAME.y, width: MAP_FRAME.width, height: MAP_FRAME.height, borderColor: RULE, borderWidth: 0.6 });
  if (input.map) {
    const image = input.map.format === "png" ? await doc.embedPng(input.map.bytes) : await doc.embedJpg(input.map.bytes);
    page.drawImage(image, { x: MAP_FRAME.x, y: MAP_FRAME.y, width: MAP_FRAME.width, height: MAP_FRAME.height });
  } else {
    page.drawText("Carte indisponible", { x: MAP_FRAME.x + 12, y: MAP_FRAME.y + MAP_FRAME.height - 24, size: 11, font: regular, color: GREY });
  }

  // Legend, then the figures: text, drawn beside the map.
  let y = MAP_FRAME.y + MAP_FRAME.height;
  y = paragraph(page, input.legendTitle, { x: COLUMN.x, y, width: COLUMN.width, font: bold, size: 10.5 });
  for (const row of input.legend) {
    y -= 3;
    row.colours.forEach((colour, k) => page.drawRectangle({ x: COLUMN.x + k * 11, y: y - 10, width: 10, height: 10, color: hex(colour), borderColor: RULE, borderWidth: 0.4 }));
    const indent = row.colours.length > 1 ? 0 : 15;
    if (row.colours.length > 1) y -= 11;
    y = paragraph(page, row.label, { x: COLUMN.x + indent, y: y + (row.colours.length > 1 ? 0 : 1.5), width: COLUMN.width - indent, font: regular, size: 8.5 });
  }
  for (const overlay of input.overlays) {
    y -= 3;
    if (overlay.shape === "point") page.drawCircle({ x: COLUMN.x + 6, y: y - 5, size: 3, color: hex(overlay.colour) });
    else if (overlay.shape === "area") page.drawRectangle({ x: COLUMN.x, y: y - 9, width: 12, height: 8, borderColor: hex(overlay.colour), borderWidth: 1 });
    else page.drawLine({ start: { x: COLUMN.x, y: y - 5 }, end: { x: COLUMN.x + 12, y: y - 5 }, thickness: 1.6, color: hex(overlay.colour) });
    y = paragraph(page, overlay.label, { x: COLUMN.x + 16, y: y + 1.5, width: COLUMN.width - 16, font: regular, size: 8.5 });
  }
  y -= 10;
  y = paragraph(page, "Chiffres clés", { x: COLUMN.x, y, width: COLUMN.width, font: bold, size: 10.5 });
  for (const figure of input.figures) {
    y -= 2;
    page.drawLine({ start: { x: COLUMN.x, y }, end: { x: COLUMN.x + COLUMN.width, y }, thickness: 0.3, color: RULE });
    y = paragraph(page, figure.label, { x: COLUMN.x, y, width: COLUMN.width, font: regular, size: 8, colour: GREY });
    y = paragraph(page, figure.detail ? `${figure.value} — ${figure.detail}` : figure.value, { x: COLUMN.x, y, width: COLUMN.width, font: bold, size: 9 });
  }

  let footer = MAP_FRAME.y - 4;
  for (const line of input.footer) footer = paragraph(page, line, { x: MARGIN, y: footer, width: A4_LANDSCAPE_POINTS.width - 2 * MARGIN, font: regular, size: 7.5, colour: GREY, leading: 1.25 });
  // Without object streams (PDF 1.5) nothing here needs more than PDF 1.4 (CFF fonts: 1.3):
  // older readers open it, and its objects can be read as text.
  doc.context.header = PDFHeader.forVersion(1, 4);
  return doc.save({ useObjectStreams: false });
}
