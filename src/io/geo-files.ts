// Loads what the geometry build wrote into public/geo/.
import { feature } from "topojson-client";
import type { GeometryCollection, Topology } from "topojson-specification";
import type { FeatureCollection, GeoJsonProperties, Geometry } from "geojson";

/** URL of a file of public/geo, relative to the page so the app works from any sub-path. */
export const geoUrl = (name: string) => new URL(`geo/${name}`, document.baseURI).toString();

export interface CommuneProperties {
  code: string;
  nom: string;
  departement: string;
  region: string;
  epci: string | null;
  population: number;
  /** km² on the ellipsoid. */
  area: number;
}

export interface FranceLayers {
  topology: Topology;
  communes: FeatureCollection<Geometry, CommuneProperties>;
  departements: FeatureCollection<Geometry, { code: string; nom: string; region: string }>;
  regions: FeatureCollection<Geometry, { code: string; nom: string }>;
}

export async function fetchJson<T>(url: string, signal?: AbortSignal): Promise<T> {
  const response = await fetch(url, signal ? { signal } : {});
  if (!response.ok) throw new Error(`Impossible de charger ${url} : HTTP ${response.status}`);
  return (await response.json()) as T;
}

/** The web topology as GeoJSON layers (today's communes, départements, régions). */
export async function loadFranceLayers(signal?: AbortSignal): Promise<FranceLayers> {
  const topology = await fetchJson<Topology>(geoUrl("france.topo.json"), signal);
  const layer = <P extends GeoJsonProperties>(name: string) => {
    const object = topology.objects[name];
    if (!object || object.type !== "GeometryCollection") throw new Error(`Objet « ${name} » absent de france.topo.json : relancez npm run geo`);
    return feature(topology, object as GeometryCollection<P>) as unknown as FeatureCollection<Geometry, P>;
  };
  return {
    topology,
    communes: layer<CommuneProperties & Record<string, unknown>>("communes"),
    departements: layer<{ code: string; nom: string; region: string }>("departements"),
    regions: layer<{ code: string; nom: string }>("regions"),
  };
}
