// GeoJSON of what is drawn over the communes: State buyers, coordinators' seats, grands
// projets (their geometry and impact zone), a facilitator's perimeter outline.
import type { Feature, FeatureCollection, Geometry, MultiPolygon, Point } from "geojson";
import type { Project } from "../domain/model.ts";
import { outlineCommunes, outlinePerimeter, type OutlineSource } from "../domain/outlines.ts";
import type { ComputeResult } from "../domain/recompute.ts";
import type { SpatialLinks } from "../domain/spatial-links.ts";
import type { TerritoryIndex } from "../domain/territory-index.ts";

const collection = <G extends Geometry>(features: Feature<G>[]): FeatureCollection<G> => ({ type: "FeatureCollection", features });

/** A point inside commune c (for symbols placed by commune), or null without geometry. */
type PointOfCommune = (c: number) => [number, number] | null;

/** One point per State buyer: its position, else a point of its commune. Property `type`, `id`, `nom`. */
export function acheteursLayer(project: Project, links: SpatialLinks, pointOfCommune: PointOfCommune): FeatureCollection<Point> {
  const features: Feature<Point>[] = [];
  project.acheteurs.forEach((acheteur, b) => {
    const c = links.acheteurCommunes[b]!;
    const coordinates = acheteur.position ?? (c >= 0 ? pointOfCommune(c) : null);
    if (coordinates) features.push({ type: "Feature", properties: { id: acheteur.id, nom: acheteur.nom, type: acheteur.type }, geometry: { type: "Point", coordinates } });
  });
  return collection(features);
}

/** Seats (commune of the structure) of the coordinateurs régionaux. */
export function coordinateursLayer(index: TerritoryIndex, project: Project, pointOfCommune: PointOfCommune): FeatureCollection<Point> {
  const structures = new Map(project.structures.map((s) => [s.id, s]));
  const features: Feature<Point>[] = [];
  for (const facilitateur of project.facilitateurs) {
    if (facilitateur.role !== "coordinateur-regional") continue;
    const seat = structures.get(facilitateur.structure)?.communeSiege;
    const c = seat === undefined ? undefined : index.communeIndex.get(seat);
    const coordinates = c === undefined ? null : pointOfCommune(c);
    if (coordinates) {
      features.push({ type: "Feature", properties: { id: facilitateur.id, nom: facilitateur.nom, vacant: facilitateur.statut === "poste-vacant" }, geometry: { type: "Point", coordinates } });
    }
  }
  return collection(features);
}

/** Each grand projet's impact zone (outline of the communes in its buffer) and its own geometry. */
export function grandsProjetsLayer(project: Project, links: SpatialLinks, outlines: OutlineSource): FeatureCollection {
  const features: Feature[] = [];
  project.grandsProjets.forEach((projet, g) => {
    const properties = { id: projet.id, nom: projet.nom, type: projet.type };
    features.push({ type: "Feature", properties: { ...properties, part: "zone" }, geometry: outlineCommunes(outlines, links.grandProjetCommunes[g]!) });
    if (projet.geometrie) features.push({ type: "Feature", properties: { ...properties, part: "trace" }, geometry: projet.geometrie });
  });
  return collection(features);
}

/** Outlines of every facilitator's perimeter (role facilitateur), property `id`. */
export function perimetresLayer(project: Project, result: ComputeResult, outlines: OutlineSource): FeatureCollection<MultiPolygon> {
  const features: Feature<MultiPolygon>[] = [];
  project.facilitateurs.forEach((facilitateur, f) => {
    if (facilitateur.role !== "facilitateur") return;
    features.push({ type: "Feature", properties: { id: facilitateur.id, nom: facilitateur.nom }, geometry: outlinePerimeter(outlines, result.perimeters, f) });
  });
  return collection(features);
}

/** The State buyers of the DECP files in one commune: how many, their contracts, the first names. */
export interface DecpBuyersOfCommune {
  commune: number;
  acheteurs: number;
  marches: number;
  /** The buyers' names the file gives, most contracts first. */
  noms: string;
}

/** One ring per commune holding DECP State buyers; properties `code` (of the commune), `acheteurs`, `marches`, `noms`. */
export function decpBuyersLayer(index: TerritoryIndex, groups: readonly DecpBuyersOfCommune[], pointOfCommune: PointOfCommune): FeatureCollection<Point> {
  const features: Feature<Point>[] = [];
  for (const group of groups) {
    const coordinates = pointOfCommune(group.commune);
    const code = index.communeCodes[group.commune]!;
    if (coordinates) features.push({ type: "Feature", properties: { id: code, code, acheteurs: group.acheteurs, marches: group.marches, noms: group.noms }, geometry: { type: "Point", coordinates } });
  }
  return collection(features);
}
