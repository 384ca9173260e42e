/**
 * The needs of a workspace (DECP files read, and the choices of the measure) as the saved
 * record holds them — structured-cloneable as they are: a few typed arrays and a list of
 * texts per file — and their check when a record is opened. A damaged part is not trusted:
 * the project opens without its needs, and says so.
 */
import { checkNeedsChoices, INT_STRIDE, type NeedsChoices, type NeedsFormat, type NeedsReading, type WorkspaceNeeds } from "../domain/needs-readings.ts";
import type { SeuilsEuropeens } from "../domain/needs/needs-settings.ts";
import { isObject } from "../io/field-reader.ts";

const FORMATS: readonly NeedsFormat[] = ["decp-json", "decp-table", "decp-parquet"];
const TEXT_FIELD_COUNT = INT_STRIDE - 3;

export type DecodedNeeds = { ok: true; needs: WorkspaceNeeds } | { ok: false; message: string };

const isText = (value: unknown): value is string => typeof value === "string" && value !== "";
const isCount = (value: unknown): value is number => typeof value === "number" && Number.isInteger(value) && value >= 0;

function readingOf(value: unknown, k: number): NeedsReading | string {
  if (!isObject(value)) return `fichier n° ${k + 1} illisible`;
  const { id, fichier, format, luLe, fictif, lignes, concessions, contracts } = value as Record<string, unknown>;
  if (!isText(id) || !isText(fichier) || !isText(luLe) || !FORMATS.includes(format as NeedsFormat) || !isCount(lignes) || !isCount(concessions)) return `fichier n° ${k + 1} : description incomplète`;
  if (!isObject(contracts)) return `fichier « ${fichier} » : marchés absents`;
  const { count, texts, ints, montant } = contracts as Record<string, unknown>;
  if (!isCount(count) || !Array.isArray(texts) || !texts.every((text) => typeof text === "string") || !(ints instanceof Int32Array) || !(montant instanceof Float64Array)) {
    return `fichier « ${fichier} » : marchés illisibles`;
  }
  if (ints.length !== count * INT_STRIDE || montant.length !== count) return `fichier « ${fichier} » : colonnes de longueurs différentes`;
  for (let r = 0; r < count; r++) {
    for (let f = 0; f < TEXT_FIELD_COUNT; f++) {
      const at = ints[r * INT_STRIDE + f]!;
      if (at < -1 || at >= texts.length) return `fichier « ${fichier} » : marché n° ${r + 1} renvoie à un texte absent`;
    }
  }
  return { id, fichier, format: format as NeedsFormat, luLe, ...(fictif === true && { fictif: true }), lignes, concessions, contracts: { count, texts: texts as string[], ints, montant } };
}

function choicesOf(value: unknown): NeedsChoices | string {
  if (!isObject(value)) return "réglages illisibles";
  const { du, au, seuilsBesoins, acheteursEtat, seuilsEuropeens } = value as Record<string, unknown>;
  const dateOrNull = (date: unknown) => date === null || typeof date === "string";
  if (!dateOrNull(du) || !dateOrNull(au) || !isObject(seuilsBesoins) || !Array.isArray(seuilsEuropeens) || !seuilsEuropeens.every(isObject)) return "réglages incomplets";
  if (acheteursEtat !== null && !(Array.isArray(acheteursEtat) && acheteursEtat.every((code) => typeof code === "string"))) return "liste des acheteurs de l'État illisible";
  const choices: NeedsChoices = {
    du: du as string | null,
    au: au as string | null,
    seuilsBesoins: { marchesEtatParEtp: Number(seuilsBesoins["marchesEtatParEtp"]), marchesAuDessusDesSeuilsParEtp: Number(seuilsBesoins["marchesAuDessusDesSeuilsParEtp"]) },
    acheteursEtat: acheteursEtat as string[] | null,
    seuilsEuropeens: seuilsEuropeens as unknown as SeuilsEuropeens[],
  };
  const errors = Object.values(checkNeedsChoices(choices));
  return errors.length > 0 ? `réglages refusés : ${errors.join(" ; ")}` : choices;
}

/** A stored value back to a workspace's needs; never throws. */
export function decodeNeeds(value: unknown): DecodedNeeds {
  if (!isObject(value) || !Array.isArray(value["readings"])) return { ok: false, message: "besoins illisibles" };
  const readings: NeedsReading[] = [];
  for (const [k, item] of (value["readings"] as unknown[]).entries()) {
    const reading = readingOf(item, k);
    if (typeof reading === "string") return { ok: false, message: `besoins : ${reading}` };
    readings.push(reading);
  }
  const choices = choicesOf(value["choices"]);
  if (typeof choices === "string") return { ok: false, message: `besoins : ${choices}` };
  return { ok: true, needs: { readings, choices } };
}
