/**
 * Outlines of sets of communes (zones blanches, perimeters) for display and export, by
 * topological merge: the communes share arcs, so the outline keeps the arcs used once.
 * Far cheaper than polygon unions, and exact on the topology's own boundaries.
 */
import type { MultiPolygon } from "geojson";
import { merge } from "topojson-client";
import type { GeometryCollection, MultiPolygon as TopoMultiPolygon, Polygon as TopoPolygon, Topology } from "topojson-specification";
import type { PerimeterSet } from "./perimeter.ts";
import type { TerritoryIndex } from "./territory-index.ts";

type CommuneGeometry = TopoPolygon | TopoMultiPolygon;

export interface OutlineSource {
  topology: Topology;
  /** Topology geometry of commune i, or null for the communes without geometry. */
  geometries: (CommuneGeometry | null)[];
}

/**
 * Pairs the communes of a topology object (property `code`, INSEE code) with the index.
 * Throws when the object is missing; communes the index does not know are ignored.
 */
export function createOutlineSource(index: TerritoryIndex, topology: Topology, objectName = "communes"): OutlineSource {
  const object = topology.objects[objectName];
  if (!object || object.type !== "GeometryCollection") throw new Error(`Objet « ${objectName} » absent de la topologie`);
  const geometries: (CommuneGeometry | null)[] = new Array<CommuneGeometry | null>(index.communeCount).fill(null);
  for (const geometry of (object as GeometryCollection).geometries) {
    const code = (geometry.properties as { code?: unknown } | undefined)?.code;
    const i = typeof code === "string" ? index.communeIndex.get(code) : undefined;
    if (i !== undefined && (geometry.type === "Polygon" || geometry.type === "MultiPolygon")) geometries[i] = geometry;
  }
  return { topology, geometries };
}

/** Outline of a set of communes (indices) as one MultiPolygon in the topology's coordinates (WGS84). */
export function outlineCommunes(source: OutlineSource, communes: ArrayLike<number>): MultiPolygon {
  const parts: CommuneGeometry[] = [];
  for (let k = 0; k < communes.length; k++) {
    const geometry = source.geometries[communes[k]!];
    if (geometry) parts.push(geometry);
  }
  return merge(source.topology, parts);
}

/** Outline of the communes whose status (see `COMMUNE_STATUS`) is one of `statuses`. */
export function outlineByStatus(source: OutlineSource, status: Uint8Array, statuses: readonly number[]): MultiPolygon {
  const wanted = new Uint8Array(256);
  for (const value of statuses) wanted[value] = 1;
  const communes: number[] = [];
  status.forEach((value, c) => {
    if (wanted[value]) communes.push(c);
  });
  return outlineCommunes(source, communes);
}

/** Outline of perimeter p: its home territory, its extensions limitrophes, or both. */
export function outlinePerimeter(source: OutlineSource, perimeters: PerimeterSet, p: number, part: "home" | "extension" | "all" = "all"): MultiPolygon {
  const communes: number[] = [];
  for (let k = perimeters.offsets[p]!; k < perimeters.offsets[p + 1]!; k++) {
    const isExtension = perimeters.extension[k] === 1;
    if (part === "all" || isExtension === (part === "extension")) communes.push(perimeters.communes[k]!);
  }
  return outlineCommunes(source, communes);
}
