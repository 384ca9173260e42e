/** Who coordinates a région: its coordinateurs régionaux en poste, whose perimeter names the région. */
import type { Facilitateur, Project } from "./model.ts";

/** True for a coordinateur régional's post (vacant or not). */
export const isCoordinateur = (facilitateur: Pick<Facilitateur, "role">): boolean => facilitateur.role === "coordinateur-regional";

/** The coordinateurs régionaux en poste of région `regionCode` (project order). */
export function coordinateursOfRegion(project: Pick<Project, "facilitateurs">, regionCode: string): Facilitateur[] {
  return project.facilitateurs.filter(
    (f) => isCoordinateur(f) && f.statut === "en-poste" && f.perimetre.some((zone) => zone.niveau === "region" && zone.code === regionCode),
  );
}
