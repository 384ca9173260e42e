// The COPIL documents as downloaded from the print view: a PDF of real text (read back with
// Poppler) with one image, the map, of its frame's shape; a PNG at 300 dpi.
import { execFileSync } from "node:child_process";
import { copyFileSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { MAP_FRAME } from "../../src/io/copil-pdf.ts";
import { openBrowser, outputDir, waitForCompleteTerritory, type BrowserSession } from "./browser.ts";

let session: BrowserSession;
let page: Page;

async function download(testId: string, name: string): Promise<string> {
  const [file] = await Promise.all([page.waitForEvent("download", { timeout: 120_000 }), page.getByTestId(testId).click()]);
  const path = join(outputDir, name);
  copyFileSync((await file.path())!, path);
  return path;
}

describe("documents du COPIL", () => {
  beforeAll(async () => {
    session = await openBrowser(inject("baseUrl"));
    page = session.page;
    await page.goto(new URL("?territoire=region-27&mode=impression", inject("baseUrl")).toString());
    await page.waitForSelector('.map[data-status="ready"]', { timeout: 120_000 });
    await waitForCompleteTerritory(page);
    await page.getByTestId("carte-impression").waitFor({ timeout: 120_000 });
  });
  afterAll(async () => {
    await session?.close();
  });

  it("télécharge un PDF de texte, avec titre, langue, bloc Marianne, chiffres et sources, et la carte qui remplit son cadre", async () => {
    const pdf = await download("telecharger-pdf", "copil-texte.pdf");
    const text = execFileSync("pdftotext", ["-layout", pdf, "-"], { encoding: "utf8" }).replace(/\u00a0|\u202f/g, " ");
    for (const expected of ["RÉPUBLIQUE", "FRANÇAISE", "Bourgogne-Franche-Comté", "Données au 1er novembre 2025", "Jeu de démonstration", "Légende : Zones blanches", "Chiffres clés", "Communes couvertes", "Données : Jeu de démonstration (fictif) ; contours IGN Admin Express ; COG INSEE"]) {
      expect(text, expected).toContain(expected);
    }
    const info = execFileSync("pdfinfo", [pdf], { encoding: "utf8" });
    expect(info).toMatch(/^Title:\s+Bourgogne-Franche-Comté — couverture des facilitateurs de la clause sociale$/m);
    expect(info).toMatch(/^Page size:\s+842 x 595 pts \(A4\)$/m);
    expect(readFileSync(pdf, "latin1")).toMatch(/\/Lang \(fr-FR\)/);
    const images = execFileSync("pdfimages", ["-list", pdf], { encoding: "utf8" }).trim().split("\n").slice(2);
    expect(images).toHaveLength(1);
    const [, , , width, height] = images[0]!.trim().split(/\s+/);
    // The map picture has its frame's shape: drawn over the whole frame, no white band.
    expect(Number(width) / Number(height)).toBeCloseTo(MAP_FRAME.width / MAP_FRAME.height, 2);
    await expect(page.getByTestId("annonce-impression").innerText()).resolves.toContain("PDF téléchargé");
    expect(session.pageErrors).toEqual([]);
  });
});
