// npm run besoins -- FICHIER [--du AAAA-MM-JJ] [--au AAAA-MM-JJ] [--level national|region|departement|commune]
//                    [--format json|csv] [--out FICHIER] [--acheteurs-etat LISTE]
// Needs measured from a DECP file (regulatory JSON or consolidated CSV table), streamed:
// contracts per territory over a window, with the State's, those with a social
// consideration and those above the European thresholds without one (docs/besoins.md).
// Exit codes: 0 done, 1 file not readable as DECP, 2 wrong arguments or missing geometry.
import { closeSync, existsSync, openSync, readFileSync, writeSync } from "node:fs";
import { resolve } from "node:path";
import { cleanBuyerCode, describeBadBuyerCode } from "../src/domain/needs/classify.ts";
import { dayNumber, frenchDate } from "../src/domain/needs/dates.ts";
import { aggregateNeeds } from "../src/domain/needs/needs-aggregate.ts";
import { resolveNeedsSettings } from "../src/domain/needs/needs-settings.ts";
import type { NeedsLevel } from "../src/domain/needs/needs-territories.ts";
import { formatProblem } from "../src/io/importer.ts";
import { buildNeedsReport, formatNeedsReportCsv, needsReportJson } from "../src/io/needs-report.ts";
import { defineCli, runWhenStarted } from "./lib/cli.ts";
import { oneOf, readArguments, UsageError } from "./lib/cli-args.ts";
import { loadTerritoryIndex } from "./lib/load-reference.ts";
import { detectDecpFile, streamDecpFile } from "./lib/stream-decp.ts";

const USAGE = `usage : npm run besoins -- <fichier> [--du AAAA-MM-JJ] [--au AAAA-MM-JJ] [--level national|region|departement|commune] [--format json|csv] [--out FICHIER] [--acheteurs-etat LISTE]
  <fichier>         données essentielles de la commande publique (DECP) : JSON réglementaire (marches.marche) ou tableau consolidé CSV
  --du, --au        fenêtre des dates de notification (bornes comprises) ; par défaut les 12 derniers mois présents dans le fichier
  --level           une ligne pour la France, plus une par région, département ou commune (national par défaut)
  --format          json (par défaut) ou csv (pour les tableurs : « ; », virgule décimale)
  --out             écrit le résultat dans ce fichier au lieu de la sortie standard
  --acheteurs-etat  acheteurs de l'État : SIREN ou SIRET séparés par des virgules, ou un fichier qui les liste ;
                    remplace la règle par défaut (SIREN commençant par 1)
Codes de sortie : 0 fait, 1 fichier illisible comme DECP, 2 mauvais argument ou géométrie absente (npm run geo).`;
const LEVELS: readonly NeedsLevel[] = ["national", "region", "departement", "commune"];
const FORMATS = ["json", "csv"] as const;
/** Problems printed before « … et N autres ». */
const SHOWN_PROBLEMS = 30;

interface Options {
  file: string;
  du: string | undefined;
  au: string | undefined;
  level: NeedsLevel;
  format: (typeof FORMATS)[number];
  out: string | undefined;
  acheteursEtat: string[] | null;
}

function checkDate(value: string | undefined, option: string): string | undefined {
  if (value !== undefined && dayNumber(value) === undefined) throw new UsageError(`${option} : date AAAA-MM-JJ attendue, trouvé « ${value} »`);
  return value;
}

/** The State buyers' list: a file naming them (one a line, or separated by `,` `;` or spaces), or the codes themselves. */
function readBuyerList(value: string): string[] {
  const text = existsSync(value) ? readFileSync(value, "utf8") : value;
  const codes = text
    .replace(/^\uFEFF/, "")
    .split(/[\s,;]+/)
    .filter((code) => code !== "" && !/^(siren|siret)$/i.test(code));
  const bad = codes.map(describeBadBuyerCode).filter((reason) => reason !== undefined);
  if (bad.length > 0) throw new UsageError(`--acheteurs-etat : ${bad.slice(0, 5).join(" ; ")}`);
  if (codes.length === 0) throw new UsageError("--acheteurs-etat : liste vide");
  return codes.map(cleanBuyerCode);
}

function parseArgs(argv: readonly string[]): Options {
  const { file, values } = readArguments(argv, ["du", "au", "level", "format", "out", "acheteurs-etat"], "fichier DECP manquant");
  const du = checkDate(values.du, "--du");
  const au = checkDate(values.au, "--au");
  if (du !== undefined && au !== undefined && du > au) throw new UsageError(`--du ${du} est après --au ${au}`);
  return {
    file,
    du,
    au,
    level: oneOf(values.level, LEVELS, "national", "niveau", "national, region, departement ou commune")!,
    format: oneOf(values.format, FORMATS, "json", "format", "json ou csv")!,
    out: values.out === undefined ? undefined : resolve(values.out),
    acheteursEtat: values["acheteurs-etat"] === undefined ? null : readBuyerList(values["acheteurs-etat"]),
  };
}

function printLines(title: string, lines: readonly string[], total: number): void {
  console.error(title);
  for (const line of lines.slice(0, SHOWN_PROBLEMS)) console.error(`  ${line}`);
  if (total > SHOWN_PROBLEMS) console.error(`  … et ${total - SHOWN_PROBLEMS} autres`);
}

async function run(argv: readonly string[]): Promise<number> {
  const options = parseArgs(argv);
  if (!existsSync(options.file)) throw new UsageError(`fichier introuvable : ${options.file}`);
  const index = loadTerritoryIndex();
  const format = detectDecpFile(options.file);
  if (!format) {
    console.error(`${options.file} : ni JSON réglementaire (marches.marche) ni tableau consolidé (colonnes acheteur_id, id, montant, dateNotification) : ce fichier n'est pas reconnu comme des données essentielles de la commande publique (DECP)`);
    return 1;
  }
  const read = await streamDecpFile(options.file, format);
  const problems = read.problems.map(formatProblem);
  if (read.counts.errors > 0 && read.store.size === 0) {
    printLines(`${options.file} : illisible comme DECP, ${read.problemCount} problème(s)`, problems, read.problemCount);
    return 1;
  }
  if (read.problemCount > 0) printLines(`${options.file} : ${read.problemCount} problème(s) de lecture (valeurs lues comme absentes)`, problems, read.problemCount);
  const settings = resolveNeedsSettings({ acheteursEtat: options.acheteursEtat });
  const aggregate = aggregateNeeds(index, read.store, { settings, ...(options.du !== undefined && { du: options.du }), ...(options.au !== undefined && { au: options.au }) });
  const report = buildNeedsReport(index, aggregate, options.level);
  const window = aggregate.window ? `marchés notifiés du ${frenchDate(aggregate.window.du)} au ${frenchDate(aggregate.window.au)}` : "aucune date de notification utilisable";
  console.error(
    `Besoins : DECP, ${window}, ${aggregate.marches} marchés, ${aggregate.nonLocalises} non localisés, ${aggregate.ecartes.length} écartés (anomalies, doublons, états antérieurs) ; ` +
      `${read.counts.rows} ${format === "decp-json" ? "marchés lus" : "lignes lues"}, ${read.counts.concessions} concessions ignorées`,
  );
  // Written piece by piece: a national file's communes and set-aside list are tens of megabytes.
  const pieces = options.format === "csv" ? [formatNeedsReportCsv(report, { byteOrderMark: options.out !== undefined })] : needsReportJson(report);
  if (options.out === undefined) {
    for (const piece of pieces) process.stdout.write(piece);
  } else {
    const descriptor = openSync(options.out, "w");
    try {
      for (const piece of pieces) writeSync(descriptor, piece);
    } finally {
      closeSync(descriptor);
    }
    console.error(`Résultat écrit dans ${options.out}`);
  }
  return 0;
}

export const main = defineCli(USAGE, run);

runWhenStarted(import.meta, main);
