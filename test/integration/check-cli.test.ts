// npm run check on a good file (summary, --out project file) and on the messy Excel file.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, expect, it } from "vitest";
import { projectRoot } from "../../scripts/lib/geo-inputs.mjs";
import { parseProjectFile } from "../../src/io/project-file.ts";
import { main } from "../../scripts/check.ts";
import { runCli } from "../helpers/cli.ts";
import { describeWithGeo, loadBuiltTerritory } from "../helpers/territory.ts";

// In-process: the same exit code and printed text as `npm run check`, without a process per case.
const run = (args: string[]) => runCli(main, args);

describeWithGeo("npm run check", () => {
  let dir: string;
  beforeAll(() => {
    loadBuiltTerritory(); // builds public/geo when missing
    dir = mkdtempSync(join(tmpdir(), "check-"));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("vérifie un bon fichier, imprime le résumé et écrit le fichier projet", async () => {
    const file = join(dir, "bon.csv");
    writeFileSync(file, "\uFEFFfacilitateur;structure;ETP;code INSEE;EPCI\r\nAnne Martin;PLIE du Calvados;0,8;;200065597\r\nAnne Martin;PLIE du Calvados;0,8;14011;\r\n");
    const out = join(dir, "projet.json");
    const result = await run([file, "--out", out]);
    expect(result.stderr).toBe("");
    expect(result.status).toBe(0);
    expect(result.stdout).toContain("bon.csv : import csv, encodage UTF-8 avec marque d'ordre d'octets");
    expect(result.stdout).toContain('avertissement bon.csv, ligne 3, colonne « code INSEE », valeur "14011" : ancien code 14011 (commune déléguée) remplacé par 14581 (Aurseulles)');
    expect(result.stdout).toContain("Lignes lues : 2\nFacilitateurs : 1\nZones : 2\nCommunes atteintes : 49\nCodes migrés : 1\nErreurs : 0\nAvertissements : 1\n");
    const parsed = parseProjectFile(readFileSync(out, "utf8"), loadBuiltTerritory().index);
    if (!parsed.ok) throw new Error("projet écrit invalide");
    expect(parsed.project.facilitateurs[0]).toMatchObject({ id: "anne-martin", nom: "Anne Martin", etp: 0.8, structure: "plie-du-calvados", perimetre: [{ niveau: "epci", code: "200065597" }, { niveau: "commune", code: "14581" }] });
    expect(parsed.project.structures[0]).toMatchObject({ id: "plie-du-calvados", communeSiege: "14118" });
  });

  it("liste les erreurs du CSV d'Excel et sort avec le code 1 sans écrire le projet", async () => {
    const out = join(dir, "jamais.json");
    const result = await run([join(projectRoot, "test/fixtures/imports/perimetres-excel-1252.csv"), "--format", "csv", "--out", out]);
    expect(result.status).toBe(1);
    expect(result.stdout).toContain('ERREUR perimetres-excel-1252.csv, ligne 11, colonne « Code INSEE », valeur "99999" : code INSEE de commune inconnu');
    expect(result.stdout).toContain("Erreurs : 2\nAvertissements : 7\n");
    expect(result.stdout).toContain("Fichier projet non écrit");
    expect(() => readFileSync(out)).toThrow();
  });

  it("code 2 pour un mauvais usage", async () => {
    const result = await run(["x.csv", "--format", "ods"]);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain("format inconnu « ods » (csv, xlsx, geojson, codes, json)");
    expect((await run([join(dir, "absent.csv")])).stderr).toContain("fichier introuvable");
  });
});
