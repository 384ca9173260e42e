/**
 * Grands projets: the communes within their impact buffer (Turf). Their coverage is summed
 * in grand-projet-summary.ts, which needs no geometry.
 */
import { buffer } from "@turf/turf";
import type { Feature, LineString, MultiPolygon, Point, Polygon } from "geojson";
import { communesIntersecting, type CommuneShapes } from "./commune-shapes.ts";
import type { GrandProjet } from "./model.ts";
import { findCommune, type TerritoryIndex } from "./territory-index.ts";

type Zone = Feature<Point | LineString | Polygon | MultiPolygon>;

function buffered(feature: Zone, km: number): Zone {
  if (km <= 0) return feature;
  return buffer(feature, km, { units: "kilometers" }) ?? feature;
}

/**
 * Indices (sorted) of the communes within `tamponKm` km of the grand projet: those its
 * geometry's buffer intersects, or its listed communes and those their buffers intersect.
 */
export function communesOfGrandProjet(index: TerritoryIndex, shapes: CommuneShapes, projet: GrandProjet): Int32Array {
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
