// npm run besoins on the messy fixtures of both shapes (figures counted by hand), its options
// and mistakes, and a generated national-size table (1,000,000 rows), called in-process.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, expect, it } from "vitest";
import { NEEDS_REPORT_COLUMNS, NEEDS_REPORT_HEADERS, type NeedsReport } from "../../src/io/needs-report.ts";
import { main } from "../../scripts/besoins.ts";
import { main as checkMain } from "../../scripts/check.ts";
import { projectRoot } from "../../scripts/lib/geo-inputs.mjs";
import { loadTerritoryIndex } from "../../scripts/lib/load-reference.ts";
import { writeDecpDemo } from "../../scripts/lib/write-decp-demo.ts";
import { runCli } from "../helpers/cli.ts";
import { describeWithGeo } from "../helpers/territory.ts";

const fixture = (name: string) => join(projectRoot, "test/fixtures/decp", name);
const run = (args: string[]) => runCli(main, args);
const parse = (stdout: string) => JSON.parse(stdout) as NeedsReport;

describeWithGeo("npm run besoins", () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), "besoins-"));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it.each(["marches-cas.json", "marches-cas.csv"])("compte %s comme à la main, par région", async (name) => {
    const result = await run([fixture(name), "--level", "region"]);
    expect(result.status).toBe(0);
    expect(result.stderr).toContain("Besoins : DECP, marchés notifiés du 01/07/2024 au 30/06/2025, 8 marchés, 1 non localisés");
    const report = parse(result.stdout);
    expect(Object.keys(report)).toEqual(["territoires", "nonLocalises", "ecartes"]);
    // See test/unit/domain/needs.test.ts for the count, contract by contract.
    expect(report.territoires[0]).toEqual({
      niveau: "national",
      code: "FR",
      nom: "France",
      marches: 8,
      montantHT: 975_000,
      marchesEtat: 2,
      marchesAvecConsiderationSociale: 2,
      marchesAuDessusDesSeuilsSansConsiderationSociale: 1,
    });
    expect(report.territoires).toHaveLength(1 + 18);
    expect(report.territoires.find((row) => row.code === "84")).toEqual({
      niveau: "region",
      code: "84",
      nom: "Auvergne-Rhône-Alpes",
      marches: 3,
      montantHT: 210_000,
      marchesEtat: 1,
      marchesAvecConsiderationSociale: 1,
      marchesAuDessusDesSeuilsSansConsiderationSociale: 0,
    });
    expect(report.nonLocalises).toBe(1);
    expect(report.ecartes.every((ecarte) => typeof ecarte.raison === "string" && ecarte.raison !== "")).toBe(true);
    expect(report.ecartes.map((ecarte) => ecarte.id).sort()).toEqual(
      ["M-1E17", "M-DIJON", "M-PUBLIE-AVANT", "M-UN-EURO", "M-ZERO", ...(name.endsWith(".json") ? ["M-PARIS-11"] : [])].sort(),
    );
  });

  it("compte un marché situé au département dans son département et sa région, dans aucune commune", async () => {
    const departements = parse((await run([fixture("marches-cas.json"), "--level", "departement"])).stdout);
    expect(departements.territoires.find((row) => row.code === "2A")!.marches).toBe(1);
    const communes = parse((await run([fixture("marches-cas.json"), "--level", "commune"])).stdout);
    const rows = communes.territoires.slice(1);
    expect(rows.every((row) => row.niveau === "commune")).toBe(true);
    // Only the communes of the six contracts placed in communes: 2A's and the région's are in none.
    const sum = rows.reduce((total, row) => total + row.marches, 0);
    expect(Math.round(sum * 100) / 100).toBe(5);
    expect(rows.filter((row) => row.marches > 0).map((row) => [row.code, row.marches])).toEqual([
      ["01053", 0.87],
      ["01344", 0.13],
      ["10174", 1],
      ["21231", 1],
      ["69123", 1],
      ["75056", 1],
    ]);
  });

  it("suit --du, --au et --acheteurs-etat (liste ou fichier)", async () => {
    const list = join(dir, "etat.txt");
    writeFileSync(list, "SIRET\n21210231500019\n");
    for (const value of ["21210231500019", list]) {
      const result = await run([fixture("marches-cas.csv"), "--du", "2025-01-01", "--au", "2025-12-31", "--acheteurs-etat", value]);
      expect(result.status).toBe(0);
      expect(result.stderr).toContain("marchés notifiés du 01/01/2025 au 31/12/2025, 4 marchés");
      const [france] = parse(result.stdout).territoires;
      expect([france!.marches, france!.marchesEtat, france!.montantHT]).toEqual([4, 3, 740_000]);
    }
  });

  it("écrit du CSV pour les tableurs, par le seul écrivain CSV", async () => {
    const out = join(dir, "regions.csv");
    const result = await run([fixture("marches-cas.json"), "--level", "region", "--format", "csv", "--out", out]);
    expect(result.status).toBe(0);
    const csv = readFileSync(out, "utf8");
    expect(csv.startsWith(`\uFEFF${NEEDS_REPORT_COLUMNS.map((column) => NEEDS_REPORT_HEADERS[column]).join(";")}\r\n`)).toBe(true);
    expect(csv).toContain("\r\nregion;84;Auvergne-Rhône-Alpes;3;210000;1;1;0\r\n");
    expect(csv.trimEnd().split("\r\n")).toHaveLength(1 + 1 + 18);
  });

  it("explique un mauvais usage et refuse ce qui n'est pas DECP", async () => {
    expect((await run([fixture("marches-cas.csv"), "--level", "epci"])).stderr).toContain("niveau inconnu « epci » (national, region, departement ou commune)");
    expect((await run([fixture("marches-cas.csv"), "--du", "2025-02-30"])).stderr).toContain("--du : date AAAA-MM-JJ attendue, trouvé « 2025-02-30 »");
    expect((await run([fixture("marches-cas.csv"), "--du", "2025-03-01", "--au", "2025-01-01"])).status).toBe(2);
    expect((await run([fixture("marches-cas.csv"), "--acheteurs-etat", "12345"])).stderr).toContain("« 12345 » n'est ni un SIREN (9 chiffres) ni un SIRET (14 chiffres)");
    expect((await run([join(dir, "absent.csv")])).stderr).toContain("fichier introuvable");
    const perimeters = join(dir, "perimetres.csv");
    writeFileSync(perimeters, "facilitateur;code INSEE;etp\nA;01001;1\n");
    const refused = await run([perimeters]);
    expect(refused.status).toBe(1);
    expect(refused.stderr).toContain("n'est pas reconnu comme des données essentielles de la commande publique (DECP)");
  });

  it("npm run check reconnaît un fichier DECP et renvoie à npm run besoins", async () => {
    const result = await runCli(checkMain, [fixture("marches-cas.json")]);
    expect(result.status).toBe(0);
    expect(result.stdout).toContain("marches-cas.json : Données des marchés publics (DECP) : JSON réglementaire, pas un fichier de facilitateurs.");
    expect(result.stdout).toContain("npm run besoins --");
  });

  it("lit un tableau national généré d'un million de lignes, en flux", async () => {
    const file = join(dir, "decp-national.csv");
    const tally = writeDecpDemo(file, loadTerritoryIndex().reference, { rows: 1_000_000, seed: "test-national", au: "2025-06-30" });
    expect(tally.rows).toBeGreaterThanOrEqual(1_000_000);
    const result = await run([file, "--level", "region"]);
    rmSync(file);
    expect(result.status).toBe(0);
    const report = parse(result.stdout);
    const [france, ...regions] = report.territoires;
    // Every contract the generator wrote, once, whatever its holders and states; anomalies set aside.
    expect(france!.marches).toBe(tally.contracts);
    // The régions hold every located contract (hundredths add up exactly); France adds the unplaced ones.
    const located = regions.reduce((sum, row) => sum + row.marches, 0);
    expect(report.nonLocalises).toBeGreaterThan(0);
    expect(Math.round(located * 100) / 100 + report.nonLocalises).toBe(tally.contracts);
    expect(report.ecartes.filter((ecarte) => ecarte.raison.startsWith("montant")).length).toBe(tally.anomalies);
  });
});
