// Keeps the map in step with the store: commune colours, overlays, the selection's outline,
// the focus mask, fits; and sends hover and clicks back to the store. The map controller
// knows nothing of the store; this binding is the only place where the two meet.
import { mesh } from "topojson-client";
import type { GeometryObject } from "topojson-specification";
import { isCoordinateur } from "../domain/coordinateurs.ts";
import { createOutlineSource, outlineCommunes, type OutlineSource } from "../domain/outlines.ts";
import { communesOfPerimeter, communesOfZone } from "../domain/perimeter.ts";
import { computeCommuneStates, paletteCodes, type CommuneState } from "../map/commune-states.ts";
import { colourFacilitators, communeNeighbours, provisionalColours } from "../map/facilitator-colours.ts";
import type { MapController } from "../map/map-controller.ts";
import { acheteursLayer, coordinateursLayer, decpBuyersLayer, grandsProjetsLayer, perimetresLayer } from "../map/overlay-data.ts";
import { communeNeedsOf, stateBuyersByCommune } from "../store/needs-selectors.ts";
import type { AppState, AppStore } from "../store/app-store.ts";
import type { DerivedNeeds } from "../store/needs-derived.ts";
import type { TerritoryIndex } from "../domain/territory-index.ts";
import { whenIdle } from "./idle.ts";
import { bindLasso } from "./lasso-binding.ts";

/**
 * Starts keeping `map` in step with `store` once the store has a first result (the communes
 * are added then, in their colours); returns what stops it.
 */
export function bindMap(map: MapController, store: AppStore): () => void {
  let stop: (() => void) | null = null;
  const begin = () => {
    if (stop || !store.getState().derived.result()) return;
    waiting();
    stop = syncMap(map, store);
  };
  const waiting = store.subscribe(begin);
  begin();
  return () => {
    waiting();
    stop?.();
  };
}

/** True when `inputs` differ from those remembered under `key` (and remembers them). */
function changeTracker() {
  const seen = new Map<string, readonly unknown[]>();
  return (key: string, inputs: readonly unknown[]) => {
    const before = seen.get(key);
    if (before && before.length === inputs.length && before.every((value, k) => value === inputs[k])) return false;
    seen.set(key, inputs);
    return true;
  };
}

function syncMap(map: MapController, store: AppStore): () => void {
  const changed = changeTracker();
  let active = true;
  /** Latest per-commune values, and their palette codes per layer (computed once each: switching back and forth recomputes nothing). */
  let states: CommuneState[] = [];
  let codesOf = new Map<string, Int16Array>();
  let neighbours: Int32Array[] | null = null;
  let outlines: OutlineSource | null = null;
  let labelsStarted = false;
  let cancelLabels: (() => void) | null = null;

  function paint(state: AppState) {
    const { colouring, needsMeasure } = state.view;
    const key = colouring === "besoins" ? `${colouring}:${needsMeasure}` : colouring;
    const codes = codesOf.get(key) ?? paletteCodes(states, colouring, needsMeasure);
    codesOf.set(key, codes);
    map.paintCommunes(codes);
  }

  function pushCommunes(state: AppState) {
    const { territory, derived } = state;
    const result = derived.result(state);
    const project = derived.project(state);
    if (!territory || !result || !project) return;
    const topology = territory.geometry?.topology;
    if (topology && changed("neighbours", [topology])) neighbours = communeNeighbours(territory.index, topology);
    // Until the polygons arrive, facilitators take provisional colours (neighbours unknown).
    const colours = neighbours ? colourFacilitators(result, neighbours, project.facilitateurs.length) : provisionalColours(project.facilitateurs.length);
    const needs = derived.needs(state);
    states = computeCommuneStates(territory.index, result, colours, derived.comparison(state)?.change, needs ? communeNeedsOf(territory.index, needs) : undefined);
    codesOf = new Map();
    paint(state);
  }

  /** The coordinators' seats as a key: who, where, whether en poste. */
  const coordinatorKey = (state: AppState) =>
    (state.derived.project(state)?.facilitateurs ?? [])
      .filter(isCoordinateur)
      .map((f) => `${f.id}|${f.structure}|${f.statut}|${f.nom}`)
      .join("\n");

  /** Pushes what is drawn over the communes: each overlay only when its own inputs changed. */
  function pushOverlays(state: AppState) {
    const { territory, derived, view } = state;
    const geometry = territory?.geometry;
    const project = derived.project(state);
    const links = derived.links(state);
    const result = derived.result(state);
    if (!territory || !geometry || !project || !links || !result) return;
    const { topology } = geometry;
    if (changed("geometry", [geometry])) {
      outlines = createOutlineSource(territory.index, topology);
      map.setOverlayData("regions", { type: "Feature", properties: {}, geometry: mesh(topology, topology.objects["regions"] as GeometryObject) });
    }
    // The EPCI's borders (1,200 groupements: the longest mesh) once they are asked for, not on the load's path.
    if (view.overlays.epci && changed("epci", [geometry])) map.setOverlayData("epci", { type: "Feature", properties: {}, geometry: mesh(topology, topology.objects["epci"] as GeometryObject) });
    if (!outlines) return;
    if (changed("acheteurs", [geometry, project.acheteurs, links])) map.setOverlayData("acheteurs", acheteursLayer(project, links, geometry.pointOfCommune));
    if (changed("coordinateurs", [geometry, coordinatorKey(state), project.structures])) map.setOverlayData("coordinateurs", coordinateursLayer(territory.index, project, geometry.pointOfCommune));
    const needs = derived.needs(state);
    if (changed("acheteurs-decp", [geometry, needs])) map.setOverlayData("acheteurs-decp", decpBuyersLayer(territory.index, needs ? decpBuyerGroups(territory.index, needs) : [], geometry.pointOfCommune));
    if (changed("grands-projets", [geometry, project.grandsProjets, links])) map.setOverlayData("grands-projets", grandsProjetsLayer(project, links, outlines));
    // Every perimeter's outline only while that overlay is shown.
    if (view.overlays.perimetres && changed("perimetres", [geometry, result])) map.setOverlayData("perimetres", perimetresLayer(project, result, outlines));
    const highlighted = view.highlighted;
    if (changed("surlignage", [geometry, highlighted, highlighted ? result : null])) {
      const f = highlighted ? project.facilitateurs.findIndex((item) => item.id === highlighted) : -1;
      map.setHighlight(f >= 0 ? outlineCommunes(outlines, communesOfPerimeter(result.perimeters, f)) : null);
    }
    if (changed("masque", [geometry, view.focus])) {
      const members = view.focus ? communesOfZone(territory.index, view.focus.level, view.focus.code) : undefined;
      map.setFocusMask(members ? outlineCommunes(outlines, members) : null);
    }
    const selected = view.selection?.kind === "commune" ? territory.index.communeIndex.get(view.selection.code) : undefined;
    if (changed("selection", [geometry, selected])) {
      const point = selected === undefined ? null : geometry.pointOfCommune(selected);
      map.setSelectionLabel(selected !== undefined && point ? { outline: outlineCommunes(outlines, [selected]), point, name: territory.index.reference.communes[selected]!.nom } : null);
    }
  }

  function apply(state: AppState) {
    const result = state.derived.result(state);
    const comparison = state.derived.comparison(state);
    const colouring = [state.view.colouring, state.view.needsMeasure];
    if (changed("communes", [result, comparison, state.derived.needs(state)])) pushCommunes(state);
    else if (changed("colouring", colouring)) paint(state);
    changed("colouring", colouring);
    if (changed("visibility", [state.view.overlays])) map.setOverlayVisibility(state.view.overlays);
    if (changed("basemap", [state.view.basemap])) map.setBasemap(state.view.basemap);
    // After the first view and the communes' names (which come first: search and hover need
    // them), once the page is idle: the first view downloads neither the map's names nor
    // their glyphs.
    if (state.mapDrawn && state.territory?.complete && changed("labels", [state.view.labels])) {
      const visible = state.view.labels;
      cancelLabels?.();
      cancelLabels = null;
      if (labelsStarted) map.setLabels(visible);
      else
        cancelLabels = whenIdle(() => {
          labelsStarted = true;
          map.setLabels(visible);
        });
    }
    pushOverlays(state);
    const fit = state.transient.fit;
    // Framed on the next frame: the card a selection opens is on the page by then, and the fit keeps clear of it.
    if (fit?.bbox && changed("fit", [fit])) {
      const bbox = fit.bbox;
      requestAnimationFrame(() => {
        if (active && store.getState().transient.fit === fit) map.fitBounds(bbox);
      });
    }
  }

  const codeOf = (commune: number | null) => (commune === null ? null : (store.getState().territory?.index.communeCodes[commune] ?? null));
  const stopPointer = map.onCommunePointer({
    hover: (target) => store.getState().hover(codeOf(target?.commune ?? null), target?.object ?? null),
    click(target) {
      const code = codeOf(target.commune);
      const state = store.getState();
      // The lasso draws instead (see lasso-binding.ts).
      if (state.view.editing?.tool === "lasso") return;
      // While a perimeter is edited, a click adds or removes the commune (or its EPCI).
      if (state.view.editing) {
        if (code) state.editAtCommune(code);
      } else if (target.object) state.select(target.object);
      else if (code) state.select({ kind: "commune", code });
    },
  });
  const stopLasso = bindLasso(map, store);

  apply(store.getState());
  // The pointer's fleeting state (hover, lasso) does not concern what is drawn here.
  const unsubscribe = store.subscribe((state, previous) => {
    if (state.transient !== previous.transient && state.view === previous.view && state.document === previous.document && state.territory === previous.territory) {
      if (state.transient.fit !== previous.transient.fit) apply(state);
      return;
    }
    apply(state);
  });
  return () => {
    active = false;
    cancelLabels?.();
    unsubscribe();
    stopLasso();
    stopPointer();
  };
}

/** The DECP State buyers of each commune, as the map draws them. */
function decpBuyerGroups(index: TerritoryIndex, needs: DerivedNeeds) {
  return [...stateBuyersByCommune(index, needs)].map(([commune, buyers]) => ({
    commune,
    acheteurs: buyers.length,
    marches: buyers.reduce((sum, buyer) => sum + buyer.marches, 0),
    noms: buyers
      .slice(0, 3)
      .map((buyer) => buyer.nom ?? buyer.siret)
      .join(", "),
  }));
}
