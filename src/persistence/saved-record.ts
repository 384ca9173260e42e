/**
 * The record that keeps one project (with its scenarios) in this browser, its storage
 * format version, and the upgrades from older versions. Checks the shape only: the
 * projects inside are validated against the territory when they are opened.
 */
import { PROJECT_SCHEMA } from "../domain/model.ts";
import { isObject, type JsonObject } from "../io/field-reader.ts";
import { upgradeVersioned, type VersionedFormat } from "../io/versioned.ts";

export const SAVE_FORMAT = "carto-clause-sociale/sauvegarde@1";

export interface SavedScenario {
  id: string;
  nom: string;
  /** The project as written in a project file (`carto-clause-sociale/projet@…`). */
  projet: JsonObject;
}

export interface SavedRecord {
  format: typeof SAVE_FORMAT;
  id: string;
  nom: string;
  /** Project schema of the scenarios when saved (`PROJECT_SCHEMA`). */
  schemaProjet: string;
  /** ISO date-times. */
  creeLe: string;
  modifieLe: string;
  scenarioActif: string;
  scenarios: SavedScenario[];
  /** The workspace's needs (needs-record.ts), checked when opened; absent without. */
  besoins?: unknown;
}

/**
 * Version 0: the first prototype kept one project without scenarios, with English keys:
 * `{ version: 0, id, name, savedAt, project }`. No released version wrote it; it is kept
 * (with a fixture) so that the chain of upgrades is exercised from the start.
 */
const RECORD_VERSIONS: VersionedFormat = {
  current: SAVE_FORMAT,
  versionOf: (record) => (typeof record["format"] === "string" ? record["format"] : typeof record["version"] === "number" ? String(record["version"]) : undefined),
  upgrades: {
    "0": (record) => ({
      format: SAVE_FORMAT,
      id: record["id"],
      nom: record["name"],
      schemaProjet: isObject(record["project"]) ? record["project"]["schema"] : undefined,
      creeLe: record["savedAt"],
      modifieLe: record["savedAt"],
      scenarioActif: "scenario-1",
      scenarios: [{ id: "scenario-1", nom: "Situation actuelle", projet: record["project"] }],
    }),
  },
  describe: (failure) =>
    failure.kind === "newer"
      ? `enregistrement au format ${failure.version}, plus récent que celui que cette version de l'application sait lire (${SAVE_FORMAT}) : rechargez la page pour obtenir la dernière version`
      : `format d'enregistrement inconnu : ${failure.kind === "missing" ? "absent" : String(failure.version)}`,
};

export type DecodedRecord = { ok: true; record: SavedRecord; upgradedFrom: string | null } | { ok: false; message: string };

const isText = (value: unknown): value is string => typeof value === "string" && value !== "";

/** A stored value brought to the current format and checked in shape; never throws. */
export function decodeRecord(value: unknown): DecodedRecord {
  if (!isObject(value)) return { ok: false, message: "enregistrement illisible (objet attendu)" };
  const upgraded = upgradeVersioned(value, RECORD_VERSIONS);
  if (!upgraded.ok) return { ok: false, message: upgraded.message };
  const record = upgraded.value;
  const { id, nom, schemaProjet, creeLe, modifieLe, scenarioActif, scenarios } = record;
  if (!isText(id) || !isText(nom) || !isText(creeLe) || !isText(modifieLe) || !isText(scenarioActif) || !isText(schemaProjet)) {
    return { ok: false, message: "enregistrement incomplet (identifiant, nom, dates ou scénario actif manquant)" };
  }
  if (!Array.isArray(scenarios) || scenarios.length === 0) return { ok: false, message: "enregistrement sans scénario" };
  const checked: SavedScenario[] = [];
  for (const scenario of scenarios) {
    if (!isObject(scenario) || !isText(scenario["id"]) || !isText(scenario["nom"]) || !isObject(scenario["projet"])) {
      return { ok: false, message: "scénario illisible dans l'enregistrement" };
    }
    checked.push({ id: scenario["id"], nom: scenario["nom"], projet: scenario["projet"] });
  }
  if (!checked.some((s) => s.id === scenarioActif)) return { ok: false, message: "le scénario actif n'existe pas dans l'enregistrement" };
  return {
    ok: true,
    record: { format: SAVE_FORMAT, id, nom, schemaProjet, creeLe, modifieLe, scenarioActif, scenarios: checked, ...(record["besoins"] !== undefined && { besoins: record["besoins"] }) },
    upgradedFrom: upgraded.versions.length > 1 ? upgraded.versions[0]! : null,
  };
}

/** A record of the current format for scenarios of the current project schema. */
export function encodeRecord(fields: Omit<SavedRecord, "format" | "schemaProjet">): SavedRecord {
  return { format: SAVE_FORMAT, schemaProjet: PROJECT_SCHEMA, ...fields };
}
