// npm run check -- <fichier> [--format project|csv|xlsx|geojson|codes] [--out projet.json] [--sheet FEUILLE]
// Runs the app's reader on a file, its format detected as the import dialog detects it
// (src/io/format-registry.ts), and prints every problem (file, line, column, value,
// reason) and a summary, in French. --out writes the project file the import would give.
// Exit codes: 0 no error, 1 errors in the file (or a file over the app's size limit),
// 2 wrong arguments or missing geometry.
import { existsSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { basename, extname, resolve } from "node:path";
import { PROJECT_SCHEMA, type Project } from "../src/domain/model.ts";
import { describeOversizedFile, detectFormat, detectImport, FORMAT_IDS, isFormatId, MAX_IMPORT_SIZE_LABEL, NEEDS_IMPORT_LABEL, needsFormatById, readFormat, type FormatId } from "../src/io/format-registry.ts";
import { mergeImport } from "../src/io/import-merge.ts";
import { formatProblem, formatSummary, type ImportResult } from "../src/io/importer.ts";
import { formatIssue } from "../src/io/import-result.ts";
import { serializeProject, serializeWorkspace, type ProjectFileResult } from "../src/io/project-file.ts";
import { loadTerritory, type Territory } from "./lib/load-reference.ts";
import { readArguments, UsageError } from "./lib/cli-args.ts";
import { defineCli, runWhenStarted } from "./lib/cli.ts";

/** The project format's former name on this command line, still accepted. */
const PROJECT_ALIAS = "json";

const USAGE = [
  `usage : npm run check -- <fichier> [--format ${FORMAT_IDS.join("|")}] [--out projet.json] [--sheet FEUILLE]`,
  `  --format : sans lui, le format est reconnu comme le fait la fenêtre d'import de l'application ; « ${PROJECT_ALIAS} » reste accepté pour « project » (fichier de projet)`,
  `  Fichiers de plus de ${MAX_IMPORT_SIZE_LABEL} refusés, comme dans l'application.`,
].join("\n");

interface Options {
  file: string;
  format: FormatId | undefined;
  out: string | undefined;
  sheet: string | undefined;
}

/** A registry id, or the project format's former name; a UsageError naming what is accepted otherwise. */
function readFormatOption(value: string | undefined): FormatId | undefined {
  if (value === undefined) return undefined;
  if (value === PROJECT_ALIAS) return "project";
  if (isFormatId(value)) return value;
  const typed = [...FORMAT_IDS.filter((id) => id !== "project"), PROJECT_ALIAS];
  throw new UsageError(`format inconnu « ${value} » (${typed.join(", ")}) ; pour un fichier de projet : project ou ${PROJECT_ALIAS}`);
}

function parseArgs(argv: readonly string[]): Options {
  const { file, values } = readArguments(argv, ["format", "out", "sheet"], "fichier à vérifier manquant");
  return { file, format: readFormatOption(values.format), out: values.out === undefined ? undefined : resolve(values.out), sheet: values.sheet };
}

function reportProject(parsed: ProjectFileResult, options: Options): number {
  for (const warning of parsed.warnings) console.log(`${basename(options.file)}, ${formatIssue(warning)} (avertissement)`);
  if (!parsed.ok) {
    for (const error of parsed.errors) console.log(`${basename(options.file)}, ${formatIssue(error)}`);
    console.log(`Erreurs : ${parsed.errors.length}\nAvertissements : ${parsed.warnings.length}`);
    return 1;
  }
  console.log(`Facilitateurs : ${parsed.project.facilitateurs.length}\nErreurs : 0\nAvertissements : ${parsed.warnings.length}`);
  // Every scenario of the file, migrated and cleaned, as the app would save it.
  if (options.out !== undefined) writeFileSync(options.out, serializeWorkspace({ nom: parsed.project.nom, scenarios: parsed.scenarios, activeScenarioId: parsed.activeScenarioId }));
  return 0;
}

function reportPerimeters(result: ImportResult, format: FormatId, territory: Territory, options: Options): number {
  console.log(`${result.file} : import ${format}${result.encoding ? `, encodage ${result.encoding}` : ""}`);
  for (const problem of result.problems) console.log(`${problem.severity === "error" ? "ERREUR" : "avertissement"} ${formatProblem(problem)}`);
  for (const line of formatSummary(result.summary)) console.log(line);
  if (result.summary.errors > 0) {
    if (options.out !== undefined) console.log(`Fichier projet non écrit : corrigez d'abord les erreurs`);
    return 1;
  }
  if (options.out !== undefined) {
    const empty: Project = { schema: PROJECT_SCHEMA, nom: basename(options.file, extname(options.file)), structures: [], facilitateurs: [], acheteurs: [], grandsProjets: [] };
    const merged = mergeImport(empty, result, { index: territory.index, today: new Date().toISOString().slice(0, 10) });
    for (const note of merged.notes) console.log(`note : ${note}`);
    writeFileSync(options.out, serializeProject(merged.project));
    console.log(`Fichier projet écrit dans ${options.out}`);
  }
  return 0;
}

async function run(argv: readonly string[]): Promise<number> {
  const options = parseArgs(argv);
  if (!existsSync(options.file)) throw new UsageError(`fichier introuvable : ${options.file}`);
  const stats = statSync(options.file);
  if (!stats.isFile()) throw new UsageError(`ce n'est pas un fichier : ${options.file}`);
  const tooBig = describeOversizedFile(basename(options.file), stats.size);
  if (tooBig) {
    console.error(`Erreur : ${tooBig} La fenêtre d'import de l'application applique la même limite.`);
    return 1;
  }
  const bytes = new Uint8Array(readFileSync(options.file));
  const detected = options.format === undefined ? detectImport(options.file, bytes) : undefined;
  if (detected?.kind === "needs") {
    // Needs are not records of the project: say what the file is and where it is read.
    console.log(`${basename(options.file)} : ${needsFormatById(detected.format).label}, pas un fichier de facilitateurs. L'import « ${NEEDS_IMPORT_LABEL} » le lit ; en ligne de commande : npm run besoins -- ${options.file} (voir docs/besoins.md).`);
    return 0;
  }
  const territory = loadTerritory();
  const format = options.format ?? detectFormat(options.file, bytes).format;
  const sheet = options.sheet === undefined ? undefined : /^\d+$/.test(options.sheet) ? Number(options.sheet) : options.sheet;
  const reading = await readFormat(format, bytes, territory, { file: basename(options.file), ...(sheet !== undefined && { sheet }) });
  return reading.kind === "project" ? reportProject(reading.result, options) : reportPerimeters(reading.result, format, territory, options);
}

export const main = defineCli(USAGE, run);

runWhenStarted(import.meta, main);
