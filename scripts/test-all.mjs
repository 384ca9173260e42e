// npm test: typecheck, lint, the data the tests read, then the Vitest projects by cost —
// unit, integration, fuzz, browser — in that order, each run even if an earlier one
// failed, each followed by its count and duration; then one closing line `N passed, N failed`.
// The checks and the data need nothing of each other: they run two at a time (the data on
// one core, typecheck then lint on the other), each step's output shown once it ends.
import { spawn, spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, rmSync } from "node:fs";
import { join } from "node:path";
import { projectRoot } from "./lib/geo-inputs.mjs";

const bin = (path) => join(projectRoot, "node_modules", path);
const output = join(projectRoot, "test/output");
mkdirSync(output, { recursive: true });

const seconds = (ms) => `${(ms / 1000).toLocaleString("fr-FR", { minimumFractionDigits: 1, maximumFractionDigits: 1 })} s`;

/** Runs node with `args` in the project, output shown as it comes: its exit status and duration (ms). */
function runNode(label, args) {
  console.log(`\n=== ${label} ===`);
  const started = performance.now();
  const result = spawnSync(process.execPath, args, { cwd: projectRoot, stdio: "inherit" });
  return { status: result.status, ms: performance.now() - started };
}

/** Runs node with `args` in the project, its output kept: its exit status, duration (ms) and output. */
function runNodeQuietly(args) {
  return new Promise((resolve) => {
    const started = performance.now();
    const child = spawn(process.execPath, args, { cwd: projectRoot, stdio: ["ignore", "pipe", "pipe"] });
    let output = "";
    child.stdout.on("data", (chunk) => (output += chunk));
    child.stderr.on("data", (chunk) => (output += chunk));
    child.on("error", (error) => (output += `${error.message}\n`));
    child.on("close", (status) => resolve({ status, ms: performance.now() - started, output }));
  });
}

/** A step whose success counts as one check; its output is shown once it ends. */
async function check(label, args) {
  const { status, ms, output } = await runNodeQuietly(args);
  const ok = status === 0;
  const step = { label, passed: ok ? 1 : 0, failed: ok ? 0 : 1, ms, text: ok ? "OK" : "ÉCHEC" };
  console.log(`\n=== ${label} ===`);
  if (output) process.stdout.write(output.endsWith("\n") ? output : `${output}\n`);
  console.log(`${label} : ${step.text} en ${seconds(ms)}`);
  return step;
}

/** Runs `checks` (each `[label, args]`) one after the other. */
async function inTurn(checks) {
  const steps = [];
  for (const [label, args] of checks) steps.push(await check(label, args));
  return steps;
}

/** A Vitest project, counted test by test from its JSON report. */
function vitest(label, project) {
  const report = join(output, `vitest-${project}.json`);
  rmSync(report, { force: true });
  const { status, ms } = runNode(label, [bin("vitest/vitest.mjs"), "run", "--project", project, "--reporter=default", "--reporter=json", `--outputFile.json=${report}`]);
  let passed = 0;
  let failed = 1;
  if (existsSync(report)) {
    const json = JSON.parse(readFileSync(report, "utf8"));
    passed = json.numPassedTests;
    // A suite that failed to load, or an error outside any test, is a failure too.
    failed = status !== 0 && json.numFailedTests === 0 ? 1 : json.numFailedTests;
  }
  const step = { label, passed, failed, ms, text: `${passed} réussi(s), ${failed} en échec` };
  console.log(`${label} : ${step.text} en ${seconds(ms)}`);
  return step;
}

const started = performance.now();
const [checks, data] = await Promise.all([
  inTurn([
    ["Typecheck (tsc)", [bin("typescript/bin/tsc"), "--noEmit", "-p", "tsconfig.json"]],
    ["Typecheck du domaine sans DOM ni Node (tsc)", [bin("typescript/bin/tsc"), "--noEmit", "-p", "tsconfig.domain.json"]],
    ["Lint (eslint)", [bin("eslint/bin/eslint.js"), "--max-warnings", "0", "--config", "scripts/lint/eslint.config.js", "."]],
  ]),
  // Built once here, so that no test project pays for it (nor two build it at once).
  inTurn([["Données (public/geo, public/web, public/demo)", ["scripts/ensure-built.mjs"]]]),
]);

const steps = [
  ...checks,
  ...data,
  vitest("Tests unitaires", "unit"),
  vitest("Tests d'intégration (outils en ligne de commande, géométrie)", "integration"),
  vitest("Fuzz des lecteurs de fichiers", "fuzz"),
  vitest("Tests dans le navigateur", "e2e"),
];

console.log("\n=== Bilan ===");
for (const step of steps) console.log(`${step.label} : ${step.text} en ${seconds(step.ms)}`);
console.log(`Durée totale : ${seconds(performance.now() - started)}`);
const passed = steps.reduce((sum, step) => sum + step.passed, 0);
const failed = steps.reduce((sum, step) => sum + step.failed, 0);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed > 0 ? 1 : 0);
