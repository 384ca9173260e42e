// The data tools called in-process on the real territory: each writes, into a folder of
// its own, the same bytes as the files the app serves (public/demo, public/web), and says
// in French what is wrong with a bad input.
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { main as demoData } from "../../scripts/demo-data.ts";
import { projectRoot } from "../../scripts/lib/geo-inputs.mjs";
import { main as publicData } from "../../scripts/public-data.ts";
import { main as webData } from "../../scripts/web/build-web-data.ts";
import { runCli } from "../helpers/cli.ts";
import { readBuiltFile } from "../helpers/geo.ts";
import { describeWithGeo } from "../helpers/territory.ts";

/** Every file under `dir`, by its path from `dir`. */
function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)))
    .sort();
}

describeWithGeo("outils de données sur le territoire réel", () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), "carto-outils-"));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  describe("npm run demo-data", () => {
    it("écrit le projet de démonstration et son édition publique, octet pour octet ceux de public/demo", async () => {
      const out = join(dir, "demo", "projet-demo.json");
      const result = await runCli(demoData, ["--out", out]);
      expect(result.stderr).toBe("");
      expect(result.status).toBe(0);
      expect(result.stdout).toContain("Facilitateurs : 575");
      expect(readFileSync(out, "utf8")).toBe(readBuiltFile("public/demo/projet-demo.json"));
      expect(readFileSync(join(dir, "demo", "projet-public.json"), "utf8")).toBe(readBuiltFile("public/demo/projet-public.json"));
    });
  });

  describe("npm run public-data", () => {
    it("écrit l'édition publique du projet de démonstration, octet pour octet celle de public/demo", async () => {
      const out = join(dir, "public", "projet-public.json");
      readBuiltFile("public/demo/projet-demo.json"); // when missing: a French error saying what to build
      const result = await runCli(publicData, [join(projectRoot, "public/demo/projet-demo.json"), "--out", out]);
      expect(result.stderr).toBe("");
      expect(result.status).toBe(0);
      expect(result.stdout).toMatch(/contacts publics gardés, \d+ contacts non publics retirés/);
      expect(readFileSync(out, "utf8")).toBe(readBuiltFile("public/demo/projet-public.json"));
    });

    it("refuse un projet invalide (code 1) en situant ses erreurs, et un fichier absent", async () => {
      const invalid = await runCli(publicData, [join(projectRoot, "test/fixtures/projects/projet-casse.json"), "--out", join(dir, "jamais.json")]);
      expect(invalid.status).toBe(1);
      expect(invalid.stderr).toContain('facilitateurs[1].etp : nombre attendu, trouvé "abc"');
      expect(() => readFileSync(join(dir, "jamais.json"))).toThrow();
      const absent = await runCli(publicData, [join(dir, "absent.json")]);
      expect(absent.status).toBe(1);
      expect(absent.stderr).toContain("Fichier introuvable");
    });

    it("demande le fichier projet qui manque (code 2)", async () => {
      const result = await runCli(publicData, []);
      expect(result.status).toBe(2);
      expect(result.stderr).toContain("Erreur : fichier projet manquant");
    });
  });

  describe("npm run web-data", () => {
    it("écrit les mêmes tuiles et le même référentiel de première vue que public/web", async () => {
      const out = join(dir, "web");
      const result = await runCli(webData, ["--out", out]);
      expect(result.stderr).toBe("");
      expect(result.status).toBe(0);
      expect(result.stdout).toMatch(/^Tuiles vectorielles .* : \d+ tuiles/);
      const built = join(projectRoot, "public/web");
      readBuiltFile("public/web/reference-premiere-vue.json"); // when missing: a French error saying what to build
      const files = filesUnder(out);
      expect(files).toEqual(filesUnder(built).filter((file) => file !== "inputs-hash.txt"));
      for (const file of files) expect(readFileSync(join(out, file)).equals(readFileSync(join(built, file))), file).toBe(true);
    });
  });
});
