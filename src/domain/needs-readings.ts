/**
 * The needs a workspace holds: the DECP files read (each kept as its contracts in columns,
 * not as a million small objects) and the user's choices (window, zone blanche 3
 * thresholds, State buyers, dated European thresholds). The same for every scenario. The
 * figures (contracts per territory, zone blanche 3 on measured needs) are derived from
 * them, never stored.
 *
 * Columns: one Int32Array of INT_FIELDS per contract (texts as indexes in a table of
 * distinct texts, -1 for « absent »), one Float64Array of amounts (NaN: absent). They cross
 * from the import worker to the page and into IndexedDB as a few buffers and one list of
 * texts, which the browser copies far faster than objects.
 */
import { ContractStore, type SourceKind } from "./needs/contract-store.ts";
import type { DecpRecord } from "./needs/decp-record.ts";
import { describeBadBuyerCode, cleanBuyerCode } from "./needs/classify.ts";
import { dayNumber } from "./needs/dates.ts";
import { DEFAULT_SEUILS_BESOINS, DEFAULT_SEUILS_EUROPEENS, resolveNeedsSettings, type NeedsSettings, type SeuilsBesoins, type SeuilsEuropeens } from "./needs/needs-settings.ts";

/** The shapes of DECP files (io/decp-file.ts names them). */
export type NeedsFormat = "decp-json" | "decp-table" | "decp-parquet";

/** Text fields of a record, kept as indexes in `texts` (-1: absent). */
const TEXT_FIELDS = ["acheteurId", "acheteurNom", "acheteurCommune", "id", "dateNotification", "datePublication", "codeCPV", "lieuCode", "lieuType", "path"] as const;
type TextField = (typeof TEXT_FIELDS)[number];
/** Per contract: the text fields, then `etat`, `line`, and `flags` (social bits; 8 when marked current, 16 when marked not current). */
export const INT_FIELDS = [...TEXT_FIELDS, "etat", "line", "flags"] as const;
export const INT_STRIDE = INT_FIELDS.length;
const ETAT = TEXT_FIELDS.length;
const LINE = ETAT + 1;
const FLAGS = ETAT + 2;
const ACTUEL_FLAG = 8;
/** The file says the row is not the current state (`donneesActuelles` « non »), which is kept apart from « not said ». */
const NOT_ACTUEL_FLAG = 16;
/** Position of each text field in a contract's integers. */
const A = Object.fromEntries(TEXT_FIELDS.map((field, k) => [field, k])) as Record<TextField, number>;

/** The records of one file, in columns. */
export interface PackedContracts {
  count: number;
  /** Distinct texts the records name. */
  texts: string[];
  /** `count × INT_STRIDE` integers. */
  ints: Int32Array;
  /** € HT, NaN when absent. */
  montant: Float64Array;
}

/** One DECP file as the workspace keeps it. */
export interface NeedsReading {
  /** Unique: names its stored copy. */
  id: string;
  fichier: string;
  format: NeedsFormat;
  /** ISO date-time of the reading. */
  luLe: string;
  /** The demonstration's generated file: fictional buyers and contracts. */
  fictif?: boolean;
  /** Rows (tables) or `marche` elements (JSON) read; concessions skipped. */
  lignes: number;
  concessions: number;
  contracts: PackedContracts;
}

/** The user's choices of the needs measure. */
export interface NeedsChoices {
  /** Window of notification dates (AAAA-MM-JJ); null ends take the default (the 12 months up to the latest notification). */
  du: string | null;
  au: string | null;
  seuilsBesoins: SeuilsBesoins;
  /** SIREN or SIRET of the State buyers, replacing the « SIREN starting with 1 » rule; null: the rule. */
  acheteursEtat: readonly string[] | null;
  seuilsEuropeens: readonly SeuilsEuropeens[];
}

export const DEFAULT_NEEDS_CHOICES: Readonly<NeedsChoices> = Object.freeze({ du: null, au: null, seuilsBesoins: DEFAULT_SEUILS_BESOINS, acheteursEtat: null, seuilsEuropeens: DEFAULT_SEUILS_EUROPEENS });

/** What a workspace holds of needs. */
export interface WorkspaceNeeds {
  readings: readonly NeedsReading[];
  choices: NeedsChoices;
}

/** The settings of the measure (domain/needs/needs-settings.ts) from the user's choices. */
export function needsSettingsOf(choices: NeedsChoices): NeedsSettings {
  return resolveNeedsSettings({ seuilsBesoins: choices.seuilsBesoins, acheteursEtat: choices.acheteursEtat, seuilsEuropeens: choices.seuilsEuropeens });
}

/** The window options of `aggregateNeeds`. */
export function windowOf(choices: NeedsChoices): { du?: string; au?: string } {
  return { ...(choices.du !== null && { du: choices.du }), ...(choices.au !== null && { au: choices.au }) };
}

/** Packs records in columns (the worker, once a file is read). */
export function packRecords(records: readonly DecpRecord[]): PackedContracts {
  const texts: string[] = [];
  const known = new Map<string, number>();
  const ref = (value: string | null | undefined) => {
    if (value === null || value === undefined) return -1;
    let k = known.get(value);
    if (k === undefined) {
      k = texts.length;
      texts.push(value);
      known.set(value, k);
    }
    return k;
  };
  const ints = new Int32Array(records.length * INT_STRIDE);
  const montant = new Float64Array(records.length);
  records.forEach((record, r) => {
    const base = r * INT_STRIDE;
    TEXT_FIELDS.forEach((field, k) => (ints[base + k] = ref(record[field])));
    ints[base + ETAT] = record.etat;
    ints[base + LINE] = record.line;
    ints[base + FLAGS] = record.social | (record.actuel === true ? ACTUEL_FLAG : record.actuel === false ? NOT_ACTUEL_FLAG : 0);
    montant[r] = record.montant ?? Number.NaN;
  });
  return { count: records.length, texts, ints, montant };
}

/** Record `r` back as the readers made it: one object shape for every record (a store of 200,000 is built from them in a blink). */
export function unpackRecord(packed: PackedContracts, r: number): DecpRecord {
  const { ints, texts } = packed;
  const base = r * INT_STRIDE;
  const text = (k: number) => {
    const at = ints[base + k]!;
    return at < 0 ? null : texts[at]!;
  };
  const montant = packed.montant[r]!;
  const flags = ints[base + FLAGS]!;
  const record: DecpRecord = {
    acheteurId: text(A.acheteurId) ?? "",
    id: text(A.id) ?? "",
    montant: Number.isNaN(montant) ? null : montant,
    dateNotification: text(A.dateNotification),
    datePublication: text(A.datePublication),
    codeCPV: text(A.codeCPV),
    lieuCode: text(A.lieuCode),
    lieuType: text(A.lieuType),
    social: flags & 7,
    etat: ints[base + ETAT]!,
    line: ints[base + LINE]!,
  };
  const nom = text(A.acheteurNom);
  const commune = text(A.acheteurCommune);
  const path = text(A.path);
  if (nom !== null) record.acheteurNom = nom;
  if (commune !== null) record.acheteurCommune = commune;
  if (path !== null) record.path = path;
  if ((flags & ACTUEL_FLAG) !== 0) record.actuel = true;
  else if ((flags & NOT_ACTUEL_FLAG) !== 0) record.actuel = false;
  return record;
}

const kindOf = (format: NeedsFormat): SourceKind => (format === "decp-json" ? "json" : "table");

/** The contracts of the readings, each once, its current state kept (see contract-store.ts). */
export function contractStoreOf(readings: readonly NeedsReading[]): ContractStore {
  const store = new ContractStore();
  for (const reading of readings) {
    const file = store.addFile(reading.fichier);
    const kind = kindOf(reading.format);
    for (let r = 0; r < reading.contracts.count; r++) store.add(unpackRecord(reading.contracts, r), file, kind);
  }
  return store;
}

/** A new id for a reading: time and chance. */
export function newReadingId(now = Date.now()): string {
  return `besoins-${now.toString(36)}-${Math.random().toString(36).slice(2, 8)}`;
}

/** Field of NeedsChoices → French message. */
export type ChoiceErrors = Partial<Record<"du" | "au" | "marchesEtatParEtp" | "marchesAuDessusDesSeuilsParEtp" | "acheteursEtat" | "seuilsEuropeens", string>>;

const isDate = (value: string) => /^\d{4}-\d{2}-\d{2}$/.test(value) && dayNumber(value) !== undefined;
const isAmount = (value: number) => Number.isFinite(value) && value > 0;

/** Why the choices cannot be used, field by field, in French; empty when they can. */
export function checkNeedsChoices(choices: NeedsChoices): ChoiceErrors {
  const errors: ChoiceErrors = {};
  if (choices.du !== null && !isDate(choices.du)) errors.du = `« ${choices.du} » n'est pas une date (AAAA-MM-JJ)`;
  if (choices.au !== null && !isDate(choices.au)) errors.au = `« ${choices.au} » n'est pas une date (AAAA-MM-JJ)`;
  if (!errors.du && !errors.au && choices.du !== null && choices.au !== null && choices.du > choices.au) errors.au = `la fin (${choices.au}) précède le début (${choices.du})`;
  for (const key of ["marchesEtatParEtp", "marchesAuDessusDesSeuilsParEtp"] as const) {
    const value = choices.seuilsBesoins[key];
    if (!isAmount(value)) errors[key] = `nombre positif attendu, trouvé « ${String(value)} »`;
  }
  if (choices.acheteursEtat !== null) {
    const bad = choices.acheteursEtat.map(describeBadBuyerCode).filter((reason) => reason !== undefined);
    if (bad.length > 0) errors.acheteursEtat = bad.slice(0, 3).join(" ; ") + (bad.length > 3 ? ` (et ${bad.length - 3} autres)` : "");
    else if (choices.acheteursEtat.length === 0) errors.acheteursEtat = "liste vide : laissez le champ vide pour la règle par défaut";
  }
  const periods = choices.seuilsEuropeens;
  const starts = new Set<string>();
  for (const period of periods) {
    const problem = !isDate(period.depuis)
      ? `« ${period.depuis} » n'est pas une date (AAAA-MM-JJ)`
      : starts.has(period.depuis)
        ? `deux périodes commencent le ${period.depuis}`
        : ![period.travaux, period.fournituresServicesEtat, period.fournituresServicesAutres].every(isAmount)
          ? `période du ${period.depuis} : montants positifs attendus`
          : undefined;
    starts.add(period.depuis);
    if (problem) {
      errors.seuilsEuropeens = problem;
      break;
    }
  }
  if (periods.length === 0) errors.seuilsEuropeens = "au moins une période de seuils est nécessaire";
  return errors;
}

/** A user's list of SIREN or SIRET (one a line, or separated by `,` `;` or spaces), cleaned; null when empty (the default rule). */
export function parseBuyerList(text: string): string[] | null {
  const codes = text
    .split(/[\n,;\t ]+/)
    .map((code) => code.trim())
    .filter((code) => code !== "" && !/^(siren|siret)$/i.test(code));
  return codes.length === 0 ? null : codes.map((code) => (describeBadBuyerCode(code) === undefined ? cleanBuyerCode(code) : code));
}
