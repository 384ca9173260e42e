/**
 * What every perimeter importer returns (CSV, XLSX, GeoJSON, data.inclusion code lists):
 * the facilitators, structures and zones the file proposes, and every problem located by
 * file, line, column and value, explained in French. Importers never throw and never
 * touch a project: `mergeImport` (import-merge.ts) applies a result once it was previewed.
 */
import type { CommuneShapes } from "../domain/commune-shapes.ts";
import type { Contact, FacilitateurRole, FacilitateurStatut, StructureType, Zone } from "../domain/model.ts";
import { communesOfZone } from "../domain/perimeter.ts";
import type { TerritoryIndex } from "../domain/territory-index.ts";
import type { ColumnMapping } from "./column-mapping.ts";

export type ImportFormat = "csv" | "xlsx" | "geojson" | "codes";
export type ProblemSeverity = "error" | "warning";

/** Where a problem is: a line (1-based, as a spreadsheet numbers it) and a column (its header), or a path in a JSON document. */
export interface ProblemLocation {
  line?: number;
  column?: string;
  /** Path in a JSON document, e.g. `features[2].geometry.coordinates[0][3]`. */
  path?: string;
  /** The value as found in the file. */
  value?: string;
}

export interface ImportProblem extends ProblemLocation {
  file: string;
  message: string;
  severity: ProblemSeverity;
}

/** A former commune code replaced by today's commune. */
export interface CodeMigrationNote extends ProblemLocation {
  file: string;
  from: string;
  to: string;
  /** Name of today's commune. */
  nom: string;
  /** Why, in French: « commune déléguée », « commune fusionnée »… */
  reason: string;
}

/** A structure named in the file; `mergeImport` matches it to the project's by id, then by name. */
export interface ImportedStructure {
  /** Identity inside the import: its id when given, else its normalized name. */
  key: string;
  id?: string;
  nom: string;
  type?: StructureType;
  /** INSEE code of the commune of its siège, when the file gives it. */
  communeSiege?: string;
}

/** A facilitator as the file describes it; fields the file does not give are absent, not defaulted. */
export interface ImportedFacilitateur {
  /** Identity inside the import: its id when given, else its normalized name. */
  key: string;
  id?: string;
  nom: string;
  /** `key` of its structure in `ImportResult.structures`. */
  structure?: string;
  etp?: number;
  role?: FacilitateurRole;
  statut?: FacilitateurStatut;
  contacts?: Contact[];
  miseAJour?: string;
  perimetre: Zone[];
  /** First line of the file that names it. */
  line?: number;
}

export interface ImportSummary {
  /** Data rows (or features, or code lists) read, blank lines excluded. */
  rowsRead: number;
  blankLines: number;
  duplicateRows: number;
  facilitateurs: number;
  zones: number;
  /** Distinct communes the imported perimeters reach. */
  communes: number;
  codesMigrated: number;
  errors: number;
  warnings: number;
  /** Data lines left out because they had an error (only when the caller asked for the valid lines alone). */
  linesLeftOut?: number;
}

/** A line left out of an import (the valid lines alone were asked for), and its errors in French. */
export interface LeftOutLine {
  line: number;
  reasons: string[];
}

export interface ImportResult {
  file: string;
  format: ImportFormat;
  /** How the bytes were decoded (text formats). */
  encoding?: string;
  /** The column mapping used (tables): the caller may show it and import again with another. */
  mapping?: ColumnMapping;
  /** The header as written (tables). */
  header?: string[];
  facilitateurs: ImportedFacilitateur[];
  structures: ImportedStructure[];
  problems: ImportProblem[];
  migrations: CodeMigrationNote[];
  summary: ImportSummary;
  /** Lines left out, in file order, when the valid lines alone were asked for. */
  leftOut?: LeftOutLine[];
}

/** The territory an importer checks codes against; `shapes` only for GeoJSON. */
export interface ImportTerritory {
  index: TerritoryIndex;
  shapes?: CommuneShapes;
}

/** Collects problems and migrations of one file. */
export class ImportLog {
  readonly problems: ImportProblem[] = [];
  readonly migrations: CodeMigrationNote[] = [];
  constructor(readonly file: string) {}

  error(at: ProblemLocation, message: string): undefined {
    this.problems.push({ file: this.file, ...at, message, severity: "error" });
    return undefined;
  }

  warn(at: ProblemLocation, message: string): void {
    this.problems.push({ file: this.file, ...at, message, severity: "warning" });
  }

  migrated(at: ProblemLocation, note: Omit<CodeMigrationNote, "file" | keyof ProblemLocation>): void {
    this.migrations.push({ file: this.file, ...at, ...note });
  }

  get errorCount(): number {
    return this.problems.filter((problem) => problem.severity === "error").length;
  }
}

/** Distinct communes reached by a set of zones (codes the reference does not know reach nothing). */
export function countCommunes(index: TerritoryIndex, zones: Iterable<Zone>): number {
  const seen = new Uint8Array(index.communeCount);
  let count = 0;
  for (const zone of zones) {
    const communes = communesOfZone(index, zone.niveau, zone.code) ?? [];
    for (let k = 0; k < communes.length; k++) {
      if (seen[communes[k]!]) continue;
      seen[communes[k]!] = 1;
      count++;
    }
  }
  return count;
}

/** Assembles a result from what an importer read and logged. */
export function buildImportResult(
  index: TerritoryIndex,
  log: ImportLog,
  read: Pick<ImportResult, "format" | "facilitateurs" | "structures"> & Partial<Pick<ImportResult, "encoding" | "mapping" | "header">>,
  counts: Pick<ImportSummary, "rowsRead"> & Partial<Pick<ImportSummary, "blankLines" | "duplicateRows">>,
): ImportResult {
  const zones = read.facilitateurs.flatMap((facilitateur) => facilitateur.perimetre);
  const errors = log.errorCount;
  return {
    file: log.file,
    ...read,
    problems: log.problems,
    migrations: log.migrations,
    summary: {
      rowsRead: counts.rowsRead,
      blankLines: counts.blankLines ?? 0,
      duplicateRows: counts.duplicateRows ?? 0,
      facilitateurs: read.facilitateurs.length,
      zones: zones.length,
      communes: countCommunes(index, zones),
      codesMigrated: log.migrations.length,
      errors,
      warnings: log.problems.length - errors,
    },
  };
}

/** « fichier.csv, ligne 4, colonne « code INSEE », valeur "1001" : … » */
export function formatProblem(problem: ImportProblem): string {
  const place = [
    problem.file,
    problem.line !== undefined && `ligne ${problem.line}`,
    problem.column !== undefined && `colonne « ${problem.column} »`,
    problem.path !== undefined && problem.path,
    problem.value !== undefined && `valeur ${JSON.stringify(problem.value)}`,
  ].filter(Boolean);
  return `${place.join(", ")} : ${problem.message}`;
}

/** The summary as French lines, as the check command prints it. */
export function formatSummary(summary: ImportSummary): string[] {
  return [
    `Lignes lues : ${summary.rowsRead}${summary.blankLines ? ` (${summary.blankLines} ligne(s) vide(s) ignorée(s))` : ""}${summary.duplicateRows ? `, ${summary.duplicateRows} en double` : ""}`,
    `Facilitateurs : ${summary.facilitateurs}`,
    `Zones : ${summary.zones}`,
    `Communes atteintes : ${summary.communes}`,
    `Codes migrés : ${summary.codesMigrated}`,
    `Erreurs : ${summary.errors}`,
    `Avertissements : ${summary.warnings}`,
    ...(summary.linesLeftOut ? [`Lignes écartées (erreurs) : ${summary.linesLeftOut}`] : []),
  ];
}
