// npm run assemble on three regional files: the national file is written, every conflict is
// listed with what was done, and the result reads back; bad calls fail in French.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, expect, it } from "vitest";
import { main as assembleMain } from "../../scripts/assemble.ts";
import { PROJECT_SCHEMA, type Facilitateur, type Project } from "../../src/domain/model.ts";
import { parseProjectFile, serializeProject, serializeWorkspace } from "../../src/io/project-file.ts";
import { runCli } from "../helpers/cli.ts";
import { describeWithGeo, loadBuiltTerritory } from "../helpers/territory.ts";

const post = (id: string, structure: string, nom: string, perimetre: Facilitateur["perimetre"]): Facilitateur => ({ id, structure, nom, etp: 1, role: "facilitateur", statut: "en-poste", contacts: [], miseAJour: "2026-01-05", perimetre });
const regional = (nom: string, fields: Partial<Project>): Project => ({ schema: PROJECT_SCHEMA, nom, structures: [], facilitateurs: [], acheteurs: [], grandsProjets: [], ...fields });

const BFC = regional("Bourgogne-Franche-Comté", {
  miseAJour: "2026-01-20",
  structures: [{ id: "PLIE-1", nom: "PLIE de Dijon", type: "plie", communeSiege: "21231" }],
  facilitateurs: [post("F-21", "PLIE-1", "Anne", [{ niveau: "departement", code: "21" }]), post("F-58", "PLIE-1", "Bruno", [{ niveau: "departement", code: "58" }])],
  acheteurs: [{ id: "A1", nom: "Préfecture de la Côte-d'Or", type: "prefecture", commune: "21231" }],
});
// Grand Est: the same structure id for another structure, a post that also covers Dijon, its own thresholds.
const GE = regional("Grand Est", {
  miseAJour: "2026-01-12",
  seuils: { etpPour100000Habitants: 0.8 },
  structures: [{ id: "PLIE-1", nom: "PLIE de Strasbourg", type: "plie", communeSiege: "67482" }],
  facilitateurs: [post("F-67", "PLIE-1", "Chloé", [{ niveau: "departement", code: "67" }, { niveau: "commune", code: "21231" }])],
});
// Normandie: the same acheteur id as Bourgogne's, another record; one post id shared, identical record.
const NORMANDIE = regional("Normandie", {
  miseAJour: "2026-02-01",
  structures: [{ id: "PLIE-1", nom: "PLIE de Dijon", type: "plie", communeSiege: "21231" }, { id: "MDE-14", nom: "Maison de l'emploi de Caen", type: "maison-de-l-emploi", communeSiege: "14118" }],
  facilitateurs: [post("F-14", "MDE-14", "Denis", [{ niveau: "departement", code: "14" }]), post("F-21", "PLIE-1", "Anne", [{ niveau: "departement", code: "21" }])],
  acheteurs: [{ id: "A1", nom: "Préfecture du Calvados", type: "prefecture", commune: "14118" }],
});

describeWithGeo("npm run assemble", () => {
  let dir: string;
  const path = (name: string) => join(dir, name);

  beforeAll(() => {
    loadBuiltTerritory();
    dir = mkdtempSync(join(tmpdir(), "assemblage-"));
    writeFileSync(path("bfc.json"), serializeProject(BFC));
    // A file of several scenarios: its first scenario is assembled.
    writeFileSync(path("grand-est.json"), serializeWorkspace({ nom: GE.nom, activeScenarioId: "scenario-2", scenarios: [{ id: "scenario-1", nom: "Situation actuelle", project: GE }, { id: "scenario-2", nom: "Essai", project: { ...GE, facilitateurs: [] } }] }));
    writeFileSync(path("normandie.json"), serializeProject(NORMANDIE));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("assemble trois fichiers régionaux et liste leurs conflits avant tout usage", async () => {
    const out = path("national.json");
    const ran = await runCli(assembleMain, [path("bfc.json"), path("grand-est.json"), path("normandie.json"), "--out", out, "--nom", "France entière"]);
    expect(ran.status).toBe(0);
    const lines = ran.stderr.trim().split("\n");
    expect(lines[0]).toBe(`Projet « France entière » écrit dans ${out} : 4 facilitateur(s), 3 structure(s) de 3 fichiers`);
    expect(lines.slice(1)).toEqual([
      "6 conflit(s) :",
      "  structure « PLIE-1 » dans bfc.json et grand-est.json, différent : celui de grand-est.json devient « PLIE-1-2 »",
      "  structure « PLIE-1 » dans bfc.json et normandie.json, identique : gardé une fois",
      "  facilitateur « F-21 » dans bfc.json et normandie.json, identique : gardé une fois",
      "  acheteur « A1 » dans bfc.json et normandie.json, différent : celui de normandie.json devient « A1-3 »",
      "  1 commune(s) dans les périmètres de bfc.json et de grand-est.json (comptées en chevauchement) : 21231 Dijon",
      "  seuils différents (bfc.json : 0.5 ETP pour 100 000 habitants, 10 acheteurs par ETP ; grand-est.json : 0.8 ETP pour 100 000 habitants, 10 acheteurs par ETP ; normandie.json : 0.5 ETP pour 100 000 habitants, 10 acheteurs par ETP) : ceux de bfc.json sont gardés",
    ]);
    const read = parseProjectFile(readFileSync(out, "utf8"), loadBuiltTerritory().index);
    if (!read.ok) throw new Error("fichier assemblé illisible");
    expect(read.project.facilitateurs.map((f) => [f.id, f.structure])).toEqual([
      ["F-21", "PLIE-1"],
      ["F-58", "PLIE-1"],
      ["F-67", "PLIE-1-2"],
      ["F-14", "MDE-14"],
    ]);
    expect(read.project.miseAJour).toBe("2026-01-12");
  });

  it("refuse en français : un seul fichier, sortie absente, fichier invalide", async () => {
    const one = await runCli(assembleMain, [path("bfc.json"), "--out", path("x.json")]);
    expect([one.status, one.stderr]).toEqual([2, expect.stringContaining("au moins deux fichiers projet")]);
    const noOut = await runCli(assembleMain, [path("bfc.json"), path("normandie.json")]);
    expect([noOut.status, noOut.stderr]).toEqual([2, expect.stringContaining("--out manquant")]);
    writeFileSync(path("casse.json"), '{"schema":"carto-clause-sociale/projet@2","nom":"x"}');
    const broken = await runCli(assembleMain, [path("bfc.json"), path("casse.json"), "--out", path("x.json")]);
    expect([broken.status, broken.stderr]).toEqual([1, expect.stringContaining("casse.json : fichier projet invalide")]);
  });
});
