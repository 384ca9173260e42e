// The merge of a large import matches facilitators through maps (by id, by name), with the
// same rules as before: by id first, else by a name only one facilitator has, names updated
// by the merge included. 20,000 facilitators were matched by scanning the list for each
// (four minutes in the page, issue #17); the browser test measures it (hardening.e2e.ts).
import { describe, expect, it } from "vitest";
import { importCsv } from "../../../src/io/csv-import.ts";
import { mergeImport } from "../../../src/io/import-merge.ts";
import { tinyProject, tinyTerritory } from "../../fixtures/tiny-territory.ts";

const territory = tinyTerritory();
const read = (text: string) => importCsv(new TextEncoder().encode(text), territory, { file: "p.csv" });
const merge = (text: string, project = tinyProject()) => mergeImport(project, read(text), { index: territory.index, today: "2025-12-01" });

describe("fusion d'un import : correspondance par identifiant et par nom", () => {
  it("reconnaît par son nom un facilitateur existant, quelles que soient la casse et les accents", () => {
    const project = tinyProject();
    const name = project.facilitateurs[0]!.nom;
    const result = merge(`facilitateur;code INSEE;ETP\n${name.toUpperCase()};01001;1\n`, project);
    expect(result.changes.map((change) => [change.kind, change.id])).toEqual([[result.changes[0]!.kind, project.facilitateurs[0]!.id]]);
    expect(result.changes[0]!.kind).not.toBe("added");
    expect(result.project.facilitateurs).toHaveLength(project.facilitateurs.length);
  });

  it("par identifiant d'abord ; un nom porté par deux facilitateurs ne désigne personne", () => {
    const project = tinyProject();
    project.facilitateurs[1]!.nom = project.facilitateurs[0]!.nom;
    const [first, second] = project.facilitateurs;
    const result = merge(`identifiant;facilitateur;code INSEE;ETP\n${second!.id};Nouveau nom;01001;1\n;${first!.nom};01002;1\n`, project);
    expect(result.changes[0]).toMatchObject({ id: second!.id, nom: "Nouveau nom" });
    // After the rename, the name is only the first facilitator's: the second line finds it.
    expect(result.changes[1]).toMatchObject({ id: first!.id });
    expect(result.project.facilitateurs).toHaveLength(project.facilitateurs.length);
  });

  it("ajoute 20 000 facilitateurs répartis dans 500 structures, chacun une fois", () => {
    const lines = ["facilitateur;structure;ETP;code INSEE"];
    for (let i = 0; i < 20_000; i++) lines.push(`Poste ${i};Structure importée ${i % 500};1;${i % 2 ? "01001" : "01002"}`);
    const project = tinyProject();
    const result = merge(`${lines.join("\n")}\n`, project);
    expect(result.changes.filter((change) => change.kind === "added")).toHaveLength(20_000);
    expect(result.structuresAdded).toHaveLength(500);
    expect(new Set(result.project.facilitateurs.map((facilitateur) => facilitateur.id)).size).toBe(project.facilitateurs.length + 20_000);
  });
});
