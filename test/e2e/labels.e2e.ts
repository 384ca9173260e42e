// Names and scale on the map: région names at the national zoom, commune names zoomed in,
// the toggle, the selected commune named, the DROM insets' names, the scale; all of it from
// the app's origin, and none of it downloaded before the first view is drawn.
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { openBrowser, screenshotPath, waitForCompleteTerritory, type BrowserSession } from "./browser.ts";

let session: BrowserSession;
/** When each request of the names, their glyphs or their layers' code started (ms since the epoch). */
const labelRequests: { url: string; at: number }[] = [];

/** Moves the map (a camera, or real bounds fitted as the app does) and waits until it has drawn everything. */
async function showAndWait(page: Page, target: { center: [number, number]; zoom: number } | { bounds: [number, number, number, number] } | "france") {
  await page.evaluate(
    (to) =>
      new Promise<void>((resolve) => {
        const controller = window.cartoMap!;
        controller.map.once("idle", () => resolve());
        if (to === "france") controller.fitFrance();
        else if ("bounds" in to) controller.fitBounds(to.bounds);
        else controller.map.jumpTo(to);
        controller.map.triggerRepaint();
      }),
    target,
  );
}

/** The names rendered by `layer` in the current view. */
function renderedNames(page: Page, layer: string): Promise<string[]> {
  return page.evaluate((id) => window.cartoMap!.map.queryRenderedFeatures({ layers: [id] }).map((f) => String(f.properties["nom"])), layer);
}

const LILLE: [number, number] = [3.0573, 50.6292];

describe("noms et échelle sur la carte", () => {
  beforeAll(async () => {
    session = await openBrowser(inject("baseUrl"));
    session.context.on("request", (request) => {
      if (/\/web\/(labels|glyphs)\/|\/label-layers-[\w-]+\.js$/.test(request.url())) labelRequests.push({ url: request.url(), at: Date.now() });
    });
    await session.page.goto(inject("baseUrl"));
    await session.page.waitForSelector('.map[data-status="ready"]', { timeout: 120_000 });
    await waitForCompleteTerritory(session.page);
    await showAndWait(session.page, "france");
  });
  afterAll(async () => {
    await session?.close();
  });

  it("nomme les régions à la vue nationale", async () => {
    await session.page.screenshot({ path: screenshotPath("noms-france") });
    const names = await renderedNames(session.page, "noms-regions");
    expect(names).toEqual(expect.arrayContaining(["Bretagne", "Occitanie", "Île-de-France", "Corse"]));
    // The département names wait for the middle zooms, the communes' for the close ones.
    expect(await renderedNames(session.page, "noms-departements")).toEqual([]);
    expect(await renderedNames(session.page, "noms-communes")).toEqual([]);
  });

  it("ne télécharge ni les noms ni les glyphes avant la première vue", async () => {
    const firstView = await session.page.evaluate(() => performance.timeOrigin + performance.getEntriesByName("carte-premiere-vue")[0]!.startTime);
    expect(labelRequests.length).toBeGreaterThan(0);
    expect(labelRequests.filter((request) => request.at < firstView)).toEqual([]);
    // Glyphs from the app's own files, in Marianne; the names' layers in a chunk of their own.
    expect(labelRequests.some((request) => /\/web\/glyphs\/Marianne-Bold\/0-255\.pbf$/.test(request.url))).toBe(true);
    expect(labelRequests.some((request) => /\/label-layers-[\w-]+\.js$/.test(request.url))).toBe(true);
  });

  it("nomme départements et préfectures aux zooms intermédiaires", async () => {
    await showAndWait(session.page, { center: LILLE, zoom: 7.5 });
    expect(await renderedNames(session.page, "noms-departements")).toEqual(expect.arrayContaining(["Nord", "Pas-de-Calais"]));
    expect(await renderedNames(session.page, "noms-prefectures")).toEqual(expect.arrayContaining(["Lille", "Arras"]));
    await session.page.screenshot({ path: screenshotPath("noms-nord-zoom-7") });
  });

  it("nomme les communes autour de Lille, et les masque quand on le demande", async () => {
    await showAndWait(session.page, { center: LILLE, zoom: 11 });
    const communes = await renderedNames(session.page, "noms-communes");
    expect(communes.length).toBeGreaterThan(10);
    expect(communes).toEqual(expect.arrayContaining(["Roubaix", "Villeneuve-d'Ascq"]));
    expect(await renderedNames(session.page, "noms-prefectures")).toContain("Lille");
    await session.page.screenshot({ path: screenshotPath("noms-lille") });

    await session.page.evaluate(() => window.cartoStore!.getState().setLabels(false));
    await showAndWait(session.page, { center: LILLE, zoom: 11 });
    expect(await renderedNames(session.page, "noms-communes")).toEqual([]);
    expect(await renderedNames(session.page, "noms-prefectures")).toEqual([]);
    await session.page.evaluate(() => window.cartoStore!.getState().setLabels(true));
    await showAndWait(session.page, { center: LILLE, zoom: 11 });
    expect(await renderedNames(session.page, "noms-communes")).toContain("Roubaix");
  });

  it("entoure et nomme la commune sélectionnée", async () => {
    await session.page.evaluate(() => window.cartoStore!.getState().select({ kind: "commune", code: "59512" }));
    await showAndWait(session.page, { center: LILLE, zoom: 10 });
    expect(await renderedNames(session.page, "selection-nom")).toEqual(["Roubaix"]);
    const outline = await session.page.evaluate(() => window.cartoMap!.map.queryRenderedFeatures({ layers: ["selection-contour"] }).length);
    expect(outline).toBeGreaterThan(0);
    // Named once: the commune's own label makes way for the selection's.
    expect(await renderedNames(session.page, "noms-communes")).not.toContain("Roubaix");
    await session.page.screenshot({ path: screenshotPath("noms-selection-roubaix") });
    await session.page.evaluate(() => window.cartoStore!.getState().select(null));
    await showAndWait(session.page, { center: LILLE, zoom: 10 });
    expect(await renderedNames(session.page, "selection-nom")).toEqual([]);
  });

  it("place les noms des DROM dans leur encart", async () => {
    // La Réunion, real bounds: the map shows its inset.
    await showAndWait(session.page, { bounds: [55.2, -21.4, 55.85, -20.85] });
    expect(await renderedNames(session.page, "noms-prefectures")).toContain("Saint-Denis");
    // Drawn larger than metropolitan France at this zoom: the communes are named already.
    expect(await renderedNames(session.page, "noms-communes-encarts")).toEqual(expect.arrayContaining(["Saint-Pierre", "Le Tampon"]));
    await session.page.screenshot({ path: screenshotPath("noms-encart-reunion") });
    // The scale is La Réunion's: about 70 km across the island (55.22° to 55.84° E at 21° S).
    const across = await session.page.evaluate(() => {
      const map = window.cartoMap!.map;
      const codes = window.cartoStore!.getState().territory!.index.communeCodes;
      const reunion = map.queryRenderedFeatures({ layers: ["communes-fill"] }).filter((f) => codes[f.id as number]!.startsWith("974"));
      const xs = reunion.flatMap((f) => (f.geometry as GeoJSON.Polygon).coordinates.flat(2) as number[]).filter((_, k) => k % 2 === 0);
      // Displayed positions: the inset's, where Mercator's x does not depend on the latitude.
      const pixels = map.project([Math.max(...xs), 45]).x - map.project([Math.min(...xs), 45]).x;
      const scale = document.querySelector<HTMLElement>(".maplibregl-ctrl-scale")!;
      return (pixels / scale.offsetWidth) * Number.parseFloat(scale.textContent!.replace(/\s/g, ""));
    });
    expect(across).toBeGreaterThan(60);
    expect(across).toBeLessThan(75);
  });

  it("affiche l'échelle en bas à gauche, au-dessus de la note de la carte", async () => {
    await showAndWait(session.page, "france");
    const scale = session.page.locator(".maplibregl-ctrl-scale");
    await expect(scale.innerText()).resolves.toMatch(/^\d+\s+k?m$/);
    const [scaleBox, noteBox, mapBox] = await Promise.all([scale.boundingBox(), session.page.locator("#carte-alternative").boundingBox(), session.page.locator(".map").boundingBox()]);
    expect(scaleBox!.x - mapBox!.x).toBeLessThan(40);
    expect(scaleBox!.y + scaleBox!.height).toBeLessThanOrEqual(noteBox!.y);
  });

  it("ne fait aucun appel hors de l'origine de l'application", () => {
    expect(session.foreignRequests).toEqual([]);
    expect(session.pageErrors).toEqual([]);
  });
});
