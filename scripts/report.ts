// npm run report -- <fichier-projet> [--level national|region|departement] [--format json|csv] [--out FICHIER]
// Prints the indicators of a project file (format documented in docs/formats.md). Exit codes:
// 0 done, 1 invalid project file, 2 wrong arguments or missing geometry.
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { resolve } from "node:path";
import type { IndicatorLevel } from "../src/domain/indicators.ts";
import { computeAll } from "../src/domain/recompute.ts";
import { linkProjectToCommunes } from "../src/domain/spatial-links.ts";
import { formatIssue, type ImportIssue } from "../src/io/import-result.ts";
import { parseProjectFile } from "../src/io/project-file.ts";
import { buildReport, formatReportCsv } from "../src/io/report.ts";
import { loadTerritory } from "./lib/load-reference.ts";
import { oneOf, readArguments, UsageError } from "./lib/cli-args.ts";

const USAGE = "usage : npm run report -- <fichier-projet> [--level national|region|departement] [--format json|csv] [--out FICHIER]";
const LEVELS: readonly IndicatorLevel[] = ["national", "region", "departement"];
const FORMATS = ["json", "csv"] as const;
/** Warnings listed before « … et N autres ». */
const SHOWN_WARNINGS = 30;


interface Options {
  file: string;
  level: IndicatorLevel;
  format: (typeof FORMATS)[number];
  out: string | undefined;
}

function parseArgs(argv: string[]): Options {
  const { file, values } = readArguments(argv, ["level", "format", "out"], "fichier projet manquant");
  return {
    file,
    level: oneOf(values.level, LEVELS, "national", "niveau", "national, region ou departement")!,
    format: oneOf(values.format, FORMATS, "json", "format", "json ou csv")!,
    out: values.out === undefined ? undefined : resolve(values.out),
  };
}

function printIssues(title: string, issues: readonly ImportIssue[], limit = Infinity): void {
  console.error(title);
  for (const issue of issues.slice(0, limit)) console.error(`  ${formatIssue(issue)}`);
  if (issues.length > limit) console.error(`  … et ${issues.length - limit} autres`);
}

function main(): number {
  const options = parseArgs(process.argv.slice(2));
  if (!existsSync(options.file)) throw new UsageError(`fichier introuvable : ${options.file}`);
  const text = readFileSync(options.file, "utf8");
  const territory = loadTerritory();
  const parsed = parseProjectFile(text, territory.index);
  if (parsed.warnings.length > 0) printIssues(`${options.file} : ${parsed.warnings.length} avertissement(s)`, parsed.warnings, SHOWN_WARNINGS);
  if (!parsed.ok) {
    printIssues(`${options.file} : fichier projet invalide, ${parsed.errors.length} erreur(s)`, parsed.errors);
    return 1;
  }
  const { project } = parsed;
  const result = computeAll(territory.index, project, { links: linkProjectToCommunes(territory.index, territory.shapes, project) });
  const report = buildReport(territory.index, project, result, options.level);
  const output = options.format === "csv" ? formatReportCsv(report) : `${JSON.stringify(report, null, 2)}\n`;
  if (options.out === undefined) {
    process.stdout.write(output);
  } else {
    // A byte order mark tells spreadsheets the CSV file is UTF-8.
    writeFileSync(options.out, options.format === "csv" ? `\uFEFF${output}` : output);
    console.error(`Rapport écrit dans ${options.out}`);
  }
  return 0;
}

try {
  process.exitCode = main();
} catch (error) {
  console.error(error instanceof UsageError ? `Erreur : ${error.message}\n${USAGE}` : `Erreur : ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 2;
}
