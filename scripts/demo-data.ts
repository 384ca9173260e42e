// npm run demo-data [-- --out FILE]
// Writes the fictional demo project (public/demo/projet-demo.json by default), the same
// bytes on every run, and prints its figures; writes its public edition (projet-public.json,
// see src/domain/public-project.ts) and its fictional needs (besoins-demo.csv, a consolidated
// DECP table: scripts/demo/decp-demo.ts) next to it.
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { computeAll, type ComputeResult } from "../src/domain/recompute.ts";
import type { Project } from "../src/domain/model.ts";
import { toPublicProject } from "../src/domain/public-project.ts";
import { linkProjectToCommunes } from "../src/domain/spatial-links.ts";
import type { TerritoryIndex } from "../src/domain/territory-index.ts";
import { COMMUNE_STATUS } from "../src/domain/zones-blanches.ts";
import { serializeProject } from "../src/io/project-file.ts";
import { DEMO_TARGETS, generateDemoProject } from "./demo/generate.ts";
import { defineCli, runWhenStarted } from "./lib/cli.ts";
import { readOptions } from "./lib/cli-args.ts";
import { projectRoot } from "./lib/geo-inputs.mjs";
import { loadTerritory } from "./lib/load-reference.ts";
import { writeDecpDemo } from "./lib/write-decp-demo.ts";

/** The demo's needs: a fictional consolidated DECP table, small enough to load on first open. */
export const DEMO_NEEDS_FILE = "besoins-demo.csv";
const DEMO_NEEDS = { rows: 15_000, seed: "demo/besoins", au: "2025-10-31" } as const;

const USAGE = `usage : npm run demo-data -- [--out FICHIER]
  --out  où écrire le projet de démonstration fictif (par défaut public/demo/projet-demo.json) ;
         son édition publique (projet-public.json) et ses besoins fictifs (${DEMO_NEEDS_FILE},
         tableau consolidé DECP) sont écrits dans le même dossier
Codes de sortie : 0 fait, 2 mauvais argument ou géométrie absente (npm run geo).`;

const number = (value: number, digits = 0) => value.toLocaleString("fr-FR", { minimumFractionDigits: digits, maximumFractionDigits: digits });
const percent = (part: number, whole: number) => `${number((100 * part) / whole, 1)} %`;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

/** The demo's figures, in French, one line each. */
function describeDemo(index: TerritoryIndex, project: Project, result: ComputeResult): string[] {
  const { national, regions } = result.indicators;
  const pinned = regions.find((region) => region.code === DEMO_TARGETS.pinned.region)!;
  const coordinateurs = project.facilitateurs.filter((f) => f.role === "coordinateur-regional").length;
  const densityWhere = (wanted: number) => median([...result.status.keys()].filter((c) => wanted < 0 || result.status[c] === wanted).map((c) => index.population[c]! / Math.max(index.areaKm2[c]!, 0.01)));
  const zones = national.zonesBlanches;
  const regionNom = new Map(index.reference.regions.map((region) => [region.code, region.nom]));
  return [
    `Facilitateurs : ${national.facilitateurs} (dont ${national.vacantPosts} postes vacants), ${number(national.etp, 1)} ETP en poste ; ${national.structures} structures ; ${coordinateurs} coordinateurs régionaux`,
    `${pinned.nom} : ${pinned.facilitateurs} facilitateurs, ${number(pinned.etp, 1)} ETP`,
    `Communes : ${number(national.total.communes)} ; sans facilitateur ${number(zones.sansFacilitateur.communes)} (${percent(zones.sansFacilitateur.communes, national.total.communes)}), extension seulement ${number(zones.extensionSeulement.communes)} (${percent(zones.extensionSeulement.communes, national.total.communes)}), capacité insuffisante ${number(zones.capaciteInsuffisante.communes)} (${percent(zones.capaciteInsuffisante.communes, national.total.communes)})`,
    `Densité médiane (hab./km²) : communes sans facilitateur ${number(densityWhere(COMMUNE_STATUS.sansFacilitateur), 1)}, toutes communes ${number(densityWhere(-1), 1)}`,
    `Population couverte : ${percent(national.covered.population, national.total.population)} ; ${number(national.etpPer100k ?? 0, 2)} ETP pour 100 000 habitants`,
    `Chevauchements : ${number(national.overlap.communes)} communes, ${number(result.overlaps.pairs.length)} paires de facilitateurs`,
    `Régions sans coordinateur : ${result.regionsSansCoordinateur.map((code) => regionNom.get(code)).join(", ")}`,
    `Acheteurs de l'État : ${national.acheteurs}, dont ${national.acheteursInZonesBlanches} en zone blanche`,
    ...result.grandsProjets.map((g) => `Grand projet « ${g.nom} » : ${g.communes} communes, ${percent(g.coveredPopulation, g.population)} de la population couverte, ${g.facilitateurs.length} facilitateurs`),
  ];
}

function parseArgs(argv: readonly string[]): string {
  const { out } = readOptions(argv, ["out"]);
  return out === undefined ? join(projectRoot, "public/demo/projet-demo.json") : resolve(out);
}

function run(argv: readonly string[]): number {
  const out = parseArgs(argv);
  const territory = loadTerritory();
  const project = generateDemoProject(territory.reference, territory.topology);
  const text = serializeProject(project);
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, text);
  // The public page's edition (public.html): public contacts only, next to the full file.
  writeFileSync(join(dirname(out), "projet-public.json"), serializeProject(toPublicProject(project)));
  const needs = writeDecpDemo(join(dirname(out), DEMO_NEEDS_FILE), territory.reference, DEMO_NEEDS);
  const result = computeAll(territory.index, project, { links: linkProjectToCommunes(territory.index, territory.shapes, project) });
  console.log(`Jeu de démonstration fictif écrit dans ${relative(process.cwd(), out) || out} (${number(Buffer.byteLength(text))} octets)`);
  for (const line of describeDemo(territory.index, project, result)) console.log(line);
  console.log(`Besoins fictifs (${DEMO_NEEDS_FILE}, tableau DECP) : ${number(needs.rows)} lignes, ${number(needs.contracts)} marchés, ${number(needs.anomalies)} anomalies`);
  return 0;
}

export const main = defineCli(USAGE, run);

runWhenStarted(import.meta, main);
