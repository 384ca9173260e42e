// The three kinds of zone blanche on the hand-made territory, and their thresholds.
import { describe, expect, it } from "vitest";
import { DEFAULT_SEUILS, type Project } from "../../../src/domain/model.ts";
import { computeAll } from "../../../src/domain/recompute.ts";
import { linkProjectToCommunes } from "../../../src/domain/spatial-links.ts";
import { COMMUNE_STATUS } from "../../../src/domain/zones-blanches.ts";
import { tinyProject, tinyTerritory } from "../../fixtures/tiny-territory.ts";

const territory = tinyTerritory();
const { index } = territory;
const run = (project: Project, seuils = DEFAULT_SEUILS) => computeAll(index, project, { links: linkProjectToCommunes(index, territory.shapes, project), seuils });
const statusOf = (result: ReturnType<typeof run>) => Object.fromEntries(index.communeCodes.map((code, c) => [code, result.status[c]]));
const { couverte, sansFacilitateur, extensionSeulement, capaciteInsuffisante } = COMMUNE_STATUS;

describe("zones blanches", () => {
  it("classe chaque commune dans un seul état, le premier qui s'applique", () => {
    expect(statusOf(run(tinyProject()))).toEqual({
      "01001": couverte,
      "01002": couverte,
      "01003": couverte,
      "01004": couverte,
      "01005": couverte,
      "02001": couverte,
      "02002": capaciteInsuffisante, // 0.1 ETP for 38,000 habitants: 0.26 per 100,000
      "02003": capaciteInsuffisante, // the same, the vacant post adding nothing
      "02004": capaciteInsuffisante, // a vacant post only
      "03001": couverte,
      "03002": extensionSeulement,
      "03003": sansFacilitateur,
      "03004": sansFacilitateur,
    });
  });

  it("suit le seuil d'ETP pour 100 000 habitants", () => {
    // F2 brings 0.5 ETP to 51,000 habitants: 0.98 per 100,000.
    const status = statusOf(run(tinyProject(), { ...DEFAULT_SEUILS, etpPour100000Habitants: 1 }));
    expect(status["01004"]).toBe(capaciteInsuffisante);
    expect(status["01003"]).toBe(couverte); // F1 adds 2.86
    expect(status["02002"]).toBe(capaciteInsuffisante);
  });

  it("suit le seuil d'acheteurs de l'État par ETP", () => {
    const project = tinyProject();
    // A second buyer in 01001: F1 (1 ETP, alone there) then serves 2 buyers per ETP.
    project.acheteurs.push({ id: "A4", nom: "Acheteur 4", type: "dreets", commune: "01001" });
    const result = run(project, { ...DEFAULT_SEUILS, acheteursParEtp: 1.2 });
    expect(result.buyerLoad.perFacilitateur[0]).toBeCloseTo(2, 12);
    const status = statusOf(result);
    expect(status["01002"]).toBe(capaciteInsuffisante);
    // 01003 sees F1 (2 buyers per ETP) and F2 (none), weighted by the ETP each brings there: 1.49.
    const f1 = 5_000 / 35_000;
    const f2 = (0.5 * 5_000) / 51_000;
    expect(result.buyerLoad.perCommune[index.communeIndex.get("01003")!]).toBeCloseTo((2 * f1) / (f1 + f2), 12);
    expect(status["01003"]).toBe(capaciteInsuffisante);
    expect(status["01004"]).toBe(couverte);
  });

  it("prend les seuils du projet quand l'appel n'en donne pas", () => {
    const project = { ...tinyProject(), seuils: { etpPour100000Habitants: 0.2 } };
    const result = computeAll(index, project, { links: linkProjectToCommunes(index, territory.shapes, project) });
    expect(result.seuils).toEqual({ etpPour100000Habitants: 0.2, acheteursParEtp: DEFAULT_SEUILS.acheteursParEtp });
    expect(statusOf(result)["02002"]).toBe(couverte);
  });
});
