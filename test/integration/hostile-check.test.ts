// `npm run check` on hostile files, each in a process of its own whose heap is bounded
// (--max-old-space-size): it must end with a French message and exit code 1, never die at
// the heap limit (exit 134) or run for minutes. The files are generated here, never
// committed. Each case prints its duration in ms (never asserted).
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, expect, it } from "vitest";
import { projectRoot } from "../../scripts/lib/geo-inputs.mjs";
import { MAX_IMPORT_BYTES } from "../../src/io/import-limits.ts";
import { tsxCli } from "../helpers/geo.ts";
import { farCellWorkbook, hugeCellWorkbook, manyRowsWorkbook } from "../helpers/hostile-files.ts";
import { describeWithGeo, loadBuiltTerritory } from "../helpers/territory.ts";

/** Heap of the check process, in Mo: `npm run check` on a good file needs about 300. */
const HEAP_MB = 512;

let dir: string;

/** Runs `npm run check -- <file>` as `npm run` would, with a bounded heap; prints its duration. */
function check(name: string, bytes: Uint8Array | string): { status: number | null; output: string } {
  const file = join(dir, name);
  writeFileSync(file, bytes);
  const started = performance.now();
  const result = spawnSync(process.execPath, [tsxCli, "scripts/check.ts", file], {
    cwd: projectRoot,
    encoding: "utf8",
    env: { ...process.env, NODE_OPTIONS: `--max-old-space-size=${HEAP_MB}` },
    maxBuffer: 64 * 1024 * 1024,
  });
  console.log(`npm run check ${name} (${bytes.length} octets, tas de ${HEAP_MB} Mo) : code ${result.status}, ${Math.round(performance.now() - started)} ms`);
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
}

describeWithGeo("npm run check sur des fichiers hostiles, tas borné", () => {
  beforeAll(() => {
    loadBuiltTerritory();
    dir = mkdtempSync(join(tmpdir(), "check-hostile-"));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("classeur de 1,5 Ko dont une cellule est en XFD1048576 : refusé, la taille de la grille dite", () => {
    const { status, output } = check("cellule-lointaine.xlsx", farCellWorkbook());
    expect(output).toMatch(/ERREUR cellule-lointaine\.xlsx, ligne 1048576, colonne « XFD » : la feuille « Feuil1 » s'étend jusqu'à la cellule XFD1048576 : 1\u202f048\u202f576 lignes × 16\u202f384 colonnes/);
    expect(status).toBe(1);
  });

  it("classeur de quelque 300 Ko tenant une cellule de 300 Mo : refusé, ce qui est trop grand dit", () => {
    const bytes = hugeCellWorkbook(300 * 1024 * 1024);
    expect(bytes.length).toBeLessThan(1024 * 1024);
    const { status, output } = check("cellule-geante.xlsx", bytes);
    expect(output).toMatch(/ERREUR cellule-geante\.xlsx.* : classeur trop volumineux une fois décompressé : il annonce 300 Mo de XML, au-delà de 256 Mo/);
    expect(status).toBe(1);
  });

  it("le même classeur dont l'archive ment sur la taille : la cellule trop longue est dite", () => {
    const { status, output } = check("cellule-geante-menteuse.xlsx", hugeCellWorkbook(300 * 1024 * 1024, 1_000));
    expect(output).toMatch(/ERREUR cellule-geante-menteuse\.xlsx, ligne 2, colonne « A » : cellule A2 de « xl\/worksheets\/sheet1\.xml » : plus de 32\u202f767 caractères/);
    expect(status).toBe(1);
  });

  it("classeur de 2 millions de lignes : refusé, le nombre de lignes dit", () => {
    const { status, output } = check("deux-millions.xlsx", manyRowsWorkbook(2_000_000));
    expect(output).toMatch(/ERREUR deux-millions\.xlsx, ligne 2000000 : la feuille « Feuil1 » va jusqu'à la ligne 2\u202f000\u202f000 : au-delà de 1\u202f048\u202f576 lignes/);
    expect(status).toBe(1);
  });

  it("CSV de 2 millions de lignes (16 Mo) : refusé à la ligne où il dépasse la limite", () => {
    const { status, output } = check("deux-millions.csv", `facilitateur;code INSEE\n${"A;01001\n".repeat(2_000_000)}`);
    expect(output).toContain("ERREUR deux-millions.csv, ligne 1048577 : plus de 1\u202f048\u202f576 lignes remplies");
    expect(status).toBe(1);
  });

  it("fichier de 60 Mo : refusé sans être lu, avec la limite de l'application", () => {
    const { status, output } = check("soixante-mo.csv", Buffer.alloc(60 * 1024 * 1024, 0x41));
    expect(MAX_IMPORT_BYTES).toBe(50 * 1024 * 1024);
    expect(output).toContain("Erreur : Le fichier « soixante-mo.csv » pèse 60 Mo : au-delà de 50 Mo, il n'est pas lu.");
    expect(output).toContain("La fenêtre d'import de l'application applique la même limite.");
    expect(status).toBe(1);
  });
});
