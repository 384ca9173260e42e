/**
 * Perimeters as lists of official codes, the way data·inclusion writes `zone_eligibilite`:
 * commune INSEE codes (`"01001"`), EPCI SIREN (`"200046977"`), département codes (`"01"`,
 * `"2A"`, `"971"`), `"france"` or `"99100"` for the whole country. data·inclusion has no
 * région code (a région is listed as its départements), so a 2- or 3-character code is a
 * département. Read from a JSON array, a JSON object (or array of objects) with a
 * `zone_eligibilite` field, a comma-separated string, or a CSV column.
 */
import { normalizeName } from "../domain/commune-search.ts";
import type { Facilitateur, Project, Zone } from "../domain/model.ts";
import type { TerritoryIndex } from "../domain/territory-index.ts";
import { fieldOfHeader } from "./column-mapping.ts";
import { parseCsv } from "./csv-text.ts";
import { describeValue, isObject, join } from "./field-reader.ts";
import { buildImportResult, ImportLog, type ImportedFacilitateur, type ImportResult, type ImportTerritory, type ProblemLocation } from "./importer.ts";
import { parseJsonText } from "./json-text.ts";
import { ZoneResolver } from "./zone-resolution.ts";

export interface ZoneCodesImportOptions {
  file: string;
  /** The facilitator the codes are for; else the records' `id`/`nom`, else the file name. */
  facilitateur?: { id?: string; nom: string };
}

/** One list of codes as found in the file. */
interface CodeList {
  id?: string;
  nom?: string;
  codes: { code: string; at: ProblemLocation }[];
  extensions: { code: string; at: ProblemLocation }[];
}

const NATIONAL = new Set(["france", "99100"]);

/** Codes of a JSON value: an array of texts or one comma-separated text. */
function codesOf(value: unknown, path: string, log: ImportLog): { code: string; at: ProblemLocation }[] {
  if (typeof value === "string") return value.split(/[\s,;]+/).filter((code) => code !== "").map((code) => ({ code, at: { path, value: code } }));
  if (!Array.isArray(value)) {
    log.error({ path }, `liste de codes attendue, trouvé ${describeValue(value)}`);
    return [];
  }
  return value.flatMap((item, i) => {
    if (typeof item === "string" || typeof item === "number") return [{ code: String(item), at: { path: join(path, i), value: String(item) } }];
    log.error({ path: join(path, i) }, `code attendu, trouvé ${describeValue(item)}`);
    return [];
  });
}

function listsFromJson(value: unknown, log: ImportLog): CodeList[] {
  const fromObject = (object: Record<string, unknown>, path: string): CodeList | undefined => {
    if (object["zone_eligibilite"] === undefined) return log.error({ path }, "champ « zone_eligibilite » manquant");
    const id = object["id"] ?? object["identifiant"];
    const nom = object["nom"] ?? object["facilitateur"];
    return {
      ...(typeof id === "string" && { id }),
      ...(typeof nom === "string" && { nom }),
      codes: codesOf(object["zone_eligibilite"], join(path, "zone_eligibilite"), log),
      extensions: object["extensions_limitrophes"] === undefined ? [] : codesOf(object["extensions_limitrophes"], join(path, "extensions_limitrophes"), log),
    };
  };
  if (isObject(value)) return [fromObject(value, "")].filter((list): list is CodeList => list !== undefined);
  if (Array.isArray(value) && value.every((item) => typeof item === "string" || typeof item === "number")) return [{ codes: codesOf(value, "", log), extensions: [] }];
  if (Array.isArray(value)) {
    return value.flatMap((item, i) => {
      if (isObject(item)) return [fromObject(item, join("", i))].filter((list): list is CodeList => list !== undefined);
      log.error({ path: join("", i) }, `objet ou code attendu, trouvé ${describeValue(item)}`);
      return [];
    });
  }
  log.error({}, `liste de codes attendue, trouvé ${describeValue(value)}`);
  return [];
}

/**
 * A CSV column of codes (header `zone_eligibilite` or `code`), or a plain comma-separated
 * text. `skippedLines`: blank lines trimmed off the start of the file, so that the lines
 * named in problems are the file's.
 */
function listsFromText(text: string, skippedLines: number): CodeList[] {
  const lines = text.split(/\r?\n/).filter((line) => line.trim() !== "");
  const parsed = lines.length > 1 ? parseCsv(text) : undefined;
  // A text of separators only parses to no row at all.
  if (parsed?.ok && parsed.rows.length > 0) {
    const column = parsed.rows[0]!.cells.findIndex((name) => fieldOfHeader(name) === "code" || fieldOfHeader(name) === "codeInsee");
    if (column >= 0) {
      const header = parsed.rows[0]!.cells[column]!.trim();
      const codes = parsed.rows.slice(1).flatMap((row) =>
        (row.cells[column] ?? "")
          .split(/[\s,]+/)
          .filter((code) => code !== "")
          .map((code) => ({ code, at: { line: row.line + skippedLines, column: header, value: code } })),
      );
      return [{ codes, extensions: [] }];
    }
  }
  const codes = text.split(/\r\n|\r|\n/).flatMap((content, i) =>
    content
      .split(/[\s,;]+/)
      .filter((code) => code !== "")
      .map((code) => ({ code, at: { line: i + 1 + skippedLines, value: code } })),
  );
  return [{ codes, extensions: [] }];
}

function resolveList(resolver: ZoneResolver, index: TerritoryIndex, list: CodeList): Zone[] {
  const zones = new Map<string, Zone>();
  const add = (entries: CodeList["codes"], extension: boolean) => {
    for (const { code, at } of entries) {
      const found: Zone[] = NATIONAL.has(normalizeName(code)) ? index.reference.regions.map((region) => ({ niveau: "region", code: region.code })) : [resolver.zone(undefined, code, at)].filter((zone): zone is Zone => zone !== undefined);
      for (const zone of found) {
        const key = `${zone.niveau}:${zone.code}`;
        if (!zones.has(key)) zones.set(key, extension ? { ...zone, extension: true } : zone);
      }
    }
  };
  add(list.codes, false);
  add(list.extensions, true);
  return [...zones.values()];
}

/** Reads data·inclusion-style code lists; never throws. */
export function importZoneCodes(text: string, territory: ImportTerritory, options: ZoneCodesImportOptions): ImportResult {
  const log = new ImportLog(options.file);
  const untrimmed = text.replace(/^\uFEFF/, "");
  const trimmed = untrimmed.trim();
  const skippedLines = (untrimmed.slice(0, untrimmed.length - untrimmed.trimStart().length).match(/\r\n|\r|\n/g) ?? []).length;
  let lists: CodeList[] = [];
  if (trimmed === "") log.error({}, "fichier vide : aucune liste de codes");
  else if (trimmed.startsWith("[") || trimmed.startsWith("{")) {
    const parsed = parseJsonText(trimmed);
    if (parsed.ok) lists = listsFromJson(parsed.value, log);
    else log.error({ path: parsed.error.path }, parsed.error.message);
  } else {
    lists = listsFromText(trimmed, skippedLines);
    if (lists.every((list) => list.codes.length === 0)) log.error({ line: 1 + skippedLines, value: trimmed.slice(0, 40) }, "aucun code de commune, d'EPCI, de département ou de région dans le fichier (séparateurs seulement ?)");
  }
  const resolver = new ZoneResolver(territory.index, log);
  const fallbackName = options.file.replace(/^.*[\\/]/, "").replace(/\.[^.]*$/, "");
  const facilitateurs: ImportedFacilitateur[] = lists.map((list) => {
    const id = options.facilitateur ? options.facilitateur.id : list.id;
    const nom = options.facilitateur?.nom ?? list.nom ?? id ?? fallbackName;
    return { key: id ?? normalizeName(nom), nom, perimetre: resolveList(resolver, territory.index, list), ...(id !== undefined && { id }) };
  });
  return buildImportResult(territory.index, log, { format: "codes", facilitateurs, structures: [] }, { rowsRead: lists.length });
}

/** Codes of zones, data·inclusion style: a région is written as its départements. */
function zoneCodes(index: TerritoryIndex, zones: readonly Zone[]): string[] {
  const codes = zones.flatMap((zone) => (zone.niveau === "region" ? index.reference.departements.filter((departement) => departement.region === zone.code).map((departement) => departement.code) : [zone.code]));
  return [...new Set(codes)];
}

/** Every perimeter as data·inclusion code lists (JSON): `id`, `nom`, `structure`, `zone_eligibilite`, `extensions_limitrophes`. */
export function exportZoneCodes(index: TerritoryIndex, project: Pick<Project, "facilitateurs" | "structures">): string {
  const structureNom = new Map(project.structures.map((structure) => [structure.id, structure.nom]));
  const records = project.facilitateurs.map((facilitateur: Facilitateur) => ({
    id: facilitateur.id,
    nom: facilitateur.nom,
    structure: structureNom.get(facilitateur.structure) ?? facilitateur.structure,
    zone_eligibilite: zoneCodes(index, facilitateur.perimetre.filter((zone) => !zone.extension)),
    extensions_limitrophes: zoneCodes(index, facilitateur.perimetre.filter((zone) => zone.extension)),
  }));
  return `${JSON.stringify(records, null, 2)}\n`;
}
