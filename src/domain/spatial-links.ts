/**
 * Where the project's point and zone objects fall among communes. Geometry work, so
 * it is done when acheteurs or grands projets change, not on every perimeter edit; the
 * recompute then only reads the links.
 */
import { locateCommune, type CommuneShapes } from "./commune-shapes.ts";
import { communesOfGrandProjet } from "./grands-projets.ts";
import type { Project } from "./model.ts";
import { findCommune, type TerritoryIndex } from "./territory-index.ts";

export interface SpatialLinks {
  /** Commune index of each acheteur (project order): its commune, else the commune holding its position, else -1. */
  acheteurCommunes: Int32Array;
  /** Sorted commune indices within each grand projet's buffer (project order). */
  grandProjetCommunes: Int32Array[];
}

/** Places the acheteurs and grands projets of a project on communes. */
export function linkProjectToCommunes(index: TerritoryIndex, shapes: CommuneShapes, project: Pick<Project, "acheteurs" | "grandsProjets">): SpatialLinks {
  const acheteurCommunes = Int32Array.from(project.acheteurs, (acheteur) => {
    if (acheteur.commune !== undefined) return findCommune(index, acheteur.commune);
    return acheteur.position ? locateCommune(shapes, acheteur.position) : -1;
  });
  return { acheteurCommunes, grandProjetCommunes: project.grandsProjets.map((projet) => communesOfGrandProjet(index, shapes, projet)) };
}
