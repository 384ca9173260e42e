// The lasso's drawing: points clicked on the map, closed into a polygon. Pure and without
// Turf, so that the map and the editing panel load it with the first view; which communes the
// polygon selects is communes-in-polygon.ts's rule, loaded with the polygons.
import type { Polygon, Position } from "geojson";

/** [longitude, latitude] in degrees (WGS84). */
export type LonLat = [number, number];

/** Two positions closer than this (degrees, about 1 cm) are one: a double-click adds the same point twice. */
const SAME_POINT = 1e-7;

const samePoint = (a: Position, b: Position) => Math.abs(a[0]! - b[0]!) < SAME_POINT && Math.abs(a[1]! - b[1]!) < SAME_POINT;

/** The points of a drawing with `point` appended, unless it repeats the last one. */
export function appendLassoPoint(points: readonly LonLat[], point: LonLat): LonLat[] {
  const last = points.at(-1);
  return last && samePoint(last, point) ? [...points] : [...points, point];
}

/**
 * The polygon closed on the points drawn (consecutive repeats dropped), or null with fewer
 * than three distinct points, which enclose nothing.
 */
export function lassoPolygon(points: readonly LonLat[]): Polygon | null {
  const ring: LonLat[] = [];
  for (const point of points) if (!ring.some((p) => samePoint(p, point))) ring.push(point);
  if (ring.length < 3) return null;
  return { type: "Polygon", coordinates: [[...ring, ring[0]!]] };
}
