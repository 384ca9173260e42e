// Builds what the app needs and is missing or stale: the geometry (public/geo/).
// Usage: node scripts/ensure-built.mjs
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { defaultGeoSource, geoInputsHash, projectRoot } from "./lib/geo-inputs.mjs";

const tsx = join(projectRoot, "node_modules/tsx/dist/cli.mjs");

function run(label, args) {
  console.log(`→ ${label}`);
  const result = spawnSync(process.execPath, args, { cwd: projectRoot, stdio: "inherit" });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

function geoIsCurrent() {
  const geo = join(projectRoot, "public/geo");
  const files = ["france.topo.json", "france-precise.topo.json", "reference.json", "build-report.json"];
  if (!files.every((name) => existsSync(join(geo, name)))) return false;
  try {
    return JSON.parse(readFileSync(join(geo, "build-report.json"), "utf8")).inputsHash === geoInputsHash();
  } catch {
    return false;
  }
}

if (!geoIsCurrent()) {
  if (!existsSync(defaultGeoSource)) {
    console.error(`Données sources introuvables : ${defaultGeoSource}\nPlacez le dossier shared/ à côté du projet (voir README, « Données »).`);
    process.exit(1);
  }
  run("Construction de la géométrie (public/geo/)", [tsx, "scripts/geo/build-geo.ts"]);
}
