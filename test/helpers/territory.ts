// The real territory (public/geo) for tests. Built before the tests by the projects' global
// setup; when it is missing, the tests that need it fail and say what to build: they are
// never skipped, so that a CI without the data cannot pass.
import { existsSync } from "node:fs";
import { join } from "node:path";
import { describe, it } from "vitest";
import { geoDir, loadTerritory, type Territory } from "../../scripts/lib/load-reference.ts";
import { missingBuiltFile } from "./geo.ts";

const REQUIRED = ["reference.json", "france.topo.json"].map((name) => join(geoDir, name));

/** `describe`, whose body needs public/geo: without it, one failing test that says what to build. */
export function describeWithGeo(title: string, body: () => void): void {
  const missing = REQUIRED.find((path) => !existsSync(path));
  describe(title, () => {
    if (missing === undefined) body();
    else
      it("a besoin du territoire réel (public/geo)", () => {
        throw new Error(missingBuiltFile(missing));
      });
  });
}

let territory: Territory | undefined;

/** public/geo loaded once per test file; a French error saying what to build when it is missing. */
export function loadBuiltTerritory(): Territory {
  const missing = REQUIRED.find((path) => !existsSync(path));
  if (missing !== undefined) throw new Error(missingBuiltFile(missing));
  territory ??= loadTerritory();
  return territory;
}
