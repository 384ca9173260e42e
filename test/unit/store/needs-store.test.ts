// Needs in the store: a DECP file read as the import worker reads it, put in the workspace
// as one undoable step; the figures then measure zone blanche 3 on it; the saved record
// keeps it, and a damaged one opens the project without it. The window is the 12 months up
// to the latest notification (2 June 2025).
import { describe, expect, it } from "vitest";
import { DEFAULT_SEUILS_BESOINS } from "../../../src/domain/needs/needs-settings.ts";
import { workspaceFrom } from "../../../src/domain/workspace.ts";
import { createTerritoryGeometry } from "../../../src/io/territory-geometry.ts";
import { recordOfWorkspace, restoreWorkspace } from "../../../src/persistence/workspace-record.ts";
import { createAppStore } from "../../../src/store/app-store.ts";
import { bilanRows, needsTotalsOf } from "../../../src/store/needs-selectors.ts";
import { applyNeeds, needsBlocked } from "../../../src/ui/import/NeedsImport.tsx";
import { needsProvenanceLine, zoneBlanche3Sentence } from "../../../src/ui/needs/needs-text.ts";
import { readNeedsJob } from "../../../src/workers/needs-job.ts";
import { tinyProject, tinyTerritory } from "../../fixtures/tiny-territory.ts";

const tiny = tinyTerritory();
const HEADER = "uid;id;nature;acheteur_id;acheteur_nom;montant;codeCPV;dateNotification;considerationsSociales;lieuExecution_code;lieuExecution_typeCode";
const csv = (...rows: string[]) => new TextEncoder().encode([HEADER, ...rows].join("\n") + "\n");
/** Three contracts in 01001 (two of the State: SIREN starting with 1), one in département 02, one nowhere. */
const FILE = csv(
  "1;M1;Marché;13000000000011;Préfecture fictive;100000;72000000;2025-03-01;Clause sociale;01001;Code commune",
  "2;M2;Marché;13000000000011;Préfecture fictive;50000;72000000;2025-04-01;Pas de considération sociale;01001;Code commune",
  "3;M3;Marché;21000000000011;Commune fictive;60000;45000000;2025-05-01;Pas de considération sociale;01001;Code commune",
  "4;M4;Marché;21000000000011;Commune fictive;70000;45000000;2025-06-01;Pas de considération sociale;02;Code département",
  "5;M5;Marché;21000000000011;Commune fictive;80000;45000000;2025-06-02;Pas de considération sociale;99999;Code commune",
);

function store(demo = false) {
  const s = createAppStore();
  s.getState().setTerritory({ index: tiny.index, geometry: createTerritoryGeometry(tiny.index, tiny.topology), complete: true });
  s.getState().openDocument(workspaceFrom({ nom: "P", scenarios: [{ id: "scenario-1", nom: "Situation actuelle", project: { ...tinyProject(), ...(demo && { demo: true }) } }], activeScenarioId: "scenario-1" }));
  return s;
}

describe("besoins dans le document", () => {
  it("l'import est une étape annulable ; zone blanche 3 est alors mesurée sur les besoins", async () => {
    const s = store();
    expect(s.getState().derived.needs()).toBeNull();
    expect(s.getState().derived.result()!.needs).toBeUndefined();
    const read = await readNeedsJob({ kind: "needs", format: "decp-table", file: "m.csv", bytes: FILE });
    expect(needsBlocked({ running: false, percent: 100, result: read, failure: null })).toBeNull();
    expect(applyNeeds(s, read, "replace")).toContain("5 marché(s) lu(s)");
    const needs = s.getState().derived.needs()!;
    expect(needs.aggregate.marches).toBe(5);
    expect(needs.aggregate.nonLocalises).toBe(1);
    expect(s.getState().derived.result()!.needs).toBeDefined();
    expect(needsProvenanceLine(needs)).toBe("Besoins : DECP, marchés notifiés du 3 juin 2024 au 2 juin 2025, 5 marchés, 1 non localisés");
    const d01 = needsTotalsOf(tiny.index, needs, { level: "departement", code: "01" });
    expect([d01.marches, d01.marchesEtat, d01.marchesAvecConsiderationSociale, d01.montantHT]).toEqual([3, 2, 1, 210_000]);
    const rows = bilanRows(tiny.index, needs, null);
    expect(rows.find((row) => row.niveau === "departement" && row.code === "02")!.besoins.marches).toBe(1);
    s.getState().undo();
    expect(s.getState().document.workspace!.besoins).toBeUndefined();
    expect(s.getState().derived.needs()).toBeNull();
    s.getState().redo();
    expect(s.getState().derived.needs()!.aggregate.marches).toBe(5);
  });

  it("un fichier sans marché lisible est refusé et ne change rien", async () => {
    const s = store();
    const before = s.getState().document.workspace;
    const read = await readNeedsJob({ kind: "needs", format: "decp-table", file: "vide.csv", bytes: new TextEncoder().encode("a;b;c\n1;2;3\n") });
    expect(needsBlocked({ running: false, percent: 100, result: read, failure: null })).toMatch(/Aucun marché n'a pu être lu : le fichier contient 1 erreur/);
    expect(read.problems[0]).toMatchObject({ file: "vide.csv", line: 1, severity: "error" });
    expect(s.getState().document.workspace).toBe(before);
  });

  it("« ajouter » garde les fichiers chargés ; les besoins de démonstration ne sont pas repris", async () => {
    const s = store(true);
    const read = await readNeedsJob({ kind: "needs", format: "decp-table", file: "m.csv", bytes: FILE });
    s.getState().setDemoNeeds([{ id: "demo", fichier: "demo.csv", format: "decp-table", luLe: "2025-01-01T00:00:00Z", fictif: true, lignes: 5, concessions: 0, contracts: read.contracts }]);
    expect(s.getState().derived.needs()!.origin).toBe("demo");
    applyNeeds(s, read, "add");
    expect(s.getState().document.workspace!.besoins!.readings.map((r) => r.fichier)).toEqual(["m.csv"]);
    const other = await readNeedsJob({ kind: "needs", format: "decp-table", file: "n.csv", bytes: csv("9;M9;Marché;13000000000011;Préfecture fictive;90000;72000000;2025-06-03;Clause sociale;02002;Code commune") });
    applyNeeds(s, other, "add");
    expect(s.getState().derived.needs()!.aggregate.marches).toBe(6);
  });

  it("l'enregistrement garde les besoins ; un enregistrement abîmé ouvre le projet sans eux, en le disant", async () => {
    const s = store();
    applyNeeds(s, await readNeedsJob({ kind: "needs", format: "decp-table", file: "m.csv", bytes: FILE }), "replace");
    const workspace = s.getState().document.workspace!;
    const record = recordOfWorkspace(workspace, new Date("2025-07-01T00:00:00Z"));
    const restored = restoreWorkspace(structuredClone(record), tiny.index);
    expect(restored.ok && restored.workspace.besoins).toEqual(workspace.besoins);
    const damaged = structuredClone(record) as unknown as { besoins: { readings: { contracts: { count: number } }[] } };
    damaged.besoins.readings[0]!.contracts.count = 7;
    const reopened = restoreWorkspace(damaged, tiny.index);
    expect(reopened.ok && reopened.workspace.besoins).toBeUndefined();
    expect(reopened.ok && reopened.warnings.join(" ")).toContain("m.csv » : colonnes de longueurs différentes : le projet est ouvert sans ses besoins");
    expect(reopened.ok && reopened.workspace.scenarios).toEqual(restored.ok && restored.workspace.scenarios);
  });
});

describe("ce sur quoi la zone blanche 3 est mesurée", () => {
  it("le dit, avec ses seuils : estimée sans fichier DECP, mesurée avec", async () => {
    const s = store();
    expect(zoneBlanche3Sentence(s.getState().derived.result()!)).toMatch(/^Zone blanche 3 estimée \(aucun fichier DECP chargé\) : moins de .+ ETP pour 100 000 habitants, ou plus de \d+ acheteurs de l'État du projet par ETP\.$/);
    applyNeeds(s, await readNeedsJob({ kind: "needs", format: "decp-table", file: "m.csv", bytes: FILE }), "replace");
    const { marchesEtatParEtp, marchesAuDessusDesSeuilsParEtp } = DEFAULT_SEUILS_BESOINS;
    expect(zoneBlanche3Sentence(s.getState().derived.result()!)).toMatch(/^Zone blanche 3 mesurée sur les besoins \(DECP\) : moins de .+ ETP pour 100 000 habitants, /);
    expect(zoneBlanche3Sentence(s.getState().derived.result()!)).toContain(`ou plus de ${marchesEtatParEtp} marchés de l'État par ETP, ou plus de ${marchesAuDessusDesSeuilsParEtp} marchés au-dessus des seuils européens par ETP.`);
    s.getState().setNeedsChoices({ seuilsBesoins: { marchesEtatParEtp: 7, marchesAuDessusDesSeuilsParEtp: 100 } }, "Seuils");
    expect(zoneBlanche3Sentence(s.getState().derived.result()!)).toContain("plus de 7 marchés de l'État par ETP");
    expect(s.getState().setNeedsChoices({ seuilsBesoins: { marchesEtatParEtp: -1, marchesAuDessusDesSeuilsParEtp: 100 } }, "Seuils")).toMatchObject({ ok: false });
    s.getState().undo();
    expect(s.getState().derived.needs()!.choices.seuilsBesoins).toEqual(DEFAULT_SEUILS_BESOINS);
  });
});

describe("un fichier JSON réglementaire par le même chemin", () => {
  it("est lu, ses marchés gardés en colonnes, un élément fautif écarté et situé (fichier, ligne, chemin)", async () => {
    const { readFileSync } = await import("node:fs");
    const text = readFileSync(new URL("../../fixtures/decp/marches-cas.json", import.meta.url), "utf8");
    const good = await readNeedsJob({ kind: "needs", format: "decp-json", file: "marches-cas.json", bytes: new TextEncoder().encode(text) });
    expect(good.problems).toEqual([]);
    const broken = text.replace(/"marche"\s*:\s*\[/, '"marche": [42, ');
    const read = await readNeedsJob({ kind: "needs", format: "decp-json", file: "abime.json", bytes: new TextEncoder().encode(broken) });
    expect(read.contracts.count).toBe(good.contracts.count);
    expect(read.problems).toContainEqual({ file: "abime.json", severity: "error", message: "objet attendu pour un marché : élément ignoré", path: "marches.marche[0]", line: 3 });
    const s = store();
    applyNeeds(s, read, "replace");
    expect(s.getState().derived.needs()!.readings[0]!.format).toBe("decp-json");
  });
});
