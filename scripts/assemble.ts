// npm run assemble -- A.json B.json … --out national.json [--nom NOM]
// One national project from the regional ones (src/domain/assemble.ts): the first scenario
// (« Situation actuelle ») of each file, merged in the order given. Every conflict — an id
// used twice, a commune in the perimeters of two files, thresholds that differ — is printed
// with what was done about it. Exit codes: 0 written, 1 invalid project file, 2 wrong arguments.
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { basename, resolve } from "node:path";
import { assembleProjects, describeConflict, type AssemblySource } from "../src/domain/assemble.ts";
import { formatIssue } from "../src/io/import-result.ts";
import { parseProjectFile, serializeProject } from "../src/io/project-file.ts";
import { defineCli, runWhenStarted } from "./lib/cli.ts";
import { UsageError } from "./lib/cli-args.ts";
import { loadTerritory } from "./lib/load-reference.ts";

const USAGE = `usage : npm run assemble -- A.json B.json … --out national.json [--nom NOM]
  A.json B.json …  les fichiers projet à assembler (un par région), dans l'ordre : le premier l'emporte
                   (le premier scénario de chacun, « Situation actuelle » en général)
  --out            le fichier projet assemblé à écrire
  --nom            le nom du projet assemblé (par défaut « Assemblage de N projets »)
Les conflits sont listés avec ce qui en a été fait : identifiant en double (gardé une fois s'il est identique,
renommé sinon), commune dans les périmètres de deux fichiers (gardée, comptée en chevauchement),
seuils différents (ceux du premier fichier).
Codes de sortie : 0 fichier écrit, 1 fichier projet invalide, 2 mauvais argument.`;

function readArgs(argv: readonly string[]): { files: string[]; out: string; nom: string | undefined } {
  const files: string[] = [];
  let out: string | undefined;
  let nom: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === "--out" || arg === "--nom") {
      const value = argv[++i];
      if (value === undefined) throw new UsageError(`valeur manquante après ${arg}`);
      if (arg === "--out") out = value;
      else nom = value.trim();
    } else if (arg.startsWith("--")) throw new UsageError(`argument inattendu « ${arg} »`);
    else files.push(arg);
  }
  if (files.length < 2) throw new UsageError("au moins deux fichiers projet à assembler");
  if (out === undefined) throw new UsageError("--out manquant : le fichier assemblé à écrire");
  for (const file of files) if (!existsSync(file)) throw new UsageError(`fichier introuvable : ${file}`);
  return { files, out: resolve(out), nom: nom || undefined };
}

function run(argv: readonly string[]): number {
  const { files, out, nom } = readArgs(argv);
  const { index } = loadTerritory();
  const sources: AssemblySource[] = [];
  let invalid = false;
  for (const file of files) {
    const parsed = parseProjectFile(readFileSync(file, "utf8"), index);
    if (!parsed.ok) {
      invalid = true;
      console.error(`${file} : fichier projet invalide, ${parsed.errors.length} erreur(s)`);
      for (const issue of parsed.errors) console.error(`  ${formatIssue(issue)}`);
      continue;
    }
    sources.push({ label: basename(file), project: parsed.scenarios[0]!.project });
  }
  if (invalid) return 1;
  const assembly = assembleProjects(index, sources, nom ?? `Assemblage de ${sources.length} projets`);
  writeFileSync(out, serializeProject(assembly.project));
  console.error(`Projet « ${assembly.project.nom} » écrit dans ${out} : ${assembly.project.facilitateurs.length} facilitateur(s), ${assembly.project.structures.length} structure(s) de ${sources.length} fichiers`);
  console.error(assembly.conflicts.length === 0 ? "Aucun conflit." : `${assembly.conflicts.length} conflit(s) :`);
  for (const conflict of assembly.conflicts) console.error(`  ${describeConflict(conflict)}`);
  return 0;
}

export const main = defineCli(USAGE, run);

runWhenStarted(import.meta, main);
