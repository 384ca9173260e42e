// npm run bench:links [-- --runs N]
// Times linkProjectToCommunes — acheteurs and grands projets placed on communes, the geometry
// work the app does once the polygons arrive — on the demo project (public/demo/projet-demo.json)
// and the real communes (public/geo): the first whole placement (cold, as in the app), the
// median of N more, then each grand projet's communes and time. Also runs the previous method
// (Turf buffers, scripts/lib/turf-buffer-reference.ts) once per grand projet and prints the
// communes where the two disagree, with their distance. The last line is one JSON object:
// linksMs (the median), firstLinksMs, runs, turfBufferFirstMs, differing, outsideBoundary
// (differences farther than 1 % of the buffer width from its limit), communesPerGrandProjet.
// Figures are printed, never asserted.
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { communesOfGrandProjet } from "../../src/domain/grands-projets.ts";
import type { Project } from "../../src/domain/model.ts";
import { linkProjectToCommunes } from "../../src/domain/spatial-links.ts";
import { parseProjectFile } from "../../src/io/project-file.ts";
import { defineCli, runWhenStarted } from "../lib/cli.ts";
import { readOptions, UsageError } from "../lib/cli-args.ts";
import { projectRoot } from "../lib/geo-inputs.mjs";
import { loadTerritory, type Territory } from "../lib/load-reference.ts";
import { communesOfGrandProjetByTurfBuffer, differencesFromTurfBuffer } from "../lib/turf-buffer-reference.ts";

const USAGE = `usage : npm run bench:links -- [--runs N]
  --runs  nombre de placements chronométrés pour la médiane (5 par défaut), après le premier,
          chronométré à froid et imprimé à part
  Chronomètre le placement des acheteurs et des grands projets sur les communes
  (linkProjectToCommunes) pour public/demo/projet-demo.json. Imprime les communes de chaque
  grand projet, la médiane, puis une ligne JSON. Compare avec l'ancienne méthode
  (tampons Turf) et imprime les communes où elles diffèrent, avec leur distance.
Codes de sortie : 0 fait, 2 mauvais argument, géométrie ou jeu de démonstration absent.`;

const ms = (value: number, digits = 0) => value.toFixed(digits);

function loadDemo(territory: Territory): Project {
  const file = join(projectRoot, "public/demo/projet-demo.json");
  if (!existsSync(file)) throw new UsageError(`${file} introuvable : lancez « npm run demo-data »`);
  const parsed = parseProjectFile(readFileSync(file, "utf8"), territory.index);
  if (!parsed.ok) throw new UsageError(`${file} invalide : relancez « npm run demo-data »`);
  return parsed.project;
}

/** Elapsed time of one call, ms, with its result. */
function timed<T>(call: () => T): [T, number] {
  const start = performance.now();
  const result = call();
  return [result, performance.now() - start];
}

function run(argv: readonly string[]): number {
  const options = readOptions(argv, ["runs"]);
  const runs = options.runs === undefined ? 5 : Number(options.runs);
  if (!Number.isInteger(runs) || runs < 1) throw new UsageError(`--runs : nombre entier positif attendu, trouvé « ${options.runs} »`);
  const [territory, loadMs] = timed(() => loadTerritory());
  const project = loadDemo(territory);
  const { index, shapes } = territory;
  console.log(`public/demo/projet-demo.json : ${project.acheteurs.length} acheteurs, ${project.grandsProjets.length} grands projets, ${index.communeCount} communes (chargement ${ms(loadMs)} ms)`);

  // The app places once per load, cold: the first whole placement is timed before anything
  // else has run (and before the Turf buffers leave their garbage behind).
  const firstMs = timed(() => linkProjectToCommunes(index, shapes, project))[1];
  console.log(`linkProjectToCommunes, premier placement entier (à froid) : ${ms(firstMs)} ms`);
  // Then the median, still before the Turf buffers.
  const times = Array.from({ length: runs }, () => timed(() => linkProjectToCommunes(index, shapes, project))[1]).sort((a, b) => a - b);
  const linksMs = times[Math.floor(runs / 2)]!;
  console.log(`linkProjectToCommunes : ${ms(linksMs)} ms (médiane de ${runs} ; min ${ms(times[0]!)}, max ${ms(times.at(-1)!)})`);

  const counts: Record<string, number> = {};
  let [turfMs, differing, outsideBoundary] = [0, 0, 0];
  for (const projet of project.grandsProjets) {
    const [communes, elapsed] = timed(() => communesOfGrandProjet(index, shapes, projet));
    const [byTurf, elapsedTurf] = timed(() => communesOfGrandProjetByTurfBuffer(index, shapes, projet));
    turfMs += elapsedTurf;
    counts[projet.id] = communes.length;
    const around = projet.geometrie ? `géométrie ${projet.geometrie.type}` : `${projet.communes?.length ?? 0} communes listées`;
    console.log(`  ${projet.id} (${around}, tampon ${projet.tamponKm} km) : ${communes.length} communes en ${ms(elapsed)} ms ; tampon Turf (ancienne méthode) : ${byTurf.length} communes en ${ms(elapsedTurf)} ms`);
    for (const { commune, km, byDistance, atBoundary } of differencesFromTurfBuffer(index, shapes, projet, communes, byTurf)) {
      differing++;
      if (!atBoundary) outsideBoundary++;
      const code = index.communeCodes[commune];
      console.log(`    ${code} à ${km.toFixed(3)} km : ${byDistance ? "par la distance seulement" : "par le tampon Turf seulement"}${atBoundary ? " (à moins de 1 % du tampon de sa limite)" : " — ÉCART HORS TOLÉRANCE"}`);
    }
  }
  console.log(`Écarts avec le tampon Turf : ${differing} communes, dont ${outsideBoundary} hors de la tolérance de 1 % ; tampon Turf, premier passage : ${ms(turfMs)} ms`);

  console.log(JSON.stringify({ linksMs: Math.round(linksMs), firstLinksMs: Math.round(firstMs), runs, turfBufferFirstMs: Math.round(turfMs), differing, outsideBoundary, communesPerGrandProjet: counts }));
  return 0;
}

export const main = defineCli(USAGE, run);

runWhenStarted(import.meta, main);
