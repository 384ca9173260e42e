/**
 * The reference complement: what the full reference adds to the first-view reference
 * (first-view-reference.ts) — commune names, postal codes and former codes. Written by
 * `npm run web-data` (public/web/complement-reference.json); the app loads it right after
 * its first view, so that search by name, the names under the pointer and a link's commune
 * wait neither for the 6 Mo full reference nor for the polygons. The first-view reference
 * completed with it equals the full reference.
 *
 * Names and postal codes are columns in the reference's commune order, one line per commune
 * (postal codes separated by spaces): a few hundred kilobytes that compress well.
 */
import type { FormerCodeRef, ReferenceData } from "./territory-reference.ts";

export const COMPLEMENT_SCHEMA = "carto-clause-sociale/complement-reference@1";

export interface ReferenceComplement {
  schema: typeof COMPLEMENT_SCHEMA;
  /** The COG of the reference it completes (`ReferenceData.cog`). */
  cog: string;
  /** Number of communes, as a check. */
  communes: number;
  /** Name of each commune, in the reference's order, one per line. */
  noms: string;
  /** Postal codes of each commune (separated by spaces), one line per commune. */
  codesPostaux: string;
  formerCodes: Record<string, FormerCodeRef>;
}

/** The complement of a full reference (used by the build); throws (in French) on a name that would break a line. */
export function toReferenceComplement(reference: ReferenceData): ReferenceComplement {
  for (const commune of reference.communes) {
    if (/[\n\r]/.test(commune.nom)) throw new Error(`Nom de la commune ${commune.code} sur plusieurs lignes : ${JSON.stringify(commune.nom)}`);
    if (commune.codesPostaux.some((code) => !/^\d{5}$/.test(code))) throw new Error(`Code postal inattendu pour la commune ${commune.code} : ${commune.codesPostaux.join(", ")}`);
  }
  return {
    schema: COMPLEMENT_SCHEMA,
    cog: reference.cog,
    communes: reference.communes.length,
    noms: reference.communes.map((commune) => commune.nom).join("\n"),
    codesPostaux: reference.communes.map((commune) => commune.codesPostaux.join(" ")).join("\n"),
    formerCodes: reference.formerCodes,
  };
}

/** Empty postal codes (a commune without any) share one frozen list. */
const NO_POSTAL_CODES = Object.freeze([]) as unknown as string[];

/**
 * The reference `base` (a first-view reference) with the complement's names, postal codes
 * and former codes; new commune objects, the rest shared. Throws (in French) when the
 * complement was written for another reference.
 */
export function completeReference(base: ReferenceData, complement: ReferenceComplement): ReferenceData {
  const rebuild = "relancez « npm run web-data »";
  if (complement.schema !== COMPLEMENT_SCHEMA) throw new Error(`Complément du référentiel au format ${String(complement.schema)} inattendu (attendu ${COMPLEMENT_SCHEMA}) : ${rebuild}`);
  if (complement.cog !== base.cog || complement.communes !== base.communes.length) {
    throw new Error(`Complément du référentiel écrit pour un autre référentiel (${complement.cog}, ${complement.communes} communes ; attendu ${base.cog}, ${base.communes.length}) : ${rebuild}`);
  }
  const noms = complement.noms.split("\n");
  const postal = complement.codesPostaux.split("\n");
  if (noms.length !== base.communes.length || postal.length !== base.communes.length) {
    throw new Error(`Complément du référentiel incohérent (${noms.length} noms, ${postal.length} lignes de codes postaux pour ${base.communes.length} communes) : ${rebuild}`);
  }
  const communes = base.communes.map((commune, i) => ({ ...commune, nom: noms[i]!, codesPostaux: postal[i] ? postal[i]!.split(" ") : NO_POSTAL_CODES }));
  return { ...base, communes, formerCodes: complement.formerCodes };
}
