// French labels of the history steps, shown by « Annuler » and « Rétablir ».
import type { EntityKind } from "../domain/entity-edits.ts";
import type { TerritoryIndex } from "../domain/territory-index.ts";
import { zoneWithArticle } from "../domain/territory-names.ts";

/** « 12 communes », or « la commune X » for one. */
export function communesPhrase(index: TerritoryIndex, codes: readonly string[], count: number): string {
  if (count === 1 && codes.length === 1) return zoneWithArticle(index, "commune", codes[0]!);
  return `${count} commune${count > 1 ? "s" : ""}`;
}

/** « Ajout de 12 communes au périmètre de X » (« de la commune Y »: French elision handled). */
export function addedLabel(what: string, owner: string, extension = false): string {
  return `Ajout ${de(what)}${extension ? " en extension limitrophe" : ""} au périmètre de ${owner}`;
}

export function removedLabel(what: string, owner: string): string {
  return `Retrait ${de(what)} du périmètre de ${owner}`;
}

export function extensionLabel(what: string, owner: string, extension: boolean): string {
  return `${extension ? "Passage en extension limitrophe" : "Retour en territoire d'origine"} ${de(what)} (périmètre de ${owner})`;
}

/** « de 12 communes », « de la commune », « du département », « de l'EPCI ». */
function de(what: string): string {
  if (what.startsWith("le ")) return `du ${what.slice(3)}`;
  if (what.startsWith("l'")) return `de ${what}`;
  return `de ${what}`;
}

const KIND_NOUNS: Record<EntityKind, { nom: string; feminine: boolean }> = {
  structure: { nom: "la structure", feminine: true },
  facilitateur: { nom: "le poste", feminine: false },
  acheteur: { nom: "l'acheteur", feminine: false },
  "grand-projet": { nom: "le grand projet", feminine: false },
};

/** « Création de la structure X », « Modification du poste Y », « Suppression de l'acheteur Z ». */
export function entityLabel(action: "create" | "update" | "delete", kind: EntityKind, nom: string, coordinateur = false): string {
  const verb = { create: "Création", update: "Modification", delete: "Suppression" }[action];
  const noun = coordinateur ? "le coordinateur régional" : KIND_NOUNS[kind].nom;
  return `${verb} ${de(noun)} « ${nom} »`;
}
