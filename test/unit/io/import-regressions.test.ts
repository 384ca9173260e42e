// Inputs the importer fuzzers found, kept as named regressions.
import { describe, expect, it } from "vitest";
import { importCsv } from "../../../src/io/csv-import.ts";
import { importGeoJsonPerimeters } from "../../../src/io/geojson-import.ts";
import { importXlsx } from "../../../src/io/xlsx-import.ts";
import { importZoneCodes } from "../../../src/io/zone-codes.ts";
import { tinyTerritory } from "../../fixtures/tiny-territory.ts";
import { zipArchive } from "../../helpers/xlsx-writer.ts";

describe("régressions trouvées par le fuzz des imports", () => {
  const { index, shapes } = tinyTerritory();

  it("GeoJSON : un anneau fermé en 2D dont les altitudes diffèrent ne fait pas lever Turf", () => {
    const ring = [[2, 46, 10], [2.3, 46, 0], [2.3, 46.3, 0], [2, 46.3, 0], [2, 46, 99]];
    const result = importGeoJsonPerimeters(JSON.stringify({ type: "Polygon", coordinates: [ring] }), { index, shapes }, { file: "z.geojson" });
    expect(result.summary.errors).toBe(0);
    expect(result.summary.communes).toBeGreaterThan(0);
  });

  it("GeoJSON : un anneau de 20 000 positions est lu sans le contrôle quadratique de validité", () => {
    const circle = Array.from({ length: 20_000 }, (_, i) => [2.2 + 0.2 * Math.cos((2 * Math.PI * i) / 20_000), 46.15 + 0.15 * Math.sin((2 * Math.PI * i) / 20_000)]);
    const result = importGeoJsonPerimeters(JSON.stringify({ type: "Polygon", coordinates: [[...circle, circle[0]]] }), { index, shapes }, { file: "cercle.geojson" });
    expect(result.summary.errors).toBe(0);
  });

  it("XLSX : une archive abîmée donne un message en français, pas celui de la bibliothèque", async () => {
    const bytes = zipArchive({ "[Content_Types].xml": "<Types/>", "xl/workbook.xml": '<workbook><sheets><sheet name="A" sheetId="1" r:id="rId1"/></sheets></workbook>' });
    const result = await importXlsx(bytes, { index }, { file: "c.xlsx", sheet: 1 });
    expect(result.problems.map((problem) => problem.message).join(" ")).not.toMatch(/Cannot|undefined|is not/);
    expect(result.summary.errors).toBeGreaterThan(0);
  });

  it("tableaux : « constructor », « toString » ou « __proto__ » dans une cellule sont des valeurs inconnues, pas des propriétés héritées", () => {
    const text = ["facilitateur;niveau;code;statut;rôle", "A;constructor;91;en poste;facilitateur", "B;region;91;toString;facilitateur", "C;region;91;en poste;__proto__"].join("\n");
    const result = importCsv(new TextEncoder().encode(text), { index }, { file: "mots.csv" });
    const errors = result.problems.filter((problem) => problem.severity === "error");
    expect(errors.map((problem) => problem.line)).toEqual([2, 3, 4]);
    for (const facilitateur of result.facilitateurs) for (const zone of facilitateur.perimetre) expect(typeof zone.niveau).toBe("string");
  });

  it("codes : un texte de codes situe chaque code inconnu par sa ligne", () => {
    const result = importZoneCodes("\n\n01001, 99999\n02\nzzz", { index }, { file: "codes.txt" });
    expect(result.problems.filter((problem) => problem.severity === "error").map((problem) => [problem.line, problem.value])).toEqual([
      [3, "99999"],
      [5, "zzz"],
    ]);
  });

  it("codes : un texte fait de séparateurs seulement dit qu'il n'a aucun code, sans lever (FUZZ_SEED=1910641692)", () => {
    const result = importZoneCodes(",\n,", { index }, { file: "codes.txt" });
    expect(result.problems.filter((problem) => problem.severity === "error").map((problem) => [problem.line, problem.message])).toEqual([[1, "aucun code de commune, d'EPCI, de département ou de région dans le fichier (séparateurs seulement ?)"]]);
  });
});
