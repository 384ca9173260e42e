// Every document action on a fresh store, then undo: the document comes back exactly; redo re-applies.
import { describe, expect, it } from "vitest";
import { createTerritoryGeometry } from "../../../src/io/territory-geometry.ts";
import { createAppStore, type AppState, type EditOutcome } from "../../../src/store/app-store.ts";
import { READ_ONLY_MESSAGE } from "../../../src/store/document-slice.ts";
import { HISTORY_LIMIT } from "../../../src/store/history.ts";
import { tinyProject, tinyTerritory } from "../../fixtures/tiny-territory.ts";

function readyStore() {
  const store = createAppStore({ today: () => "2025-06-01" });
  const territory = tinyTerritory();
  store.getState().setTerritory({ index: territory.index, geometry: createTerritoryGeometry(territory.index, territory.topology), complete: true });
  store.getState().openProject(tinyProject());
  return store;
}

/** Each kind of document action, with the label its step must carry. */
const ACTIONS: [name: string, run: (state: AppState) => EditOutcome | void, label: string | RegExp][] = [
  ["ajout de communes", (s) => s.addCommunesToPerimeter("F3", ["02004", "03003"]), "Ajout de 2 communes au périmètre de Poste F3"],
  ["ajout d'une commune", (s) => s.addCommunesToPerimeter("F3", ["02004"]), "Ajout de la commune Commune 02004 (02004) au périmètre de Poste F3"],
  ["ajout en extension", (s) => s.addCommunesToPerimeter("F1", ["01004"], { extension: true }), /^Ajout de la commune .* en extension limitrophe au périmètre de Poste F1$/],
  ["retrait de communes", (s) => s.removeCommunesFromPerimeter("F1", ["01002"]), "Retrait de la commune Commune 01002 (01002) du périmètre de Poste F1"],
  ["ajout d'un EPCI", (s) => s.addZoneToPerimeter("F3", { niveau: "epci", code: "200000003" }), "Ajout de l'EPCI EPCI 200000003 au périmètre de Poste F3"],
  ["ajout d'un département", (s) => s.addZoneToPerimeter("F6", { niveau: "departement", code: "03" }), "Ajout du département Département 03 (03) au périmètre de Poste F6"],
  ["ajout d'une région", (s) => s.addZoneToPerimeter("F6", { niveau: "region", code: "92" }), "Ajout de la région Région 92 au périmètre de Poste F6"],
  ["retrait d'un EPCI", (s) => s.removeZoneFromPerimeter("F2", "epci", "200000002"), "Retrait de l'EPCI EPCI 200000002 du périmètre de Poste F2"],
  ["extension", (s) => s.setPerimeterExtension("F5", "commune", "03002", false), /^Retour en territoire d'origine de la commune/],
  ["seuils", (s) => s.setSeuils({ etpPour100000Habitants: 0.2, acheteursParEtp: 5 }), "Modification des seuils des zones blanches"],
  ["nom du projet", (s) => s.renameProject("Autre nom"), "Nouveau nom du projet : « Autre nom »"],
  ["création de structure", (s) => s.createRecord("structure", { nom: "PLIE du Sud", type: "plie", communeSiege: "03001" }), "Création de la structure « PLIE du Sud »"],
  ["modification de structure", (s) => s.updateRecord("structure", "S2", { nom: "Structure deux" }), "Modification de la structure « Structure deux »"],
  ["suppression de structure", (s) => (s.deleteRecord("facilitateur", "F6"), s.deleteRecord("facilitateur", "F5"), s.deleteRecord("structure", "S3")), "Suppression de la structure « Structure 3 »"],
  ["création de poste", (s) => s.createRecord("facilitateur", { structure: "S1", nom: "Nouveau poste", etp: 0.5 }), "Création du poste « Nouveau poste »"],
  ["modification de poste", (s) => s.updateRecord("facilitateur", "F1", { etp: 2 }), "Modification du poste « Poste F1 »"],
  ["suppression de poste", (s) => s.deleteRecord("facilitateur", "F4"), "Suppression du poste « Poste F4 »"],
  ["création de coordinateur", (s) => s.createCoordinateur("92", { structure: "S3", nom: "Coordination 92", etp: 1 }), "Création du coordinateur régional « Coordination 92 »"],
  ["suppression de coordinateur", (s) => s.deleteRecord("facilitateur", "C1"), "Suppression du coordinateur régional « Poste C1 »"],
  ["création d'acheteur", (s) => s.createRecord("acheteur", { nom: "DDETS 03", type: "ddets", commune: "03002" }), "Création de l'acheteur « DDETS 03 »"],
  ["modification d'acheteur", (s) => s.updateRecord("acheteur", "A1", { commune: "02002" }), "Modification de l'acheteur « Acheteur 1 »"],
  ["suppression d'acheteur", (s) => s.deleteRecord("acheteur", "A2"), "Suppression de l'acheteur « Acheteur 2 »"],
  ["création de grand projet", (s) => s.createRecord("grand-projet", { nom: "Canal", type: "canal", communes: ["01001"], tamponKm: 0, periode: { debut: "2025", fin: "2030" } }), "Création du grand projet « Canal »"],
  ["modification de grand projet", (s) => s.updateRecord("grand-projet", "G1", { tamponKm: 5 }), "Modification du grand projet « Projet 1 »"],
  ["suppression de grand projet", (s) => s.deleteRecord("grand-projet", "G1"), "Suppression du grand projet « Projet 1 »"],
];

describe("historique du document", () => {
  it.each(ACTIONS)("%s, puis annuler, rend le document exact ; rétablir le refait", (_name, run, label) => {
    const store = readyStore();
    const before = store.getState().derived.project()!;
    const copy = structuredClone(before);
    const outcome = run(store.getState());
    if (outcome) expect(outcome).toMatchObject({ ok: true, changed: true });
    const after = store.getState().derived.project()!;
    expect(after).not.toEqual(before);
    expect(store.getState().derived.history().canUndo).toBe(true);
    expect(store.getState().derived.history().undoLabel).toMatch(label);
    while (store.getState().derived.history().canUndo) store.getState().undo();
    expect(store.getState().derived.project()).toEqual(copy);
    expect(store.getState().derived.project()).toBe(before);
    // The derived figures follow the document back.
    expect(store.getState().derived.result()).toEqual(readyStore().getState().derived.result());
    while (store.getState().derived.history().canRedo) store.getState().redo();
    expect(store.getState().derived.project()).toEqual(after);
    expect(store.getState().derived.history().canRedo).toBe(false);
  });

  it("une nouvelle action après annuler supprime ce qui pouvait être rétabli", () => {
    const store = readyStore();
    store.getState().addCommunesToPerimeter("F3", ["02004"]);
    store.getState().undo();
    expect(store.getState().derived.history().canRedo).toBe(true);
    store.getState().removeCommunesFromPerimeter("F1", ["01001"]);
    expect(store.getState().derived.history().canRedo).toBe(false);
    expect(store.getState().derived.history().redoLabel).toBeNull();
    store.getState().redo();
    expect(store.getState().derived.project()!.facilitateurs.find((f) => f.id === "F3")!.perimetre).toHaveLength(2);
  });

  it("n'enregistre pas d'étape pour une action sans effet ou refusée", () => {
    const store = readyStore();
    expect(store.getState().addCommunesToPerimeter("F1", ["01001"])).toEqual({ ok: true, changed: false });
    const refused = store.getState().deleteRecord("structure", "S1");
    expect(refused.ok).toBe(false);
    expect(!refused.ok && refused.message).toMatch(/^La structure « Structure 1 » porte encore 3 postes/);
    expect(store.getState().derived.history().canUndo).toBe(false);
  });

  it("renvoie les erreurs du formulaire par champ, en français", () => {
    const store = readyStore();
    const outcome = store.getState().createRecord("facilitateur", { structure: "S9", nom: " ", etp: "abc" });
    expect(outcome.ok).toBe(false);
    expect(!outcome.ok && outcome.errors).toMatchObject({ structure: expect.stringMatching(/^structure inconnue/), nom: "texte vide", etp: 'nombre attendu, trouvé "abc"' });
    expect(store.getState().validateRecord("structure", { id: "S1", nom: "X", type: "plie", communeSiege: "01001" }).errors).toEqual({ id: "identifiant « S1 » déjà utilisé" });
    expect(store.getState().derived.history().canUndo).toBe(false);
  });

  it("date du jour la mise à jour d'un poste dont le périmètre change", () => {
    const store = readyStore();
    store.getState().addCommunesToPerimeter("F3", ["02004"]);
    expect(store.getState().derived.project()!.facilitateurs.find((f) => f.id === "F3")!.miseAJour).toBe("2025-06-01");
  });

  it("oublie une sélection qui désigne un poste supprimé", () => {
    const store = readyStore();
    store.getState().showPerimeter("F4");
    store.getState().deleteRecord("facilitateur", "F4");
    expect(store.getState().view.selection).toBeNull();
    expect(store.getState().view.highlighted).toBeNull();
  });

  it(`garde au plus ${HISTORY_LIMIT} étapes`, () => {
    const store = readyStore();
    for (let k = 0; k <= HISTORY_LIMIT; k++) store.getState().setSeuils({ etpPour100000Habitants: k, acheteursParEtp: 10 });
    let undone = 0;
    while (store.getState().derived.history().canUndo) {
      store.getState().undo();
      undone++;
    }
    expect(undone).toBe(HISTORY_LIMIT);
    expect(store.getState().derived.project()!.seuils?.etpPour100000Habitants).toBe(0);
  });
});

describe("scénarios", () => {
  it("duplique, renomme, bascule, supprime ; chacun a son historique", () => {
    const store = readyStore();
    store.getState().addCommunesToPerimeter("F3", ["02004"]);
    const original = store.getState().derived.project()!;
    const duplicated = store.getState().duplicateScenario("Variante A");
    expect(duplicated).toMatchObject({ ok: true, id: "scenario-2" });
    expect(store.getState().derived.project()).toBe(original);
    expect(store.getState().derived.history().canUndo).toBe(false);
    store.getState().removeCommunesFromPerimeter("F1", ["01001", "01002", "01003"]);
    const variant = store.getState().derived.project()!;
    expect(store.getState().switchScenario("scenario-1").ok).toBe(true);
    expect(store.getState().derived.project()).toBe(original);
    expect(store.getState().derived.history().undoLabel).toMatch(/^Ajout de la commune/);
    store.getState().switchScenario("scenario-2");
    expect(store.getState().derived.project()).toBe(variant);
    expect(store.getState().renameScenario("scenario-2", "  Variante   B ").ok).toBe(true);
    expect(store.getState().document.workspace!.scenarios.map((s) => s.nom)).toEqual(["Situation actuelle", "Variante B"]);
    store.getState().undo();
    expect(store.getState().derived.project()).toBe(original);
    expect(store.getState().deleteScenario("scenario-2").ok).toBe(true);
    expect(store.getState().document.workspace!.activeScenarioId).toBe("scenario-1");
    expect(store.getState().document.histories["scenario-2"]).toBeUndefined();
    expect(store.getState().deleteScenario("scenario-1")).toEqual({ ok: false, message: "Un projet garde toujours au moins un scénario" });
    expect(store.getState().switchScenario("nope").ok).toBe(false);
  });

  it("garde les liens des acheteurs entre scénarios qui ne les changent pas", () => {
    const store = readyStore();
    const links = store.getState().derived.links();
    store.getState().duplicateScenario("B");
    store.getState().addCommunesToPerimeter("F3", ["02004"]);
    store.getState().switchScenario("scenario-1");
    expect(store.getState().derived.links()).toBe(links);
  });
});

describe("modification du périmètre sur la carte", () => {
  it("un clic ajoute puis retire une commune, ou tout son EPCI", () => {
    const store = readyStore();
    store.getState().startEditing("F3");
    expect(store.getState().view.highlighted).toBe("F3");
    expect(store.getState().editAtCommune("02004")).toEqual({ ok: true, changed: true });
    expect(store.getState().derived.history().undoLabel).toMatch(/^Ajout de la commune/);
    store.getState().editAtCommune("02004");
    expect(store.getState().derived.history().undoLabel).toMatch(/^Retrait de la commune/);
    store.getState().setEditOptions({ unit: "epci" });
    store.getState().editAtCommune("03001");
    expect(store.getState().derived.history().undoLabel).toBe("Ajout de l'EPCI EPCI 200000004 au périmètre de Poste F3");
    store.getState().stopEditing();
    expect(store.getState().editAtCommune("03001").ok).toBe(false);
  });
});

describe("une seule voie pour changer le document", () => {
  it("supprimer un scénario s'annule : il revient, à sa place, avec son historique ; rétablir le resupprime", () => {
    const store = readyStore();
    store.getState().duplicateScenario("Variante");
    store.getState().addCommunesToPerimeter("F3", ["02004"]);
    const variant = store.getState().derived.project()!;
    const variantHistory = store.getState().document.histories["scenario-2"]!;
    expect(store.getState().deleteScenario("scenario-2")).toEqual({ ok: true, changed: true });
    expect(store.getState().document.workspace!.scenarios.map((s) => s.id)).toEqual(["scenario-1"]);
    expect(store.getState().derived.history().undoLabel).toBe("Suppression du scénario « Variante »");
    store.getState().undo();
    const workspace = store.getState().document.workspace!;
    expect(workspace.scenarios.map((s) => [s.id, s.nom])).toEqual([["scenario-1", "Situation actuelle"], ["scenario-2", "Variante"]]);
    expect(workspace.activeScenarioId).toBe("scenario-2");
    expect(store.getState().derived.project()).toBe(variant);
    expect(store.getState().document.histories["scenario-2"]!.past).toEqual(variantHistory.past);
    // Its own history came back with it: the edit made in the variant is undone there.
    expect(store.getState().derived.history().redoLabel).toBe("Suppression du scénario « Variante »");
    store.getState().redo();
    expect(store.getState().document.workspace!.scenarios.map((s) => s.id)).toEqual(["scenario-1"]);
    store.getState().undo();
    store.getState().undo();
    expect(store.getState().derived.history().undoLabel).toBeNull();
    expect(store.getState().derived.project()!.facilitateurs.find((f) => f.id === "F3")!.perimetre).toEqual(tinyProject().facilitateurs.find((f) => f.id === "F3")!.perimetre);
  });

  it("une copie ne reprend pas l'identifiant d'un scénario supprimé que l'historique peut rendre", () => {
    const store = readyStore();
    store.getState().duplicateScenario("B");
    store.getState().deleteScenario("scenario-2");
    expect(store.getState().duplicateScenario("C")).toMatchObject({ ok: true, id: "scenario-3" });
  });

  it("annuler une modification d'un scénario ne défait rien d'un autre", () => {
    const store = readyStore();
    store.getState().addCommunesToPerimeter("F3", ["02004"]);
    store.getState().duplicateScenario("B");
    store.getState().renameScenario("scenario-1", "Avant");
    store.getState().addCommunesToPerimeter("F3", ["03003"]);
    const b = store.getState().derived.project();
    store.getState().switchScenario("scenario-1");
    store.getState().undo();
    expect(store.getState().document.workspace!.scenarios.map((s) => s.nom)).toEqual(["Avant", "B"]);
    expect(store.getState().document.workspace!.scenarios[1]!.project).toBe(b);
  });

  it("le projet n'a qu'un nom : renommé, il est celui des exports et des enregistrements", () => {
    const store = readyStore();
    store.getState().renameProject("Réseau Bourgogne-Franche-Comté");
    expect(store.getState().document.workspace!.nom).toBe("Réseau Bourgogne-Franche-Comté");
    expect(store.getState().derived.project()!.nom).toBe("Réseau Bourgogne-Franche-Comté");
    store.getState().duplicateScenario("B");
    expect(store.getState().derived.project()!.nom).toBe("Réseau Bourgogne-Franche-Comté");
  });

  it("la vue en lecture seule refuse tout changement du document, même par une action écrite après elle", () => {
    const store = createAppStore({ readOnly: true });
    const territory = tinyTerritory();
    store.getState().setTerritory({ index: territory.index, geometry: createTerritoryGeometry(territory.index, territory.topology), complete: true });
    store.getState().openProject(tinyProject());
    const before = store.getState().document;
    // An action nobody listed: it goes through `change`, like every edit.
    const addedLater = (state: AppState) => state.changeProject("Action ajoutée plus tard", (project) => ({ ...project, facilitateurs: [] }));
    const refusals = [addedLater(store.getState()), ...ACTIONS.map(([, run]) => run(store.getState())).filter((outcome): outcome is EditOutcome => outcome !== undefined)];
    for (const outcome of refusals) expect(outcome).toEqual({ ok: false, message: READ_ONLY_MESSAGE });
    expect(store.getState().deleteScenario("scenario-1")).toEqual({ ok: false, message: READ_ONLY_MESSAGE });
    expect(store.getState().document).toBe(before);
    // Moving between scenarios (a link's scenario) stays possible.
    expect(store.getState().switchScenario("scenario-1").ok).toBe(true);
  });
});

describe("modifier un périmètre sans surprise", () => {
  it("ajouter une commune qu'un autre facilitateur couvre nomme ce facilitateur, et s'annule", () => {
    const store = readyStore();
    const before = store.getState().derived.project();
    expect(store.getState().addCommunesToPerimeter("F3", ["01001"])).toEqual({ ok: true, changed: true });
    expect(store.getState().transient.editMessage).toMatch(/^Ajout de la commune .* Chevauchement : Commune 01001 \(01001\) est déjà couverte par Poste F1\./);
    store.getState().startEditing("F3");
    store.getState().editAtCommune("01002");
    expect(store.getState().transient.editMessage).toMatch(/^Ajout de la commune .* Chevauchement : .* Poste F1/);
    store.getState().undo();
    store.getState().undo();
    expect(store.getState().derived.project()).toBe(before);
  });

  it("n'en dit rien quand la commune n'était couverte par personne", () => {
    const store = readyStore();
    const uncovered = store.getState().territory!.index.communeCodes.find((_, c) => store.getState().derived.result()!.status[c] === 1)!;
    expect(store.getState().addCommunesToPerimeter("F3", [uncovered])).toEqual({ ok: true, changed: true });
    expect(store.getState().transient.editMessage).toBeNull();
  });
});
