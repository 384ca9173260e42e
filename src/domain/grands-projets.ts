/**
 * Grands projets: the communes within their impact buffer, and how well facilitators
 * cover them.
 */
import { buffer } from "@turf/turf";
import type { Feature, LineString, MultiPolygon, Point, Polygon } from "geojson";
import { communesIntersecting, type CommuneShapes } from "./commune-shapes.ts";
import type { Coverage } from "./coverage.ts";
import type { GrandProjet } from "./model.ts";
import { findCommune, type TerritoryIndex } from "./territory-index.ts";

type Zone = Feature<Point | LineString | Polygon | MultiPolygon>;

function buffered(feature: Zone, km: number): Zone {
  if (km <= 0) return feature;
  return buffer(feature, km, { units: "kilometers" }) ?? feature;
}

/**
 * Indices (sorted) of the communes within `tamponKm` km of the grand projet: those its
 * geometry's buffer intersects, or its listed communes and those their buffers intersect.
 */
export function communesOfGrandProjet(index: TerritoryIndex, shapes: CommuneShapes, projet: GrandProjet): Int32Array {
  const found = new Set<number>();
  if (projet.geometrie) {
    const zone = buffered({ type: "Feature", properties: null, geometry: projet.geometrie }, projet.tamponKm);
    for (const c of communesIntersecting(shapes, zone)) found.add(c);
  }
  for (const code of projet.communes ?? []) {
    const c = findCommune(index, code);
    if (c < 0) continue;
    found.add(c);
    const polygon = shapes.features[c];
    if (polygon && projet.tamponKm > 0) for (const near of communesIntersecting(shapes, buffered(polygon, projet.tamponKm))) found.add(near);
  }
  return Int32Array.from(found).sort();
}

export interface GrandProjetSummary {
  id: string;
  nom: string;
  /** Communes within the buffer. */
  communes: number;
  /** Their population, habitants. */
  population: number;
  /** Those with a facilitator of their own territory, and their population (habitants). */
  coveredCommunes: number;
  coveredPopulation: number;
  /** coveredPopulation / population (0 to 1); null without habitants. */
  coveredShare: number | null;
  /** Indices of the facilitators covering at least one of its communes (home or extension), ascending. */
  facilitateurs: number[];
}

/** Coverage of each grand projet; `communesOfProjet[g]` are the communes of grand projet g. */
export function summarizeGrandsProjets(
  index: TerritoryIndex,
  grandsProjets: readonly GrandProjet[],
  communesOfProjet: readonly Int32Array[],
  coverage: Coverage,
): GrandProjetSummary[] {
  return grandsProjets.map((projet, g) => {
    const communes = communesOfProjet[g] ?? new Int32Array(0);
    const facilitateurs = new Set<number>();
    let population = 0;
    let coveredCommunes = 0;
    let coveredPopulation = 0;
    for (const c of communes) {
      population += index.population[c]!;
      if (coverage.homeCount[c]! > 0) {
        coveredCommunes++;
        coveredPopulation += index.population[c]!;
      }
      for (let k = coverage.offsets[c]!; k < coverage.offsets[c + 1]!; k++) facilitateurs.add(coverage.facilitateurs[k]!);
    }
    return {
      id: projet.id,
      nom: projet.nom,
      communes: communes.length,
      population,
      coveredCommunes,
      coveredPopulation,
      coveredShare: population > 0 ? coveredPopulation / population : null,
      facilitateurs: [...facilitateurs].sort((a, b) => a - b),
    };
  });
}
