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

export function createTerritoryGeometry(index: TerritoryIndex, topology: Topology): TerritoryGeometry {
  const object = topology.objects["communes"];
  if (!object || object.type !== "GeometryCollection") throw new Error("Objet « communes » absent de france.topo.json : relancez npm run geo");
  const communes = feature(topology, object as GeometryCollection<{ code: string }>) as FeatureCollection<Geometry | null, { code: string }>;
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
