// Builds what the app needs and is missing or stale: the geometry (public/geo/), the
// web data (public/web/: vector tiles, first-view reference, names and glyphs), then the demo project
// (public/demo/). Usage: node scripts/ensure-built.mjs
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { defaultGeoSource, demoInputsHash, geoInputsHash, projectRoot, webInputsHash } from "./lib/geo-inputs.mjs";

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
    console.error(`Données sources introuvables : ${defaultGeoSource}\nPlacez le dossier shared/ à côté du projet (voir README, « Données et licences »).`);
    process.exit(1);
  }
  run("Construction de la géométrie (public/geo/)", [tsx, "scripts/geo/build-geo.ts"]);
}

const webStamp = join(projectRoot, "public/web/inputs-hash.txt");
const webHash = webInputsHash();
if (!(existsSync(webStamp) && readFileSync(webStamp, "utf8") === webHash)) {
  run("Tuiles vectorielles, référentiel de première vue, noms de la carte et glyphes (public/web/)", [tsx, "scripts/web/build-web-data.ts"]);
  writeFileSync(webStamp, webHash);
}

const demoStamp = join(projectRoot, "public/demo/inputs-hash.txt");
const demoHash = demoInputsHash();
const demoIsCurrent = existsSync(join(projectRoot, "public/demo/projet-demo.json")) && existsSync(join(projectRoot, "public/demo/projet-public.json")) && existsSync(join(projectRoot, "public/demo/besoins-demo.csv")) && existsSync(demoStamp) && readFileSync(demoStamp, "utf8") === demoHash;
if (!demoIsCurrent) {
  run("Génération du jeu de démonstration fictif (public/demo/)", [tsx, "scripts/demo-data.ts"]);
  writeFileSync(demoStamp, demoHash);
}
