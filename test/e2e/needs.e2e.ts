// Needs in the browser: the demonstration's fictional DECP file loads after the first view;
// a consolidated DECP table of 200,000 rows (~40 Mo, generated here) is read in the import
// worker while the page keeps drawing and handling clicks, shows its progress, and is put
// in the workspace in one step; the « Besoins » colouring and its legend, the bilan table
// and the provenance line follow; undo gives the demonstration's needs back.
import { mkdtempSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { type BrowserSession, countFrames, openBrowser, openTab, screenshotPath, waitForCompleteTerritory, waitForData } from "./browser.ts";

let session: BrowserSession;
let page: Page;
let scratch: string;
let file: string;

const ROWS = 200_000;
const HEADER = "uid;id;nature;objet;acheteur_id;acheteur_nom;montant;codeCPV;dateNotification;considerationsSociales;lieuExecution_code;lieuExecution_typeCode;donneesActuelles";
const SOCIAL = ["Pas de considération sociale", "Clause sociale", "Pas de considération sociale", "Critère social"];

/** 200,000 contracts over 2025 in real communes (one in 7 across France): one buyer in 7 is of the State (SIREN starting with 1). */
function writeDecpTable(path: string, codes: readonly string[]): void {
  const lines = [HEADER];
  for (let i = 0; i < ROWS; i++) {
    const buyer = i % 500;
    const siret = `${buyer % 7 === 0 ? 1 : 2}${String(buyer).padStart(8, "0")}00011`;
    const day = `2025-${String(2 + (i % 11)).padStart(2, "0")}-${String(1 + (i % 28)).padStart(2, "0")}`;
    const id = `E2E${String(i).padStart(7, "0")}`;
    const montant = 40_000 + ((i * 7919) % 400_000);
    lines.push(`${siret}${id};${id};Marché;Marché généré pour le test de charge n° ${i};${siret};Acheteur généré ${buyer};${montant};${i % 3 === 0 ? "45233140" : "72514000"};${day};${SOCIAL[i % 4]};${codes[(i * 31) % codes.length]};Code commune;oui`);
  }
  writeFileSync(path, `${lines.join("\n")}\n`);
}

const dialog = () => page.getByTestId("dialogue-import");
/** The frames the page has drawn since the test began (see `countFrames`). */
let frames: () => Promise<number>;
const clicks = () => page.evaluate(() => (window as unknown as { dialogClicks: number }).dialogClicks ?? 0);
const readingPercent = async () => {
  const label = await dialog().getByTestId("lecture-import").locator("label").innerText().catch(() => "");
  const match = /Lecture : (\d+) %/.exec(label);
  return match ? Number(match[1]) : -1;
};
/** Text with French number spacing (narrow no-break spaces) as plain spaces. */
const plain = (text: string) => text.replace(/\s/g, " ");
const provenance = async () => plain(await page.getByTestId("provenance-besoins").innerText());

describe("besoins mesurés sur les marchés publics (DECP)", () => {
  beforeAll(async () => {
    scratch = mkdtempSync(join(tmpdir(), "carto-needs-"));
    session = await openBrowser(inject("baseUrl"), { width: 1280, height: 900 });
    page = session.page;
    await page.goto(inject("baseUrl"));
    await waitForData(page);
    await waitForCompleteTerritory(page);
    const codes = await page.evaluate(() => Array.from(window.cartoStore!.getState().territory!.index.communeCodes).filter((_, k) => k % 7 === 0));
    file = join(scratch, "decp-200000.csv");
    writeDecpTable(file, codes);
    frames = await countFrames(page);
  });
  afterAll(async () => {
    await session?.close();
    if (scratch) rmSync(scratch, { recursive: true, force: true });
  });

  it("la démonstration montre ses besoins fictifs, et dit qu'ils le sont", async () => {
    await page.waitForFunction(() => window.cartoStore!.getState().derived.needs()?.origin === "demo", undefined, { timeout: 120_000 });
    await openTab(page, "Chiffres");
    await expect(provenance()).resolves.toMatch(/^Besoins : DECP, marchés notifiés du .+ au .+, [\d ]+ marchés, [\d ]+ non localisés \(marchés fictifs de démonstration\)\.$/);
    await expect(page.getByTestId("zb3-mesure").innerText()).resolves.toMatch(/^Zone blanche 3 mesurée sur les besoins \(DECP\)/);
  });

  it("lit 200 000 marchés dans le worker sans figer la page, puis les importe en une étape", async () => {
    const size = statSync(file).size;
    expect(size).toBeGreaterThan(30 * 1024 * 1024);
    await page.getByRole("button", { name: "Importer…" }).click();
    await dialog().waitFor();
    await page.evaluate(() => document.querySelector('[data-testid="dialogue-import"]')!.addEventListener("click", () => ((window as unknown as { dialogClicks: number }).dialogClicks = ((window as unknown as { dialogClicks?: number }).dialogClicks ?? 0) + 1)));
    await dialog().locator('input[type="file"]').setInputFiles(file);

    await dialog().getByRole("progressbar").waitFor({ timeout: 60_000 });
    await expect.poll(readingPercent, { timeout: 120_000 }).toBeGreaterThanOrEqual(1);
    const framesAtFirst = await frames();
    // A click in the dialog is handled while the worker reads, and frames are drawn.
    await dialog().getByRole("heading", { name: "Importer un fichier" }).click();
    await expect.poll(clicks, { timeout: 30_000 }).toBe(1);
    await expect.poll(frames, { timeout: 60_000 }).toBeGreaterThan(framesAtFirst + 10);
    expect(await readingPercent()).toBeLessThan(100);

    await dialog().getByTestId("apercu-besoins").waitFor({ timeout: 120_000 });
    await expect(dialog().getByTestId("besoins-marches-lus").innerText().then(plain)).resolves.toBe("200 000");
    await expect(dialog().getByTestId("besoins-erreurs").innerText()).resolves.toBe("0");
    await dialog().getByRole("button", { name: "Importer les besoins" }).click();
    await dialog().waitFor({ state: "detached" });
    await page.waitForFunction(() => window.cartoStore!.getState().derived.needs()?.origin === "workspace", undefined, { timeout: 120_000 });
    expect(await page.evaluate(() => window.cartoStore!.getState().derived.needs()!.aggregate.marches)).toBe(ROWS);
  });

  it("colore les communes selon leurs marchés, avec la légende, et dresse le bilan par région et département", async () => {
    await openTab(page, "Carte");
    await page.getByLabel("Besoins : marchés publics (DECP)", { exact: true }).check({ force: true });
    const legend = page.getByTestId("legende");
    await expect(legend.getAttribute("aria-label")).resolves.toBe("Légende : Besoins : marchés par commune (DECP)");
    await expect(legend.getByRole("listitem").allInnerTexts()).resolves.toEqual(["Aucun marché", "Moins de 5 marchés", "De 5 à moins de 20 marchés", "De 20 à moins de 100 marchés", "De 100 à moins de 500 marchés", "500 marchés ou plus"]);
    await expect(page.getByTestId("note-besoins").innerText().then(plain)).resolves.toContain("200 000 marchés, 0 non localisés");
    await page.evaluate(
      () =>
        new Promise<void>((resolve) => {
          const map = window.cartoMap!.map;
          map.once("idle", () => resolve());
          map.triggerRepaint();
        }),
    );
    await page.screenshot({ path: screenshotPath("besoins-coloration") });

    await openTab(page, "Chiffres");
    await expect(provenance()).resolves.toMatch(/, 200 000 marchés, 0 non localisés\.$/);
    await expect(page.getByTestId("zb3-mesure").innerText()).resolves.toMatch(/^Zone blanche 3 mesurée sur les besoins \(DECP\)/);
    const bilan = page.getByTestId("bilan-besoins");
    await expect(bilan.locator("tbody tr").count()).resolves.toBeGreaterThan(10);
    await bilan.scrollIntoViewIfNeeded();
    await page.screenshot({ path: screenshotPath("besoins-bilan") });
  });

  it("l'annulation retire les marchés importés : les besoins de la démonstration reviennent", async () => {
    await page.getByTestId("historique").getByRole("button", { name: "Annuler" }).click();
    await page.waitForFunction(() => window.cartoStore!.getState().document.workspace!.besoins === undefined, undefined, { timeout: 30_000 });
    await expect.poll(provenance, { timeout: 60_000 }).toContain("(marchés fictifs de démonstration)");
    expect(session.pageErrors).toEqual([]);
  });
});
