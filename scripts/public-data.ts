// npm run public-data -- <fichier-projet> [--out FICHIER]
// Writes the public edition of a project file (public/demo/projet-public.json by default):
// only the contacts marked public, no ETP, no acheteurs, no grands projets (see
// src/domain/public-project.ts). The public page (public.html) reads that file and no other
// project file. Exit codes: 0 done, 1 invalid project file, 2 wrong arguments or missing geometry.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { toPublicProject } from "../src/domain/public-project.ts";
import { createTerritoryIndex } from "../src/domain/territory-index.ts";
import { REFERENCE_SCHEMA, type ReferenceData } from "../src/domain/territory-reference.ts";
import { formatIssue } from "../src/io/import-result.ts";
import { parseProjectFile, serializeProject } from "../src/io/project-file.ts";
import { defineCli, runWhenStarted } from "./lib/cli.ts";
import { readArguments } from "./lib/cli-args.ts";
import { projectRoot } from "./lib/geo-inputs.mjs";
import { geoDir } from "./lib/load-reference.ts";

const USAGE = `usage : npm run public-data -- <fichier-projet> [--out FICHIER]
  Écrit l'édition publique d'un fichier projet : seulement les contacts publics, sans ETP, acheteurs ni grands projets.
  --out  où l'écrire (par défaut public/demo/projet-public.json, le fichier que lit la page publique)
Codes de sortie : 0 fait, 1 fichier projet invalide, 2 mauvais argument ou géométrie absente (npm run geo).`;

function parseArgs(argv: readonly string[]): { file: string; out: string } {
  const { file, values } = readArguments(argv, ["out"], "fichier projet manquant");
  return { file: resolve(file), out: values.out === undefined ? join(projectRoot, "public/demo/projet-public.json") : resolve(values.out) };
}

function run(argv: readonly string[]): number {
  const options = parseArgs(argv);
  const referencePath = join(geoDir, "reference.json");
  if (!existsSync(referencePath)) {
    console.error(`${referencePath} introuvable : lancez d'abord « npm run geo » (construction de la géométrie)`);
    return 2;
  }
  if (!existsSync(options.file)) {
    console.error(`Fichier introuvable : ${options.file}`);
    return 1;
  }
  const reference = JSON.parse(readFileSync(referencePath, "utf8")) as ReferenceData;
  if (reference.schema !== REFERENCE_SCHEMA) {
    console.error(`reference.json : format ${String(reference.schema)} inattendu (attendu ${REFERENCE_SCHEMA}) ; relancez « npm run geo »`);
    return 2;
  }
  const parsed = parseProjectFile(readFileSync(options.file, "utf8"), createTerritoryIndex(reference));
  if (!parsed.ok) {
    console.error(`Projet invalide (${options.file}) :\n${parsed.errors.map(formatIssue).join("\n")}`);
    return 1;
  }
  const { project } = parsed;
  const published = toPublicProject(project);
  const text = serializeProject(published);
  mkdirSync(dirname(options.out), { recursive: true });
  writeFileSync(options.out, text);
  const contacts = (p: typeof project) => p.facilitateurs.reduce((sum, f) => sum + f.contacts.length, 0);
  const kept = contacts(published);
  console.log(`Édition publique écrite dans ${relative(process.cwd(), options.out) || options.out}`);
  console.log(`${published.facilitateurs.length} facilitateurs et coordinateurs, ${published.structures.length} structures ; ${kept} contacts publics gardés, ${contacts(project) - kept} contacts non publics retirés ; ETP, acheteurs et grands projets retirés`);
  return 0;
}

export const main = defineCli(USAGE, run);

runWhenStarted(import.meta, main);
