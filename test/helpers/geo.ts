// Test access to the built data (public/geo, public/demo). The projects' global setup
// (test/helpers/ensure-data.ts) builds what is missing or stale before any test runs; a
// file still missing fails the test that needs it, saying in French what to build.
import { existsSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { defaultGeoSource, projectRoot } from "../../scripts/lib/geo-inputs.mjs";

export const geoDir = join(projectRoot, "public/geo");
export const tsxCli = join(projectRoot, "node_modules/tsx/dist/cli.mjs");

/** What to run to get each built folder, and what that needs. */
const BUILD_COMMANDS: Record<string, string> = {
  "public/geo": "« npm run geo »",
  "public/web": "« npm run web-data » (après « npm run geo »)",
  "public/demo": "« npm run demo-data » (après « npm run geo »)",
};

/** The French message for a built file that is missing: which command builds it, and from what. */
export function missingBuiltFile(path: string): string {
  const file = relative(projectRoot, path);
  const command = Object.entries(BUILD_COMMANDS).find(([dir]) => file.startsWith(`${dir}/`))?.[1] ?? "« node scripts/ensure-built.mjs »";
  return `${file} introuvable : lancez ${command}, ou « node scripts/ensure-built.mjs » qui construit public/geo, public/web et public/demo depuis les données sources (${defaultGeoSource}, le dossier shared/ placé à côté du projet)`;
}

/** The text of a file of public/ (path from the project root), or a French error saying what to build. */
export function readBuiltFile(path: string): string {
  const absolute = join(projectRoot, path);
  if (!existsSync(absolute)) throw new Error(missingBuiltFile(absolute));
  return readFileSync(absolute, "utf8");
}

export function readGeoJson<T>(name: string): T {
  return JSON.parse(readBuiltFile(`public/geo/${name}`)) as T;
}

/** The geometry's sources (../shared/data/admin-express-cog2018), or a French error saying where to put them. */
export function requireGeoSource(): string {
  if (!existsSync(defaultGeoSource)) throw new Error(`données sources introuvables : ${defaultGeoSource} ; placez le dossier shared/ à côté du projet (voir README, « Données »)`);
  return defaultGeoSource;
}
