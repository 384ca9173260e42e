// Fingerprints of what the data builds read, so `npm start` rebuilds public/geo and the demo
// project when (and only when) their inputs change.
import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

export const projectRoot = resolve(dirname(fileURLToPath(import.meta.url)), "../..");
export const defaultGeoSource = resolve(projectRoot, "../shared/data/admin-express-cog2018");

const tsFilesOf = (dir) => readdirSync(join(projectRoot, dir)).filter((name) => name.endsWith(".ts")).sort().map((name) => join(dir, name));

function hashFiles(files, extra) {
  const hash = createHash("sha256");
  for (const file of files) hash.update(file).update(readFileSync(join(projectRoot, file)));
  for (const value of extra) hash.update(value);
  return hash.digest("hex").slice(0, 16);
}

/** The geometry build: its code, the domain modules it imports, the pinned COG, the source's checksums. */
export function geoInputsHash(sourceDir = defaultGeoSource) {
  const require = createRequire(import.meta.url);
  const sums = join(sourceDir, "SHA256SUMS");
  return hashFiles(
    [...tsFilesOf("scripts/geo"), ...["cog-migration.ts", "ellipsoid-area.ts", "territory-reference.ts"].map((name) => `src/domain/${name}`)],
    [readFileSync(require.resolve("@etalab/decoupage-administratif/package.json")), existsSync(sums) ? readFileSync(sums) : sourceDir],
  );
}

/** The demo project and its needs file: their generators, the domain and the file writers, and the geometry they start from. */
export function demoInputsHash() {
  return hashFiles(
    ["scripts/demo-data.ts", "scripts/lib/load-reference.ts", "scripts/lib/write-decp-demo.ts", ...tsFilesOf("scripts/demo"), ...tsFilesOf("src/domain"), ...tsFilesOf("src/domain/needs"), ...tsFilesOf("src/io")],
    [geoInputsHash()],
  );
}

/** The first-view data (vector tiles, first-view reference, names, glyphs): its build and what the map reads of it, the fonts, and the geometry. */
export function webInputsHash() {
  const fonts = ["Marianne-Regular.woff", "Marianne-Bold.woff"].map((name) => `node_modules/@codegouvfr/react-dsfr/dsfr/fonts/${name}`);
  return hashFiles([...tsFilesOf("scripts/web"), "src/map/tile-layout.ts", "src/map/insets.ts", "src/domain/first-view-reference.ts", "src/domain/reference-complement.ts", "src/domain/packed-integers.ts", ...fonts], [geoInputsHash()]);
}
