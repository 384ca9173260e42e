// Import and export screens: a messy Excel CSV previewed (warnings with their lines,
// migrated codes), applied as one undoable step, undone; a file with errors refused; a
// file over 50 Mo refused unread; exports downloaded and read back to the same data.
import { mkdtempSync, readFileSync, rmSync, truncateSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Download, Locator, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { projectRoot } from "../../scripts/lib/geo-inputs.mjs";
import { writeXlsx } from "../helpers/xlsx-writer.ts";
import { type BrowserSession, openBrowser, openTab, screenshotPath, searchField, searchOption, waitForCompleteTerritory, waitForData } from "./browser.ts";

let session: BrowserSession;
let page: Page;
let scratch: string;

const FIXTURE = join(projectRoot, "test/fixtures/imports/perimetres-excel-1252.csv");
const CSV_MIME = "text/csv";

/**
 * The fixture without its two faulty lines (10: ambiguous « Saint-Denis », 11: unknown code
 * 99999): still Windows-1252 with `;`, a title row, a lost leading zero (line 9), two old
 * commune codes (lines 4 and 5), two blank lines (6 and 7) and a duplicate (line 8).
 */
function cleanMessyCsv(): Buffer {
  const lines = readFileSync(FIXTURE).toString("latin1").split("\r\n");
  return Buffer.from(lines.filter((_, i) => i !== 9 && i !== 10).join("\r\n"), "latin1");
}

const dialog = () => page.getByTestId("dialogue-import");
const facilitateurNames = () => page.evaluate(() => window.cartoStore!.getState().derived.project()!.facilitateurs.map((f) => f.nom));
const projectJson = () => page.evaluate(() => JSON.stringify(window.cartoStore!.getState().derived.project()));
const digits = (text: string) => Number(text.replace(/\D/g, ""));

async function openImport(): Promise<Locator> {
  await page.getByRole("button", { name: "Importer…" }).click();
  await dialog().waitFor();
  return dialog();
}

async function chooseFile(file: { name: string; mimeType: string; buffer: Buffer } | string): Promise<void> {
  await dialog().locator('input[type="file"]').setInputFiles(file);
}

async function downloadText(testId: string): Promise<{ download: Download; text: string }> {
  const [download] = await Promise.all([page.waitForEvent("download"), page.getByTestId(testId).click()]);
  const path = await download.path();
  return { download, text: readFileSync(path, "utf8") };
}

describe("import et export de fichiers", () => {
  beforeAll(async () => {
    scratch = mkdtempSync(join(tmpdir(), "carto-import-e2e-"));
    session = await openBrowser(inject("baseUrl"), { width: 1280, height: 900 });
    page = session.page;
    await page.goto(inject("baseUrl"));
    await waitForData(page);
    await waitForCompleteTerritory(page);
  });
  afterAll(async () => {
    await session?.close();
    if (scratch) rmSync(scratch, { recursive: true, force: true });
  });

  it("montre l'aperçu d'un CSV d'Excel désordonné, l'applique en une étape, puis l'annule", async () => {
    const before = await projectJson();
    await openTab(page, "Chiffres");
    const nationalBefore = digits(await page.getByTestId("nb-facilitateurs").innerText());
    await openImport();
    await chooseFile({ name: "perimetres-excel.csv", mimeType: CSV_MIME, buffer: cleanMessyCsv() });
    const preview = dialog().getByTestId("apercu-import");
    await preview.waitFor();

    // Summary: 8 data rows, 3 facilitators, the two old codes migrated, no error.
    await expect(preview.getByTestId("lignes-lues").innerText()).resolves.toBe("8");
    await expect(preview.getByTestId("facilitateurs-lus").innerText()).resolves.toBe("3");
    await expect(preview.getByTestId("codes-migres").innerText()).resolves.toBe("2");
    await expect(preview.getByTestId("nb-erreurs").innerText()).resolves.toBe("0");

    // Every warning with its line; the migrated codes with theirs.
    const problems = preview.getByTestId("problemes-import");
    const rowOf = (text: string) => problems.locator("tbody tr").filter({ hasText: text });
    await expect(rowOf("ligne identique à la ligne 3").locator("td").nth(2).innerText()).resolves.toBe("8");
    const lostZero = rowOf("zéro initial perdu");
    await expect(lostZero.locator("td").nth(2).innerText()).resolves.toBe("9");
    await expect(lostZero.locator("td").nth(3).innerText()).resolves.toBe("Code INSEE");
    await expect(lostZero.locator("td").nth(4).innerText()).resolves.toBe("1053");
    await expect(problems.innerText()).resolves.toContain("Windows-1252");
    const migrated = preview.getByTestId("codes-migres-import");
    await expect(migrated.locator("tbody tr").allInnerTexts()).resolves.toEqual([
      expect.stringMatching(/^4\s+14011\s+14581\s+Aurseulles\s+commune déléguée$/),
      expect.stringMatching(/^5\s+14526\s+14581\s+Aurseulles\s+commune fusionnée$/),
    ]);

    // The detected mapping, one select per field.
    const mapping = preview.getByTestId("correspondance-colonnes");
    await expect(mapping.getByLabel("facilitateur", { exact: true }).inputValue()).resolves.toBe("0");
    await expect(mapping.getByLabel("code INSEE", { exact: true }).inputValue()).resolves.toBe("3");
    await expect(preview.getByTestId("bilan-changements").innerText()).resolves.toContain("3 facilitateur(s) ajouté(s)");

    // Nothing changes before « Appliquer ».
    expect(await projectJson()).toBe(before);
    await page.screenshot({ path: screenshotPath("import-apercu-csv-excel") });
    await migrated.scrollIntoViewIfNeeded();
    await page.screenshot({ path: screenshotPath("import-apercu-csv-excel-problemes") });

    const apply = dialog().getByRole("button", { name: "Appliquer l'import" });
    await expect(apply.isEnabled()).resolves.toBe(true);
    await apply.click();
    await dialog().waitFor({ state: "detached" });
    await expect(page.getByTestId("annonce-import").innerText()).resolves.toContain("Import de perimetres-excel.csv appliqué : 3 facilitateur(s) ajouté(s)");
    await expect(page.evaluate(() => window.cartoStore!.getState().derived.history().undoLabel)).resolves.toBe("Import de perimetres-excel.csv");
    expect(await facilitateurNames()).toEqual(expect.arrayContaining(["Élodie Lefèvre", 'Hervé "Rivière" Dupont', "Chloé Névé"]));

    // The new facilitator is found by the search box, and the national figures count it.
    await searchField(page).fill("Lefèvre");
    await expect(searchOption(page, "Facilitateurs", "Élodie Lefèvre").count()).resolves.toBe(1);
    await page.waitForFunction((n) => Number(document.querySelector('[data-testid="nb-facilitateurs"]')?.textContent?.replace(/\D/g, "")) !== n, nationalBefore);
    expect(digits(await page.getByTestId("nb-facilitateurs").innerText())).toBeGreaterThan(nationalBefore);
    await page.screenshot({ path: screenshotPath("import-applique") });

    // One Ctrl+Z (outside a text field, where it belongs to the field) takes the whole import back.
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    await page.keyboard.press("Control+z");
    await page.waitForFunction(() => window.cartoStore!.getState().derived.history().undoLabel !== "Import de perimetres-excel.csv");
    expect(await projectJson()).toBe(before);
    await searchField(page).fill("Lefèvre ");
    await searchField(page).fill("Lefèvre");
    await expect(page.getByTestId("resultats-recherche").innerText()).resolves.not.toContain("Élodie Lefèvre");
    await expect(page.getByTestId("nb-facilitateurs").innerText().then(digits)).resolves.toBe(nationalBefore);
    await searchField(page).fill("");
  });

  it("refuse d'appliquer un fichier qui a des erreurs, et dit pourquoi ; Échap et Annuler ne changent rien", async () => {
    const before = await projectJson();
    await openImport();
    await chooseFile({ name: "perimetres-excel-1252.csv", mimeType: CSV_MIME, buffer: readFileSync(FIXTURE) });
    const preview = dialog().getByTestId("apercu-import");
    await preview.waitFor();
    await expect(preview.getByTestId("nb-erreurs").innerText()).resolves.toBe("2");
    const problems = preview.getByTestId("problemes-import");
    const unknown = problems.locator("tbody tr").filter({ hasText: "99999" });
    await expect(unknown.locator("td").nth(0).textContent()).resolves.toBe("Erreur");
    await expect(unknown.locator("td").nth(2).innerText()).resolves.toBe("11");
    await expect(problems.locator("tbody tr").filter({ hasText: "Saint-Denis (97411" }).locator("td").nth(2).innerText()).resolves.toBe("10");
    const apply = dialog().getByRole("button", { name: "Appliquer l'import" });
    await expect(apply.isDisabled()).resolves.toBe(true);
    await expect(dialog().getByTestId("import-bloque").innerText()).resolves.toContain("le fichier contient 2 erreur(s)");
    await problems.scrollIntoViewIfNeeded();
    await page.screenshot({ path: screenshotPath("import-erreurs") });

    // Changing the mapping runs the importer again: without the commune column, the code
    // column alone decides (line 10 then names no zone at all).
    const mapping = preview.getByTestId("correspondance-colonnes");
    await mapping.getByLabel("commune", { exact: true }).selectOption("");
    await expect(mapping.getByLabel("commune", { exact: true }).inputValue()).resolves.toBe("");
    await expect(problems.innerText()).resolves.not.toContain("Saint-Denis (97411");

    await page.keyboard.press("Escape");
    await dialog().waitFor({ state: "detached" });
    // Focus is back on the button that opened the dialog.
    await expect(page.evaluate(() => document.activeElement?.textContent)).resolves.toBe("Importer…");
    expect(await projectJson()).toBe(before);

    await openImport();
    await chooseFile({ name: "perimetres-excel.csv", mimeType: CSV_MIME, buffer: cleanMessyCsv() });
    await dialog().getByTestId("apercu-import").waitFor();
    await dialog().getByRole("button", { name: "Annuler" }).click();
    await dialog().waitFor({ state: "detached" });
    expect(await projectJson()).toBe(before);
  });

  it("refuse un fichier de plus de 50 Mo sans le lire", async () => {
    const big = join(scratch, "enorme.csv");
    writeFileSync(big, "");
    truncateSync(big, 50 * 1024 * 1024 + 1);
    await openImport();
    await chooseFile(big);
    await expect(dialog().getByRole("alert").innerText()).resolves.toContain("au-delà de 50 Mo, il n'est pas lu");
    await expect(dialog().getByTestId("apercu-import").count()).resolves.toBe(0);
    await dialog().getByRole("button", { name: "Annuler" }).click();
    await dialog().waitFor({ state: "detached" });
  });

  it("lit un classeur XLSX et un GeoJSON dans l'aperçu", async () => {
    await openImport();
    const xlsx = Buffer.from(writeXlsx({ Feuil1: [["Facilitateur", "Code INSEE", "ETP"], ["Anne Classeur", 1053, 0.5], [null, null, null], ["Anne Classeur", "14011", 0.5]] }));
    await chooseFile({ name: "classeur.xlsx", mimeType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", buffer: xlsx });
    const preview = dialog().getByTestId("apercu-import");
    await preview.waitFor();
    await expect(dialog().getByLabel("Format reconnu").inputValue()).resolves.toBe("xlsx");
    await expect(preview.getByTestId("lignes-lues").innerText()).resolves.toBe("2");
    await expect(preview.getByTestId("codes-migres").innerText()).resolves.toBe("1");
    await expect(preview.getByTestId("problemes-import").locator("tbody tr").filter({ hasText: "zéro initial perdu" }).locator("td").nth(2).innerText()).resolves.toBe("2");
    await expect(dialog().getByRole("button", { name: "Appliquer l'import" }).isEnabled()).resolves.toBe(true);

    // A square around Bourg-en-Bresse, as a GIS tool would draw it.
    const square = { type: "Feature", properties: { facilitateur: "Poste dessiné" }, geometry: { type: "Polygon", coordinates: [[[5.2, 46.18], [5.26, 46.18], [5.26, 46.23], [5.2, 46.23], [5.2, 46.18]]] } };
    await chooseFile({ name: "zone.geojson", mimeType: "application/geo+json", buffer: Buffer.from(JSON.stringify(square)) });
    await expect(dialog().getByLabel("Format reconnu").inputValue()).resolves.toBe("geojson");
    await page.waitForFunction(() => Number(document.querySelector('[data-testid="communes-atteintes"]')?.textContent ?? "0") > 0);
    await expect(dialog().getByTestId("bilan-changements").innerText()).resolves.toContain("1 facilitateur(s) ajouté(s)");
    await dialog().getByRole("button", { name: "Annuler" }).click();
    await dialog().waitFor({ state: "detached" });
  });

  it("exporte le CSV des périmètres et le fichier de projet, qui se relisent aux mêmes données", async () => {
    const before = await projectJson();
    const projectName = await page.evaluate(() => window.cartoStore!.getState().derived.project()!.nom);
    await page.getByRole("button", { name: "Exporter…" }).click();
    const exportDialog = page.getByTestId("dialogue-export");
    await exportDialog.waitFor();
    await page.screenshot({ path: screenshotPath("export-dialogue") });

    const csv = await downloadText("export-perimetres-csv");
    expect(csv.download.suggestedFilename()).toMatch(/-perimetres-\d{4}-\d{2}-\d{2}\.csv$/);
    expect(csv.text.startsWith("\uFEFFidentifiant;facilitateur;structure;")).toBe(true);
    const projectFile = await downloadText("export-projet");
    expect(projectFile.download.suggestedFilename()).toMatch(/-projet-\d{4}-\d{2}-\d{2}\.json$/);
    expect(JSON.parse(projectFile.text)).toEqual(JSON.parse(before));
    expect(projectFile.download.suggestedFilename().startsWith(projectName.normalize("NFD").replace(/[\u0300-\u036f]/g, "").toLowerCase().replace(/[^a-z0-9]+/g, "-").slice(0, 10))).toBe(true);
    await expect(exportDialog.getByTestId("annonce-export").innerText()).resolves.toContain("téléchargé");
    await exportDialog.getByRole("button", { name: "Fermer la fenêtre" }).click();
    await exportDialog.waitFor({ state: "detached" });

    // The perimeters CSV read back changes nothing: every facilitator is « inchangé ».
    await openImport();
    await chooseFile({ name: csv.download.suggestedFilename(), mimeType: CSV_MIME, buffer: Buffer.from(csv.text, "utf8") });
    const preview = dialog().getByTestId("apercu-import");
    await preview.waitFor();
    await expect(preview.getByTestId("nb-erreurs").innerText()).resolves.toBe("0");
    const count = JSON.parse(before).facilitateurs.length as number;
    await expect(preview.getByTestId("facilitateurs-lus").innerText().then(digits)).resolves.toBe(count);
    await expect(preview.getByTestId("bilan-changements").innerText()).resolves.toMatch(new RegExp(`^0 facilitateur\\(s\\) ajouté\\(s\\), 0 périmètre\\(s\\) remplacé\\(s\\), 0 mis à jour, ${count} inchangé\\(s\\)`));
    await expect(dialog().getByTestId("import-bloque").innerText()).resolves.toContain("ne change rien au projet");
    await dialog().getByRole("button", { name: "Annuler" }).click();
    await dialog().waitFor({ state: "detached" });

    // The project file read back: « Remplacer le projet » puts the same project in place.
    await openImport();
    await chooseFile({ name: projectFile.download.suggestedFilename(), mimeType: "application/json", buffer: Buffer.from(projectFile.text, "utf8") });
    await dialog().getByTestId("apercu-import").waitFor();
    await expect(dialog().getByTestId("facilitateurs-lus").innerText().then(digits)).resolves.toBe(count);
    await expect(dialog().getByRole("button", { name: "Appliquer l'import" }).count()).resolves.toBe(0);
    await page.screenshot({ path: screenshotPath("import-fichier-projet") });
    await dialog().getByRole("button", { name: "Remplacer le projet" }).click();
    await dialog().waitFor({ state: "detached" });
    expect(JSON.parse(await projectJson())).toEqual(JSON.parse(before));
    expect(session.pageErrors).toEqual([]);
  });
});
