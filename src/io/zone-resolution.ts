/**
 * Zones as spreadsheets write them, to today's official codes: INSEE codes whose leading
 * zero a spreadsheet dropped (`1001` → `01001`), codes of earlier years migrated to
 * today's commune (commune déléguée or associée → its chef-lieu, merged commune → the
 * commune nouvelle), commune names resolved with their département, EPCI by SIREN or by
 * name, départements and régions by code or name. Every change is logged, never silent.
 */
import { normalizeName } from "../domain/commune-search.ts";
import type { Zone, ZoneLevel } from "../domain/model.ts";
import { formerCommune, type TerritoryIndex } from "../domain/territory-index.ts";
import type { FormerCodeRef } from "../domain/territory-reference.ts";
import type { ImportLog, ProblemLocation } from "./importer.ts";
import { unknownCodeMessage } from "./territory-codes.ts";
import { lookupWord } from "./word-table.ts";

export const MIGRATION_REASONS: Record<FormerCodeRef["reason"], string> = {
  "commune-deleguee": "commune déléguée",
  "commune-associee": "commune associée",
  "arrondissement-municipal": "arrondissement municipal",
  "ancien-code": "commune fusionnée",
};

const LEVEL_NAMES: Record<string, ZoneLevel> = {
  commune: "commune",
  com: "commune",
  epci: "epci",
  interco: "epci",
  intercommunalite: "epci",
  siren: "epci",
  departement: "departement",
  dep: "departement",
  region: "region",
  reg: "region",
};

/** Indices of items by normalized name. */
function indexNames(items: readonly { nom: string }[]): Map<string, number[]> {
  const names = new Map<string, number[]>();
  items.forEach((item, i) => {
    const name = normalizeName(item.nom);
    const list = names.get(name);
    if (list) list.push(i);
    else names.set(name, [i]);
  });
  return names;
}

/** A code as a spreadsheet may hold it: spaces dropped, upper case, `1001.0` (a number cell) → `1001`. */
const cleanCode = (raw: string) => raw.replace(/\s/g, "").toUpperCase().replace(/\.0+$/, "");

export class ZoneResolver {
  private names: { communes: Map<string, number[]>; epci: Map<string, number[]>; departements: Map<string, number[]>; regions: Map<string, number[]> } | undefined;

  constructor(
    readonly index: TerritoryIndex,
    private readonly log: ImportLog,
  ) {}

  private get nameIndex() {
    const { reference } = this.index;
    this.names ??= { communes: indexNames(reference.communes), epci: indexNames(reference.epci), departements: indexNames(reference.departements), regions: indexNames(reference.regions) };
    return this.names;
  }

  /** A zone level written in French (« commune », « EPCI », « département », « région »), or undefined after an error. */
  level(raw: string, at: ProblemLocation): ZoneLevel | undefined {
    return lookupWord(LEVEL_NAMES, normalizeName(raw)) ?? this.log.error(at, "niveau de zone inconnu ; valeurs possibles : commune, EPCI, département, région");
  }

  /** A zone from a code whose level is given, or guessed from its shape (9 digits: EPCI; 4 or 5 characters: commune; 1 to 3: département). */
  zone(niveau: ZoneLevel | undefined, raw: string, at: ProblemLocation): Zone | undefined {
    const code = cleanCode(raw);
    const level = niveau ?? (/^\d{9}$/.test(code) ? "epci" : /^(\d{4,5}|\d[AB]\d{3})$/.test(code) ? "commune" : /^(\d{1,3}|2[AB])$/.test(code) ? "departement" : undefined);
    if (level === undefined) return this.log.error(at, "code de zone non reconnu : ni code INSEE (5 caractères), ni SIREN d'EPCI (9 chiffres), ni code de département");
    const resolved = level === "commune" ? this.communeCode(raw, at) : level === "epci" ? this.epci(raw, at) : level === "departement" ? this.departement(raw, at) : this.region(raw, at);
    return resolved === undefined ? undefined : { niveau: level, code: resolved };
  }

  /** Today's INSEE code for a written commune code: leading zero restored, former code migrated (both warned). */
  communeCode(raw: string, at: ProblemLocation): string | undefined {
    let code = cleanCode(raw);
    if (/^\d{4}$/.test(code)) {
      this.log.warn(at, `code INSEE à 4 chiffres : zéro initial perdu par le tableur, lu ${code.padStart(5, "0")}`);
      code = code.padStart(5, "0");
    }
    if (this.index.communeIndex.has(code)) return code;
    const former = formerCommune(this.index, code);
    const today = former ? this.index.communeIndex.get(former.to) : undefined;
    if (former && today !== undefined) {
      const nom = this.index.reference.communes[today]!.nom;
      const reason = MIGRATION_REASONS[former.reason];
      this.log.warn(at, `ancien code ${code} (${reason}) remplacé par ${former.to} (${nom})`);
      this.log.migrated(at, { from: code, to: former.to, nom, reason });
      return former.to;
    }
    return this.log.error(at, unknownCodeMessage(this.index, "commune", code));
  }

  /** The INSEE code of a commune given by name, narrowed by its département (code or name) when given. */
  communeByName(name: string, departement: string | undefined, at: ProblemLocation): string | undefined {
    const { communes } = this.index.reference;
    let candidates = this.nameIndex.communes.get(normalizeName(name)) ?? [];
    let where = "";
    if (departement !== undefined && departement.trim() !== "") {
      const code = this.departement(departement, { ...at, value: departement });
      if (code === undefined) return undefined;
      candidates = candidates.filter((c) => communes[c]!.departement === code);
      where = ` dans le département ${code}`;
    }
    if (candidates.length === 1) return communes[candidates[0]!]!.code;
    if (candidates.length === 0) return this.log.error(at, `commune inconnue${where} : aucune commune d'aujourd'hui ne porte ce nom (ancien nom ? donnez le code INSEE)`);
    const listed = candidates.map((c) => `${communes[c]!.nom} (${communes[c]!.code}, département ${communes[c]!.departement})`);
    return this.log.error(at, `nom de commune ambigu, ${candidates.length} communes le portent : ${listed.join(", ")} ; précisez le département ou le code INSEE`);
  }

  /** An EPCI by SIREN (9 digits) or by name. */
  epci(raw: string, at: ProblemLocation): string | undefined {
    const siren = cleanCode(raw);
    if (/^\d+$/.test(siren)) return this.index.epciIndex.has(siren) ? siren : this.log.error(at, unknownCodeMessage(this.index, "epci", siren));
    return this.byName(this.nameIndex.epci, this.index.reference.epci, raw, at, "EPCI inconnu");
  }

  /** A département by code (`1` → `01`, `2a` → `2A`) or by name. */
  departement(raw: string, at: ProblemLocation): string | undefined {
    let code = cleanCode(raw);
    if (/^\d$/.test(code)) code = `0${code}`;
    if (this.index.departementIndex.has(code)) return code;
    if (/^[\dAB]+$/.test(code)) return this.log.error(at, unknownCodeMessage(this.index, "departement", code));
    return this.byName(this.nameIndex.departements, this.index.reference.departements, raw, at, "département inconnu");
  }

  /** A région by code or by name. */
  region(raw: string, at: ProblemLocation): string | undefined {
    const code = cleanCode(raw);
    if (this.index.regionIndex.has(code)) return code;
    if (/^\d+$/.test(code)) return this.log.error(at, unknownCodeMessage(this.index, "region", code));
    return this.byName(this.nameIndex.regions, this.index.reference.regions, raw, at, "région inconnue");
  }

  private byName(names: Map<string, number[]>, items: readonly { code: string; nom: string }[], raw: string, at: ProblemLocation, unknown: string): string | undefined {
    const found = names.get(normalizeName(raw)) ?? [];
    if (found.length === 1) return items[found[0]!]!.code;
    if (found.length === 0) return this.log.error(at, `${unknown} du référentiel (${this.index.reference.cog}) : ni code, ni nom connu`);
    return this.log.error(at, `nom ambigu : ${found.map((i) => `${items[i]!.nom} (${items[i]!.code})`).join(", ")} ; donnez le code`);
  }
}
