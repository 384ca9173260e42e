// Comparing two scenarios on the tiny territory: each commune's change, counts, indicators side by side.
import { describe, expect, it } from "vitest";
import { linkProjectByCodes } from "../../../src/domain/code-links.ts";
import type { Project } from "../../../src/domain/model.ts";
import { computeAll } from "../../../src/domain/recompute.ts";
import { COMMUNE_CHANGE, classifyChange, compareScenarios } from "../../../src/domain/scenario-compare.ts";
import { COMMUNE_STATUS } from "../../../src/domain/zones-blanches.ts";
import { tinyProject, tinyTerritory } from "../../fixtures/tiny-territory.ts";

const { index } = tinyTerritory();
const compute = (project: Project) => computeAll(index, project, { links: linkProjectByCodes(index, project) });

/** Scenario B: F5's extension over 03002 becomes home territory, F1 leaves 01003, F3 gets 1 ETP. */
function scenarioB(): Project {
  const project = tinyProject();
  return {
    ...project,
    facilitateurs: project.facilitateurs.map((f) => {
      if (f.id === "F5") return { ...f, perimetre: [{ niveau: "commune", code: "03001" }, { niveau: "commune", code: "03002" }] };
      if (f.id === "F1") return { ...f, perimetre: [{ niveau: "commune", code: "01001" }, { niveau: "commune", code: "01002" }] };
      if (f.id === "F2") return { ...f, perimetre: f.perimetre.filter((z) => z.code !== "01003") };
      if (f.id === "F3") return { ...f, etp: 1 };
      return f;
    }),
  };
}

describe("comparaison de scénarios", () => {
  const a = compute(tinyProject());
  const b = compute(scenarioB());
  const comparison = compareScenarios(index, a, b);
  const changeOf = (code: string) => comparison.change[index.communeIndex.get(code)!];

  it("classe chaque commune : gagne, perd, change de type, inchangée", () => {
    expect(changeOf("03002")).toBe(COMMUNE_CHANGE.gagne); // extension only → home (1 ETP for 51,000 habitants)
    expect(changeOf("02002")).toBe(COMMUNE_CHANGE.gagne); // capacity short → covered with 1 ETP
    expect(changeOf("01003")).toBe(COMMUNE_CHANGE.perd); // nobody left: sans facilitateur
    expect(changeOf("03003")).toBe(COMMUNE_CHANGE.inchange);
    expect(comparison.communes.gagne).toEqual(["02002", "02003", "03002"]);
    expect(comparison.communes.perd).toEqual(["01003"]);
  });

  it("compte les communes et habitants de chaque changement", () => {
    expect(comparison.totals.perd).toEqual({ communes: 1, population: 5_000 });
    const sum = Object.values(comparison.totals).reduce((s, t) => s + t.communes, 0);
    expect(sum).toBe(13);
    expect(comparison.transitions[COMMUNE_STATUS.couverte]![COMMUNE_STATUS.sansFacilitateur]).toBe(1);
  });

  it("met les indicateurs côte à côte, avec la différence", () => {
    const national = comparison.indicators.national;
    expect(national.difference.etp).toBeCloseTo(0.9);
    expect(national.difference.zonesBlanches.sansFacilitateur.communes).toBe(1);
    expect(national.difference.covered.communes).toBe(national.b.covered.communes - national.a.covered.communes);
    expect(national.difference.total).toEqual({ communes: 0, population: 0, areaKm2: 0 });
    const d3 = comparison.indicators.departements.find((d) => d.code === "03")!;
    expect(d3.difference.zonesBlanches.extensionSeulement.communes).toBe(-1);
    expect(comparison.indicators.regions.map((r) => r.code)).toEqual(["91", "92"]);
  });

  it("signale un changement de type de zone blanche", () => {
    expect(classifyChange(COMMUNE_STATUS.extensionSeulement, COMMUNE_STATUS.sansFacilitateur)).toBe(COMMUNE_CHANGE.changeDeType);
    const noExtension = tinyProject();
    noExtension.facilitateurs = noExtension.facilitateurs.map((f) => (f.id === "F5" ? { ...f, perimetre: [f.perimetre[0]!] } : f));
    const result = compareScenarios(index, a, compute(noExtension));
    expect(result.communes.changeDeType).toEqual([{ code: "03002", from: COMMUNE_STATUS.extensionSeulement, to: COMMUNE_STATUS.sansFacilitateur }]);
    expect(result.totals.changeDeType.communes).toBe(1);
  });

  it("ne compare pas des résultats d'un autre territoire", () => {
    const shorter = { ...b, status: b.status.subarray(1) };
    expect(() => compareScenarios(index, a, shorter)).toThrow(/même référentiel/);
  });
});
