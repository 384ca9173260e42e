/**
 * Pure edits of the records of a project: structures porteuses, facilitateurs (and
 * coordinateurs régionaux, facilitateurs with that role), acheteurs de l'État, grands
 * projets. Each returns a new project sharing every untouched list and record, or a French
 * message when the edit would break the project (an unknown id, a structure still in use).
 * Field validation belongs to the forms (see `src/store/entity-validation.ts`).
 */
import type { AcheteurEtat, Facilitateur, GrandProjet, Project, Structure } from "./model.ts";

export type EntityKind = "structure" | "facilitateur" | "acheteur" | "grand-projet";

/** The list of the project that holds each kind of record. */
export const ENTITY_LISTS = {
  structure: "structures",
  facilitateur: "facilitateurs",
  acheteur: "acheteurs",
  "grand-projet": "grandsProjets",
} as const satisfies Record<EntityKind, keyof Project>;

export interface EntityOf {
  structure: Structure;
  facilitateur: Facilitateur;
  acheteur: AcheteurEtat;
  "grand-projet": GrandProjet;
}

export type EntityEdit = { ok: true; project: Project } | { ok: false; message: string };

const NOUNS: Record<EntityKind, string> = {
  structure: "structure",
  facilitateur: "poste",
  acheteur: "acheteur",
  "grand-projet": "grand projet",
};

function listOf<K extends EntityKind>(project: Project, kind: K): readonly EntityOf[K][] {
  return project[ENTITY_LISTS[kind]] as unknown as readonly EntityOf[K][];
}

function withList<K extends EntityKind>(project: Project, kind: K, list: EntityOf[K][]): Project {
  return { ...project, [ENTITY_LISTS[kind]]: list };
}

/** A record of the project by id. */
export function findEntity<K extends EntityKind>(project: Project, kind: K, id: string): EntityOf[K] | undefined {
  return listOf(project, kind).find((item) => item.id === id);
}

/** A fresh id for a new record: `prefix` followed by the first free number (S1, S2…). */
export function nextEntityId(project: Project, kind: EntityKind, prefix: string): string {
  const used = new Set(listOf(project, kind).map((item) => item.id));
  let n = listOf(project, kind).length + 1;
  while (used.has(`${prefix}${n}`)) n++;
  return `${prefix}${n}`;
}

/** Appends a record; refused when its id is taken or (for a post) its structure is unknown. */
export function createEntity<K extends EntityKind>(project: Project, kind: K, record: EntityOf[K]): EntityEdit {
  if (findEntity(project, kind, record.id)) return { ok: false, message: `L'identifiant « ${record.id} » est déjà utilisé par un autre ${NOUNS[kind]}` };
  const broken = checkReferences(project, kind, record);
  if (broken) return { ok: false, message: broken };
  return { ok: true, project: withList(project, kind, [...listOf(project, kind), record]) };
}

/** Replaces the record with this id (ids do not change), in its place. */
export function updateEntity<K extends EntityKind>(project: Project, kind: K, id: string, record: EntityOf[K]): EntityEdit {
  const list = listOf(project, kind);
  const at = list.findIndex((item) => item.id === id);
  if (at < 0) return { ok: false, message: `Aucun ${NOUNS[kind]} n'a l'identifiant « ${id} »` };
  if (record.id !== id) return { ok: false, message: "L'identifiant d'un enregistrement ne peut pas être modifié" };
  const broken = checkReferences(project, kind, record);
  if (broken) return { ok: false, message: broken };
  const next = list.slice();
  next[at] = record;
  return { ok: true, project: withList(project, kind, next) };
}

/** Removes the record with this id; a structure that still carries posts is kept, with the reason. */
export function deleteEntity(project: Project, kind: EntityKind, id: string): EntityEdit {
  const list = listOf(project, kind);
  const record = list.find((item) => item.id === id);
  if (!record) return { ok: false, message: `Aucun ${NOUNS[kind]} n'a l'identifiant « ${id} »` };
  if (kind === "structure") {
    const posts = project.facilitateurs.filter((f) => f.structure === id);
    if (posts.length > 0) {
      const names = posts.slice(0, 3).map((f) => `« ${f.nom} »`).join(", ") + (posts.length > 3 ? "…" : "");
      const nom = (record as Structure).nom;
      return {
        ok: false,
        message: `La structure « ${nom} » porte encore ${posts.length === 1 ? "un poste" : `${posts.length} postes`} (${names}) : rattachez-les à une autre structure ou supprimez-les avant de la supprimer.`,
      };
    }
  }
  return { ok: true, project: withList(project, kind, list.filter((item) => item.id !== id)) };
}

function checkReferences(project: Project, kind: EntityKind, record: EntityOf[EntityKind]): string | null {
  if (kind !== "facilitateur") return null;
  const structure = (record as Facilitateur).structure;
  return project.structures.some((s) => s.id === structure) ? null : `Structure porteuse inconnue : « ${structure} »`;
}

/** Replaces one post's perimeter. */
export function setPerimeter(project: Project, facilitateurId: string, perimetre: Facilitateur["perimetre"]): EntityEdit {
  const facilitateur = findEntity(project, "facilitateur", facilitateurId);
  if (!facilitateur) return { ok: false, message: `Aucun poste n'a l'identifiant « ${facilitateurId} »` };
  return updateEntity(project, "facilitateur", facilitateurId, { ...facilitateur, perimetre });
}
