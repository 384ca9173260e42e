// Every command-line tool that package.json runs with tsx has the one shape of
// scripts/lib/cli.ts: `--help` and `-h` print its usage and exit 0, an unknown argument
// exits 2 with the French message and the usage, and the file runs its main when node
// starts it. The tools are taken from package.json, so that a new one is checked too.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { CliMain } from "../../scripts/lib/cli.ts";
import { projectRoot } from "../../scripts/lib/geo-inputs.mjs";
import { runCli } from "../helpers/cli.ts";

/** Converted to this shape on another branch at the same time: checked here once merged. */
const CONVERTED_ELSEWHERE: string[] = [];

const scripts = (JSON.parse(readFileSync(join(projectRoot, "package.json"), "utf8")) as { scripts: Record<string, string> }).scripts;
const tools = Object.entries(scripts)
  .flatMap(([name, command]) => [...command.matchAll(/\btsx (scripts\/\S+\.ts)\b/g)].map((match) => ({ name, path: match[1]! })))
  .filter((tool) => !CONVERTED_ELSEWHERE.includes(tool.path));

const mainOf = async (path: string) => ((await import(join(projectRoot, path))) as { main: CliMain }).main;
const escaped = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

it("trouve les outils en ligne de commande dans package.json", () => {
  expect(tools.map((tool) => tool.name).sort()).toEqual(["assemble", "bench", "bench:besoins", "bench:browser", "bench:links", "besoins", "check", "demo-data", "export", "geo", "public-data", "report", "web-data"]);
});

describe.each(tools)("npm run $name ($path)", ({ name, path }) => {
  it("imprime son usage pour --help et -h, et rend 0", async () => {
    const main = await mainOf(path);
    for (const flag of ["--help", "-h"]) {
      const result = await runCli(main, [flag]);
      expect(result.status).toBe(0);
      expect(result.stdout).toMatch(new RegExp(`^usage : npm run ${escaped(name)}\\b`));
      expect(result.stderr).toBe("");
    }
  });

  it("refuse un argument inconnu avec le code 2, le message en français et l'usage", async () => {
    const result = await runCli(await mainOf(path), ["--inconnu", "x"]);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain("Erreur : argument inattendu « --inconnu »");
    expect(result.stderr).toContain(`usage : npm run ${name}`);
    expect(result.stdout).toBe("");
  });

  it("lance son main quand node démarre le fichier", () => {
    expect(readFileSync(join(projectRoot, path), "utf8").trimEnd().endsWith("runWhenStarted(import.meta, main);")).toBe(true);
  });
});
