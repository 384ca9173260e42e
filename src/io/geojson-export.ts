/**
 * Outlines as GeoJSON (WGS84) for GIS tools: each perimeter (home territory and extension
 * limitrophe as separate features) and each kind of zone blanche, dissolved by topological
 * merge (`src/domain/outlines.ts`), with their figures as properties. A perimeter outline
 * read back by `importGeoJsonPerimeters` selects the same communes.
 */
import type { Feature, FeatureCollection, MultiPolygon } from "geojson";
import type { Project } from "../domain/model.ts";
import { outlineByStatus, outlinePerimeter, type OutlineSource } from "../domain/outlines.ts";
import { expandPerimeters } from "../domain/perimeter.ts";
import type { TerritoryIndex } from "../domain/territory-index.ts";
import { COMMUNE_STATUS, ZONE_BLANCHE_KINDS, type ZoneBlancheKind } from "../domain/zones-blanches.ts";

export interface PerimeterOutlineProperties {
  identifiant: string;
  facilitateur: string;
  structure: string;
  etp: number;
  statut: string;
  /** True for the extension limitrophe part of the perimeter. */
  extension: boolean;
  communes: number;
  /** Habitants. */
  population: number;
}

export interface ZoneBlancheOutlineProperties {
  type: ZoneBlancheKind;
  libelle: string;
  communes: number;
  /** Habitants. */
  population: number;
  surfaceKm2: number;
}

export const ZONE_BLANCHE_LABELS: Record<ZoneBlancheKind, string> = {
  sansFacilitateur: "Sans facilitateur",
  extensionSeulement: "Extension limitrophe seulement",
  capaciteInsuffisante: "Capacité insuffisante",
};

/** One feature per perimeter part (home, extension) that reaches at least one commune. */
export function exportPerimetersGeoJson(index: TerritoryIndex, source: OutlineSource, project: Pick<Project, "facilitateurs" | "structures">): FeatureCollection<MultiPolygon, PerimeterOutlineProperties> {
  const perimeters = expandPerimeters(index, project.facilitateurs.map((facilitateur) => facilitateur.perimetre));
  const structureNom = new Map(project.structures.map((structure) => [structure.id, structure.nom]));
  const features: Feature<MultiPolygon, PerimeterOutlineProperties>[] = [];
  project.facilitateurs.forEach((facilitateur, p) => {
    for (const extension of [false, true]) {
      let communes = 0;
      let population = 0;
      for (let k = perimeters.offsets[p]!; k < perimeters.offsets[p + 1]!; k++) {
        if ((perimeters.extension[k] === 1) !== extension) continue;
        communes++;
        population += index.population[perimeters.communes[k]!]!;
      }
      if (communes === 0) continue;
      features.push({
        type: "Feature",
        properties: {
          identifiant: facilitateur.id,
          facilitateur: facilitateur.nom,
          structure: structureNom.get(facilitateur.structure) ?? facilitateur.structure,
          etp: facilitateur.etp,
          statut: facilitateur.statut === "poste-vacant" ? "poste vacant" : "en poste",
          extension,
          communes,
          population,
        },
        geometry: outlinePerimeter(source, perimeters, p, extension ? "extension" : "home"),
      });
    }
  });
  return { type: "FeatureCollection", features };
}

/** One feature per kind of zone blanche that has communes; `status` is `ComputeResult.status`. */
export function exportZonesBlanchesGeoJson(index: TerritoryIndex, source: OutlineSource, status: Uint8Array): FeatureCollection<MultiPolygon, ZoneBlancheOutlineProperties> {
  const features = ZONE_BLANCHE_KINDS.flatMap((kind): Feature<MultiPolygon, ZoneBlancheOutlineProperties>[] => {
    const value = COMMUNE_STATUS[kind];
    let communes = 0;
    let population = 0;
    let area = 0;
    status.forEach((s, c) => {
      if (s !== value) return;
      communes++;
      population += index.population[c]!;
      area += index.areaKm2[c]!;
    });
    if (communes === 0) return [];
    const properties = { type: kind, libelle: ZONE_BLANCHE_LABELS[kind], communes, population, surfaceKm2: Number(area.toFixed(1)) };
    return [{ type: "Feature", properties, geometry: outlineByStatus(source, status, [value]) }];
  });
  return { type: "FeatureCollection", features };
}
