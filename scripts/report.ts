// npm run report -- <fichier> [--level national|region|departement] [--format json|csv] [--out FICHIER]
// Prints the indicators of a project file, or of a perimeter table (CSV) read as the app
// imports it (formats documented in docs/formats.md). Exit codes: 0 done, 1 invalid file,
// 2 wrong arguments or missing geometry.
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { resolve } from "node:path";
import type { IndicatorLevel } from "../src/domain/indicators.ts";
import { computeAll } from "../src/domain/recompute.ts";
import { linkProjectToCommunes } from "../src/domain/spatial-links.ts";
import { buildReport, formatReportCsv } from "../src/io/report.ts";
import { defineCli, runWhenStarted } from "./lib/cli.ts";
import { oneOf, readArguments, UsageError } from "./lib/cli-args.ts";
import { loadTerritory } from "./lib/load-reference.ts";
import { readProject } from "./lib/read-project.ts";

const USAGE = `usage : npm run report -- <fichier> [--level national|region|departement] [--format json|csv] [--out FICHIER]
  <fichier>  un fichier projet (JSON), ou un tableau de périmètres (.csv) lu comme l'import de l'application
  --level    une ligne pour la France (national, par défaut), par région (region) ou par département (departement)
  --format   json (par défaut) ou csv (pour les tableurs : « ; », virgule décimale)
  --out      écrit le rapport dans ce fichier au lieu de la sortie standard
Codes de sortie : 0 fait, 1 fichier invalide, 2 mauvais argument ou géométrie absente (npm run geo).`;
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

function parseArgs(argv: readonly string[]): Options {
  const { file, values } = readArguments(argv, ["level", "format", "out"], "fichier projet manquant");
  return {
    file,
    level: oneOf(values.level, LEVELS, "national", "niveau", "national, region ou departement")!,
    format: oneOf(values.format, FORMATS, "json", "format", "json ou csv")!,
    out: values.out === undefined ? undefined : resolve(values.out),
  };
}

function printLines(title: string, lines: readonly string[], limit = Infinity): void {
  console.error(title);
  for (const line of lines.slice(0, limit)) console.error(`  ${line}`);
  if (lines.length > limit) console.error(`  … et ${lines.length - limit} autres`);
}

function run(argv: readonly string[]): number {
  const options = parseArgs(argv);
  if (!existsSync(options.file)) throw new UsageError(`fichier introuvable : ${options.file}`);
  const territory = loadTerritory();
  const read = readProject(options.file, new Uint8Array(readFileSync(options.file)), territory);
  const what = read.kind === "csv" ? "tableau de périmètres" : "fichier projet";
  if (read.warnings.length > 0) printLines(`${options.file} : ${read.warnings.length} avertissement(s)`, read.warnings, SHOWN_WARNINGS);
  if (!read.ok) {
    printLines(`${options.file} : ${what} invalide, ${read.errors.length} erreur(s)`, read.errors);
    return 1;
  }
  const { project } = read;
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

export const main = defineCli(USAGE, run);

runWhenStarted(import.meta, main);
