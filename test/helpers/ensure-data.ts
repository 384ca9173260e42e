// Global setup of the unit, integration and fuzz projects: builds public/geo, public/web
// and public/demo when missing or stale (scripts/ensure-built.mjs, as `npm start` does),
// once before any test file, so that no two test files build them at the same time.
// Without the sources (../shared) it builds nothing: the tests that need the data then
// fail and say what to build (test/helpers/geo.ts).
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { join } from "node:path";
import { defaultGeoSource, projectRoot } from "../../scripts/lib/geo-inputs.mjs";

export default function setup(): void {
  if (!existsSync(defaultGeoSource)) return;
  const result = spawnSync(process.execPath, [join(projectRoot, "scripts/ensure-built.mjs")], { cwd: projectRoot, stdio: "inherit" });
  if (result.status !== 0) throw new Error("La préparation des données a échoué (scripts/ensure-built.mjs) : voir les messages ci-dessus");
}
