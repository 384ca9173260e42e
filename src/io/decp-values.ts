/**
 * Cleaning the values of DECP files as real files write them: « NC » and empty for « not
 * given », « oui »/« non » for booleans, amounts with spaces, a decimal comma or an
 * exponent (« 1 234,56 », « 1e17 »), dates with a time or in French order, social
 * considerations joined in one cell. Each function says whether the value was readable, so
 * the readers can report what they could not read.
 */
import { dayNumber } from "../domain/needs/dates.ts";
import { SOCIAL_BIT } from "../domain/needs/decp-record.ts";

/** A value that stands for « not given ». */
export function isMissing(value: string): boolean {
  const text = value.trim().toLowerCase();
  return text === "" || text === "nc" || text === "n/c" || text === "null" || text === "none" || text === "nan" || text === "na" || text === "n/a" || text === "-";
}

export type Cleaned<T> = { ok: true; value: T | null } | { ok: false };

const NOT_GIVEN = { ok: true, value: null } as const;
const UNREADABLE = { ok: false } as const;

/** An amount in euros: « 575000 », « 575 000,50 », « 575.000,50 », « 1e17 », « 1,5E+05 », « 12 000 € ». */
export function cleanAmount(raw: string | number | null | undefined): Cleaned<number> {
  if (raw === null || raw === undefined) return NOT_GIVEN;
  if (typeof raw === "number") return Number.isFinite(raw) ? { ok: true, value: raw } : UNREADABLE;
  if (isMissing(raw)) return NOT_GIVEN;
  let text = raw.replace(/[\s\u00a0\u202f€]|EUR/gi, "");
  const comma = text.lastIndexOf(",");
  const dot = text.lastIndexOf(".");
  // The last of « , » and « . » is the decimal mark; the other one groups thousands.
  if (comma >= 0 && dot >= 0) text = comma > dot ? text.replace(/\./g, "").replace(",", ".") : text.replace(/,/g, "");
  else if (comma >= 0) text = text.replace(",", ".");
  if (!/^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/.test(text)) return UNREADABLE;
  const value = Number(text);
  return Number.isFinite(value) ? { ok: true, value } : UNREADABLE;
}

/**
 * `clean` remembered for the last few thousand distinct texts: a national file repeats the
 * same dates and the same social considerations a million times.
 */
function remembered<T>(clean: (text: string) => Cleaned<T>): (text: string) => Cleaned<T> {
  let cache = new Map<string, Cleaned<T>>();
  return (text) => {
    let cleaned = cache.get(text);
    if (cleaned === undefined) {
      if (cache.size >= 10_000) cache = new Map();
      cleaned = clean(text);
      cache.set(text, cleaned);
    }
    return cleaned;
  };
}

/** A date as AAAA-MM-JJ: « 2024-05-15 », « 2024-05-15T00:00:00+02:00 », « 2024-05-15+02:00 », « 15/05/2024 ». */
export function cleanDate(raw: string | number | null | undefined): Cleaned<string> {
  if (raw === null || raw === undefined) return NOT_GIVEN;
  return typeof raw === "string" ? cleanDateText(raw) : UNREADABLE;
}

const cleanDateText = remembered((raw: string): Cleaned<string> => {
  if (isMissing(raw)) return NOT_GIVEN;
  const text = raw.trim();
  const iso = /^(\d{4}-\d{2}-\d{2})(?:[T ].*|[+-]\d{2}:\d{2}|Z)?$/.exec(text);
  const french = /^(\d{2})\/(\d{2})\/(\d{4})$/.exec(text);
  const date = iso ? iso[1]! : french ? `${french[3]}-${french[2]}-${french[1]}` : undefined;
  return date !== undefined && dayNumber(date) !== undefined ? { ok: true, value: date } : UNREADABLE;
});

/** A boolean: « oui », « non », « true », « false », « 1 », « 0 », « vrai », « faux ». */
export function cleanBoolean(raw: string | number | boolean | null | undefined): Cleaned<boolean> {
  if (raw === null || raw === undefined) return NOT_GIVEN;
  if (typeof raw === "boolean") return { ok: true, value: raw };
  if (typeof raw === "number") return raw === 1 || raw === 0 ? { ok: true, value: raw === 1 } : UNREADABLE;
  if (isMissing(raw)) return NOT_GIVEN;
  const text = raw.trim().toLowerCase();
  if (text === "oui" || text === "true" || text === "1" || text === "vrai" || text === "o" || text === "yes") return { ok: true, value: true };
  if (text === "non" || text === "false" || text === "0" || text === "faux" || text === "n" || text === "no") return { ok: true, value: false };
  return UNREADABLE;
}

/** A whole number (a modification's rank, a duration in months); « NC » is not given. */
export function cleanInteger(raw: string | number | null | undefined): Cleaned<number> {
  const amount = cleanAmount(raw);
  if (!amount.ok || amount.value === null) return amount;
  return Number.isInteger(amount.value) ? amount : UNREADABLE;
}

/** A SIRET or SIREN: digits only (spaces and dots off); "" when missing. */
export function cleanSiret(raw: string | number | null | undefined): string {
  if (raw === null || raw === undefined) return "";
  const text = typeof raw === "number" ? String(raw) : raw;
  return isMissing(text) ? "" : text.replace(/[\s.\u00a0\u202f]/g, "");
}

/** A CPV code: its 8 digits (« 45000000-7 » → « 45000000 »), or null. */
export function cleanCpv(raw: string | number | null | undefined): Cleaned<string> {
  if (raw === null || raw === undefined) return NOT_GIVEN;
  const text = String(raw);
  if (isMissing(text)) return NOT_GIVEN;
  const match = /^(\d{8})(-\d)?$/.exec(text.trim());
  return match ? { ok: true, value: match[1]! } : UNREADABLE;
}

const fold = (text: string) =>
  text
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase();

const SOCIAL_WORDS: [RegExp, number][] = [
  [/clauses?\s*sociales?/, SOCIAL_BIT.clauseSociale],
  [/criteres?\s*sociaux|criteres?\s*social/, SOCIAL_BIT.critereSocial],
  [/marches?\s*reserves?/, SOCIAL_BIT.marcheReserve],
];

/**
 * Social considerations as bits: a list (JSON) or one cell where a table joined them
 * (« Clause sociale, Critère social », « ["Clause sociale"] », « Clause sociale|Marché réservé »).
 * « Pas de considération sociale » and nothing are 0; `ok` is false when text was given
 * and none of the four values was found in it.
 */
export function cleanSocial(raw: string | number | readonly unknown[] | null | undefined): Cleaned<number> {
  if (raw === null || raw === undefined) return NOT_GIVEN;
  return cleanSocialText(Array.isArray(raw) ? raw.map(String).join(",") : String(raw));
}

const cleanSocialText = remembered((raw: string): Cleaned<number> => {
  const text = fold(raw);
  if (isMissing(text) || /^[[\]\s"']*$/.test(text)) return NOT_GIVEN;
  let bits = 0;
  for (const [pattern, bit] of SOCIAL_WORDS) if (pattern.test(text)) bits |= bit;
  if (bits === 0 && !/pas\s*de\s*consideration/.test(text)) return UNREADABLE;
  return { ok: true, value: bits };
});
