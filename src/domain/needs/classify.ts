/**
 * What a contract is, for the needs measure: bought by the State or not, works or supplies
 * and services, above or below the European threshold in force at its notification date.
 */
import { dayNumber } from "./dates.ts";
import type { NeedsSettings, SeuilsEuropeens } from "./needs-settings.ts";

/** SIREN (9 digits) and SIRET (14 digits) of a user's list: spaces, dots and the rest off. */
export function cleanBuyerCode(code: string): string {
  return code.replace(/[\s.\u00a0\u202f-]/g, "");
}

/** Why a user's list entry is not a SIREN or a SIRET, in French, or undefined when it is one. */
export function describeBadBuyerCode(code: string): string | undefined {
  const cleaned = cleanBuyerCode(code);
  if (/^\d{9}$/.test(cleaned) || /^\d{14}$/.test(cleaned)) return undefined;
  return `« ${code} » n'est ni un SIREN (9 chiffres) ni un SIRET (14 chiffres)`;
}

/** The State buyer test of the settings: a listed SIREN or SIRET when a list is given, else a SIREN starting with the prefix. */
export function stateBuyerTest(settings: Pick<NeedsSettings, "prefixeSirenEtat" | "acheteursEtat">): (siret: string) => boolean {
  if (settings.acheteursEtat) {
    const listed = new Set(settings.acheteursEtat.map(cleanBuyerCode));
    return (siret) => listed.has(siret) || listed.has(siret.slice(0, 9));
  }
  const prefix = settings.prefixeSirenEtat;
  return (siret) => siret.length >= 9 && siret.startsWith(prefix);
}

/** True for works: a CPV code of division 45 (« Travaux de construction »). */
export function isWorks(codeCPV: string | null): boolean {
  return codeCPV !== null && codeCPV.startsWith("45");
}

/** The dated thresholds as day numbers, sorted, for `thresholdAt`. */
export interface ThresholdTable {
  from: Int32Array;
  periods: readonly SeuilsEuropeens[];
}

export function thresholdTable(periods: readonly SeuilsEuropeens[]): ThresholdTable {
  const sorted = [...periods].sort((a, b) => (a.depuis < b.depuis ? -1 : a.depuis > b.depuis ? 1 : 0));
  if (sorted.length === 0) throw new Error("Seuils européens : au moins une période est nécessaire");
  return { from: Int32Array.from(sorted, (period) => dayNumber(period.depuis) ?? 0), periods: sorted };
}

/**
 * The European threshold (€ HT) for a contract notified on `day`: the period in force then
 * (the first period for a date before it). Works have one threshold; supplies and services
 * a lower one for central State buyers.
 */
export function thresholdAt(table: ThresholdTable, day: number, works: boolean, state: boolean): number {
  let k = 0;
  while (k + 1 < table.from.length && table.from[k + 1]! <= day) k++;
  const period = table.periods[k]!;
  return works ? period.travaux : state ? period.fournituresServicesEtat : period.fournituresServicesAutres;
}
