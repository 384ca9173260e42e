// Assembling regional projects into one: everything kept, every conflict listed with what was done.
import { describe, expect, it } from "vitest";
import { assembleProjects, describeConflict } from "../../../src/domain/assemble.ts";
import type { Project } from "../../../src/domain/model.ts";
import { tinyProject, tinyTerritory } from "../../fixtures/tiny-territory.ts";

const { index } = tinyTerritory();
const base = tinyProject();

/** Région 91's part (départements 01 and 02) and région 92's (département 03), as two coordinators keep them. */
const region91: Project = { ...base, nom: "R91", miseAJour: "2026-02-01", facilitateurs: base.facilitateurs.filter((f) => ["F1", "F2", "F3"].includes(f.id)), acheteurs: base.acheteurs.slice(0, 1), grandsProjets: [] };
const region92: Project = {
  ...base,
  nom: "R92",
  miseAJour: "2026-01-10",
  seuils: { etpPour100000Habitants: 1 },
  structures: [base.structures[0]!, { ...base.structures[2]!, nom: "Autre nom" }],
  facilitateurs: [
    { ...base.facilitateurs[4]!, perimetre: [...base.facilitateurs[4]!.perimetre, { niveau: "commune", code: "02002" }] },
    { ...base.facilitateurs[0]!, nom: "Un autre F1", structure: "S3" },
  ],
  acheteurs: [base.acheteurs[1]!],
  grandsProjets: base.grandsProjets,
};

describe("assembler des projets régionaux", () => {
  it("garde tout, renomme ce qui diffère et liste chaque conflit", () => {
    const { project, conflicts } = assembleProjects(index, [{ label: "r91.json", project: region91 }, { label: "r92.json", project: region92 }], "National");
    expect(project.nom).toBe("National");
    expect(project.miseAJour).toBe("2026-01-10");
    expect(project.seuils).toBeUndefined();
    expect(project.facilitateurs.map((f) => [f.id, f.structure])).toEqual([
      ["F1", "S1"],
      ["F2", "S1"],
      ["F3", "S2"],
      ["F5", "S3-2"],
      ["F1-2", "S3-2"],
    ]);
    expect(project.structures.map((s) => s.id)).toEqual(["S1", "S2", "S3", "S3-2"]);
    expect(conflicts.map((conflict) => describeConflict(conflict))).toEqual([
      "structure « S1 » dans r91.json et r92.json, identique : gardé une fois",
      "structure « S3 » dans r91.json et r92.json, différent : celui de r92.json devient « S3-2 »",
      "facilitateur « F1 » dans r91.json et r92.json, différent : celui de r92.json devient « F1-2 »",
      "4 commune(s) dans les périmètres de r91.json et de r92.json (comptées en chevauchement) : 01001 Commune 01001, 01002 Commune 01002, 01003 Commune 01003, 02002 Commune 02002",
      "seuils différents (r91.json : 0.5 ETP pour 100 000 habitants, 10 acheteurs par ETP ; r92.json : 1 ETP pour 100 000 habitants, 10 acheteurs par ETP) : ceux de r91.json sont gardés",
    ]);
  });

  it("sans conflit quand les projets se complètent", () => {
    const a: Project = { ...base, facilitateurs: base.facilitateurs.slice(0, 1), acheteurs: [], grandsProjets: [] };
    const b: Project = { ...base, structures: [], facilitateurs: [], acheteurs: base.acheteurs, grandsProjets: [] };
    expect(assembleProjects(index, [{ label: "a", project: a }, { label: "b", project: b }], "N").conflicts).toEqual([]);
  });
});
