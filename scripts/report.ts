// npm run report -- <fichier> [--level national|region|departement] [--format json|csv] [--out FICHIER] [--besoins DECP]
// Prints the indicators of a project file, or of a perimeter table (CSV) read as the app
// imports it (formats documented in docs/formats.md). Exit codes: 0 done, 1 invalid file,
// 2 wrong arguments or missing geometry.
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { resolve } from "node:path";
import type { IndicatorLevel } from "../src/domain/indicators.ts";
import { computeAll } from "../src/domain/recompute.ts";
import { linkProjectToCommunes } from "../src/domain/spatial-links.ts";
import { frenchDate } from "../src/domain/needs/dates.ts";
import { aggregateNeeds, type NeedsAggregate } from "../src/domain/needs/needs-aggregate.ts";
import { resolveNeedsSettings } from "../src/domain/needs/needs-settings.ts";
import { DEFAULT_NEEDS_CHOICES } from "../src/domain/needs-readings.ts";
import type { TerritoryIndex } from "../src/domain/territory-index.ts";
import { formatProblem } from "../src/io/importer.ts";
import { buildNeedsReport } from "../src/io/needs-report.ts";
import { buildReport, formatReportCsv, withNeeds } from "../src/io/report.ts";
import { defineCli, runWhenStarted } from "./lib/cli.ts";
import { oneOf, readArguments, UsageError } from "./lib/cli-args.ts";
import { loadTerritory } from "./lib/load-reference.ts";
import { readProject } from "./lib/read-project.ts";
import { detectDecpFile, streamDecpFile } from "./lib/stream-decp.ts";

const USAGE = `usage : npm run report -- <fichier> [--level national|region|departement] [--format json|csv] [--out FICHIER] [--besoins DECP]
  <fichier>  un fichier projet (JSON), ou un tableau de périmètres (.csv) lu comme l'import de l'application
  --level    une ligne pour la France (national, par défaut), par région (region) ou par département (departement)
  --format   json (par défaut) ou csv (pour les tableurs : « ; », virgule décimale)
  --out      écrit le rapport dans ce fichier au lieu de la sortie standard
  --besoins  un fichier DECP (JSON réglementaire ou tableau consolidé) : le bilan de l'appel à projets —
             marchés, montant HT, marchés de l'État, avec considération sociale, au-dessus des seuils
             sans considération sociale (12 derniers mois du fichier) — par territoire, et la zone
             blanche 3 mesurée sur ces besoins
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
  besoins: string | undefined;
}

function parseArgs(argv: readonly string[]): Options {
  const { file, values } = readArguments(argv, ["level", "format", "out", "besoins"], "fichier projet manquant");
  return {
    file,
    level: oneOf(values.level, LEVELS, "national", "niveau", "national, region ou departement")!,
    format: oneOf(values.format, FORMATS, "json", "format", "json ou csv")!,
    out: values.out === undefined ? undefined : resolve(values.out),
    besoins: values.besoins === undefined ? undefined : resolve(values.besoins),
  };
}

function printLines(title: string, lines: readonly string[], limit = Infinity): void {
  console.error(title);
  for (const line of lines.slice(0, limit)) console.error(`  ${line}`);
  if (lines.length > limit) console.error(`  … et ${lines.length - limit} autres`);
}

/** The needs of a DECP file, aggregated as the app does by default; null (with a message) when the file is not DECP or unreadable. */
async function readNeeds(path: string, index: TerritoryIndex): Promise<{ aggregate: NeedsAggregate; provenance: string } | null> {
  const format = detectDecpFile(path);
  if (!format) {
    console.error(`${path} : ni JSON réglementaire (marches.marche) ni tableau consolidé (colonnes acheteur_id, id, montant, dateNotification) : ce fichier n'est pas reconnu comme des données essentielles de la commande publique (DECP)`);
    return null;
  }
  const read = await streamDecpFile(path, format);
  if (read.counts.errors > 0 && read.store.size === 0) {
    printLines(`${path} : illisible comme DECP, ${read.problemCount} problème(s)`, read.problems.map(formatProblem), SHOWN_WARNINGS);
    return null;
  }
  const aggregate = aggregateNeeds(index, read.store, { settings: resolveNeedsSettings({}) });
  const window = aggregate.window ? `marchés notifiés du ${frenchDate(aggregate.window.du)} au ${frenchDate(aggregate.window.au)}` : "aucune date de notification utilisable";
  return { aggregate, provenance: `Besoins : DECP, ${window}, ${aggregate.marches} marchés, ${aggregate.nonLocalises} non localisés` };
}

async function run(argv: readonly string[]): Promise<number> {
  const options = parseArgs(argv);
  if (!existsSync(options.file)) throw new UsageError(`fichier introuvable : ${options.file}`);
  if (options.besoins !== undefined && !existsSync(options.besoins)) throw new UsageError(`--besoins : fichier introuvable : ${options.besoins}`);
  const territory = loadTerritory();
  const read = readProject(options.file, new Uint8Array(readFileSync(options.file)), territory);
  const what = read.kind === "csv" ? "tableau de périmètres" : "fichier projet";
  if (read.warnings.length > 0) printLines(`${options.file} : ${read.warnings.length} avertissement(s)`, read.warnings, SHOWN_WARNINGS);
  if (!read.ok) {
    printLines(`${options.file} : ${what} invalide, ${read.errors.length} erreur(s)`, read.errors);
    return 1;
  }
  const { project } = read;
  const needs = options.besoins === undefined ? null : await readNeeds(options.besoins, territory.index);
  if (options.besoins !== undefined && !needs) return 1;
  const result = computeAll(territory.index, project, {
    links: linkProjectToCommunes(territory.index, territory.shapes, project),
    ...(needs && { needs: { aggregate: needs.aggregate, seuils: DEFAULT_NEEDS_CHOICES.seuilsBesoins } }),
  });
  const base = buildReport(territory.index, project, result, options.level);
  const report = needs ? withNeeds(base, buildNeedsReport(territory.index, needs.aggregate, options.level), needs.provenance) : base;
  if (needs) console.error(needs.provenance);
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
