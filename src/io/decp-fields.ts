/**
 * From the raw fields of one DECP contract (a JSON object or a table row) to a cleaned
 * record (domain/needs/decp-record.ts), reporting each value that could not be read. Both
 * readers (decp-json.ts, decp-table.ts) go through here, so they clean alike.
 */
import type { DecpRecord, RecordSource } from "../domain/needs/decp-record.ts";
import { cleanAmount, cleanBoolean, cleanCpv, cleanDate, cleanInteger, cleanSiret, cleanSocial, isMissing, type Cleaned } from "./decp-values.ts";
import type { ImportProblem, ProblemSeverity } from "./importer.ts";

export type RawValue = string | number | boolean | readonly unknown[] | null | undefined;

export const DECP_FIELDS = [
  "acheteurId",
  "acheteurNom",
  "acheteurCommune",
  "id",
  "montant",
  "dateNotification",
  "datePublication",
  "codeCPV",
  "lieuCode",
  "lieuType",
  "considerationsSociales",
  "etat",
  "actuel",
  "nature",
] as const;
export type DecpField = (typeof DECP_FIELDS)[number];
export type RawFields = Partial<Record<DecpField, RawValue>>;

/** Receives each value a reader could not read, with the field it is in and the value as found. */
export type FieldReport = (field: DecpField, value: string, message: string, severity?: ProblemSeverity) => void;

/** Where the problems of one file go, and what was read of it. */
export interface DecpSink {
  record(record: DecpRecord): void;
  problem(problem: ImportProblem): void;
}

/** What a reader counts while it reads. */
export interface DecpCounts {
  /** Rows (tables) or `marche` elements (JSON) read. */
  rows: number;
  /** Concessions skipped (`contrat-concession`, or a table row of nature « Concession… »): not marchés. */
  concessions: number;
  /** Problems reported, errors and warnings. */
  errors: number;
  warnings: number;
}

/** A value as text: a list joined, an object (where a JSON file nests one by mistake) as JSON. */
function text(value: unknown): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "string") return value;
  if (Array.isArray(value)) return value.map(text).join(", ");
  if (typeof value === "object") return JSON.stringify(value);
  return String(value);
}

/** A string or a number as given; anything else (lists, booleans, objects) as text. */
const scalar = (value: RawValue): string | number | null | undefined => (value === null || value === undefined || typeof value === "string" || typeof value === "number" ? value : text(value));

function read<T>(field: DecpField, raw: RawValue, cleaned: Cleaned<T>, report: FieldReport, message: string): T | null {
  if (cleaned.ok) return cleaned.value;
  report(field, text(raw), message, "warning");
  return null;
}

/** True when a table row or JSON element is a concession (nature « Concession de… », « Délégation de service public »). */
export function isConcessionNature(nature: RawValue): boolean {
  const value = text(nature).trim().toLowerCase();
  return value.startsWith("concession") || value.startsWith("délégation de service public") || value.startsWith("delegation de service public");
}

/** Text of a trimmed value; "" for a missing one (« NC », empty). */
function given(value: RawValue): string {
  const raw = typeof value === "string" ? value : text(value);
  return isMissing(raw) ? "" : raw.trim();
}

/** The cleaned record of one contract; values that cannot be read become null, reported through `report`. (A hot path: a national file has a million rows.) */
export function buildRecord(raw: RawFields, source: RecordSource, report: FieldReport): DecpRecord {
  const acheteurId = cleanSiret(scalar(raw.acheteurId));
  if (acheteurId === "") report("acheteurId", text(raw.acheteurId), "SIRET de l'acheteur absent : le marché ne peut pas être distingué des autres", "warning");
  else if (acheteurId.length !== 14 || !/^\d{14}$/.test(acheteurId)) report("acheteurId", text(raw.acheteurId), "SIRET de l'acheteur attendu sur 14 chiffres", "warning");
  const id = given(raw.id);
  if (id === "") report("id", text(raw.id), "identifiant du marché absent : le marché ne peut pas être distingué des autres", "warning");
  const social = raw.considerationsSociales;
  const record: DecpRecord = {
    line: source.line,
    acheteurId,
    id,
    montant: read("montant", raw.montant, cleanAmount(scalar(raw.montant)), report, "montant illisible : un nombre d'euros est attendu"),
    dateNotification: read("dateNotification", raw.dateNotification, cleanDate(scalar(raw.dateNotification)), report, "date illisible : AAAA-MM-JJ attendu"),
    datePublication: read("datePublication", raw.datePublication, cleanDate(scalar(raw.datePublication)), report, "date illisible : AAAA-MM-JJ attendu"),
    codeCPV: read("codeCPV", raw.codeCPV, cleanCpv(scalar(raw.codeCPV)), report, "code CPV illisible : 8 chiffres attendus (45000000 ou 45000000-7)"),
    lieuCode: given(raw.lieuCode) || null,
    lieuType: given(raw.lieuType) || null,
    social:
      read(
        "considerationsSociales",
        social,
        cleanSocial(Array.isArray(social) ? social : scalar(social)),
        report,
        "considération sociale inconnue (Clause sociale, Critère social, Marché réservé ou Pas de considération sociale attendus) : lue comme aucune",
      ) ?? 0,
    etat: raw.etat === undefined || raw.etat === "" ? 0 : (read("etat", raw.etat, cleanInteger(scalar(raw.etat)), report, "numéro de modification illisible : lu comme l'état initial") ?? 0),
  };
  if (source.path !== undefined) record.path = source.path;
  const nom = given(raw.acheteurNom);
  if (nom !== "") record.acheteurNom = nom;
  const commune = given(raw.acheteurCommune);
  if (commune !== "") record.acheteurCommune = commune;
  if (raw.actuel !== undefined) {
    const actuel = read("actuel", raw.actuel, cleanBoolean(typeof raw.actuel === "boolean" ? raw.actuel : scalar(raw.actuel)), report, "booléen attendu (oui, non, true, false)");
    if (actuel !== null) record.actuel = actuel;
  }
  return record;
}
