/**
 * Commune polygons indexed like the territory index, with bounding boxes, for the few
 * questions that really are free geometry: which commune holds a point, which communes a
 * grand projet's buffer touches. Built once from the communes layer of the topology.
 */
import { bbox, booleanIntersects, booleanPointInPolygon } from "@turf/turf";
import Flatbush from "flatbush";
import type { Feature, FeatureCollection, Geometry, LineString, MultiPolygon, Point, Polygon, Position } from "geojson";
import type { Bounds } from "./commune-bounds.ts";
import type { TerritoryIndex } from "./territory-index.ts";

export type { Bounds } from "./commune-bounds.ts";

export type CommuneFeature = Feature<Polygon | MultiPolygon>;

export interface CommuneShapes {
  /** Polygon of commune i, or null for the communes without geometry. */
  features: (CommuneFeature | null)[];
  /** Bounding box of commune i: [west, south, east, north] degrees at 4i … 4i + 3. */
  bboxes: Float64Array;
  /** Spatial index of the boxes of the communes with a polygon: item k is commune `communeOfItem[k]`. */
  tree: Flatbush | null;
  communeOfItem: Int32Array;
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
  const drawn: number[] = [];
  for (let i = 0; i < index.communeCount; i++) if (features[i] && bboxes[i * 4]! <= bboxes[i * 4 + 2]!) drawn.push(i);
  const communeOfItem = Int32Array.from(drawn);
  if (drawn.length === 0) return { features, bboxes, tree: null, communeOfItem };
  const tree = new Flatbush(drawn.length);
  for (const i of drawn) tree.add(bboxes[i * 4]!, bboxes[i * 4 + 1]!, bboxes[i * 4 + 2]!, bboxes[i * 4 + 3]!);
  tree.finish();
  return { features, bboxes, tree, communeOfItem };
}

/** Indices of the communes whose bounding box meets `bounds` (sorted), from the spatial index. */
export function communesInBounds(shapes: CommuneShapes, [west, south, east, north]: Bounds): number[] {
  if (!shapes.tree) return [];
  return shapes.tree
    .search(west, south, east, north)
    .map((item) => shapes.communeOfItem[item]!)
    .sort((a, b) => a - b);
}

/** Indices of the communes whose polygon intersects `feature` (a point, line or polygon, WGS84). */
export function communesIntersecting(shapes: CommuneShapes, feature: Feature<Point | LineString | Polygon | MultiPolygon>): number[] {
  const [west, south, east, north] = bbox(feature);
  return communesInBounds(shapes, [west!, south!, east!, north!]).filter((i) => booleanIntersects(shapes.features[i]!, feature));
}

/** Index of the commune whose polygon holds a [longitude, latitude] position, or -1. */
export function locateCommune(shapes: CommuneShapes, position: readonly [number, number]): number {
  const [lon, lat] = position;
  for (const i of communesInBounds(shapes, [lon, lat, lon, lat])) if (booleanPointInPolygon([lon, lat], shapes.features[i]!)) return i;
  return -1;
}

