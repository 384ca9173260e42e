/**
 * Grands projets: the communes within their impact distance. Their coverage is summed in
 * grand-projet-summary.ts, which needs no geometry.
 */
import type { Bounds } from "./commune-bounds.ts";
import type { CommuneShapes } from "./commune-shapes.ts";
import type { GrandProjet } from "./model.ts";
import { degreesAround, shapeOf, withinKm, type Shape } from "./shape-distance.ts";
import { findCommune, type TerritoryIndex } from "./territory-index.ts";

/** Commune c's shape, its box read from the index; null without a polygon. */
export function communeShape(shapes: CommuneShapes, c: number): Shape | null {
  const feature = shapes.features[c];
  if (!feature) return null;
  const o = c * 4;
  const box: Bounds = [shapes.bboxes[o]!, shapes.bboxes[o + 1]!, shapes.bboxes[o + 2]!, shapes.bboxes[o + 3]!];
  const polygons = feature.geometry.type === "Polygon" ? [feature.geometry.coordinates] : feature.geometry.coordinates;
  return { box, chains: polygons.flat(), polygons };
}

/** Squared distance between the centres of two boxes, degrees² (longitude not scaled: an order, not a measure). */
function centreDistanceSquared(a: Bounds, b: Bounds): number {
  const [dx, dy] = [a[0] + a[2] - b[0] - b[2], a[1] + a[3] - b[1] - b[3]];
  return dx * dx + dy * dy;
}

/**
 * Indices of the communes whose polygon is within `km` km of at least one of `targets`.
 * Each commune met by a target's box widened by `km` is tested once, against the targets
 * whose widened boxes meet its own, and kept at the first within reach: a long list of
 * targets costs about what their neighbourhoods hold, not one search per target.
 */
export function communesNear(shapes: CommuneShapes, targets: readonly Shape[], km: number): number[] {
  const { tree } = shapes;
  if (!tree) return [];
  const nearTargets = new Map<number, number[]>();
  targets.forEach((target, t) => {
    const [west, south, east, north] = target.box;
    const { dLon, dLat } = degreesAround(km, Math.max(Math.abs(south), Math.abs(north)));
    for (const item of tree.search(west - dLon, south - dLat, east + dLon, north + dLat)) {
      const c = shapes.communeOfItem[item]!;
      const list = nearTargets.get(c);
      if (list) list.push(t);
      else nearTargets.set(c, [t]);
    }
  });
  const found: number[] = [];
  for (const [c, near] of nearTargets) {
    const shape = communeShape(shapes, c);
    if (!shape) continue;
    // Nearest targets first: the likeliest to be within reach, and so the fewest tests.
    if (near.length > 1) near.sort((t, u) => centreDistanceSquared(shape.box, targets[t]!.box) - centreDistanceSquared(shape.box, targets[u]!.box));
    if (near.some((t) => withinKm(shape, targets[t]!, km))) found.push(c);
  }
  return found.sort((a, b) => a - b);
}

/**
 * The shapes a grand projet's geometry is measured from: a line segment by segment, so that
 * only the communes near one of them are tested, not all those in the whole line's box.
 */
function targetsOf(geometrie: NonNullable<GrandProjet["geometrie"]>): Shape[] {
  if (geometrie.type !== "LineString" || geometrie.coordinates.length < 3) return [shapeOf(geometrie)];
  return geometrie.coordinates.slice(1).map((end, k) => shapeOf({ type: "LineString", coordinates: [geometrie.coordinates[k]!, end] }));
}

/**
 * Indices (sorted) of the communes within `tamponKm` km of the grand projet: those whose
 * polygon lies within that distance of its geometry, or its listed communes and those
 * within that distance of one of them (a neighbour sharing a border is at distance 0;
 * with a distance of 0, the listed communes alone).
 */
export function communesOfGrandProjet(index: TerritoryIndex, shapes: CommuneShapes, projet: GrandProjet): Int32Array {
  const found = new Set<number>();
  const km = Math.max(0, projet.tamponKm);
  if (projet.geometrie) for (const c of communesNear(shapes, targetsOf(projet.geometrie), km)) found.add(c);
  const listed: Shape[] = [];
  for (const code of projet.communes ?? []) {
    const c = findCommune(index, code);
    if (c < 0) continue;
    found.add(c);
    const shape = communeShape(shapes, c);
    if (shape) listed.push(shape);
  }
  if (km > 0 && listed.length > 0) for (const c of communesNear(shapes, listed, km)) found.add(c);
  return Int32Array.from(found).sort();
}
