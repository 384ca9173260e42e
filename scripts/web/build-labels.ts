// The names on the map, built with the tiles (public/web/labels/): a point per région,
// département and préfecture in one small GeoJSON file (territoires.json), and a point per
// other commune, with its population for priority, in vector tiles at zoom LABEL_TILE_ZOOM.
// Display positions, the DROM in their insets, like the tiles. The map loads both after its
// first view. Deterministic: same inputs, same bytes.
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { GeoJSONVT } from "@maplibre/geojson-vt";
import { fromGeojsonVt } from "@maplibre/vt-pbf";
import type { Feature, FeatureCollection, Geometry, MultiPolygon, Point, Polygon, Position } from "geojson";
import polylabel from "polylabel";
import { feature, merge } from "topojson-client";
import type { GeometryCollection, MultiPolygon as TopoMultiPolygon, Polygon as TopoPolygon, Topology } from "topojson-specification";
import type { ReferenceData } from "../../src/domain/territory-reference.ts";
import { toDisplay } from "../../src/map/insets.ts";
import { LABEL_TILE_LAYER, LABEL_TILE_ZOOM, type TerritoryLabelKind } from "../../src/map/tile-layout.ts";

export interface TerritoryLabel {
  kind: TerritoryLabelKind;
  nom: string;
  /** Habitants, for préfectures and communes (the larger first when they collide). */
  population?: number;
}

export interface CommuneLabel {
  nom: string;
  population: number;
}

/** Web Mercator in the unit square (x east, y south): the plane the map shows. */
const mercator = ([lon, lat]: Position): [number, number] => {
  const sin = Math.sin((lat! * Math.PI) / 180);
  return [(lon! + 180) / 360, 0.5 - Math.log((1 + sin) / (1 - sin)) / (4 * Math.PI)];
};
const fromMercator = ([x, y]: [number, number]): [number, number] => [x * 360 - 180, (Math.atan(Math.sinh(Math.PI * (1 - 2 * y))) * 180) / Math.PI];

const ringArea = (ring: [number, number][]) => Math.abs(ring.reduce((sum, [x, y], k) => (k === 0 ? 0 : sum + (ring[k - 1]![0] * y - x * ring[k - 1]![1])), 0)) / 2;

/**
 * Where a name goes inside an area: the pole of inaccessibility (the inside point farthest
 * from the outline, polylabel) of its largest polygon, on the map's plane. A centroid can
 * fall outside a concave shape or in the sea, and a point on surface may hug an edge; the
 * pole leaves the most room around a name, and the largest polygon keeps a région's name on
 * its mainland rather than among its islands. Real [lon, lat], 4 decimals (about 10 m).
 */
export function labelPoint(geometry: Polygon | MultiPolygon): [number, number] | null {
  const polygons = geometry.type === "Polygon" ? [geometry.coordinates] : geometry.coordinates;
  let best: [number, number][][] | null = null;
  let bestArea = -1;
  for (const polygon of polygons) {
    const rings = polygon.map((ring) => ring.map(mercator));
    const area = ringArea(rings[0]!) - rings.slice(1).reduce((sum, ring) => sum + ringArea(ring), 0);
    if (area > bestArea) [best, bestArea] = [rings, area];
  }
  if (!best) return null;
  const xs = best[0]!.map(([x]) => x);
  const ys = best[0]!.map(([, y]) => y);
  const size = Math.max(Math.max(...xs) - Math.min(...xs), Math.max(...ys) - Math.min(...ys));
  const [lon, lat] = fromMercator(polylabel(best, size / 200) as unknown as [number, number]);
  return [Math.round(lon * 1e4) / 1e4, Math.round(lat * 1e4) / 1e4];
}

const pointAt = <P>(position: [number, number], properties: P): Feature<Point, P> => ({ type: "Feature", properties, geometry: { type: "Point", coordinates: toDisplay(position) } });

/**
 * The label points of `reference` on `topology` (object `communes`, property `code`):
 * régions and départements of metropolitan France (the DROM are named by their inset's
 * frame), the préfectures of région and of département, and every other commune drawn
 * (those of the DROM with the préfectures, the others in `communes`).
 */
export function labelPoints(topology: Topology, reference: ReferenceData): { territories: FeatureCollection<Point, TerritoryLabel>; communes: FeatureCollection<Point, CommuneLabel> } {
  const object = topology.objects["communes"] as GeometryCollection<{ code: string }>;
  const codeOf = (g: (typeof object.geometries)[number]) => (g.properties as { code: string }).code;
  const geometryOf = new Map(object.geometries.map((g) => [codeOf(g), g as TopoPolygon | TopoMultiPolygon]));
  const communeOf = new Map(reference.communes.map((c) => [c.code, c]));
  const pointOfCommune = (code: string) => {
    const geometry = geometryOf.get(code);
    return geometry ? labelPoint((feature(topology, geometry) as Feature<Polygon | MultiPolygon>).geometry) : null;
  };
  const pointOfArea = (member: (code: string) => boolean) =>
    labelPoint(merge(topology, object.geometries.filter((g) => member(codeOf(g))) as (TopoPolygon | TopoMultiPolygon)[]));
  const overseas = (code: string) => code.length === 3;
  const territories: Feature<Point, TerritoryLabel>[] = [];
  const add = (point: [number, number] | null, label: TerritoryLabel) => point && territories.push(pointAt(point, label));
  for (const region of reference.regions) {
    const departements = new Set(reference.departements.filter((d) => d.region === region.code).map((d) => d.code));
    if ([...departements].some(overseas)) continue;
    add(pointOfArea((code) => departements.has(communeOf.get(code)?.departement ?? "")), { kind: "region", nom: region.nom });
  }
  for (const departement of reference.departements) {
    if (overseas(departement.code)) continue;
    add(pointOfArea((code) => communeOf.get(code)?.departement === departement.code), { kind: "departement", nom: departement.nom });
  }
  const regionSeats = new Set(reference.regions.map((r) => r.chefLieu));
  const seats = new Set([...reference.regions.map((r) => r.chefLieu), ...reference.departements.map((d) => d.chefLieu)]);
  for (const code of [...seats].sort()) {
    const commune = communeOf.get(code);
    if (commune) add(pointOfCommune(code), { kind: regionSeats.has(code) ? "prefecture-region" : "prefecture", nom: commune.nom, population: commune.population });
  }
  const communes: Feature<Point, CommuneLabel>[] = [];
  for (const commune of reference.communes) {
    if (seats.has(commune.code)) continue;
    const point = pointOfCommune(commune.code);
    // The insets draw the DROM larger (La Réunion, Mayotte…) or smaller (Guyane) than the map's
    // zoom says, with few and large communes: their names come with the préfectures'.
    if (point && overseas(commune.departement)) add(point, { kind: "commune", nom: commune.nom, population: commune.population });
    else if (point) communes.push(pointAt(point, { nom: commune.nom, population: commune.population }));
  }
  return { territories: { type: "FeatureCollection", features: territories }, communes: { type: "FeatureCollection", features: communes } };
}

/** The tiles of zoom LABEL_TILE_ZOOM holding `communes`, by "x/y". */
export function communeLabelTiles(communes: FeatureCollection<Point, CommuneLabel>): Map<string, Uint8Array> {
  const extent = 2048;
  // No buffer: each name in one tile only (MapLibre draws a name across tile edges).
  const index = new GeoJSONVT(communes as FeatureCollection<Geometry>, { maxZoom: LABEL_TILE_ZOOM, indexMaxZoom: LABEL_TILE_ZOOM, indexMaxPoints: 0, extent, buffer: 0 });
  const keys = new Set(
    communes.features.map(({ geometry }) => {
      const [x, y] = mercator(geometry.coordinates).map((v) => Math.floor(v * 2 ** LABEL_TILE_ZOOM));
      return `${x}/${y}`;
    }),
  );
  const tiles = new Map<string, Uint8Array>();
  for (const key of [...keys].sort()) {
    const [x, y] = key.split("/").map(Number);
    const tile = index.getTile(LABEL_TILE_ZOOM, x!, y!);
    if (tile && tile.features.length > 0) tiles.set(key, fromGeojsonVt({ [LABEL_TILE_LAYER]: tile }, { version: 2, extent }));
  }
  return tiles;
}

/** Writes territoires.json and the commune label tiles under `dir`; returns what it wrote. */
export function writeLabels(dir: string, topology: Topology, reference: ReferenceData): { points: number; tiles: number; bytes: number } {
  const { territories, communes } = labelPoints(topology, reference);
  mkdirSync(dir, { recursive: true });
  const json = JSON.stringify(territories);
  writeFileSync(join(dir, "territoires.json"), json);
  let bytes = json.length;
  const tiles = communeLabelTiles(communes);
  for (const [key, buffer] of tiles) {
    const [x, y] = key.split("/");
    mkdirSync(join(dir, String(LABEL_TILE_ZOOM), x!), { recursive: true });
    writeFileSync(join(dir, String(LABEL_TILE_ZOOM), x!, `${y}.pbf`), buffer);
    bytes += buffer.length;
  }
  return { points: territories.features.length + communes.features.length, tiles: tiles.size, bytes };
}
