// Keeps the map in step with the store: commune colours (feature-state), the coloured layer,
// overlays, focus mask, fits; and sends hover and click back to the store.
import type * as maplibregl from "maplibre-gl";
import type { ExpressionSpecification } from "@maplibre/maplibre-gl-style-spec";
import { mesh } from "topojson-client";
import type { GeometryObject } from "topojson-specification";
import type { Feature, FeatureCollection, MultiPolygon, Polygon } from "geojson";
import { createOutlineSource, outlineCommunes, type OutlineSource } from "../domain/outlines.ts";
import type { AppState, AppStore } from "../store/app-store.ts";
import { selectComparison } from "../store/comparison.ts";
import type { Colouring } from "../store/view.ts";
import { computeCommuneStates, STATE_KEYS, type CommuneState } from "./commune-states.ts";
import { colourFacilitators, communeNeighbours, provisionalColours } from "./facilitator-colours.ts";
import { setBasemap } from "./basemap.ts";
import { bboxToDisplay, insetFrames, toDisplayFeatures } from "./insets.ts";
import { departementLineLayer } from "./map-style.ts";
import { addOverlayLayers, OVERLAY_LAYERS, type OverlaySource } from "./overlay-layers.ts";
import { startLassoLayer } from "./lasso-layer.ts";
import { acheteursLayer, coordinateursLayer, grandsProjetsLayer, perimetresLayer } from "./overlay-data.ts";
import { LEGENDS, NEUTRAL } from "./palettes.ts";

export interface CommuneLayer {
  source: string;
  sourceLayer: string;
  fillLayer: string;
}

/** fill-color of the communes for a coloured layer: a `match` on its feature-state key. */
export function colouringExpression(colouring: Colouring): ExpressionSpecification {
  const cases = LEGENDS[colouring].flatMap((entry) => [entry.value, entry.colour]);
  return ["match", ["coalesce", ["feature-state", STATE_KEYS[colouring]], -2], ...cases, NEUTRAL] as unknown as ExpressionSpecification;
}

/** A polygon covering the world but the outline's parts: the rest of the map, to dim. */
function maskOutside(outline: MultiPolygon): Feature<Polygon> {
  const world = [[-180, -85], [180, -85], [180, 85], [-180, 85], [-180, -85]];
  return { type: "Feature", properties: {}, geometry: { type: "Polygon", coordinates: [world, ...outline.coordinates.map((polygon) => polygon[0]!)] } };
}

export function startMapSync(map: maplibregl.Map, communes: CommuneLayer, store: AppStore): () => void {
  const applied: (CommuneState | undefined)[] = [];
  let neighbours: Int32Array[] | null = null;
  let neighboursOf: unknown = null;
  let outlines: OutlineSource | null = null;
  let perimetresFor: unknown = null;
  addOverlayLayers(map);
  // Drawn over every overlay; it handles its own clicks while the lasso tool is on.
  const stopLasso = startLassoLayer(map, store);

  // Overlays are computed at real positions; the DROM are drawn in their insets.
  const setData = (source: OverlaySource, data: FeatureCollection | Feature) => (map.getSource(source) as maplibregl.GeoJSONSource).setData(toDisplayFeatures(data));
  setData("encadres", insetFrames());

  function pushCommuneStates(state: AppState) {
    const { territory, result, project } = state;
    if (!territory || !result || !project) return;
    const topology = territory.geometry?.topology;
    if (topology && neighboursOf !== topology) {
      neighbours = communeNeighbours(territory.index, topology);
      neighboursOf = topology;
    }
    // Until the polygons arrive, facilitators take provisional colours (neighbours unknown).
    const colours = neighbours ? colourFacilitators(result, neighbours, project.facilitateurs.length) : provisionalColours(project.facilitateurs.length);
    const states = computeCommuneStates(territory.index, result, colours, selectComparison(state)?.change);
    // Only communes whose values changed: an edit touches a few hundred, not 35,000.
    states.forEach((next, c) => {
      const previous = applied[c];
      if (previous && previous.zb === next.zb && previous.cov === next.cov && previous.cap === next.cap && previous.ov === next.ov && previous.fac === next.fac && previous.cmp === next.cmp) return;
      map.setFeatureState({ source: communes.source, sourceLayer: communes.sourceLayer, id: c }, next);
      applied[c] = next;
    });
  }

  /**
   * What each overlay was last drawn from: an overlay is pushed again only when its own
   * inputs change, so that an edit of a perimeter re-tiles no GeoJSON it does not touch.
   */
  let outlinesFor: unknown = null;
  const drawnFrom: Record<"acheteurs" | "coordinateurs" | "grands-projets" | "surlignage", unknown[]> = { acheteurs: [], coordinateurs: [], "grands-projets": [], surlignage: [] };
  /** True (and remembered) when `inputs` differ from those `overlay` was last drawn from. */
  const changed = (overlay: keyof typeof drawnFrom, inputs: unknown[]) => {
    const before = drawnFrom[overlay];
    if (before.length === inputs.length && before.every((value, k) => value === inputs[k])) return false;
    drawnFrom[overlay] = inputs;
    return true;
  };
  /** The coordinators' seats as a key: who, where, whether en poste. */
  const coordinatorKey = (state: AppState) =>
    state
      .project!.facilitateurs.filter((f) => f.role === "coordinateur-regional")
      .map((f) => `${f.id}|${f.structure}|${f.statut}|${f.nom}`)
      .join("\n");

  /** Pushes what is drawn over the communes; true when the polygons were new (the focus mask must follow). */
  function pushOverlayData(state: AppState): boolean {
    const { territory, project, links, result } = state;
    const geometry = territory?.geometry;
    // Links and results are reset for a moment while a new territory is set: wait for them.
    if (!territory || !geometry || !project || !links || !result) return false;
    const newGeometry = geometry !== outlinesFor;
    if (newGeometry) {
      outlines = createOutlineSource(territory.index, geometry.topology);
      outlinesFor = geometry;
      const { topology } = geometry;
      setData("regions", { type: "Feature", properties: {}, geometry: mesh(topology, topology.objects["regions"] as GeometryObject) });
      setData("epci", { type: "Feature", properties: {}, geometry: mesh(topology, topology.objects["epci"] as GeometryObject) });
    }
    if (!outlines) return false;
    if (changed("acheteurs", [geometry, project.acheteurs, links])) setData("acheteurs", acheteursLayer(project, links, geometry.pointOfCommune));
    if (changed("coordinateurs", [geometry, coordinatorKey(state), project.structures])) setData("coordinateurs", coordinateursLayer(territory.index, project, geometry.pointOfCommune));
    if (changed("grands-projets", [geometry, project.grandsProjets, links])) setData("grands-projets", grandsProjetsLayer(project, links, outlines));
    // Every perimeter's outline only while that overlay is shown.
    if (state.view.overlays.perimetres && (perimetresFor !== result || newGeometry)) {
      setData("perimetres", perimetresLayer(project, result, outlines));
      perimetresFor = result;
    }
    const highlighted = state.view.highlighted;
    if (changed("surlignage", [geometry, highlighted, highlighted ? result : null])) {
      const f = highlighted ? project.facilitateurs.findIndex((item) => item.id === highlighted) : -1;
      const communesOf = f >= 0 ? result.perimeters.communes.subarray(result.perimeters.offsets[f]!, result.perimeters.offsets[f + 1]!) : [];
      setData("surlignage", { type: "Feature", properties: {}, geometry: outlineCommunes(outlines, communesOf) });
    }
    return newGeometry;
  }

  function pushFocus(state: AppState) {
    const { territory, view } = state;
    if (!territory || !outlines) return;
    if (!view.focus) return setData("masque", { type: "FeatureCollection", features: [] });
    const { index } = territory;
    const at = view.focus.level === "region" ? index.regionIndex.get(view.focus.code) : index.departementIndex.get(view.focus.code);
    if (at === undefined) return;
    const members = view.focus.level === "region" ? index.communesOfRegion[at]! : index.communesOfDepartement[at]!;
    setData("masque", maskOutside(outlineCommunes(outlines, members)));
  }

  function pushVisibility(state: AppState) {
    const { overlays } = state.view;
    for (const [overlay, layers] of Object.entries(OVERLAY_LAYERS)) {
      const visible = overlay === "surlignage" || overlay === "masque" || overlay === "encadres" || overlays[overlay as keyof typeof overlays];
      for (const layer of layers) map.setLayoutProperty(layer.id, "visibility", visible ? "visible" : "none");
    }
    map.setLayoutProperty(departementLineLayer.id, "visibility", overlays.departements ? "visible" : "none");
  }

  function apply(state: AppState, previous: AppState | null) {
    if (state.result !== previous?.result || (previous && selectComparison(state) !== selectComparison(previous))) pushCommuneStates(state);
    if (state.view.colouring !== previous?.view.colouring) map.setPaintProperty(communes.fillLayer, "fill-color", colouringExpression(state.view.colouring));
    if (state.view.overlays !== previous?.view.overlays) pushVisibility(state);
    if (state.view.basemap !== (previous?.view.basemap ?? false)) setBasemap(map, state.view.basemap, communes.fillLayer);
    let newGeometry = false;
    if (
      state.territory !== previous?.territory ||
      state.links !== previous?.links ||
      state.project !== previous?.project ||
      state.result !== previous?.result ||
      state.view.highlighted !== previous?.view.highlighted ||
      state.view.overlays !== previous?.view.overlays
    ) {
      newGeometry = pushOverlayData(state);
    }
    if (state.view.focus !== previous?.view.focus || newGeometry) pushFocus(state);
    const fit = state.view.fit;
    if (fit && fit !== previous?.view.fit) {
      const [w, s, e, n] = bboxToDisplay(fit.bbox);
      map.fitBounds([[w, s], [e, n]], { padding: 40, maxZoom: 11, duration: 0 });
    }
  }

  /** INSEE code of the commune under the pointer (the tiles' feature id is its index). */
  const codeAt = (event: maplibregl.MapLayerMouseEvent) => {
    const id = event.features?.[0]?.id;
    return typeof id === "number" ? (store.getState().territory?.index.communeCodes[id] ?? null) : null;
  };
  const onMove = (event: maplibregl.MapLayerMouseEvent) => {
    store.getState().hover(codeAt(event));
    map.getCanvas().style.cursor = store.getState().view.editing?.tool === "lasso" ? "crosshair" : "pointer";
  };
  const onLeave = () => {
    store.getState().hover(null);
    map.getCanvas().style.cursor = "";
  };
  const onClick = (event: maplibregl.MapLayerMouseEvent) => {
    const code = codeAt(event);
    // The lasso draws instead (see lasso-layer.ts).
    if (!code || store.getState().view.editing?.tool === "lasso") return;
    // While a perimeter is edited, a click adds or removes the commune (or its EPCI).
    if (store.getState().view.editing) store.getState().editAtCommune(code);
    else store.getState().select({ kind: "commune", code });
  };
  map.on("mousemove", communes.fillLayer, onMove);
  map.on("mouseleave", communes.fillLayer, onLeave);
  map.on("click", communes.fillLayer, onClick);

  apply(store.getState(), null);
  const unsubscribe = store.subscribe((state, previous) => apply(state, previous));
  return () => {
    unsubscribe();
    stopLasso();
    map.off("mousemove", communes.fillLayer, onMove);
    map.off("mouseleave", communes.fillLayer, onLeave);
    map.off("click", communes.fillLayer, onClick);
  };
}
