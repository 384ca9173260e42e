// Text files in the encodings spreadsheets write: Excel's « Texte Unicode » is UTF-16 LE
// with a byte order mark and tabs; UTF-16 BE and UTF-16 without a mark are read too.
import { describe, expect, it } from "vitest";
import { importCsv } from "../../../src/io/csv-import.ts";
import { decodeText } from "../../../src/io/csv-text.ts";
import { detectFormat } from "../../../src/io/format-registry.ts";
import { tinyTerritory } from "../../fixtures/tiny-territory.ts";

const tiny = tinyTerritory();
const TABLE = "Facilitateur\tStructure\tETP\tCode INSEE\r\nÉlodie Lefèvre\tPLIE Île-de-Beauté\t0,5\t01001\r\nÉlodie Lefèvre\tPLIE Île-de-Beauté\t0,5\t01002\r\n";

/** `text` as UTF-16 code units, little or big endian, with the byte order mark first when asked. */
function utf16(text: string, order: "le" | "be", mark: boolean): Uint8Array {
  const units = (mark ? "\uFEFF" : "") + text;
  const bytes = new Uint8Array(units.length * 2);
  for (let i = 0; i < units.length; i++) {
    const unit = units.charCodeAt(i);
    bytes[2 * i + (order === "le" ? 0 : 1)] = unit & 0xff;
    bytes[2 * i + (order === "le" ? 1 : 0)] = unit >> 8;
  }
  return bytes;
}

describe("UTF-16 (« Texte Unicode » d'Excel)", () => {
  for (const [order, mark, label] of [
    ["le", true, "UTF-16 LE (« Texte Unicode » d'Excel)"],
    ["le", false, "UTF-16 LE (« Texte Unicode » d'Excel)"],
    ["be", true, "UTF-16 BE"],
    ["be", false, "UTF-16 BE"],
  ] as const) {
    it(`lit un tableau en UTF-16 ${order.toUpperCase()} ${mark ? "avec" : "sans"} marque d'ordre d'octets`, () => {
      const bytes = utf16(TABLE, order, mark);
      expect(decodeText(bytes).text).toBe(TABLE);
      expect(detectFormat("perimetres.txt", bytes).format).toBe("csv");
      const result = importCsv(bytes, tiny, { file: "perimetres.txt" });
      expect(result.problems.filter((problem) => problem.severity === "error")).toEqual([]);
      expect(result.encoding).toBe(label);
      expect(result.facilitateurs.map((f) => [f.nom, f.etp, f.perimetre.map((zone) => zone.code)])).toEqual([["Élodie Lefèvre", 0.5, ["01001", "01002"]]]);
      expect(result.structures.map((s) => s.nom)).toEqual(["PLIE Île-de-Beauté"]);
    });
  }

  it("ne prend pas pour de l'UTF-16 un texte UTF-8 ou Windows-1252", () => {
    expect(decodeText(new TextEncoder().encode(TABLE)).encoding).toBe("utf-8");
    expect(decodeText(new Uint8Array([0x45, 0x3b, 0xe9, 0x0a])).encoding).toBe("windows-1252");
  });
});
