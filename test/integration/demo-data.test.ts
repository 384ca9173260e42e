// The demo dataset: deterministic, fictional wherever it names someone, shaped like the real
// network, real places for State buyers and grands projets; its figures pinned in a golden file.
import { readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { beforeAll, expect, it } from "vitest";
import { locateCommune } from "../../src/domain/commune-shapes.ts";
import type { Project } from "../../src/domain/model.ts";
import { computeAll, type ComputeResult } from "../../src/domain/recompute.ts";
import { linkProjectToCommunes } from "../../src/domain/spatial-links.ts";
import { COMMUNE_STATUS } from "../../src/domain/zones-blanches.ts";
import { parseProjectFile, serializeProject } from "../../src/io/project-file.ts";
import { buildReport } from "../../src/io/report.ts";
import { generateDemoProject } from "../../scripts/demo/generate.ts";
import type { Territory } from "../../scripts/lib/load-reference.ts";
import { describeWithGeo, loadBuiltTerritory } from "../helpers/territory.ts";

const GOLDEN = fileURLToPath(new URL("../fixtures/golden/demo-national.json", import.meta.url));

/** The golden file's content: national figures, two régions, grands projets (see test/fixtures/golden). */
function goldenFigures(territory: Territory, project: Project, result: ComputeResult) {
  const national = buildReport(territory.index, project, result, "national");
  const regions = buildReport(territory.index, project, result, "region");
  return {
    national: national.territoires[0],
    regions: regions.territoires.filter((row) => row.code === "11" || row.code === "27"),
    regionsSansCoordinateur: national.regionsSansCoordinateur,
    pairesEnChevauchement: national.chevauchements.length,
    grandsProjets: national.grandsProjets.map(({ facilitateurs, ...figures }) => ({ ...figures, facilitateurs: facilitateurs.length })),
  };
}

describeWithGeo("jeu de démonstration", () => {
  let territory: Territory;
  let project: Project;
  let result: ComputeResult;

  beforeAll(() => {
    territory = loadBuiltTerritory();
    project = generateDemoProject(territory.reference, territory.topology);
    result = computeAll(territory.index, project, { links: linkProjectToCommunes(territory.index, territory.shapes, project) });
  });

  it("donne les mêmes octets à chaque génération, et un fichier valide sans avertissement", () => {
    const text = serializeProject(project);
    expect(serializeProject(generateDemoProject(territory.reference, territory.topology))).toBe(text);
    const parsed = parseProjectFile(text, territory.index);
    expect(parsed.ok && parsed.warnings).toEqual([]);
  });

  it("dit partout que les personnes et les structures sont fictives", () => {
    expect(project.demo).toBe(true);
    expect(project.avertissement).toMatch(/^Données fictives/);
    for (const structure of project.structures) expect(structure.nom).toMatch(/fictif|fictive/);
    for (const facilitateur of project.facilitateurs) {
      expect(facilitateur.nom).toMatch(/fictif/);
      for (const contact of facilitateur.contacts) expect(contact.valeur).toMatch(/@exemple\.invalid$/);
    }
    expect(project.structures.some((s) => s.siret !== undefined)).toBe(false);
  });

  it("a la forme du réseau réel", () => {
    const { national, regions } = result.indicators;
    expect(national.facilitateurs).toBe(575);
    expect(national.etp).toBeCloseTo(600, 6);
    expect(regions.find((r) => r.code === "27")).toMatchObject({ nom: "Bourgogne-Franche-Comté", facilitateurs: 22 });
    expect(regions.find((r) => r.code === "27")!.etp).toBeCloseTo(16.8, 6);
    const uncovered = (national.zonesBlanches.sansFacilitateur.communes + national.zonesBlanches.extensionSeulement.communes) / national.total.communes;
    expect(uncovered).toBeGreaterThanOrEqual(0.1);
    expect(uncovered).toBeLessThanOrEqual(0.2);
    // Mostly rural: the communes without facilitator are far less dense than the average.
    const density = (status: number) => {
      let population = 0;
      let area = 0;
      result.status.forEach((s, c) => {
        if (s !== status) return;
        population += territory.index.population[c]!;
        area += territory.index.areaKm2[c]!;
      });
      return population / area;
    };
    expect(density(COMMUNE_STATUS.sansFacilitateur)).toBeLessThan((0.5 * national.total.population) / national.total.areaKm2);
    expect(national.overlap.communes).toBeGreaterThan(0);
    expect(national.zonesBlanches.extensionSeulement.communes).toBeGreaterThan(0);
    expect(national.vacantPosts).toBeGreaterThan(0);
    expect(national.vacantPosts).toBeLessThan(0.06 * national.facilitateurs);
    expect(result.regionsSansCoordinateur.length).toBeGreaterThanOrEqual(2);
    expect(result.regionsSansCoordinateur.length).toBeLessThanOrEqual(3);
  });

  it("place les acheteurs de l'État aux chefs-lieux réels et les grands projets sur leurs communes", () => {
    const communeOf = new Map(project.acheteurs.map((a) => [a.id, a.commune]));
    for (const departement of territory.reference.departements) expect(communeOf.get(`prefecture-${departement.code}`)).toBe(departement.chefLieu);
    for (const region of territory.reference.regions) {
      expect(communeOf.get(`pfra-${region.code}`)).toBe(region.chefLieu);
      expect(communeOf.get(`dreets-${region.code}`)).toBe(region.chefLieu);
    }
    expect(communeOf.get("prefecture-21")).toBe("21231"); // Dijon
    const canal = project.grandsProjets.find((g) => g.id === "canal-seine-nord-europe")!;
    const line = canal.geometrie!.coordinates as [number, number][];
    expect(territory.index.communeCodes[locateCommune(territory.shapes, line[0]!)]).toBe("60159"); // Compiègne
    expect(territory.index.communeCodes[locateCommune(territory.shapes, line.at(-1)!)]).toBe("59023"); // Aubencheul-au-Bac
    expect(project.grandsProjets.find((g) => g.id === "jop-2030-nice")!.communes).toEqual(["06088"]);
  });

  it("garde ses chiffres nationaux et régionaux (fichier de référence)", () => {
    const text = `${JSON.stringify(goldenFigures(territory, project, result), null, 2)}\n`;
    // After a deliberate change of the generator or the engine: UPDATE_GOLDEN=1 node node_modules/vitest/vitest.mjs run --project integration test/integration/demo-data.test.ts
    if (process.env["UPDATE_GOLDEN"]) writeFileSync(GOLDEN, text);
    expect(text).toBe(readFileSync(GOLDEN, "utf8"));
  });
});
