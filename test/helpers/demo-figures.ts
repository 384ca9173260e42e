// The demo project's figures as the coverage engine computes them in Node, to compare with
// what the browser shows (never typed by hand).
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { projectRoot } from "../../scripts/lib/geo-inputs.mjs";
import { loadTerritory } from "../../scripts/lib/load-reference.ts";
import { computeAll, type ComputeResult } from "../../src/domain/recompute.ts";
import { linkProjectToCommunes } from "../../src/domain/spatial-links.ts";
import type { Project } from "../../src/domain/model.ts";
import type { TerritoryIndex } from "../../src/domain/territory-index.ts";
import { parseProjectFile } from "../../src/io/project-file.ts";

export interface DemoFigures {
  index: TerritoryIndex;
  project: Project;
  result: ComputeResult;
}

/** Reads public/demo/projet-demo.json (built by the e2e global setup) and computes everything. */
export function computeDemoFigures(): DemoFigures {
  const territory = loadTerritory();
  const parsed = parseProjectFile(readFileSync(join(projectRoot, "public/demo/projet-demo.json"), "utf8"), territory.index);
  if (!parsed.ok) throw new Error("Le projet de démonstration est invalide");
  const links = linkProjectToCommunes(territory.index, territory.shapes, parsed.project);
  return { index: territory.index, project: parsed.project, result: computeAll(territory.index, parsed.project, { links }) };
}
