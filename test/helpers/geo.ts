// Test access to public/geo: builds it when missing or stale, then reads it.
import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { projectRoot } from "../../scripts/lib/geo-inputs.mjs";

export const geoDir = join(projectRoot, "public/geo");
export const tsxCli = join(projectRoot, "node_modules/tsx/dist/cli.mjs");

let ensured = false;

/** Runs scripts/ensure-built.mjs once per test process. */
export function ensureGeoBuilt(): void {
  if (ensured) return;
  const result = spawnSync(process.execPath, [join(projectRoot, "scripts/ensure-built.mjs")], { cwd: projectRoot, encoding: "utf8" });
  if (result.status !== 0) throw new Error(`ensure-built a échoué :\n${result.stdout}\n${result.stderr}`);
  ensured = true;
}

export function readGeoJson<T>(name: string): T {
  ensureGeoBuilt();
  return JSON.parse(readFileSync(join(geoDir, name), "utf8")) as T;
}
