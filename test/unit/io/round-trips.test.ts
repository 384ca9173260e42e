// Export → import gives the same data, for every format, on the tiny territory; and the
// merge that a preview shows before anything is applied.
import { describe, expect, it } from "vitest";
import type { FeatureCollection } from "geojson";
import { expandPerimeters } from "../../../src/domain/perimeter.ts";
import type { Project } from "../../../src/domain/model.ts";
import { createOutlineSource } from "../../../src/domain/outlines.ts";
import { computeAll } from "../../../src/domain/recompute.ts";
import { linkProjectToCommunes } from "../../../src/domain/spatial-links.ts";
import { COMMUNE_STATUS } from "../../../src/domain/zones-blanches.ts";
import { importCsv } from "../../../src/io/csv-import.ts";
import { parseCsv } from "../../../src/io/csv-text.ts";
import { exportPerimetersGeoJson, exportZonesBlanchesGeoJson } from "../../../src/io/geojson-export.ts";
import { importGeoJsonPerimeters } from "../../../src/io/geojson-import.ts";
import { exportIndicatorsCsv } from "../../../src/io/indicators-csv.ts";
import { mergeImport } from "../../../src/io/import-merge.ts";
import type { ImportResult } from "../../../src/io/importer.ts";
import { exportPerimetersCsv } from "../../../src/io/perimeters-csv.ts";
import { REPORT_COLUMNS, REPORT_HEADERS } from "../../../src/io/report.ts";
import { importXlsx } from "../../../src/io/xlsx-import.ts";
import { exportZoneCodes, importZoneCodes } from "../../../src/io/zone-codes.ts";
import { tinyProject, tinyTerritory } from "../../fixtures/tiny-territory.ts";
import { writeXlsx } from "../../helpers/xlsx-writer.ts";

const territory = tinyTerritory();
const { index } = territory;
const TODAY = "2025-12-01";

/** The tiny project, with contacts and awkward names, and F2's duplicated zone removed (an import keeps a zone once). */
function project(): Project {
  const base = tinyProject();
  base.structures[1]!.nom = 'Maison "Emploi"; Sud';
  const [f1, f2] = base.facilitateurs;
  f1!.contacts = [
    { type: "email", valeur: "anne@exemple.fr", public: true },
    { type: "email", valeur: "direction@exemple.fr", public: false },
    { type: "telephone", valeur: "03 80 00 00 00", public: false },
  ];
  f1!.nom = "Anne; dite « Nanou »";
  f2!.perimetre = f2!.perimetre.filter((_, z) => z !== 2);
  return base;
}

const errorsOf = (result: ImportResult) => result.problems.filter((problem) => problem.severity === "error");
const emptied = (p: Project): Project => ({ ...p, structures: [], facilitateurs: [] });
const communesOf = (p: Pick<Project, "facilitateurs">) => {
  const set = expandPerimeters(index, p.facilitateurs.map((f) => f.perimetre));
  return p.facilitateurs.map((_, f) => Array.from(set.communes.slice(set.offsets[f], set.offsets[f + 1])).sort());
};

describe("allers-retours export → import", () => {
  it("CSV des périmètres : mêmes facilitateurs, structures et zones", () => {
    const original = project();
    const csv = exportPerimetersCsv(index, original);
    expect(csv.startsWith("\uFEFFidentifiant;facilitateur;structure;identifiant structure;siège structure;type structure;ETP;rôle;statut;email;téléphone;mise à jour;niveau;code;nom de la zone;extension\r\n")).toBe(true);
    expect(csv).toContain('"Anne; dite « Nanou »";Structure 1;S1;01001;PLIE;1;facilitateur;en poste;anne@exemple.fr (public) / direction@exemple.fr;03 80 00 00 00;2025-01-15;EPCI;200000001;EPCI 200000001;non\r\n');
    const imported = importCsv(new TextEncoder().encode(csv), territory, { file: "perimetres.csv" });
    expect(errorsOf(imported)).toEqual([]);
    expect(imported.encoding).toBe("UTF-8 avec marque d'ordre d'octets");
    // Into the same project: nothing changes.
    const same = mergeImport(original, imported, { index, today: TODAY });
    expect(same.changes.map((change) => change.kind)).toEqual(original.facilitateurs.map(() => "unchanged"));
    expect(same.project).toEqual(original);
    // Into a project without them: they come back whole.
    const rebuilt = mergeImport(emptied(original), imported, { index, today: TODAY });
    expect(rebuilt.project.facilitateurs).toEqual(original.facilitateurs);
    expect(rebuilt.project.structures).toEqual(original.structures);
    expect(rebuilt.notes).toEqual([]);
  });

  it("XLSX : les mêmes lignes dans un classeur donnent les mêmes données", async () => {
    const original = project();
    const parsed = parseCsv(exportPerimetersCsv(index, original).slice(1));
    if (!parsed.ok) throw new Error("export illisible");
    const bytes = writeXlsx({ Notes: [["rien"]], Périmètres: parsed.rows.map((row) => row.cells) });
    const imported = await importXlsx(bytes, territory, { file: "perimetres.xlsx", sheet: "Périmètres" });
    expect(errorsOf(imported)).toEqual([]);
    const rebuilt = mergeImport(emptied(original), imported, { index, today: TODAY });
    expect(rebuilt.project.facilitateurs).toEqual(original.facilitateurs);
    expect(rebuilt.project.structures).toEqual(original.structures);
  });

  it("listes de codes data·inclusion : mêmes zones, une région listée par ses départements", () => {
    const original = project();
    const json = exportZoneCodes(index, original);
    expect(JSON.parse(json)[4]).toEqual({ id: "F5", nom: "Poste F5", structure: "Structure 3", zone_eligibilite: ["03001"], extensions_limitrophes: ["03002"] });
    const imported = importZoneCodes(json, territory, { file: "codes.json" });
    expect(errorsOf(imported)).toEqual([]);
    const merged = mergeImport(original, imported, { index, today: TODAY });
    expect(merged.changes.map((change) => [change.id, change.kind])).toEqual([
      ["F1", "unchanged"],
      ["F2", "unchanged"],
      ["F3", "unchanged"],
      ["F4", "unchanged"],
      ["F5", "unchanged"],
      ["F6", "unchanged"],
      ["C1", "perimeter-replaced"],
    ]);
    expect(merged.project.facilitateurs[6]!.perimetre).toEqual([
      { niveau: "departement", code: "01" },
      { niveau: "departement", code: "02" },
    ]);
    expect(communesOf(merged.project)).toEqual(communesOf(original));
  });

  it("GeoJSON des périmètres : les contours relus sélectionnent les mêmes communes, extension comprise", () => {
    const original = project();
    const source = createOutlineSource(index, territory.topology);
    const geojson = exportPerimetersGeoJson(index, source, original);
    expect(geojson.features.map((f) => [f.properties.identifiant, f.properties.extension, f.properties.communes])).toEqual([
      ["F1", false, 3],
      ["F2", false, 4],
      ["F3", false, 2],
      ["F4", false, 2],
      ["F5", false, 1],
      ["F5", true, 1],
      ["C1", false, 9],
    ]);
    const imported = importGeoJsonPerimeters(JSON.stringify(geojson), territory, { file: "perimetres.geojson" });
    expect(errorsOf(imported)).toEqual([]);
    const merged = mergeImport(original, imported, { index, today: TODAY });
    expect(communesOf(merged.project)).toEqual(communesOf(original));
    const f5 = merged.project.facilitateurs.find((f) => f.id === "F5")!;
    expect(f5.perimetre).toEqual([
      { niveau: "commune", code: "03001" },
      { niveau: "commune", code: "03002", extension: true },
    ]);
    expect(merged.changes.find((change) => change.id === "F6")).toBeUndefined(); // an empty perimeter has no outline
  });

  it("GeoJSON des zones blanches et CSV des indicateurs", () => {
    const original = tinyProject();
    const result = computeAll(index, original, { links: linkProjectToCommunes(index, territory.shapes, original) });
    const geojson = exportZonesBlanchesGeoJson(index, createOutlineSource(index, territory.topology), result.status);
    for (const feature of geojson.features) {
      const expected = result.status.filter((s) => s === COMMUNE_STATUS[feature.properties.type]).length;
      expect(feature.properties.communes).toBe(expected);
      expect(feature.geometry.type).toBe("MultiPolygon");
    }
    expect(geojson.features.map((f) => f.properties.type)).toContain("sansFacilitateur");
    const csv = exportIndicatorsCsv(index, original, result, "region");
    expect(csv.startsWith(`\uFEFF${REPORT_COLUMNS.map((column) => REPORT_HEADERS[column]).join(";")}\r\n`)).toBe(true);
    expect(csv.trimEnd().split("\r\n")).toHaveLength(3);
  });
});

describe("fusion d'un import dans un projet", () => {
  it("ne touche pas au projet reçu, remplace un périmètre, ajoute un poste et sa structure", () => {
    const original = project();
    const frozen = structuredClone(original);
    const csv = 'identifiant;facilitateur;structure;ETP;code INSEE\nF3;Poste F3;"Maison ""Emploi""; Sud";0,1;02004\n' + ";Nouvelle recrue;PLIE neuf;0,5;02002\n;Nouvelle recrue;PLIE neuf;0,5;02003\n";
    const imported = importCsv(new TextEncoder().encode(csv), territory, { file: "maj.csv" });
    const merged = mergeImport(original, imported, { index, today: TODAY });
    expect(original).toEqual(frozen);
    expect(merged.changes).toEqual([
      { kind: "perimeter-replaced", id: "F3", nom: "Poste F3", before: original.facilitateurs[2]!.perimetre, after: [{ niveau: "commune", code: "02004" }], updatedFields: ["miseAJour"] },
      { kind: "added", id: "nouvelle-recrue", nom: "Nouvelle recrue", after: [{ niveau: "commune", code: "02002" }, { niveau: "commune", code: "02003" }], updatedFields: [] },
    ]);
    expect(merged.project.facilitateurs[2]!.miseAJour).toBe(TODAY);
    expect(merged.structuresAdded).toEqual([{ id: "plie-neuf", nom: "PLIE neuf", type: "autre", communeSiege: "02002" }]);
    expect(merged.notes).toEqual(["structure « PLIE neuf » : siège non donné, placé à Commune 02002 (02002), la commune la plus peuplée de son périmètre ; à corriger si besoin"]);
    expect(merged.project.facilitateurs.at(-1)).toEqual({ id: "nouvelle-recrue", structure: "plie-neuf", nom: "Nouvelle recrue", etp: 0.5, role: "facilitateur", statut: "en-poste", contacts: [], miseAJour: TODAY, perimetre: [{ niveau: "commune", code: "02002" }, { niveau: "commune", code: "02003" }] });
  });
});

describe("GeoJSON mauvais", () => {
  const read = (value: unknown) => importGeoJsonPerimeters(typeof value === "string" ? value : JSON.stringify(value), territory, { file: "zone.geojson", facilitateur: { id: "F1", nom: "Poste F1" } });
  const square = (w: number, s: number, size = 0.25): number[][][] => [[[w, s], [w + size, s], [w + size, s + size], [w, s + size], [w, s]]];

  it("un polygone dessiné prend les communes dont le point intérieur y tombe", () => {
    // Covers the centres of 01001, 01002, 01004, 01005 (cells 0–1 × 0–1) and half of the next cells.
    const result = read({ type: "Polygon", coordinates: square(2, 46, 0.24) });
    expect(result.facilitateurs).toEqual([{ key: "F1", id: "F1", nom: "Poste F1", perimetre: ["01001", "01002", "01004", "01005"].map((code) => ({ niveau: "commune", code })) }]);
  });

  it("situe chaque problème", () => {
    const collection = {
      type: "FeatureCollection",
      features: [
        { type: "Feature", properties: {}, geometry: { type: "Point", coordinates: [2.05, 46.05] } },
        { type: "Feature", properties: {}, geometry: { type: "Polygon", coordinates: square(850000, 6600000) } },
        { type: "Feature", properties: {}, geometry: { type: "Polygon", coordinates: [[[2, 46], [2.1, 46], [2.1, 46.1], [2, 46.1]]] } },
        { type: "Feature", properties: {}, geometry: { type: "Polygon", coordinates: square(10, 10) } },
      ],
    };
    const result = read(collection);
    expect(result.problems.map(({ path, severity, message }) => [path, severity, message.split(" :")[0]])).toEqual([
      ["features[0].geometry", "error", 'géométrie de type "Point"'],
      ["features[1].geometry", "error", "coordonnées hors des bornes WGS84 (850000, 6600000)"],
      ["features[2].geometry", "error", "anneau non fermé"],
      ["features[3].geometry", "warning", "ce polygone ne contient le point intérieur d'aucune commune"],
    ]);
    expect(read("{ \"type\": ").problems[0]!.severity).toBe("error");
    expect(read({ type: "LineString", coordinates: [] }).problems[0]!.message).toBe('GeoJSON de type "LineString" : FeatureCollection, Feature, Polygon ou MultiPolygon attendu');
  });

  it("sans géométrie des communes, le dit", () => {
    const result = importGeoJsonPerimeters(JSON.stringify({ type: "Polygon", coordinates: square(2, 46) }), { index }, { file: "z.geojson" });
    expect(result.problems[0]!.message).toContain("géométrie des communes non chargée");
  });
});

describe("listes de codes sous d'autres formes", () => {
  const read = (text: string) => importZoneCodes(text, territory, { file: "codes.txt", facilitateur: { nom: "Poste X" } });

  it("texte à virgules, colonne CSV, code national", () => {
    expect(read("01001, 200000003,3").facilitateurs[0]!.perimetre).toEqual([
      { niveau: "commune", code: "01001" },
      { niveau: "epci", code: "200000003" },
      { niveau: "departement", code: "03" },
    ]);
    const column = read("nom;zone_eligibilite\nA;01001\nB;1002\n");
    expect(column.facilitateurs[0]!.perimetre).toEqual([
      { niveau: "commune", code: "01001" },
      { niveau: "commune", code: "01002" },
    ]);
    expect(column.problems.map((p) => [p.line, p.column, p.severity])).toEqual([[3, "zone_eligibilite", "warning"]]);
    expect(read('["france"]').facilitateurs[0]!.perimetre).toEqual([
      { niveau: "region", code: "91" },
      { niveau: "region", code: "92" },
    ]);
  });

  it("codes inconnus et valeurs d'un autre type situés", () => {
    const result = read('{"zone_eligibilite": ["01001", "ZZZ", 12, true]}');
    expect(result.problems.map((p) => [p.path, p.severity]).sort()).toEqual([
      ["zone_eligibilite[1]", "error"],
      ["zone_eligibilite[2]", "error"],
      ["zone_eligibilite[3]", "error"],
    ]);
    expect(read("").summary.errors).toBe(1);
  });
});

describe("XLSX", () => {
  it("lit les nombres d'Excel (zéro perdu, ETP décimal) et compte les lignes vides", async () => {
    const bytes = writeXlsx({ Feuil1: [["Facilitateur", "Code INSEE", "ETP"], ["Anne", 1001, 0.5], [null, null, null], ["Anne", 2002, 0.5]] });
    const result = await importXlsx(bytes, territory, { file: "classeur.xlsx" });
    expect(result.facilitateurs[0]!.perimetre).toEqual([
      { niveau: "commune", code: "01001" },
      { niveau: "commune", code: "02002" },
    ]);
    expect(result.facilitateurs[0]!.etp).toBe(0.5);
    expect(result.summary).toMatchObject({ rowsRead: 2, blankLines: 1, errors: 0, warnings: 2 });
    expect(result.problems[0]).toMatchObject({ line: 2, column: "Code INSEE", value: "1001" });
  });

  it("refuse ce qui n'est pas un classeur, et une feuille absente", async () => {
    const notZip = await importXlsx(new TextEncoder().encode("facilitateur;code\n"), territory, { file: "faux.xlsx" });
    expect(notZip.summary.errors).toBe(1);
    expect(notZip.problems[0]!.file).toBe("faux.xlsx");
    const missing = await importXlsx(writeXlsx({ Feuil1: [["a"]] }), territory, { file: "c.xlsx", sheet: "Périmètres" });
    expect(missing.problems[0]!.message).toBe('feuille "Périmètres" introuvable dans le classeur');
  });
});

describe("fichiers GeoJSON types", () => {
  it("accepte Feature et MultiPolygon", () => {
    const feature = { type: "Feature", properties: { identifiant: "F9", facilitateur: "Poste F9", etp: "0,5" }, geometry: { type: "MultiPolygon", coordinates: [[[[2.3, 46], [2.4, 46], [2.4, 46.1], [2.3, 46.1], [2.3, 46]]]] } };
    const result = importGeoJsonPerimeters(JSON.stringify(feature), territory, { file: "f.geojson" });
    expect(result.facilitateurs).toEqual([{ key: "F9", id: "F9", nom: "Poste F9", etp: 0.5, perimetre: [{ niveau: "commune", code: "03001" }] }]);
    const collection: FeatureCollection = { type: "FeatureCollection", features: [] };
    expect(importGeoJsonPerimeters(JSON.stringify(collection), territory, { file: "vide.geojson" }).problems[0]!.message).toBe("aucun polygone dans le fichier");
  });
});
