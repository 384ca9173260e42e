// A project for the command-line tools, from a project file (JSON) or from a perimeter
// table (CSV) read by the app's own importer, as the app would import it into an empty
// project. Problems come back as French lines, each with its place in the file.
import { basename, extname } from "node:path";
import { PROJECT_SCHEMA, type Project } from "../../src/domain/model.ts";
import { importCsv } from "../../src/io/csv-import.ts";
import { mergeImport } from "../../src/io/import-merge.ts";
import { formatIssue } from "../../src/io/import-result.ts";
import { formatProblem } from "../../src/io/importer.ts";
import { parseProjectFile } from "../../src/io/project-file.ts";
import type { Territory } from "./load-reference.ts";

export type ReadProject =
  | { ok: true; kind: "projet" | "csv"; project: Project; warnings: string[] }
  | { ok: false; kind: "projet" | "csv"; errors: string[]; warnings: string[] };

/** A `.csv` file is a perimeter table; any other file a project file. */
export function readProject(file: string, bytes: Uint8Array, territory: Territory): ReadProject {
  if (extname(file).toLowerCase() !== ".csv") {
    const parsed = parseProjectFile(new TextDecoder().decode(bytes), territory.index);
    const warnings = parsed.warnings.map(formatIssue);
    return parsed.ok ? { ok: true, kind: "projet", project: parsed.project, warnings } : { ok: false, kind: "projet", errors: parsed.errors.map(formatIssue), warnings };
  }
  const result = importCsv(bytes, territory, { file: basename(file) });
  const lines = (severity: "error" | "warning") => result.problems.filter((problem) => problem.severity === severity).map(formatProblem);
  if (result.summary.errors > 0) return { ok: false, kind: "csv", errors: lines("error"), warnings: lines("warning") };
  const empty: Project = { schema: PROJECT_SCHEMA, nom: basename(file, extname(file)), structures: [], facilitateurs: [], acheteurs: [], grandsProjets: [] };
  const merged = mergeImport(empty, result, { index: territory.index, today: new Date().toISOString().slice(0, 10) });
  return { ok: true, kind: "csv", project: merged.project, warnings: lines("warning") };
}
