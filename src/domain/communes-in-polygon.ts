/**
 * Communes selected by a free polygon (a zone drawn on the map with the lasso): the rule of
 * the GeoJSON import (`src/io/geojson-import.ts`). A commune is selected when its
 * representative interior point (Turf `pointOnFeature`: the centroid when it lies inside
 * the commune, else a point on its surface) falls inside the polygon, so a commune half
 * inside is taken or left whole.
 */
import { booleanPointInPolygon, pointOnFeature } from "@turf/turf";
import type { Feature, MultiPolygon, Polygon, Position } from "geojson";
import { communesInBounds, type CommuneShapes } from "./commune-shapes.ts";

/** Representative interior point of commune c, or null without polygon. */
export type PointOfCommune = (c: number) => Position | null;

/** The representative point computed directly (callers with a cache pass their own). */
export function representativePoint(shapes: CommuneShapes, c: number): Position | null {
  const commune = shapes.features[c];
  return commune ? pointOnFeature(commune).geometry.coordinates : null;
}

/**
 * Indices of the communes whose representative interior point lies inside `polygon`
 * (WGS84), in index order. Communes whose bounding box misses the polygon's are skipped
 * before any point is computed.
 */
export function communesInPolygon(shapes: CommuneShapes, polygon: Feature<Polygon | MultiPolygon> | Polygon | MultiPolygon, pointOf: PointOfCommune = (c) => representativePoint(shapes, c)): number[] {
  const geometry = polygon.type === "Feature" ? polygon.geometry : polygon;
  const outer = geometry.type === "Polygon" ? [geometry.coordinates[0] ?? []] : geometry.coordinates.map((p) => p[0] ?? []);
  let [west, south, east, north] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const ring of outer) {
    for (const [lon, lat] of ring) [west, south, east, north] = [Math.min(west, lon!), Math.min(south, lat!), Math.max(east, lon!), Math.max(north, lat!)];
  }
  return communesInBounds(shapes, [west, south, east, north]).filter((c) => {
    const point = pointOf(c);
    return point !== null && booleanPointInPolygon(point, geometry);
  });
}
