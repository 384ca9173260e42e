// The one test that starts a tool as `npm run` does, in a process of its own (tsx): the
// others call main(argv) in-process. It checks what only a real process shows: the file
// runs its main when started, the exit code reaches the shell, and a long output is
// written whole before the process ends (the report by département is larger than a pipe's buffer).
import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { expect, it } from "vitest";
import { projectRoot } from "../../scripts/lib/geo-inputs.mjs";
import type { Report } from "../../src/io/report.ts";
import { readBuiltFile, tsxCli } from "../helpers/geo.ts";

it("npm run report, lancé par tsx : le rapport par département entier sur la sortie standard, code 0", () => {
  readBuiltFile("public/demo/projet-demo.json"); // when missing: a French error saying what to build
  const result = spawnSync(process.execPath, [tsxCli, "scripts/report.ts", join(projectRoot, "public/demo/projet-demo.json"), "--level", "departement"], { cwd: projectRoot, encoding: "utf8" });
  expect(result.stderr).toBe("");
  expect(result.status).toBe(0);
  const report = JSON.parse(result.stdout) as Report;
  expect(report.niveau).toBe("departement");
  expect(report.territoires).toHaveLength(101);
});
