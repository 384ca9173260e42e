/**
 * A project cut down to one région or département, for a file per région (a DREETS sends
 * each région its own): the facilitators whose perimeter reaches a commune of the territory
 * (whole, extensions included), their structures, the acheteurs placed in it, the grands
 * projets that reach it. The rest of the project (name, date, thresholds) is kept.
 */
import type { Project } from "./model.ts";
import type { PerimeterSet } from "./perimeter.ts";
import type { SpatialLinks } from "./spatial-links.ts";
import type { TerritoryIndex } from "./territory-index.ts";
import { inTerritory, type TableTerritory } from "./territory-tables.ts";

/** Indices of the facilitators (project order) whose perimeter reaches a commune of `territory` (all of them for France). */
export function facilitateursReaching(index: TerritoryIndex, perimeters: PerimeterSet, territory: TableTerritory): number[] {
  const reaching: number[] = [];
  for (let f = 0; f + 1 < perimeters.offsets.length; f++) {
    if (!territory) {
      reaching.push(f);
      continue;
    }
    for (let k = perimeters.offsets[f]!; k < perimeters.offsets[f + 1]!; k++) {
      if (inTerritory(index, territory, perimeters.communes[k]!)) {
        reaching.push(f);
        break;
      }
    }
  }
  return reaching;
}

/** `project` restricted to `territory` (unchanged for France). */
export function restrictProject(index: TerritoryIndex, project: Project, perimeters: PerimeterSet, links: SpatialLinks, territory: TableTerritory): Project {
  if (!territory) return project;
  const facilitateurs = facilitateursReaching(index, perimeters, territory).map((f) => project.facilitateurs[f]!);
  const structureIds = new Set(facilitateurs.map((facilitateur) => facilitateur.structure));
  const placedIn = (c: number | undefined) => c !== undefined && c >= 0 && inTerritory(index, territory, c);
  return {
    ...project,
    structures: project.structures.filter((structure) => structureIds.has(structure.id)),
    facilitateurs,
    acheteurs: project.acheteurs.filter((_, b) => placedIn(links.acheteurCommunes[b])),
    grandsProjets: project.grandsProjets.filter((_, g) => Array.from(links.grandProjetCommunes[g] ?? [], (c) => c).some(placedIn)),
  };
}
