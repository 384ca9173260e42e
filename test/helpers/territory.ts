// The real territory (public/geo) for tests: built when missing or stale; the tests that
// need it are skipped, saying why, only when neither the built files nor the sources exist.
import { existsSync } from "node:fs";
import { join } from "node:path";
import { describe } from "vitest";
import { defaultGeoSource } from "../../scripts/lib/geo-inputs.mjs";
import { geoDir, loadTerritory, type Territory } from "../../scripts/lib/load-reference.ts";
import { ensureGeoBuilt } from "./geo.ts";

const sourcesPresent = existsSync(defaultGeoSource);
const geoPresent = existsSync(join(geoDir, "reference.json")) && existsSync(join(geoDir, "france.topo.json"));
const unavailable = !sourcesPresent && !geoPresent;
const SKIP_REASON = `ignoré : ni les données sources (${defaultGeoSource}) ni public/geo construit`;

/** `describe`, skipped (with the reason in its title) when the real territory cannot be had. */
export function describeWithGeo(title: string, body: () => void): void {
  if (unavailable) describe.skip(`${title} (${SKIP_REASON})`, body);
  else describe(title, body);
}

let territory: Territory | undefined;

/** public/geo loaded once per test file, built first when the sources are there. */
export function loadBuiltTerritory(): Territory {
  if (!territory) {
    if (sourcesPresent) ensureGeoBuilt();
    territory = loadTerritory();
  }
  return territory;
}
