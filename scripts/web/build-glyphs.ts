// The map's self-hosted glyphs: the DSFR's Marianne made into MapLibre glyph PBFs
// (public/web/glyphs/{fontstack}/{start}-{end}.pbf), so that the names on the map come from
// the app's origin like everything else. Only the ranges French names use are written.
// Deterministic: same fonts, same bytes.
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import opentype from "opentype.js";
import { PbfWriter } from "pbf";
import { projectRoot } from "../lib/geo-inputs.mjs";
import { LABEL_FONTS } from "../../src/map/tile-layout.ts";
import { GLYPH_EM_PX, renderSdfGlyph, type OutlineCommand, type SdfGlyph } from "./glyph-sdf.ts";

/** Latin-1 (accents), Latin Extended-A (Œ, œ), general punctuation (’ – — …). */
export const GLYPH_RANGES: readonly [number, number][] = [
  [0, 255],
  [256, 511],
  [8192, 8447],
];

const FONT_DIR = "node_modules/@codegouvfr/react-dsfr/dsfr/fonts";
/** The DSFR's files of each font stack of the map (WOFF 1: opentype.js reads it, not WOFF 2). */
export const FONT_FILES: Record<string, string> = {
  [LABEL_FONTS.regular]: `${FONT_DIR}/Marianne-Regular.woff`,
  [LABEL_FONTS.bold]: `${FONT_DIR}/Marianne-Bold.woff`,
};

export function loadFont(path: string): opentype.Font {
  const bytes = readFileSync(join(projectRoot, path));
  return opentype.parse(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength));
}

/** A glyph's outline at GLYPH_EM_PX, y up from the baseline. */
function outlineOf(glyph: opentype.Glyph): OutlineCommand[] {
  // getPath draws for a canvas (y down): flipped back here.
  return glyph.getPath(0, 0, GLYPH_EM_PX).commands.map((command): OutlineCommand => {
    if (command.type === "Z") return { type: "Z" };
    if (command.type === "Q") return { type: "Q", x1: command.x1, y1: -command.y1, x: command.x, y: -command.y };
    if (command.type === "C") return { type: "C", x1: command.x1, y1: -command.y1, x2: command.x2, y2: -command.y2, x: command.x, y: -command.y };
    return { type: command.type, x: command.x, y: -command.y };
  });
}

/** The glyphs of `font` for the code points start…end it has, in code point order. */
export function glyphsOfRange(font: opentype.Font, start: number, end: number): (SdfGlyph & { id: number })[] {
  const scale = GLYPH_EM_PX / font.unitsPerEm;
  // FreeType rounds the ascender up to whole pixels; server glyphs' `top` counts from there.
  const ascender = Math.ceil(font.ascender * scale);
  const glyphIndexMap = (font.tables["cmap"] as unknown as { glyphIndexMap: Record<string, number> }).glyphIndexMap;
  const glyphs: (SdfGlyph & { id: number })[] = [];
  for (let id = start; id <= end; id++) {
    const index = glyphIndexMap[id];
    if (index === undefined) continue;
    const glyph = font.glyphs.get(index);
    glyphs.push({ id, ...renderSdfGlyph(outlineOf(glyph), (glyph.advanceWidth ?? 0) * scale, ascender) });
  }
  return glyphs;
}

/** The glyph PBF of one range (MapLibre's glyphs.proto: glyphs → fontstack → glyph). */
export function encodeGlyphRange(fontstack: string, start: number, end: number, glyphs: readonly (SdfGlyph & { id: number })[]): Uint8Array {
  const pbf = new PbfWriter();
  pbf.writeMessage(1, () => {
    pbf.writeStringField(1, fontstack);
    pbf.writeStringField(2, `${start}-${end}`);
    for (const glyph of glyphs) {
      pbf.writeMessage(3, () => {
        pbf.writeVarintField(1, glyph.id);
        if (glyph.bitmap.length > 0) pbf.writeBytesField(2, glyph.bitmap);
        pbf.writeVarintField(3, glyph.width);
        pbf.writeVarintField(4, glyph.height);
        pbf.writeSVarintField(5, glyph.left);
        pbf.writeSVarintField(6, glyph.top);
        pbf.writeVarintField(7, glyph.advance);
      }, undefined);
    }
  }, undefined);
  return pbf.finish();
}

/** Writes every range of every font stack under `dir`; returns the files and bytes written. */
export function writeGlyphs(dir: string): { files: number; bytes: number } {
  let files = 0;
  let bytes = 0;
  for (const [fontstack, file] of Object.entries(FONT_FILES)) {
    const font = loadFont(file);
    mkdirSync(join(dir, fontstack), { recursive: true });
    for (const [start, end] of GLYPH_RANGES) {
      const buffer = encodeGlyphRange(fontstack, start, end, glyphsOfRange(font, start, end));
      writeFileSync(join(dir, fontstack, `${start}-${end}.pbf`), buffer);
      files++;
      bytes += buffer.length;
    }
  }
  return { files, bytes };
}
