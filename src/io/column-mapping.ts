/**
 * Which column of a spreadsheet holds what: the header row is found among the first rows,
 * and each header name is matched to a field by its French synonyms (accents, case and
 * punctuation ignored). The result is a proposal the caller may show and override.
 */
import { normalizeName } from "../domain/commune-search.ts";

export const IMPORT_FIELDS = [
  "identifiant",
  "facilitateur",
  "structure",
  "identifiantStructure",
  "siegeStructure",
  "typeStructure",
  "etp",
  "role",
  "statut",
  "email",
  "telephone",
  "miseAJour",
  "niveau",
  "code",
  "codeInsee",
  "commune",
  "departement",
  "epci",
  "region",
  "extension",
  "libelleZone",
] as const;
export type ImportField = (typeof IMPORT_FIELDS)[number];

/** Field → index of its column in the header row. */
export type ColumnMapping = Partial<Record<ImportField, number>>;

/** How each field is shown to the user (and written as a header by the perimeters CSV export). */
export const FIELD_LABELS: Record<ImportField, string> = {
  identifiant: "identifiant",
  facilitateur: "facilitateur",
  structure: "structure",
  identifiantStructure: "identifiant structure",
  siegeStructure: "siège structure",
  typeStructure: "type structure",
  etp: "ETP",
  role: "rôle",
  statut: "statut",
  email: "email",
  telephone: "téléphone",
  miseAJour: "mise à jour",
  niveau: "niveau",
  code: "code",
  codeInsee: "code INSEE",
  commune: "commune",
  departement: "département",
  epci: "EPCI",
  region: "région",
  extension: "extension",
  libelleZone: "nom de la zone",
};

/** Synonyms, normalized (`normalizeName`). A header matches a synonym exactly, or contains it as whole words. */
const SYNONYMS: Record<ImportField, readonly string[]> = {
  identifiant: ["identifiant", "id", "identifiant facilitateur", "id facilitateur", "identifiant poste", "reference poste"],
  facilitateur: ["facilitateur", "facilitatrice", "facilitateur trice", "nom", "nom du facilitateur", "nom facilitateur", "nom prenom", "prenom nom", "poste", "agent"],
  structure: ["structure", "structure porteuse", "nom structure", "nom de la structure", "porteur", "employeur", "organisme"],
  identifiantStructure: ["identifiant structure", "id structure", "identifiant de la structure"],
  siegeStructure: ["siege structure", "siege", "commune siege", "siege de la structure", "code siege"],
  typeStructure: ["type structure", "type de structure"],
  etp: ["etp", "equivalent temps plein", "etp du poste", "quotite", "temps de travail"],
  role: ["role", "fonction"],
  statut: ["statut", "statut du poste", "etat du poste"],
  email: ["email", "e mail", "courriel", "mail", "adresse mail", "adresse electronique"],
  telephone: ["telephone", "tel", "portable", "numero de telephone"],
  miseAJour: ["mise a jour", "date de mise a jour", "date maj", "maj"],
  niveau: ["niveau", "niveau de zone", "type de zone", "echelon", "maille"],
  code: ["code", "code zone", "code de la zone", "code territoire", "zone eligibilite"],
  codeInsee: ["code insee", "insee", "code commune", "code insee commune", "code com", "codgeo", "depcom", "com"],
  commune: ["commune", "nom commune", "nom de la commune", "libelle commune", "ville"],
  departement: ["departement", "dep", "dept", "code departement", "code dep", "nom departement", "nom du departement"],
  epci: ["epci", "siren", "siren epci", "code epci", "intercommunalite", "interco", "nom epci", "nom de l epci"],
  region: ["region", "code region", "reg", "nom region"],
  extension: ["extension", "extension limitrophe", "limitrophe", "hors territoire"],
  libelleZone: ["nom de la zone", "libelle zone", "libelle de la zone", "nom zone"],
};

/** The field a header name stands for: an exact synonym first, else the longest synonym it contains as whole words. */
export function fieldOfHeader(header: string): ImportField | undefined {
  const name = normalizeName(header);
  if (name === "") return undefined;
  let best: { field: ImportField; length: number } | undefined;
  for (const field of IMPORT_FIELDS) {
    for (const synonym of SYNONYMS[field]) {
      if (synonym === name) return field;
      if (` ${name} `.includes(` ${synonym} `) && synonym.length > (best?.length ?? 0)) best = { field, length: synonym.length };
    }
  }
  return best?.field;
}

/** Proposes a mapping from a header row: each field takes the first column that names it. */
export function proposeMapping(header: readonly string[]): ColumnMapping {
  const mapping: ColumnMapping = {};
  header.forEach((name, column) => {
    const field = fieldOfHeader(name);
    if (field !== undefined && mapping[field] === undefined) mapping[field] = column;
  });
  return mapping;
}

/** Fields that say who: at least one is needed. */
export const IDENTITY_FIELDS: readonly ImportField[] = ["identifiant", "facilitateur"];
/** Fields that say where: at least one is needed. */
export const ZONE_FIELDS: readonly ImportField[] = ["code", "codeInsee", "commune", "epci", "departement", "region"];

/** How many rows from the top may come before the header (titles, notes). */
const HEADER_SEARCH_ROWS = 10;

/** Index (in `rows`) of the header: the first row where at least two names are known fields; -1 when none is. */
export function findHeaderRow(rows: readonly (readonly string[])[]): number {
  return rows.slice(0, HEADER_SEARCH_ROWS).findIndex((cells) => Object.keys(proposeMapping(cells)).length >= 2);
}

/** Fields the mapping lacks, as a French sentence, or undefined when it has what an import needs. */
export function missingFields(mapping: ColumnMapping): string | undefined {
  const has = (fields: readonly ImportField[]) => fields.some((field) => mapping[field] !== undefined);
  const missing: string[] = [];
  if (!has(IDENTITY_FIELDS)) missing.push("« identifiant » ou « facilitateur » (nom du poste)");
  if (!has(ZONE_FIELDS)) missing.push("une colonne de zone (« code », « code INSEE », « commune », « EPCI », « département » ou « région »)");
  return missing.length > 0 ? `colonne obligatoire manquante : ${missing.join(" et ")}` : undefined;
}
