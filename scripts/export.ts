// npm run export -- PROJET.json --format FORMAT --out FICHIER [--scenario ID] [--territoire region-27|departement-21]
// The app's exports for batch work (a file per région, a table per département…): the same
// files as the « Exporter » dialog (src/io/export-registry.ts). Exit codes: 0 written,
// 1 invalid project file, 2 wrong arguments (format, scenario, territory) or missing geometry.
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { resolve } from "node:path";
import type { Project } from "../src/domain/model.ts";
import { computeAll } from "../src/domain/recompute.ts";
import { linkProjectToCommunes } from "../src/domain/spatial-links.ts";
import type { TerritoryIndex } from "../src/domain/territory-index.ts";
import { communesWithoutGeometry, type TableTerritory } from "../src/domain/territory-tables.ts";
import { EXPORT_FORMATS, makeExport, type ExportFormatId } from "../src/io/export-registry.ts";
import { territoryLabel, withoutGeometrySentence } from "../src/io/export-tables.ts";
import { formatIssue } from "../src/io/import-result.ts";
import { parseProjectFile } from "../src/io/project-file.ts";
import { defineCli, runWhenStarted } from "./lib/cli.ts";
import { oneOf, readArguments, UsageError } from "./lib/cli-args.ts";
import { loadTerritory } from "./lib/load-reference.ts";

const USAGE = `usage : npm run export -- PROJET.json --format FORMAT --out FICHIER [--scenario ID] [--territoire region-27|departement-21]
  PROJET.json   un fichier projet (tous ses scénarios)
  --format      ${EXPORT_FORMATS.join(", ")}
                  projet : le fichier projet (tous les scénarios ; --scenario le rend actif, --territoire le réduit au territoire)
                  perimetres-csv, perimetres-xlsx : une ligne par facilitateur et par zone (réimportable)
                  communes-csv, communes-xlsx : chaque commune du territoire, son statut, ses facilitateurs, son contour
                  indicateurs-csv, indicateurs-xlsx : la France, chaque région, chaque département (ou le territoire et ses départements)
                  perimetres-geojson, zones-blanches-geojson : contours en WGS84
                  codes : listes de codes data·inclusion (zone_eligibilite)
  --out         le fichier à écrire
  --scenario    l'identifiant du scénario exporté (par défaut celui qui était affiché)
  --territoire  region-CODE ou departement-CODE : seulement les facilitateurs qui y interviennent, ses communes, ses indicateurs
Les CSV sont pour Excel en français (« ; », virgule décimale, BOM UTF-8) ; une cellule de texte qui commence par =, +, -, @ est neutralisée.
Codes de sortie : 0 fichier écrit, 1 fichier projet invalide, 2 mauvais argument ou géométrie absente (npm run geo).`;

/** `region-27`, `departement-21`, `departement-2A`, `france`: the territory, checked against the reference. */
function readTerritory(value: string | undefined, index: TerritoryIndex): TableTerritory {
  if (value === undefined || value.toLowerCase() === "france") return null;
  const match = /^(region|departement)-([0-9AB]{2,3})$/i.exec(value.trim());
  const level = match?.[1]!.toLowerCase() as "region" | "departement" | undefined;
  const code = match?.[2]!.toUpperCase();
  if (!level || !code) throw new UsageError(`territoire « ${value} » illisible : écrivez region-CODE ou departement-CODE (region-27, departement-21)`);
  const known = level === "region" ? index.regionIndex.has(code) : index.departementIndex.has(code);
  if (!known) throw new UsageError(`${level === "region" ? "région" : "département"} ${code} inconnu du référentiel (${index.reference.cog})`);
  return { level, code };
}

async function run(argv: readonly string[]): Promise<number> {
  const { file, values } = readArguments(argv, ["format", "out", "scenario", "territoire"], "fichier projet manquant");
  if (values.format === undefined) throw new UsageError("--format manquant");
  const format = oneOf<ExportFormatId>(values.format, EXPORT_FORMATS, undefined, "format")!;
  if (values.out === undefined) throw new UsageError("--out manquant : le fichier à écrire");
  const out = resolve(values.out);
  if (!existsSync(file)) throw new UsageError(`fichier introuvable : ${file}`);
  const territory = loadTerritory();
  const { index } = territory;
  const parsed = parseProjectFile(readFileSync(file, "utf8"), index);
  if (!parsed.ok) {
    console.error(`${file} : fichier projet invalide, ${parsed.errors.length} erreur(s)`);
    for (const issue of parsed.errors) console.error(`  ${formatIssue(issue)}`);
    return 1;
  }
  const scope = readTerritory(values.territoire, index);
  const scenarioId = values.scenario ?? parsed.activeScenarioId;
  const scenario = parsed.scenarios.find((s) => s.id === scenarioId);
  if (!scenario) throw new UsageError(`scénario inconnu « ${scenarioId} » ; scénarios du fichier : ${parsed.scenarios.map((s) => `${s.id} (${s.nom})`).join(", ")}`);
  const linksOf = (project: Project) => linkProjectToCommunes(index, territory.shapes, project);
  const project = { ...scenario.project, nom: parsed.project.nom };
  const links = linksOf(project);
  const result = computeAll(index, project, { links });
  const made = await makeExport(format, {
    index,
    topology: territory.topology,
    content: { nom: parsed.project.nom, scenarios: parsed.scenarios, activeScenarioId: parsed.activeScenarioId },
    scenarioId,
    project,
    result,
    links,
    linksOf,
    territory: scope,
    exportedOn: new Date().toISOString().slice(0, 10),
  });
  writeFileSync(out, made.bytes);
  const rows = made.rows === undefined ? "" : `, ${made.rows} ligne(s)`;
  console.error(`${format} écrit dans ${out} : projet « ${parsed.project.nom} », scénario « ${scenario.nom} », ${territoryLabel(index, scope)}${rows}`);
  if (format.startsWith("communes") || format.startsWith("indicateurs")) {
    const sentence = withoutGeometrySentence(communesWithoutGeometry(index, project, result, scope));
    if (sentence) console.error(sentence);
  }
  return 0;
}

export const main = defineCli(USAGE, run);

runWhenStarted(import.meta, main);
