// A CSV of a million lines (~45 Mo) read in the import worker: the page keeps drawing
// frames while it is read, the progress shows « Lecture : N % », « Annuler la lecture »
// terminates the worker and leaves the project untouched, and the preview lists only the
// first 1,000 problems of the ~900,000 it counts.
import { mkdtempSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { type BrowserSession, countFrames, openBrowser, screenshotPath, waitForCompleteTerritory, waitForData } from "./browser.ts";

let session: BrowserSession;
let page: Page;
let scratch: string;
let bigFile: string;

const LINES = 1_000_000;
/** Every 997th line names an unknown commune code (99xxx: INSEE codes of foreign countries): an error, unless the same line came before. */
const isFaulty = (i: number) => i % 997 === 0;
const unknownCode = (i: number) => `99${String(Math.floor(i / 997) % 1_000).padStart(3, "0")}`;

const dialog = () => page.getByTestId("dialogue-import");
const projectJson = () => page.evaluate(() => JSON.stringify(window.cartoStore!.getState().derived.project()));
/** The frames the page has drawn since the test began (see `countFrames`). */
let frames: () => Promise<number>;
const readingPercent = async () => {
  const label = await dialog().getByTestId("lecture-import").locator("label").innerText().catch(() => "");
  const match = /Lecture : (\d+) %/.exec(label);
  return match ? Number(match[1]) : -1;
};
const importWorkers = () => page.workers().filter((worker) => worker.url().includes("import-worker")).length;

/**
 * 100 posts × 1,000 real communes, each pair written 10 times (900,000 duplicate lines,
 * warned), and about 1,000 lines with an unknown code (errors).
 */
function writeBigCsv(path: string, codes: readonly string[]): void {
  const lines = ["Facilitateur;Structure;ETP;Code INSEE"];
  for (let i = 0; i < LINES; i++) {
    const post = i % 100;
    const code = isFaulty(i) ? unknownCode(i) : codes[Math.floor(i / 100) % codes.length]!;
    lines.push(`Poste de facilitation ${post};Structure ${post};1;${code}`);
  }
  writeFileSync(path, `${lines.join("\r\n")}\r\n`);
}

describe("import d'un CSV d'un million de lignes dans un worker", () => {
  beforeAll(async () => {
    scratch = mkdtempSync(join(tmpdir(), "carto-big-import-"));
    session = await openBrowser(inject("baseUrl"), { width: 1280, height: 900 });
    page = session.page;
    await page.goto(inject("baseUrl"));
    await waitForData(page);
    await waitForCompleteTerritory(page);
    await page.waitForFunction(() => window.cartoStore?.getState().save.status === "saved", undefined, { timeout: 60_000 });
    const codes = await page.evaluate(() => Array.from(window.cartoStore!.getState().territory!.index.communeCodes.slice(0, 1_000)));
    bigFile = join(scratch, "perimetres-un-million.csv");
    writeBigCsv(bigFile, codes);
    frames = await countFrames(page);
  });
  afterAll(async () => {
    await session?.close();
    if (scratch) rmSync(scratch, { recursive: true, force: true });
  });

  it("lit le fichier sans figer la page, puis « Annuler la lecture » arrête le worker sans rien changer", async () => {
    const size = statSync(bigFile).size;
    expect(size).toBeGreaterThan(40 * 1024 * 1024);
    expect(size).toBeLessThan(50 * 1024 * 1024);
    const before = await projectJson();
    await page.getByRole("button", { name: "Importer…" }).click();
    await dialog().waitFor();
    await dialog().locator('input[type="file"]').setInputFiles(bigFile);

    const progress = dialog().getByRole("progressbar");
    await progress.waitFor({ timeout: 60_000 });
    await expect.poll(readingPercent, { timeout: 120_000 }).toBeGreaterThanOrEqual(1);
    const firstPercent = await readingPercent();
    const framesAtFirst = await frames();
    // The page keeps drawing while the worker reads: 20 more frames, and the reading still
    // under way (a frozen main thread would draw none until the end of the reading).
    await expect.poll(frames, { timeout: 60_000 }).toBeGreaterThan(framesAtFirst + 20);
    const percentAfterFrames = await readingPercent();
    expect(percentAfterFrames).toBeGreaterThanOrEqual(firstPercent);
    expect(percentAfterFrames).toBeLessThan(100);
    await expect.poll(readingPercent, { timeout: 60_000 }).toBeGreaterThan(firstPercent);
    await expect(progress.getAttribute("value")).resolves.toMatch(/^\d+$/);
    await expect(dialog().getByText(/^Lecture : \d+ %$/).count()).resolves.toBe(1);
    expect(importWorkers()).toBe(1);
    const worker = page.workers().find((candidate) => candidate.url().includes("import-worker"))!;
    const workerClosed = new Promise<boolean>((resolve) => worker.once("close", () => resolve(true)));
    await page.screenshot({ path: screenshotPath("import-gros-fichier-progression") });

    // A click is handled at once, in the middle of the reading.
    expect(await readingPercent()).toBeLessThan(100);
    await dialog().getByRole("button", { name: "Annuler la lecture" }).click();
    await expect(dialog().getByTestId("lecture-annulee").innerText()).resolves.toContain("annulée : rien n'a été importé");
    await expect(dialog().getByTestId("lecture-import").count()).resolves.toBe(0);
    await expect(dialog().getByTestId("apercu-import").count()).resolves.toBe(0);
    // The worker is terminated, not left reading in the background.
    await expect(workerClosed).resolves.toBe(true);
    expect(importWorkers()).toBe(0);
    expect(await projectJson()).toBe(before);
    await dialog().getByRole("button", { name: "Annuler" }).click();
    await dialog().waitFor({ state: "detached" });
  });

  it("lit le fichier jusqu'au bout et ne liste que les 1 000 premiers problèmes", async () => {
    const before = await projectJson();
    await page.getByRole("button", { name: "Importer…" }).click();
    await dialog().waitFor();
    await dialog().locator('input[type="file"]').setInputFiles(bigFile);
    await dialog().getByRole("progressbar").waitFor({ timeout: 60_000 });
    const framesAtStart = await frames();
    const preview = dialog().getByTestId("apercu-import");
    await preview.waitFor({ timeout: 170_000 });
    expect((await frames()) - framesAtStart).toBeGreaterThan(20);

    const faultyLines = new Set<string>();
    for (let i = 0; i < LINES; i++) if (isFaulty(i)) faultyLines.add(`${i % 100};${unknownCode(i)}`);
    const faulty = faultyLines.size;
    expect(faulty).toBeGreaterThan(900);
    const digits = (text: string) => Number(text.replace(/\D/g, ""));
    await expect(preview.getByTestId("lignes-lues").innerText().then(digits)).resolves.toBe(LINES);
    await expect(preview.getByTestId("nb-erreurs").innerText().then(digits)).resolves.toBe(faulty);
    const warnings = digits(await preview.getByTestId("nb-avertissements").innerText());
    expect(warnings).toBeGreaterThan(800_000);
    await expect(preview.getByTestId("problemes-import").locator("tbody tr").count()).resolves.toBe(1_000);
    await expect(preview.getByTestId("problemes-non-affiches").innerText()).resolves.toMatch(/^1[\s\u202f]000 problèmes \(erreurs d'abord\) listés sur [\d\s\u202f]+ : les [\d\s\u202f]+ autres ne sont pas affichés/);
    // Errors come first in the list, so none of them is hidden behind the warnings.
    await expect(preview.getByTestId("problemes-import").locator("tbody tr").filter({ hasText: "Erreur" }).count()).resolves.toBe(faulty);
    await expect(dialog().getByRole("button", { name: "Appliquer l'import" }).isDisabled()).resolves.toBe(true);
    await page.screenshot({ path: screenshotPath("import-gros-fichier-apercu") });
    await dialog().getByRole("button", { name: "Annuler" }).click();
    await dialog().waitFor({ state: "detached" });
    expect(await projectJson()).toBe(before);
    expect(session.pageErrors).toEqual([]);
  });
});
