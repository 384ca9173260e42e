/**
 * The needs report of `npm run besoins` (and the app's exports of it): one row for France
 * and one per territory of a level, the contracts without a place, and what was set aside
 * (anomalies, duplicates, earlier states) with the reason. As JSON, or as CSV for French
 * spreadsheets through the one CSV writer.
 */
import type { Ecarte, NeedsAggregate } from "../domain/needs/needs-aggregate.ts";
import { needsRows, sumNeeds, type NeedsLevel, type NeedsRow } from "../domain/needs/needs-territories.ts";
import type { TerritoryIndex } from "../domain/territory-index.ts";
import { writeCsv } from "./csv-writer.ts";

export const NEEDS_REPORT_COLUMNS = [
  "niveau",
  "code",
  "nom",
  "marches",
  "montantHT",
  "marchesEtat",
  "marchesAvecConsiderationSociale",
  "marchesAuDessusDesSeuilsSansConsiderationSociale",
] as const;

export const NEEDS_REPORT_HEADERS: Record<(typeof NEEDS_REPORT_COLUMNS)[number], string> = {
  niveau: "Niveau",
  code: "Code",
  nom: "Nom",
  marches: "Marchés",
  montantHT: "Montant HT (€)",
  marchesEtat: "Marchés de l'État",
  marchesAvecConsiderationSociale: "Marchés avec considération sociale",
  marchesAuDessusDesSeuilsSansConsiderationSociale: "Marchés au-dessus des seuils européens sans considération sociale",
};

export interface NeedsReportRow {
  niveau: NeedsLevel;
  code: string;
  nom: string;
  /** Contracts: a fraction where a postal code is shared between communes (hundredths). */
  marches: number;
  montantHT: number;
  marchesEtat: number;
  marchesAvecConsiderationSociale: number;
  marchesAuDessusDesSeuilsSansConsiderationSociale: number;
}

export interface NeedsReport {
  territoires: NeedsReportRow[];
  /** Contracts of the window that no territory holds (counted in France's row only). */
  nonLocalises: number;
  ecartes: Ecarte[];
}

/** Hundredths are exact in the sums; this only trims the binary noise of the division. */
const hundredths = (value: number) => Math.round(value * 100) / 100;

function toReportRow(row: NeedsRow): NeedsReportRow {
  const { besoins } = row;
  return {
    niveau: row.niveau,
    code: row.code,
    nom: row.nom,
    marches: hundredths(besoins.marches),
    montantHT: hundredths(besoins.montantHT),
    marchesEtat: hundredths(besoins.marchesEtat),
    marchesAvecConsiderationSociale: hundredths(besoins.marchesAvecConsiderationSociale),
    marchesAuDessusDesSeuilsSansConsiderationSociale: hundredths(besoins.marchesAuDessusDesSeuilsSansConsiderationSociale),
  };
}

/** France's row, then one row per territory of `level` (none more for `national`). */
export function buildNeedsReport(index: TerritoryIndex, aggregate: NeedsAggregate, level: NeedsLevel): NeedsReport {
  const sums = sumNeeds(index, aggregate);
  const rows = needsRows(index, aggregate, "national", sums);
  if (level !== "national") rows.push(...needsRows(index, aggregate, level, sums));
  return { territoires: rows.map(toReportRow), nonLocalises: aggregate.nonLocalises, ecartes: aggregate.ecartes };
}

/** The territory rows as CSV (`;`, decimal comma, CRLF); the byte order mark when asked (a file). */
export function formatNeedsReportCsv(report: NeedsReport, options: { byteOrderMark: boolean } = { byteOrderMark: false }): string {
  return writeCsv([NEEDS_REPORT_COLUMNS.map((column) => NEEDS_REPORT_HEADERS[column]), ...report.territoires.map((row) => NEEDS_REPORT_COLUMNS.map((column) => row[column]))], options);
}

/** `value` as `JSON.stringify(value, null, 2)` writes it, indented by `depth` levels after its first line. */
const indented = (value: unknown, depth: number) => JSON.stringify(value, null, 2).replace(/\n/g, `\n${"  ".repeat(depth)}`);

/**
 * The report as JSON, piece by piece: the same text as `JSON.stringify(report, null, 2)`,
 * without building it whole (the communes and the set-aside list of a national file run
 * to tens of megabytes).
 */
export function* needsReportJson(report: NeedsReport): Generator<string> {
  const list = function* (name: string, items: readonly unknown[], last: boolean) {
    if (items.length === 0) {
      yield `  "${name}": []${last ? "" : ","}\n`;
      return;
    }
    yield `  "${name}": [\n`;
    for (let k = 0; k < items.length; k++) yield `    ${indented(items[k], 2)}${k + 1 < items.length ? "," : ""}\n`;
    yield `  ]${last ? "" : ","}\n`;
  };
  yield "{\n";
  yield* list("territoires", report.territoires, false);
  yield `  "nonLocalises": ${report.nonLocalises},\n`;
  yield* list("ecartes", report.ecartes, true);
  yield "}\n";
}
