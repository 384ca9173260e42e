/**
 * Official codes read from a file, checked against the reference: today's codes pass,
 * former commune codes are replaced by today's commune (with a warning), unknown codes are
 * reported with a hint at the usual mistakes (a leading zero lost in a spreadsheet).
 */
import { communesOfZone } from "../domain/perimeter.ts";
import type { ZoneLevel } from "../domain/model.ts";
import { formerCommune, type TerritoryIndex } from "../domain/territory-index.ts";
import type { FormerCodeRef } from "../domain/territory-reference.ts";
import type { FieldReader } from "./field-reader.ts";

const REASONS: Record<FormerCodeRef["reason"], string> = {
  "commune-deleguee": "commune déléguée",
  "commune-associee": "commune associée",
  "arrondissement-municipal": "arrondissement municipal",
  "ancien-code": "commune fusionnée",
};

const CODE_NAMES: Record<ZoneLevel, string> = {
  commune: "code INSEE de commune",
  epci: "SIREN d'EPCI",
  departement: "code de département",
  region: "code de région",
};

function hint(niveau: ZoneLevel, code: string): string {
  if (niveau === "commune" && /^\d{4}$/.test(code)) return ` ; un code INSEE a 5 caractères : « 0${code} » ?`;
  if (niveau === "departement" && /^\d$/.test(code)) return ` ; un code de département a 2 caractères : « 0${code} » ?`;
  if (niveau === "epci" && !/^\d{9}$/.test(code)) return " ; un EPCI se désigne par son SIREN à 9 chiffres";
  return "";
}

/**
 * Today's code for a zone code, or undefined when the reference does not know it. A former
 * commune code is replaced, with a warning at `path`.
 */
export function checkZoneCode(reader: FieldReader, index: TerritoryIndex, niveau: ZoneLevel, code: string, path: string): string | undefined {
  if (communesOfZone(index, niveau, code)) return code;
  const former = niveau === "commune" ? formerCommune(index, code) : undefined;
  const today = former ? index.communeIndex.get(former.to) : undefined;
  if (former && today !== undefined) {
    const nom = index.reference.communes[today]!.nom;
    reader.warn(path, `ancien code ${code} (${REASONS[former.reason]}) remplacé par ${former.to} (${nom})`);
    return former.to;
  }
  return undefined;
}

/** The message for a code the reference does not know. */
export function unknownCodeMessage(index: TerritoryIndex, niveau: ZoneLevel, code: string): string {
  return `${CODE_NAMES[niveau]} inconnu du référentiel (${index.reference.cog}) : ${JSON.stringify(code)}${hint(niveau, code)}`;
}
