// The store on the tiny territory: derived figures follow the document, views are kept apart.
import { describe, expect, it } from "vitest";
import { fromFirstViewReference, toFirstViewReference } from "../../../src/domain/first-view-reference.ts";
import { toReferenceComplement } from "../../../src/domain/reference-complement.ts";
import { completeTerritoryIndex, createTerritoryIndex } from "../../../src/domain/territory-index.ts";
import { createTerritoryGeometry } from "../../../src/io/territory-geometry.ts";
import { createAppStore } from "../../../src/store/app-store.ts";
import { selectCommuneDetails, selectFocusedIndicators } from "../../../src/store/selectors.ts";
import { COMMUNE_STATUS } from "../../../src/domain/zones-blanches.ts";
import { tinyProject, tinyTerritory } from "../../fixtures/tiny-territory.ts";

function readyStore() {
  const store = createAppStore();
  const territory = tinyTerritory();
  store.getState().setTerritory({ index: territory.index, geometry: createTerritoryGeometry(territory.index, territory.topology), complete: true });
  store.getState().openProject(tinyProject());
  return store;
}

describe("magasin de l'application", () => {
  it("calcule le dérivé quand le projet est posé", () => {
    const store = readyStore();
    const state = store.getState();
    const status = state.derived.status();
    const result = state.derived.result();
    expect(status).toBe("ready");
    expect(result?.indicators.national.total.communes).toBe(13);
  });

  it("recalcule les zones blanches quand les seuils changent, sans refaire le placement des acheteurs", () => {
    const store = readyStore();
    const links = store.getState().derived.links();
    const index = store.getState().territory!.index;
    const c = index.communeIndex.get("02002")!; // F3, 0.1 ETP for 38,000 habitants: 0.26 ETP per 100,000
    expect(store.getState().derived.result()!.status[c]).toBe(COMMUNE_STATUS.capaciteInsuffisante);
    store.getState().setSeuils({ etpPour100000Habitants: 0.2, acheteursParEtp: 10 });
    expect(store.getState().derived.result()!.status[c]).toBe(COMMUNE_STATUS.couverte);
    expect(store.getState().derived.project()!.seuils).toEqual({ etpPour100000Habitants: 0.2, acheteursParEtp: 10 });
    expect(store.getState().derived.links()).toBe(links);
  });

  it("garde le placement et les chiffres quand les noms des communes arrivent, et les recalcule avec les polygones", () => {
    const store = createAppStore();
    const territory = tinyTerritory();
    const firstView = createTerritoryIndex(fromFirstViewReference(toFirstViewReference(territory.index.reference)));
    store.getState().setTerritory({ index: firstView, geometry: null, complete: false });
    store.getState().openProject(tinyProject());
    const links = store.getState().derived.links();
    const result = store.getState().derived.result();
    const named = completeTerritoryIndex(firstView, toReferenceComplement(territory.index.reference));
    store.getState().setTerritory({ index: named, geometry: null, complete: true });
    expect(store.getState().territory!.index.reference.communes[0]!.nom).toBe(territory.index.reference.communes[0]!.nom);
    expect(store.getState().derived.links()).toBe(links);
    expect(store.getState().derived.result()).toBe(result);
    // The polygons place the acheteurs given by position: new links, new figures.
    store.getState().setTerritory({ index: named, geometry: createTerritoryGeometry(named, territory.topology), complete: true });
    const placed = store.getState().derived.links()!;
    expect(placed).not.toBe(links);
    expect([...placed.acheteurCommunes].filter((c) => c >= 0).length).toBeGreaterThan([...links!.acheteurCommunes].filter((c) => c >= 0).length);
    const byPolygon = store.getState().derived.result();
    expect(byPolygon).not.toBe(result);
    // The same placement found again keeps its objects.
    store.getState().setTerritory({ index: named, geometry: createTerritoryGeometry(named, territory.topology), complete: true });
    expect(store.getState().derived.links()).toBe(placed);
    expect(store.getState().derived.result()).toBe(byPolygon);
  });

  it("donne les chiffres du territoire en focus et demande à la carte d'y aller", () => {
    const store = readyStore();
    expect(selectFocusedIndicators(store.getState())?.code).toBe("FR");
    store.getState().focus({ level: "departement", code: "02" });
    expect(selectFocusedIndicators(store.getState())?.nom).toBe(store.getState().territory!.index.reference.departements.find((d) => d.code === "02")!.nom);
    const fit = store.getState().transient.fit!;
    // Département 02: columns 1–2 (02001 at x=1), rows 0–2 of the 0.1° grid from 2.0° E, 46.0° N.
    expect(fit.bbox!.map((v) => Number(v.toFixed(6)))).toEqual([2.1, 46, 2.3, 46.3]);
    store.getState().focus(null);
    expect(selectFocusedIndicators(store.getState())?.code).toBe("FR");
    expect(store.getState().transient.fit!.seq).toBe(fit.seq); // back to France: no new fit from the store
  });

  it("dit qui couvre une commune, extension comprise, et qui coordonne sa région", () => {
    const store = readyStore();
    const details = selectCommuneDetails(store.getState(), "03002")!;
    expect(details.status).toBe(COMMUNE_STATUS.extensionSeulement);
    expect(details.facilitateurs.map((f) => [f.facilitateur.id, f.extension])).toEqual([["F5", true]]);
    expect(details.coordinateurs).toEqual([]);
    expect(selectCommuneDetails(store.getState(), "01003")!.coordinateurs.map((c) => c.id)).toEqual(["C1"]);
  });

  it("sélectionne un facilitateur et cadre la carte sur son périmètre", () => {
    const store = readyStore();
    store.getState().showPerimeter("F3");
    const { view } = store.getState();
    expect(view.selection).toEqual({ kind: "facilitateur", id: "F3" });
    expect(view.highlighted).toBe("F3");
    expect(store.getState().transient.fit!.bbox!.map((v) => Number(v.toFixed(6)))).toEqual([2.2, 46, 2.3, 46.2]);
  });
});
