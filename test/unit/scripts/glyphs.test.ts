// The map's glyphs: Marianne made into MapLibre glyph PBFs. Decoded here as MapLibre reads
// them (glyphs → fontstack → glyph), the fields checked against the font's own outlines.
import { PbfReader } from "pbf";
import { beforeAll, describe, expect, it } from "vitest";
import { encodeGlyphRange, FONT_FILES, glyphsOfRange, loadFont } from "../../../scripts/web/build-glyphs.ts";
import { GLYPH_BUFFER, GLYPH_EM_PX } from "../../../scripts/web/glyph-sdf.ts";
import { LABEL_FONTS } from "../../../src/map/tile-layout.ts";

interface DecodedGlyph {
  id: number;
  bitmap?: Uint8Array;
  width: number;
  height: number;
  left: number;
  top: number;
  advance: number;
}

/** The fields as MapLibre's parseGlyphPbf reads them. */
function decode(buffer: Uint8Array): { name: string; range: string; glyphs: DecodedGlyph[] }[] {
  const readGlyph = (tag: number, glyph: DecodedGlyph, pbf: PbfReader) => {
    if (tag === 1) glyph.id = pbf.readVarint();
    else if (tag === 2) glyph.bitmap = pbf.readBytes();
    else if (tag === 3) glyph.width = pbf.readVarint();
    else if (tag === 4) glyph.height = pbf.readVarint();
    else if (tag === 5) glyph.left = pbf.readSVarint();
    else if (tag === 6) glyph.top = pbf.readSVarint();
    else if (tag === 7) glyph.advance = pbf.readVarint();
  };
  const readStack = (tag: number, stack: { name: string; range: string; glyphs: DecodedGlyph[] }, pbf: PbfReader) => {
    if (tag === 1) stack.name = pbf.readString();
    else if (tag === 2) stack.range = pbf.readString();
    else if (tag === 3) stack.glyphs.push(pbf.readMessage(readGlyph, { id: -1, width: 0, height: 0, left: 0, top: 0, advance: 0 }));
  };
  return new PbfReader(buffer).readFields((tag, stacks: { name: string; range: string; glyphs: DecodedGlyph[] }[], pbf) => {
    if (tag === 1) stacks.push(pbf.readMessage(readStack, { name: "", range: "", glyphs: [] }));
  }, []);
}

/** The field's value at (column, row) of the glyph's bitmap. */
const at = (glyph: DecodedGlyph, column: number, row: number) => glyph.bitmap![row * (glyph.width + 2 * GLYPH_BUFFER) + column]!;
/** The field's value at the middle of the glyph's box. */
const middle = (glyph: DecodedGlyph) => at(glyph, GLYPH_BUFFER + Math.floor(glyph.width / 2), GLYPH_BUFFER + Math.floor(glyph.height / 2));

describe("glyphes Marianne pour MapLibre", () => {
  let stacks: ReturnType<typeof decode>;
  let glyphs: Map<number, DecodedGlyph>;
  beforeAll(() => {
    const font = loadFont(FONT_FILES[LABEL_FONTS.regular]!);
    stacks = decode(encodeGlyphRange(LABEL_FONTS.regular, 0, 255, glyphsOfRange(font, 0, 255)));
    glyphs = new Map(stacks[0]!.glyphs.map((glyph) => [glyph.id, glyph]));
  });

  it("écrit une pile de polices nommée, avec sa plage", () => {
    expect(stacks.map(({ name, range }) => ({ name, range }))).toEqual([{ name: "Marianne-Regular", range: "0-255" }]);
  });

  it("donne les lettres accentuées des noms français, dans l'ordre des points de code", () => {
    const ids = stacks[0]!.glyphs.map((glyph) => glyph.id);
    expect(ids).toEqual([...ids].sort((a, b) => a - b));
    for (const letter of "AZaz'-éèêëàâîïôûüçÉÈÎÔ") expect(glyphs.has(letter.codePointAt(0)!)).toBe(true);
  });

  it("dessine chaque glyphe dans une image de sa taille plus la marge de 3 pixels", () => {
    for (const glyph of glyphs.values()) {
      if (glyph.width === 0) expect(glyph.bitmap).toBeUndefined();
      else expect(glyph.bitmap!.length).toBe((glyph.width + 2 * GLYPH_BUFFER) * (glyph.height + 2 * GLYPH_BUFFER));
    }
    // An espace has an advance and nothing to draw.
    const space = glyphs.get(32)!;
    expect(space.width).toBe(0);
    expect(space.advance).toBeGreaterThan(3);
  });

  it("mesure les glyphes à 24 pixels par cadratin, le haut compté depuis l'ascendante", () => {
    const capital = glyphs.get("H".codePointAt(0)!)!;
    // Marianne's capitals are 700/1000 em tall; its ascender is 1100/1000 em (27 pixels, rounded up).
    expect(capital.height).toBe(Math.ceil(0.7 * GLYPH_EM_PX));
    expect(capital.top).toBe(Math.ceil(0.7 * GLYPH_EM_PX) - 27);
    const descender = glyphs.get("p".codePointAt(0)!)!;
    expect(descender.top - descender.height).toBeLessThan(capital.top - capital.height);
    expect(glyphs.get("m".codePointAt(0)!)!.advance).toBeGreaterThan(glyphs.get("i".codePointAt(0)!)!.advance);
  });

  it("code la distance au contour : clair dedans, sombre loin dehors, 191 sur le bord", () => {
    for (const letter of "Il|") {
      const glyph = glyphs.get(letter.codePointAt(0)!)!;
      expect(middle(glyph)).toBeGreaterThan(191);
      expect(at(glyph, 0, 0)).toBeLessThan(100);
    }
    // The hole of an O is outside the glyph (non-zero winding).
    expect(middle(glyphs.get("O".codePointAt(0)!)!)).toBeLessThan(191);
    expect(middle(glyphs.get(".".codePointAt(0)!)!)).toBeGreaterThan(191);
  });

  it("produit les mêmes octets d'une construction à l'autre", () => {
    const font = loadFont(FONT_FILES[LABEL_FONTS.bold]!);
    const once = encodeGlyphRange(LABEL_FONTS.bold, 8192, 8447, glyphsOfRange(font, 8192, 8447));
    const twice = encodeGlyphRange(LABEL_FONTS.bold, 8192, 8447, glyphsOfRange(loadFont(FONT_FILES[LABEL_FONTS.bold]!), 8192, 8447));
    expect(Buffer.from(once).equals(Buffer.from(twice))).toBe(true);
    // ’ – — …, the punctuation of French names and texts.
    const ids = new Set(decode(once)[0]!.glyphs.map((glyph) => glyph.id));
    for (const mark of "’–—…") expect(ids.has(mark.codePointAt(0)!)).toBe(true);
  });
});
