// npm test: typecheck, lint, unit tests, browser tests — in that order, each run even if an
// earlier one failed — then one closing line `N passed, N failed`.
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, rmSync } from "node:fs";
import { join } from "node:path";
import { projectRoot } from "./lib/geo-inputs.mjs";

const bin = (path) => join(projectRoot, "node_modules", path);
const output = join(projectRoot, "test/output");
mkdirSync(output, { recursive: true });

/** A step whose success counts as one check. */
function check(label, args) {
  console.log(`\n=== ${label} ===`);
  const result = spawnSync(process.execPath, args, { cwd: projectRoot, stdio: "inherit" });
  const ok = result.status === 0;
  console.log(ok ? `${label} : OK` : `${label} : ÉCHEC`);
  return { label, passed: ok ? 1 : 0, failed: ok ? 0 : 1 };
}

/** A vitest project, counted test by test from its JSON report. */
function vitest(label, project) {
  console.log(`\n=== ${label} ===`);
  const report = join(output, `vitest-${project}.json`);
  rmSync(report, { force: true });
  const result = spawnSync(
    process.execPath,
    [bin("vitest/vitest.mjs"), "run", "--project", project, "--reporter=default", "--reporter=json", `--outputFile.json=${report}`],
    { cwd: projectRoot, stdio: "inherit" },
  );
  if (!existsSync(report)) return { label, passed: 0, failed: 1 };
  const json = JSON.parse(readFileSync(report, "utf8"));
  let failed = json.numFailedTests;
  // A suite that failed to load, or an error outside any test, is a failure too.
  if (result.status !== 0 && failed === 0) failed = 1;
  return { label, passed: json.numPassedTests, failed };
}

const steps = [
  check("Typecheck (tsc)", [bin("typescript/bin/tsc"), "--noEmit", "-p", "tsconfig.json"]),
  check("Lint (eslint)", [bin("eslint/bin/eslint.js"), "--max-warnings", "0", "--config", "scripts/lint/eslint.config.js", "."]),
  vitest("Tests unitaires", "unit"),
  vitest("Tests dans le navigateur", "e2e"),
];

console.log("\n=== Bilan ===");
for (const step of steps) console.log(`${step.label} : ${step.passed} réussi(s), ${step.failed} en échec`);
const passed = steps.reduce((sum, step) => sum + step.passed, 0);
const failed = steps.reduce((sum, step) => sum + step.failed, 0);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed > 0 ? 1 : 0);
