// The previous method of placing grands projets (before issue 18): a Turf buffer of the
// project's geometry, or of EACH listed commune's polygon, then the communes it intersects.
// Kept only as the reference the distance rule (src/domain/grands-projets.ts) is compared
// with, by `npm run bench:links` and test/integration/grands-projets-distance.test.ts.
import { buffer } from "@turf/turf";
import type { Feature, LineString, MultiPolygon, Point, Polygon } from "geojson";
import { communesIntersecting, type CommuneShapes } from "../../src/domain/commune-shapes.ts";
import type { GrandProjet } from "../../src/domain/model.ts";
import { communeShape } from "../../src/domain/grands-projets.ts";
import { shapeOf, withinKm } from "../../src/domain/shape-distance.ts";
import { findCommune, type TerritoryIndex } from "../../src/domain/territory-index.ts";

type Zone = Feature<Point | LineString | Polygon | MultiPolygon>;

function buffered(feature: Zone, km: number): Zone {
  if (km <= 0) return feature;
  return buffer(feature, km, { units: "kilometers" }) ?? feature;
}

/** Indices (sorted) of the communes the grand projet's Turf buffers intersect, as before issue 18. */
export function communesOfGrandProjetByTurfBuffer(index: TerritoryIndex, shapes: CommuneShapes, projet: GrandProjet): Int32Array {
  const found = new Set<number>();
  if (projet.geometrie) {
    const zone = buffered({ type: "Feature", properties: null, geometry: projet.geometrie }, projet.tamponKm);
    for (const c of communesIntersecting(shapes, zone)) found.add(c);
  }
  for (const code of projet.communes ?? []) {
    const c = findCommune(index, code);
    if (c < 0) continue;
    found.add(c);
    const polygon = shapes.features[c];
    if (polygon && projet.tamponKm > 0) for (const near of communesIntersecting(shapes, buffered(polygon, projet.tamponKm))) found.add(near);
  }
  return Int32Array.from(found).sort();
}

/** Distance, km, from commune c's polygon to the grand projet (its geometry or nearest listed commune), to 1 m, by bisection on withinKm. */
export function distanceToGrandProjetKm(index: TerritoryIndex, shapes: CommuneShapes, projet: GrandProjet, c: number): number {
  const shape = communeShape(shapes, c);
  if (!shape) return Infinity;
  const targets = [
    ...(projet.geometrie ? [shapeOf(projet.geometrie)] : []),
    ...(projet.communes ?? []).flatMap((code) => {
      const target = communeShape(shapes, findCommune(index, code));
      return target ? [target] : [];
    }),
  ];
  const within = (km: number) => targets.some((target) => withinKm(shape, target, km));
  if (within(0)) return 0;
  let [low, high] = [0, 1];
  while (!within(high)) [low, high] = [high, high * 2];
  while (high - low > 1e-3) {
    const middle = (low + high) / 2;
    if (within(middle)) high = middle;
    else low = middle;
  }
  return high;
}

export interface BufferDifference {
  commune: number;
  /** Distance to the grand projet, km. */
  km: number;
  /** Given by the distance rule (true) or by the Turf buffer only (false). */
  byDistance: boolean;
  /** Whether the distance is within 1 % of the buffer width of that width: a difference the rule allows. */
  atBoundary: boolean;
}

/** The communes on which the distance rule and the Turf buffer disagree for a grand projet. */
export function differencesFromTurfBuffer(index: TerritoryIndex, shapes: CommuneShapes, projet: GrandProjet, byDistance: ArrayLike<number>, byTurf: ArrayLike<number>): BufferDifference[] {
  const [distance, turf] = [new Set(Array.from(byDistance)), new Set(Array.from(byTurf))];
  const only = [...[...distance].filter((c) => !turf.has(c)), ...[...turf].filter((c) => !distance.has(c))];
  return only.map((commune) => {
    const km = distanceToGrandProjetKm(index, shapes, projet, commune);
    return { commune, km, byDistance: distance.has(commune), atBoundary: Math.abs(km - projet.tamponKm) <= 0.01 * projet.tamponKm };
  });
}
