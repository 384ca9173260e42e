// The geometry half of the territory (Turf, polygons), in its own chunk: the app loads it
// after the first view.
import { pointOnFeature } from "@turf/turf";
import { feature } from "topojson-client";
import type { GeometryCollection, Topology } from "topojson-specification";
import type { FeatureCollection, Geometry } from "geojson";
import { createCommuneShapes } from "../domain/commune-shapes.ts";
import { communesInPolygon } from "../domain/communes-in-polygon.ts";
import { linkProjectToCommunes } from "../domain/spatial-links.ts";
import type { TerritoryIndex } from "../domain/territory-index.ts";
import type { TerritoryGeometry } from "./app-data.ts";

type CommuneCollection = FeatureCollection<Geometry | null, { code: string }>;

function communesObject(topology: Topology): GeometryCollection<{ code: string }> {
  const object = topology.objects["communes"];
  if (!object || object.type !== "GeometryCollection") throw new Error("Objet « communes » absent de france.topo.json : relancez npm run geo");
  return object as GeometryCollection<{ code: string }>;
}

/**
 * The communes' polygons decoded from the topology a slice at a time, `pause` between two
 * slices: the load's decoding (35,000 polygons) is then many short tasks, between which the
 * page answers the user, instead of one long one.
 */
export async function decodeCommunes(topology: Topology, pause: () => Promise<void>, slice = 2500): Promise<CommuneCollection> {
  const { geometries } = communesObject(topology);
  const features: CommuneCollection["features"] = [];
  for (let start = 0; start < geometries.length; start += slice) {
    for (const geometry of geometries.slice(start, start + slice)) features.push(feature(topology, geometry) as CommuneCollection["features"][number]);
    await pause();
  }
  return { type: "FeatureCollection", features };
}

/** The territory's geometry; `communes`, when given, are the polygons already decoded (`decodeCommunes`). */
export function createTerritoryGeometry(index: TerritoryIndex, topology: Topology, communes: CommuneCollection = feature(topology, communesObject(topology)) as CommuneCollection): TerritoryGeometry {
  const shapes = createCommuneShapes(index, communes);
  const points = new Map<number, [number, number] | null>();
  const geometry: TerritoryGeometry = {
    topology,
    shapes,
    link: (project) => linkProjectToCommunes(index, shapes, project),
    pointOfCommune(c) {
      if (!points.has(c)) {
        const polygon = shapes.features[c];
        points.set(c, polygon ? (pointOnFeature(polygon).geometry.coordinates as [number, number]) : null);
      }
      return points.get(c)!;
    },
    communesIn: (polygon) => communesInPolygon(shapes, polygon, (c) => geometry.pointOfCommune(c)),
  };
  return geometry;
}
