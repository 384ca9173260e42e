/**
 * Commune polygons indexed like the territory index, with bounding boxes, for the few
 * questions that really are free geometry: which commune holds a point, which communes a
 * grand projet's buffer touches. Built once from the communes layer of the topology.
 */
import { bbox, booleanIntersects, booleanPointInPolygon } from "@turf/turf";
import type { Feature, FeatureCollection, Geometry, LineString, MultiPolygon, Point, Polygon, Position } from "geojson";
import type { TerritoryIndex } from "./territory-index.ts";

export type CommuneFeature = Feature<Polygon | MultiPolygon>;

export interface CommuneShapes {
  /** Polygon of commune i, or null for the communes without geometry. */
  features: (CommuneFeature | null)[];
  /** Bounding box of commune i: [west, south, east, north] degrees at 4i … 4i + 3. */
  bboxes: Float64Array;
}

function extendBox(box: Float64Array, at: number, positions: Position[]): void {
  for (const [lon, lat] of positions) {
    if (lon! < box[at]!) box[at] = lon!;
    if (lat! < box[at + 1]!) box[at + 1] = lat!;
    if (lon! > box[at + 2]!) box[at + 2] = lon!;
    if (lat! > box[at + 3]!) box[at + 3] = lat!;
  }
}

/**
 * Indexes the commune polygons of a GeoJSON layer (property `code`, INSEE code, as in the
 * topology's `communes` object). Features of codes the index does not know are ignored.
 */
export function createCommuneShapes(index: TerritoryIndex, layer: FeatureCollection<Geometry | null, { code: string } | null>): CommuneShapes {
  const features: (CommuneFeature | null)[] = new Array<CommuneFeature | null>(index.communeCount).fill(null);
  const bboxes = new Float64Array(index.communeCount * 4);
  for (let i = 0; i < index.communeCount; i++) bboxes.set([Infinity, Infinity, -Infinity, -Infinity], i * 4);
  for (const feature of layer.features) {
    const geometry = feature.geometry;
    const i = feature.properties ? index.communeIndex.get(feature.properties.code) : undefined;
    if (i === undefined || !geometry || (geometry.type !== "Polygon" && geometry.type !== "MultiPolygon")) continue;
    features[i] = { type: "Feature", properties: null, geometry };
    const polygons = geometry.type === "Polygon" ? [geometry.coordinates] : geometry.coordinates;
    for (const polygon of polygons) extendBox(bboxes, i * 4, polygon[0] ?? []);
  }
  return { features, bboxes };
}

/** Indices of the communes whose polygon intersects `feature` (a point, line or polygon, WGS84). */
export function communesIntersecting(shapes: CommuneShapes, feature: Feature<Point | LineString | Polygon | MultiPolygon>): number[] {
  const [west, south, east, north] = bbox(feature);
  const found: number[] = [];
  shapes.features.forEach((commune, i) => {
    const b = i * 4;
    if (!commune || shapes.bboxes[b]! > east! || shapes.bboxes[b + 2]! < west! || shapes.bboxes[b + 1]! > north! || shapes.bboxes[b + 3]! < south!) return;
    if (booleanIntersects(commune, feature)) found.push(i);
  });
  return found;
}

/** Index of the commune whose polygon holds a [longitude, latitude] position, or -1. */
export function locateCommune(shapes: CommuneShapes, position: readonly [number, number]): number {
  const [lon, lat] = position;
  for (let i = 0; i < shapes.features.length; i++) {
    const b = i * 4;
    const commune = shapes.features[i];
    if (!commune || lon < shapes.bboxes[b]! || lon > shapes.bboxes[b + 2]! || lat < shapes.bboxes[b + 1]! || lat > shapes.bboxes[b + 3]!) continue;
    if (booleanPointInPolygon([lon, lat], commune)) return i;
  }
  return -1;
}
