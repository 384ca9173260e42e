// Keeps the map in step with the store: commune colours (feature-state), the coloured layer,
// overlays, focus mask, fits; and sends hover and click back to the store.
import type * as maplibregl from "maplibre-gl";
import { mesh } from "topojson-client";
import type { GeometryObject } from "topojson-specification";
import type { Feature, FeatureCollection, MultiPolygon, Polygon } from "geojson";
import { createOutlineSource, outlineCommunes, type OutlineSource } from "../domain/outlines.ts";
import type { AppState, AppStore } from "../store/app-store.ts";
import { selectComparison } from "../store/comparison.ts";
import type { Colouring } from "../store/view.ts";
import { computeCommuneStates, FILL_KEY, paletteCodes, type CommuneState } from "./commune-states.ts";
import { colourFacilitators, communeNeighbours, provisionalColours } from "./facilitator-colours.ts";
import { setBasemap } from "./basemap.ts";
import { bboxToDisplay, insetFrames, toDisplayFeatures } from "./insets.ts";
import { COMMUNE_FILL_LAYER, communeFillLayer, DEPARTEMENT_LINE_LAYER, departementLineLayer, franceSource, SOURCE_FRANCE } from "./map-style.ts";
import type { Padding } from "./fit-padding.ts";
import { TILE_LAYERS } from "./tile-layout.ts";
import { addOverlayLayers, OVERLAY_LAYERS, type OverlaySource } from "./overlay-layers.ts";
import { startLassoLayer } from "./lasso-layer.ts";
import { acheteursLayer, coordinateursLayer, grandsProjetsLayer, perimetresLayer } from "./overlay-data.ts";

/** The communes' feature-state target (the tiles' feature id is the commune's index). */
const COMMUNES = { source: SOURCE_FRANCE, sourceLayer: TILE_LAYERS.communes };

/** A polygon covering the world but the outline's parts: the rest of the map, to dim. */
function maskOutside(outline: MultiPolygon): Feature<Polygon> {
  const world = [[-180, -85], [180, -85], [180, 85], [-180, 85], [-180, -85]];
  return { type: "Feature", properties: {}, geometry: { type: "Polygon", coordinates: [world, ...outline.coordinates.map((polygon) => polygon[0]!)] } };
}

/** The padding of a fit: the room the panels over the map take, plus `margin` (MapController.padding). */
export type PaddingFor = (margin: number) => Padding;

/**
 * Starts keeping the map in step with the store once the store has a first result (the
 * communes are added then, in their colours); returns what stops it.
 */
export function startMapSync(map: maplibregl.Map, store: AppStore, padding: PaddingFor): () => void {
  let stop: (() => void) | null = null;
  const ready = ({ territory, result, project }: AppState) => Boolean(territory && result && project);
  const begin = () => {
    if (stop || !ready(store.getState())) return;
    waiting();
    stop = syncMap(map, store, padding);
  };
  const waiting = store.subscribe(begin);
  begin();
  return () => {
    waiting();
    stop?.();
  };
}

function syncMap(map: maplibregl.Map, store: AppStore, padding: PaddingFor): () => void {
  /** Latest per-commune values, and the palette code each commune's feature-state holds (-2: none yet). */
  let states: CommuneState[] = [];
  /** Palette codes of `states` per layer, computed once each: switching back and forth recomputes nothing. */
  let codesOf = new Map<Colouring, Int16Array>();
  let applied: Int16Array = new Int16Array(0);
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
    states = computeCommuneStates(territory.index, result, colours, selectComparison(state)?.change);
    codesOf = new Map();
    pushColours(state);
  }

  /** Writes the palette code of the layer shown, only where it changed: an edit touches a few hundred communes, a layer switch most. */
  function pushColours(state: AppState) {
    const { colouring } = state.view;
    const codes = codesOf.get(colouring) ?? paletteCodes(states, colouring);
    codesOf.set(colouring, codes);
    if (!map.getSource(SOURCE_FRANCE)) return addCommunes(codes);
    if (applied.length !== codes.length) applied = new Int16Array(codes.length).fill(-2);
    for (let c = 0; c < codes.length; c++) {
      if (applied[c] === codes[c]) continue;
      map.setFeatureState({ ...COMMUNES, id: c }, { [FILL_KEY]: codes[c] });
      applied[c] = codes[c]!;
    }
  }

  /** Adds the communes and département borders under the overlays, the communes coloured by `codes` as their tiles are laid out. */
  function addCommunes(codes: Int16Array) {
    const beneath = map.getLayersOrder()[1];
    map.addSource(SOURCE_FRANCE, franceSource(document.baseURI));
    map.addLayer(communeFillLayer(codes) as maplibregl.AddLayerObject, beneath);
    map.addLayer(departementLineLayer as maplibregl.AddLayerObject, beneath);
    applied = codes.slice();
    map.once("idle", onFirstIdle);
  }
  let warmTimer: ReturnType<typeof setTimeout> | undefined;
  const onFirstIdle = () => {
    warmTimer = setTimeout(warmStates, 0);
  };

  /**
   * Once the first view is drawn, each commune also gets its code as feature-state (the same
   * colours). MapLibre's first pass over 35,000 states costs about twice a later one: done now,
   * in the second after the first view, it is not the user's first layer switch that pays it.
   */
  function warmStates() {
    for (let c = 0; c < applied.length; c++) {
      if (applied[c]! >= 0) map.setFeatureState({ ...COMMUNES, id: c }, { [FILL_KEY]: applied[c] });
    }
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
    map.setLayoutProperty(DEPARTEMENT_LINE_LAYER, "visibility", overlays.departements ? "visible" : "none");
  }

  function apply(state: AppState, previous: AppState | null) {
    if (state.result !== previous?.result || (previous && selectComparison(state) !== selectComparison(previous))) pushCommuneStates(state);
    else if (state.view.colouring !== previous?.view.colouring) pushColours(state);
    if (state.view.overlays !== previous?.view.overlays) pushVisibility(state);
    if (state.view.basemap !== (previous?.view.basemap ?? false)) setBasemap(map, state.view.basemap, COMMUNE_FILL_LAYER);
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
      map.fitBounds([[w, s], [e, n]], { padding: padding(40), maxZoom: 11, duration: 0 });
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
  map.on("mousemove", COMMUNE_FILL_LAYER, onMove);
  map.on("mouseleave", COMMUNE_FILL_LAYER, onLeave);
  map.on("click", COMMUNE_FILL_LAYER, onClick);

  apply(store.getState(), null);
  const unsubscribe = store.subscribe((state, previous) => apply(state, previous));
  return () => {
    unsubscribe();
    stopLasso();
    map.off("idle", onFirstIdle);
    clearTimeout(warmTimer);
    map.off("mousemove", COMMUNE_FILL_LAYER, onMove);
    map.off("mouseleave", COMMUNE_FILL_LAYER, onLeave);
    map.off("click", COMMUNE_FILL_LAYER, onClick);
  };
}
