// Fingerprint of everything the geometry build reads: its own code, the pinned COG package
// and the source files' checksums. `npm start` rebuilds public/geo when it changes.
import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

export const projectRoot = resolve(dirname(fileURLToPath(import.meta.url)), "../..");
export const defaultGeoSource = resolve(projectRoot, "../shared/data/admin-express-cog2018");

export function geoInputsHash(sourceDir = defaultGeoSource) {
  const hash = createHash("sha256");
  const geoDir = join(projectRoot, "scripts/geo");
  const code = [
    ...readdirSync(geoDir).filter((name) => name.endsWith(".ts")).sort().map((name) => join(geoDir, name)),
    // The domain modules the build imports.
    ...["cog-migration.ts", "ellipsoid-area.ts", "territory-reference.ts"].map((name) => join(projectRoot, "src/domain", name)),
  ];
  for (const file of code) hash.update(file.slice(projectRoot.length)).update(readFileSync(file));
  const require = createRequire(import.meta.url);
  hash.update(readFileSync(require.resolve("@etalab/decoupage-administratif/package.json")));
  const sums = join(sourceDir, "SHA256SUMS");
  hash.update(existsSync(sums) ? readFileSync(sums) : sourceDir);
  return hash.digest("hex").slice(0, 16);
}
