// COPIL presentation, print page, PNG and PDF downloads, charts: in Chromium, against the
// figures of the store (focusedIndicators), on the demo project.
import { spawnSync } from "node:child_process";
import { copyFileSync, existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import type { UnitIndicators } from "../../src/domain/indicators.ts";
import { focusedIndicators } from "../../src/store/selectors.ts";
import { formatRate } from "../../src/ui/format.ts";
import { type BrowserSession, openBrowser, outputDir, screenshotPath, waitForCompleteTerritory, waitForData } from "./browser.ts";

let session: BrowserSession;

const digits = (text: string) => text.replace(/\D/g, "");
const spaces = (text: string) => text.replace(/[\s\u202f\u00a0]+/g, " ").trim();

/** The panels' selector run on the page's store (its indicators and focus). */
async function pageIndicators(): Promise<UnitIndicators> {
  const state = await session.page.evaluate(() => {
    const s = window.cartoStore!.getState();
    return { indicators: s.derived.result()!.indicators, focus: s.view.focus };
  });
  return focusedIndicators(state.indicators, state.focus);
}

const figureText = (id: string) => session.page.getByTestId(`chiffre-${id}`).locator("dd").innerText();

/** The presentation's figures are the store's. */
async function expectFiguresOf(unit: UnitIndicators) {
  await expect(session.page.getByTestId("presentation-titre").innerText()).resolves.toBe(unit.nom);
  expect(digits((await figureText("communes-couvertes")).split("sur")[0]!)).toBe(String(unit.covered.communes));
  expect(digits((await figureText("habitants-couverts")).split("sur")[0]!)).toBe(String(unit.covered.population));
  const zb = [unit.zonesBlanches.sansFacilitateur, unit.zonesBlanches.extensionSeulement, unit.zonesBlanches.capaciteInsuffisante];
  for (const [k, part] of zb.entries()) {
    const text = spaces(await figureText(`zb${k + 1}`));
    expect(digits(text.split("communes")[0]!)).toBe(String(part.communes));
    expect(digits(text.split("communes")[1]!.split("habitants")[0]!)).toBe(String(part.population));
  }
  expect(spaces(await figureText("etp-100k"))).toBe(spaces(formatRate(unit.etpPer100k)));
  expect(digits((await figureText("facilitateurs")).split("postes")[0]!)).toBe(String(unit.facilitateurs));
}

/** Width and height from a PNG's IHDR chunk (bytes 16–23). */
const pngSize = (bytes: Buffer) => ({ width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) });
const pdfPageCount = (text: string) => (text.match(/\/Type\s*\/Page(?![s\w])/g) ?? []).length;

describe("présentation en COPIL, impression, exports et graphiques", () => {
  beforeAll(async () => {
    session = await openBrowser(inject("baseUrl"));
    await session.page.goto(inject("baseUrl"));
    await session.page.waitForSelector('.map[data-status="ready"]', { timeout: 120_000 });
    await waitForData(session.page);
    await waitForCompleteTerritory(session.page);
    await session.page.waitForFunction(() => window.cartoStore?.getState().mapDrawn === true, undefined, { timeout: 120_000 });
  });
  afterAll(async () => {
    await session?.close();
  });

  it("présente la région choisie avec les chiffres du moteur et passe à la suivante avec la flèche droite", async () => {
    const { page } = session;
    await page.getByLabel("Région", { exact: true }).selectOption("27");
    await page.getByRole("button", { name: "Présenter" }).click();
    await page.getByTestId("presentation").waitFor();
    await expect(page.locator(".side-panel").isVisible()).resolves.toBe(false);
    await expect(page.evaluate(() => window.cartoStore!.getState().view.mode)).resolves.toBe("presentation");
    const bfc = await pageIndicators();
    expect(bfc.code).toBe("27");
    await expectFiguresOf(bfc);
    await expect(page.getByTestId("chiffre-coordination").innerText()).resolves.toContain("Coordinateur régional");
    await page.evaluate(() => new Promise<void>((resolve) => { const map = window.cartoMap!.map; map.once("idle", () => resolve()); map.triggerRepaint(); }));
    await page.screenshot({ path: screenshotPath("presentation-region-bfc") });

    const regions = await page.evaluate(() => window.cartoStore!.getState().territory!.index.reference.regions.map((r) => r.code));
    await page.keyboard.press("ArrowRight");
    const next = await pageIndicators();
    expect(next.code).toBe(regions[regions.indexOf("27") + 1]);
    await expectFiguresOf(next);
    await page.keyboard.press("PageUp");
    await expect(pageIndicators().then((unit) => unit.code)).resolves.toBe("27");
    await page.getByRole("button", { name: /^Région suivante : / }).click();
    await expect(pageIndicators().then((unit) => unit.code)).resolves.toBe(next.code);
    await page.keyboard.press("ArrowLeft");

    // Escape leaves (and full screen with it, when it was granted).
    await page.keyboard.press("Escape");
    await page.getByTestId("presentation").waitFor({ state: "detached" });
    await expect(page.evaluate(() => window.cartoStore!.getState().view.mode)).resolves.toBe("carte");
    await expect(page.locator(".side-panel").isVisible()).resolves.toBe(true);
  });

  it("met en page la carte, sa légende et le tableau sur une page A4 paysage", async () => {
    const { page } = session;
    await page.getByLabel("Région", { exact: true }).selectOption("27");
    await page.getByRole("button", { name: "Imprimer ou exporter" }).click();
    const map = page.getByTestId("carte-impression");
    await map.waitFor({ timeout: 120_000 });
    await expect(map.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 1000)).resolves.toBe(true);
    await expect(page.getByTestId("legende-impression").locator("li").count()).resolves.toBe(4);
    const unit = await pageIndicators();
    const table = page.getByTestId("tableau-impression");
    await expect(table.locator("caption").innerText()).resolves.toContain(unit.nom);
    await expect(table.locator("tbody tr").count()).resolves.toBe(8);
    expect(digits((await page.getByTestId("ligne-communes-couvertes").locator("td").innerText()).split("sur")[0]!)).toBe(String(unit.covered.communes));
    await page.locator(".print-sheet").screenshot({ path: screenshotPath("impression-region-bfc") });
    const pdf = await page.pdf({ landscape: true, format: "A4", printBackground: true, path: join(outputDir, "impression-region-bfc.pdf") });
    expect(pdfPageCount(pdf.toString("latin1"))).toBe(1);
  });

  it("télécharge l'image PNG à 300 dpi et le PDF d'une page A4 paysage", async () => {
    const { page } = session;
    const [png] = await Promise.all([page.waitForEvent("download", { timeout: 120_000 }), page.getByTestId("telecharger-png").click()]);
    expect(png.suggestedFilename()).toMatch(/copil-bourgogne-franche-comte-\d{4}-\d{2}-\d{2}\.png$/);
    const pngPath = join(outputDir, "export-copil.png");
    copyFileSync((await png.path())!, pngPath);
    const pngBytes = readFileSync(pngPath);
    expect(pngBytes.subarray(1, 4).toString("latin1")).toBe("PNG");
    expect(pngSize(pngBytes)).toEqual({ width: 3508, height: 2480 });
    await expect(page.getByTestId("annonce-impression").innerText()).resolves.toContain("3508 × 2480");

    const [pdf] = await Promise.all([page.waitForEvent("download", { timeout: 120_000 }), page.getByTestId("telecharger-pdf").click()]);
    expect(pdf.suggestedFilename()).toMatch(/\.pdf$/);
    const pdfPath = join(outputDir, "export-copil.pdf");
    copyFileSync((await pdf.path())!, pdfPath);
    const pdfText = readFileSync(pdfPath).toString("latin1");
    expect(pdfText.startsWith("%PDF-1.4")).toBe(true);
    expect(pdfText).toMatch(/\/MediaBox \[\s*0 0 842 595\s*\]/);
    expect(pdfPageCount(pdfText)).toBe(1);
    // Poppler renders it without a complaint (.ci/run installs poppler-utils; README, quick start).
    expect(existsSync("/usr/bin/pdftoppm"), "pdftoppm manquant : apt-get install -y poppler-utils").toBe(true);
    const rendered = spawnSync("/usr/bin/pdftoppm", ["-png", "-r", "60", "-singlefile", pdfPath, join(outputDir, "export-copil-pdf")], { encoding: "utf8" });
    expect(rendered.stderr).toBe("");
    expect(rendered.status).toBe(0);
    expect(pngSize(readFileSync(join(outputDir, "export-copil-pdf.png")))).toEqual({ width: 702, height: 496 });
    await page.getByRole("button", { name: "Retour à la carte" }).click();
    await page.getByTestId("impression").waitFor({ state: "detached" });
  });

  it("montre dans les graphiques une barre par région avec sa valeur écrite", async () => {
    const { page } = session;
    await page.getByRole("button", { name: "Revenir à la France entière" }).click();
    await page.getByRole("button", { name: "Graphiques" }).click();
    const chart = page.getByTestId("graphique-indicateur");
    await chart.waitFor();
    const regions = await page.evaluate(() => window.cartoStore!.getState().derived.result()!.indicators.regions);
    const bars = chart.getByTestId("barre");
    await expect(bars.count()).resolves.toBe(regions.length);
    for (const region of regions) {
      const bar = chart.locator(`[data-testid="barre"][data-code="${region.code}"]`);
      await expect(bar.locator(".bar-chart__label").textContent()).resolves.toBe(region.nom);
      await expect(bar.locator(".bar-chart__value").textContent().then((text) => spaces(text ?? ""))).resolves.toBe(spaces(formatRate(region.etpPer100k)));
    }
    await expect(chart.locator("svg").getAttribute("role")).resolves.toBe("img");
    await expect(chart.locator("svg > title").textContent()).resolves.toBe("ETP pour 100 000 habitants, par région");
    await chart.getByText("Voir les valeurs en tableau").click();
    await expect(chart.locator("table tbody tr").count()).resolves.toBe(regions.length);
    await page.screenshot({ path: screenshotPath("graphiques-regions"), fullPage: true });
    await page.keyboard.press("Escape");
    await page.getByTestId("graphiques").waitFor({ state: "detached" });
    expect(session.pageErrors).toEqual([]);
  });
});
