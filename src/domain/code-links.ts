/**
 * The placement of acheteurs and grands projets that needs no geometry: by commune code
 * only. The app uses it for its first view, before the commune polygons arrive; then
 * `linkProjectToCommunes` (spatial-links.ts) adds positions and buffers.
 */
import type { Project } from "./model.ts";
import type { SpatialLinks } from "./spatial-links.ts";
import { findCommune, type TerritoryIndex } from "./territory-index.ts";

/**
 * Acheteurs on their commune (-1 for those placed by position only), grands projets on
 * their listed communes (without buffer, and nothing for those given by geometry).
 */
export function linkProjectByCodes(index: TerritoryIndex, project: Pick<Project, "acheteurs" | "grandsProjets">): SpatialLinks {
  return {
    acheteurCommunes: Int32Array.from(project.acheteurs, (acheteur) => (acheteur.commune !== undefined ? findCommune(index, acheteur.commune) : -1)),
    grandProjetCommunes: project.grandsProjets.map((projet) => {
      const found = new Set<number>();
      for (const code of projet.communes ?? []) {
        const c = findCommune(index, code);
        if (c >= 0) found.add(c);
      }
      return Int32Array.from(found).sort();
    }),
  };
}
