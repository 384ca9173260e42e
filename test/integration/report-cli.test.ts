// npm run report on the demo dataset (its figures must be the golden file's) and on broken
// files, each tool called in-process through its main(argv).
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, expect, it } from "vitest";
import { REPORT_COLUMNS, REPORT_HEADERS, type Report } from "../../src/io/report.ts";
import { main as demoDataMain } from "../../scripts/demo-data.ts";
import { projectRoot } from "../../scripts/lib/geo-inputs.mjs";
import { main as besoinsMain } from "../../scripts/besoins.ts";
import { main as reportMain } from "../../scripts/report.ts";
import { runCli } from "../helpers/cli.ts";
import { describeWithGeo, loadBuiltTerritory } from "../helpers/territory.ts";

const fixture = (name: string) => join(projectRoot, "test/fixtures", name);
const tools = { "scripts/demo-data.ts": demoDataMain, "scripts/report.ts": reportMain, "scripts/besoins.ts": besoinsMain };
const run = (script: keyof typeof tools, args: string[]) => runCli(tools[script], args);

describeWithGeo("npm run report", () => {
  let dir: string;
  let demoFile: string;
  const golden = JSON.parse(readFileSync(fixture("golden/demo-national.json"), "utf8")) as { national: unknown; regions: { code: string }[] };

  beforeAll(async () => {
    loadBuiltTerritory(); // fails, saying what to build, when public/geo is missing
    dir = mkdtempSync(join(tmpdir(), "rapport-"));
    demoFile = join(dir, "projet-demo.json");
    const generated = await run("scripts/demo-data.ts", ["--out", demoFile]);
    expect(generated.stderr).toBe("");
    expect(generated.status).toBe(0);
    expect(generated.stdout).toContain("Facilitateurs : 575");
  });

  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("imprime les chiffres nationaux du fichier de référence", async () => {
    const result = await run("scripts/report.ts", [demoFile]);
    expect(result.status).toBe(0);
    expect(result.stderr).toBe("");
    const report = JSON.parse(result.stdout) as Report;
    expect(report.niveau).toBe("national");
    expect(report.projet.demo).toBe(true);
    expect(report.territoires).toEqual([golden.national]);
  });

  it("écrit les régions en CSV dans un fichier, avec les mêmes chiffres", async () => {
    const out = join(dir, "regions.csv");
    const result = await run("scripts/report.ts", [demoFile, "--level", "region", "--format", "csv", "--out", out]);
    expect(result.status).toBe(0);
    const csv = readFileSync(out, "utf8");
    expect(csv.startsWith(`\uFEFF${REPORT_COLUMNS.map((column) => REPORT_HEADERS[column]).join(";")}\r\n`)).toBe(true);
    const rows = csv.trimEnd().split("\r\n").slice(1);
    expect(rows).toHaveLength(18);
    const json = JSON.parse((await run("scripts/report.ts", [demoFile, "--level", "region"])).stdout) as Report;
    for (const expected of golden.regions) expect(json.territoires.find((row) => row.code === expected.code)).toEqual(expected);
  });

  it("refuse un fichier invalide en situant chaque erreur, en français", async () => {
    const result = await run("scripts/report.ts", [fixture("projects/projet-casse.json")]);
    expect(result.status).toBe(1);
    expect(result.stdout).toBe("");
    expect(result.stderr).toContain("projet-casse.json : fichier projet invalide, 2 erreur(s)");
    expect(result.stderr).toContain('facilitateurs[1].structure : structure inconnue "s2"');
    expect(result.stderr).toContain('facilitateurs[1].etp : nombre attendu, trouvé "abc"');
    expect(result.stderr).toContain("facilitateurs[1].perimetre[0].code : code INSEE de commune inconnu du référentiel (@etalab/decoupage-administratif 6.0.0) : \"1053\" ; un code INSEE a 5 caractères : « 01053 » ?");
  });

  it("situe une erreur de syntaxe JSON par sa ligne et sa colonne", async () => {
    const result = await run("scripts/report.ts", [fixture("projects/projet-json-casse.json")]);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain("ligne 5, colonne 18 : JSON invalide : « , » ou « } » attendu, trouvé « \" »");
  });

  it("explique un mauvais usage", async () => {
    const result = await run("scripts/report.ts", [demoFile, "--level", "commune"]);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain("niveau inconnu « commune » (national, region ou departement)");
    expect((await run("scripts/report.ts", [join(dir, "absent.json")])).stderr).toContain("fichier introuvable");
  });

  it("ajoute le bilan des besoins d'un fichier DECP par région, les mêmes chiffres que npm run besoins, en JSON et en CSV", async () => {
    const decp = fixture("decp/marches-cas.csv");
    const result = await run("scripts/report.ts", [demoFile, "--level", "region", "--besoins", decp]);
    expect(result.status).toBe(0);
    const report = JSON.parse(result.stdout) as Report;
    expect(report.besoins!.provenance).toMatch(/^Besoins : DECP, marchés notifiés du .+ au .+, \d+ marchés, \d+ non localisés$/);
    expect(result.stderr).toContain(report.besoins!.provenance);
    const alone = JSON.parse((await run("scripts/besoins.ts", [decp, "--level", "region"])).stdout) as { territoires: { niveau: string }[] };
    expect(report.besoins!.territoires).toEqual(alone.territoires.filter((row) => row.niveau === "region"));
    expect(report.besoins!.territoires.length).toBeGreaterThan(0);
    const csv = (await run("scripts/report.ts", [demoFile, "--level", "region", "--format", "csv", "--besoins", decp])).stdout;
    const [header, ...rows] = csv.trimEnd().split("\r\n");
    expect(header!.split(";").slice(-5)).toEqual(["Marchés", "Montant HT (€)", "Marchés de l'État", "Marchés avec considération sociale", "Marchés au-dessus des seuils européens sans considération sociale"]);
    expect(rows).toHaveLength(18);
    const missing = await run("scripts/report.ts", [demoFile, "--besoins", join(dir, "absent.csv")]);
    expect(missing.status).toBe(2);
    expect(missing.stderr).toContain("--besoins : fichier introuvable");
  });

  it("lit un tableau de périmètres CSV comme l'import de l'application", async () => {
    const file = join(dir, "bon.csv");
    writeFileSync(file, "\uFEFFfacilitateur;structure;ETP;code INSEE;EPCI\r\nAnne Martin;PLIE du Calvados;0,8;;200065597\r\nAnne Martin;PLIE du Calvados;0,8;14011;\r\n");
    const result = await run("scripts/report.ts", [file]);
    expect(result.status).toBe(0);
    expect(result.stderr).toContain('bon.csv, ligne 3, colonne « code INSEE », valeur "14011" : ancien code 14011 (commune déléguée) remplacé par 14581 (Aurseulles)');
    const report = JSON.parse(result.stdout) as Report;
    expect(report.projet.nom).toBe("bon");
    expect(report.territoires[0]).toMatchObject({ code: "FR", facilitateurs: 1, etp: 0.8, structures: 1, communesCouvertes: 49 });
  });

  it("refuse un CSV en erreur en situant chaque erreur par sa ligne et sa colonne", async () => {
    const result = await run("scripts/report.ts", [fixture("imports/perimetres-excel-1252.csv")]);
    expect(result.status).toBe(1);
    expect(result.stdout).toBe("");
    expect(result.stderr).toContain("perimetres-excel-1252.csv : tableau de périmètres invalide, 2 erreur(s)");
    expect(result.stderr).toContain('perimetres-excel-1252.csv, ligne 11, colonne « Code INSEE », valeur "99999" : code INSEE de commune inconnu');
  });
});
