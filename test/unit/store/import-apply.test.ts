// Applying an import: one undo step each; a project file puts every scenario in place; new
// data ends the demo state and takes the user's date.
import { describe, expect, it } from "vitest";
import { workspaceFrom } from "../../../src/domain/workspace.ts";
import { importCsv } from "../../../src/io/csv-import.ts";
import { mergeImport } from "../../../src/io/import-merge.ts";
import { createTerritoryGeometry } from "../../../src/io/territory-geometry.ts";
import { createAppStore } from "../../../src/store/app-store.ts";
import { applyPerimeters, applyProjectFile } from "../../../src/ui/import/apply-import.ts";
import { tinyProject, tinyTerritory } from "../../fixtures/tiny-territory.ts";
import { threeScenarios } from "../../fixtures/workspaces.ts";

const tiny = tinyTerritory();

function demoStore() {
  const store = createAppStore();
  store.getState().setTerritory({ index: tiny.index, geometry: createTerritoryGeometry(tiny.index, tiny.topology), complete: true });
  store.getState().openDocument(workspaceFrom({ nom: "Démo", scenarios: [{ id: "scenario-1", nom: "Situation actuelle", project: { ...tinyProject(), demo: true, avertissement: "Fictif", miseAJour: "2025-11-01" } }], activeScenarioId: "scenario-1" }));
  return store;
}

describe("appliquer un import", () => {
  it("« Remplacer le projet » ouvre tout le projet du fichier en une étape annulable, sous la même clé d'enregistrement", () => {
    const store = demoStore();
    const before = store.getState().document.workspace!;
    const message = applyProjectFile(store, "bfc.json", threeScenarios());
    expect(message).toContain("3 scénario(s)");
    const after = store.getState().document.workspace!;
    expect(after.id).toBe(before.id);
    expect(after.nom).toBe("Bourgogne 2026");
    expect(after.scenarios.map((s) => s.nom)).toEqual(["Situation actuelle", "Sans F6, seuils resserrés", "Variante démo"]);
    expect(after.activeScenarioId).toBe("scenario-2");
    expect(store.getState().derived.project()!.seuils).toEqual({ etpPour100000Habitants: 0.8 });
    store.getState().undo();
    expect(store.getState().document.workspace).toEqual(before);
  });

  it("des périmètres importés mettent fin à la démonstration et prennent la date donnée, en une étape", () => {
    const store = demoStore();
    const result = importCsv(new TextEncoder().encode("facilitateur;structure;code INSEE\nZoé;S1;01005\n"), tiny, { file: "z.csv" });
    const merge = mergeImport(store.getState().derived.project()!, result, { index: tiny.index, today: "2026-03-02" });
    const message = applyPerimeters(store, "z.csv", merge, result, "2026-03-01");
    expect(message).toContain("1 facilitateur(s) ajouté(s)");
    const project = store.getState().derived.project()!;
    expect([project.demo, project.avertissement, project.miseAJour]).toEqual([undefined, undefined, "2026-03-01"]);
    store.getState().undo();
    expect(store.getState().derived.project()!.demo).toBe(true);
  });

  it("annonce les lignes écartées", () => {
    const store = demoStore();
    const result = importCsv(new TextEncoder().encode("facilitateur;structure;code INSEE\nZoé;S1;01005\nYves;S1;99999\n"), tiny, { file: "z.csv", validLinesOnly: true });
    const merge = mergeImport(store.getState().derived.project()!, result, { index: tiny.index, today: "2026-03-02" });
    expect(applyPerimeters(store, "z.csv", merge, result, "2026-03-01")).toContain("1 ligne(s) en erreur écartée(s)");
  });
});
