// The first page: a MapLibre map of France drawing départements and communes from public/geo.
import { existsSync, statSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { openBrowser, screenshotPath, waitForCompleteTerritory, type BrowserSession } from "./browser.ts";

let session: BrowserSession;

/** Waits until the map has drawn everything it was asked to (its `idle` event). */
async function waitForIdle(page: BrowserSession["page"]) {
  await page.evaluate(
    () =>
      new Promise<void>((resolve) => {
        const map = window.cartoMap!.map;
        if (map.loaded() && !map.isMoving()) map.once("idle", () => resolve());
        else map.once("idle", () => resolve());
        map.triggerRepaint();
      }),
  );
}

/** Codes of commune features rendered in the viewport (or at one pixel). */
async function renderedCommunes(page: BrowserSession["page"], at?: [number, number]): Promise<string[]> {
  return page.evaluate((point) => {
    const map = window.cartoMap!.map;
    const options = { layers: ["communes-fill"] };
    const features = point ? map.queryRenderedFeatures(map.project(point), options) : map.queryRenderedFeatures(options);
    return [...new Set(features.map((f) => String(window.cartoStore!.getState().territory!.index.communeCodes[f.id as number])))];
  }, at);
}

describe("première page", () => {
  beforeAll(async () => {
    session = await openBrowser(inject("baseUrl"));
    await session.page.goto(inject("baseUrl"));
    await session.page.waitForSelector('.map[data-status="ready"]', { timeout: 120_000 });
    await waitForCompleteTerritory(session.page);
  });
  afterAll(async () => {
    await session?.close();
  });

  it("dessine les communes de France à la vue nationale", async () => {
    const codes = await renderedCommunes(session.page);
    expect(codes.length).toBeGreaterThan(30_000);
    expect(codes).toContain("75056"); // Paris, a single commune
    expect(codes).toContain("2A004"); // Ajaccio, Corse-du-Sud
    const status = await session.page.getByRole("region", { name: "Carte des communes de France" }).getByRole("status").innerText();
    expect(status.replace(/\s/g, " ")).toBe("34 868 communes affichées");
    const file = screenshotPath("premiere-page-france");
    await session.page.screenshot({ path: file });
    expect(statSync(file).size).toBeGreaterThan(10_000);
  });

  it("affiche l'attribution des contours", async () => {
    await expect(session.page.locator(".maplibregl-ctrl-attrib").innerText()).resolves.toContain("Contours : IGN Admin Express (Licence Ouverte)");
  });

  it("dessine les communes après un zoom sur Lyon", async () => {
    const lyon: [number, number] = [4.8357, 45.764];
    await session.page.evaluate((center) => window.cartoMap!.map.jumpTo({ center, zoom: 11 }), lyon);
    await waitForIdle(session.page);
    expect(await renderedCommunes(session.page, lyon)).toEqual(["69123"]);
    const around = await renderedCommunes(session.page);
    expect(around.length).toBeGreaterThan(20);
    expect(around).toContain("69266"); // Villeurbanne
    await session.page.screenshot({ path: screenshotPath("premiere-page-lyon") });
    expect(existsSync(screenshotPath("premiere-page-lyon"))).toBe(true);
  });

  it("ne fait aucun appel réseau hors de l'origine de l'application", () => {
    expect(session.foreignRequests).toEqual([]);
    expect(session.pageErrors).toEqual([]);
  });
});
