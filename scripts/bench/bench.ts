// npm run bench
// Times the coverage engine on the demo dataset for all of France: the full recompute, the
// zones-blanches outline by topological merge, and, on the same communes in the same run, a
// plain turf.union (capped in time, extrapolated when capped). The last line is one JSON
// object: {"recomputeMs":…,"outlineMs":…,"naiveTurfOutlineMs":…,"outlineSpeedup":…}.
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { featureCollection, union } from "@turf/turf";
import type { Feature, MultiPolygon, Polygon } from "geojson";
import { feature } from "topojson-client";
import { createOutlineSource, outlineByStatus, outlinePerimeter } from "../../src/domain/outlines.ts";
import type { Project } from "../../src/domain/model.ts";
import { computeAll } from "../../src/domain/recompute.ts";
import { linkProjectToCommunes } from "../../src/domain/spatial-links.ts";
import { COMMUNE_STATUS } from "../../src/domain/zones-blanches.ts";
import { parseProjectFile } from "../../src/io/project-file.ts";
import { generateDemoProject } from "../demo/generate.ts";
import { defineCli, runWhenStarted } from "../lib/cli.ts";
import { readOptions } from "../lib/cli-args.ts";
import { projectRoot } from "../lib/geo-inputs.mjs";
import { loadTerritory, type Territory } from "../lib/load-reference.ts";

/** Time budget of the naive union, ms. */
const NAIVE_CAP_MS = 20_000;

const USAGE = `usage : npm run bench
  Chronomètre le moteur de couverture sur le jeu de démonstration (public/demo/projet-demo.json,
  ou généré en mémoire s'il manque) et, sur les mêmes communes, un turf.union naïf (plafonné à ${NAIVE_CAP_MS / 1000} s).
  Imprime les chiffres, puis une ligne JSON. Sans option.
Codes de sortie : 0 fait, 2 mauvais argument ou géométrie absente (npm run geo).`;

const ZONE_BLANCHE_STATUSES = [COMMUNE_STATUS.sansFacilitateur, COMMUNE_STATUS.extensionSeulement, COMMUNE_STATUS.capaciteInsuffisante];

const ms = (value: number, digits = 1) => value.toFixed(digits);

/** Median time of `runs` calls after `warmup` untimed ones, ms. */
function medianTime(run: () => unknown, runs: number, warmup = 3): number {
  for (let i = 0; i < warmup; i++) run();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    run();
    times.push(performance.now() - start);
  }
  return times.sort((a, b) => a - b)[Math.floor(runs / 2)]!;
}

function loadDemo(territory: Territory): { project: Project; source: string } {
  const file = join(projectRoot, "public/demo/projet-demo.json");
  if (!existsSync(file)) return { project: generateDemoProject(territory.reference, territory.topology), source: "généré en mémoire (public/demo absent)" };
  const parsed = parseProjectFile(readFileSync(file, "utf8"), territory.index);
  if (!parsed.ok) throw new Error(`${file} invalide : relancez « npm run demo-data »`);
  return { project: parsed.project, source: "public/demo/projet-demo.json" };
}

interface NaiveTiming {
  /** Time for all the features, measured or extrapolated, ms. */
  ms: number;
  capped: boolean;
  /** Prefixes timed: [features, ms]. */
  trials: [number, number][];
}

/**
 * turf.union of growing prefixes of `features` (doubling, after an untimed warm-up) until
 * all are done or the time budget is spent. When capped, the time for all is extrapolated
 * from the last two trials as t = a·n^b (b kept between 1 and 2), or linearly from a
 * single trial.
 */
function naiveUnion(features: Feature<Polygon | MultiPolygon>[]): NaiveTiming {
  union(featureCollection(features.slice(0, Math.min(64, features.length))));
  const trials: [number, number][] = [];
  let size = Math.min(256, features.length);
  let spent = 0;
  for (;;) {
    const start = performance.now();
    union(featureCollection(features.slice(0, size)));
    const elapsed = performance.now() - start;
    spent += elapsed;
    trials.push([size, elapsed]);
    if (size === features.length) return { ms: elapsed, capped: false, trials };
    const next = Math.min(size * 2, features.length);
    if (spent + (elapsed * next) / size > NAIVE_CAP_MS) break;
    size = next;
  }
  const [n2, t2] = trials.at(-1)!;
  const [n1, t1] = trials.at(-2) ?? [0, 0];
  const exponent = n1 > 0 && t1 > 0 ? Math.min(2, Math.max(1, Math.log(t2 / t1) / Math.log(n2 / n1))) : 1;
  return { ms: t2 * (features.length / n2) ** exponent, capped: true, trials };
}

function run(argv: readonly string[]): number {
  readOptions(argv, []);
  const loadStart = performance.now();
  const territory = loadTerritory();
  const { project, source } = loadDemo(territory);
  const { index, topology } = territory;
  console.log(`Jeu de démonstration : ${source} ; ${project.facilitateurs.length} périmètres, ${index.communeCount} communes (chargement ${ms(performance.now() - loadStart, 0)} ms)`);

  const linkStart = performance.now();
  const links = linkProjectToCommunes(index, territory.shapes, project);
  console.log(`Placement des acheteurs et des grands projets (une fois par chargement) : ${ms(performance.now() - linkStart, 0)} ms`);

  const recomputeMs = medianTime(() => computeAll(index, project, { links }), 31);
  const result = computeAll(index, project, { links });
  console.log(`Recalcul complet (périmètres, couverture, chevauchements, trois types de zones blanches, indicateurs) : ${ms(recomputeMs, 2)} ms (médiane de 31)`);

  const sourceStart = performance.now();
  const outlines = createOutlineSource(index, topology);
  console.log(`Préparation des contours (une fois) : ${ms(performance.now() - sourceStart)} ms`);
  const zoneBlanche = [...result.status.keys()].filter((c) => result.status[c] !== COMMUNE_STATUS.couverte);
  const outlineMs = medianTime(() => outlineByStatus(outlines, result.status, ZONE_BLANCHE_STATUSES), 7, 2);
  console.log(`Contour des zones blanches (${zoneBlanche.length} communes, fusion topologique) : ${ms(outlineMs)} ms (médiane de 7)`);
  const perimetersMs = medianTime(() => project.facilitateurs.forEach((_, f) => outlinePerimeter(outlines, result.perimeters, f)), 3, 1);
  console.log(`Contours des ${project.facilitateurs.length} périmètres, un par un : ${ms(perimetersMs)} ms`);

  const features = zoneBlanche.flatMap((c) => {
    const geometry = outlines.geometries[c];
    return geometry ? [feature(topology, geometry) as Feature<Polygon | MultiPolygon>] : [];
  });
  const naive = naiveUnion(features);
  const trials = naive.trials.map(([n, t]) => `${n} communes en ${ms(t, 0)} ms`).join(", ");
  console.log(
    naive.capped
      ? `turf.union des mêmes communes : plafonné à ${ms(NAIVE_CAP_MS / 1000)} s (${trials}) ; EXTRAPOLÉ à ${features.length} communes : ${ms(naive.ms, 0)} ms`
      : `turf.union des mêmes ${features.length} communes : ${ms(naive.ms, 0)} ms (essais : ${trials})`,
  );
  const speedup = naive.ms / outlineMs;
  console.log(`Rapport turf.union / fusion topologique : ${ms(speedup, 0)}×${naive.capped ? " (extrapolé)" : ""}`);
  console.log(JSON.stringify({ recomputeMs: Number(ms(recomputeMs, 2)), outlineMs: Number(ms(outlineMs)), naiveTurfOutlineMs: Math.round(naive.ms), outlineSpeedup: Math.round(speedup) }));
  return 0;
}

export const main = defineCli(USAGE, run);

runWhenStarted(import.meta, main);
