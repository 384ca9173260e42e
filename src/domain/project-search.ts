/**
 * Finding the project's objects by name or kind: facilitators and coordinators, structures,
 * State buyers (« Préfecture », « DREETS », « PFRA » name a kind of buyer), grands projets
 * (« canal », « JOP »). Words of the query are matched accent- and case-blind.
 */
import { normalizeName } from "./commune-search.ts";
import { isCoordinateur } from "./coordinateurs.ts";
import { ACHETEUR_TYPE_LABELS, GRAND_PROJET_TYPE_LABELS, STRUCTURE_TYPE_LABELS, type AcheteurEtat, type Facilitateur, type GrandProjet, type Project, type Structure } from "./model.ts";

export interface ProjectMatches {
  facilitateurs: Facilitateur[];
  coordinateurs: Facilitateur[];
  structures: Structure[];
  acheteurs: AcheteurEtat[];
  grandsProjets: GrandProjet[];
}

/** Short names users type for a kind of buyer, besides the label. */
const ACHETEUR_ALIASES: Partial<Record<AcheteurEtat["type"], string>> = { pfra: "pfra plateforme achats", "service-deconcentre": "service deconcentre", dreets: "dreets", ddets: "ddets" };
const GRAND_PROJET_ALIASES: Partial<Record<GrandProjet["type"], string>> = { "jop-2030": "jop jo jeux olympiques", npnru: "npnru anru renovation urbaine" };

const matches = (text: string, words: readonly string[]) => words.every((word) => text.includes(word));

/** Items whose searchable text holds every word, those whose name does first; at most `limit`. */
function ranked<T extends { nom: string }>(items: readonly T[], words: readonly string[], extra: (item: T) => string, limit: number): T[] {
  const byName: T[] = [];
  const byKind: T[] = [];
  for (const item of items) {
    const name = normalizeName(item.nom);
    if (matches(name, words)) byName.push(item);
    else if (matches(`${name} ${normalizeName(extra(item))}`, words)) byKind.push(item);
  }
  return [...byName, ...byKind].slice(0, limit);
}

/** The objects of `project` that `query` names; each list holds at most `limit`. */
export function searchProject(project: Project, query: string, limit = 6): ProjectMatches {
  const wanted = normalizeName(query);
  const none: ProjectMatches = { facilitateurs: [], coordinateurs: [], structures: [], acheteurs: [], grandsProjets: [] };
  if (wanted.length < 2) return none;
  const words = wanted.split(" ");
  const roleText = (f: Facilitateur) => (isCoordinateur(f) ? "coordinateur regional coordination" : "facilitateur");
  return {
    facilitateurs: ranked(project.facilitateurs.filter((f) => !isCoordinateur(f)), words, roleText, limit),
    coordinateurs: ranked(project.facilitateurs.filter(isCoordinateur), words, roleText, limit),
    structures: ranked(project.structures, words, (s) => STRUCTURE_TYPE_LABELS[s.type], limit),
    acheteurs: ranked(project.acheteurs, words, (a) => `${ACHETEUR_TYPE_LABELS[a.type]} ${ACHETEUR_ALIASES[a.type] ?? ""} acheteur etat`, limit),
    grandsProjets: ranked(project.grandsProjets, words, (g) => `${GRAND_PROJET_TYPE_LABELS[g.type]} ${GRAND_PROJET_ALIASES[g.type] ?? ""} grand projet`, limit),
  };
}
