// A 1280 × 720 window (a projector, a laptop): the page does not scroll, the map's canvas is
// its panel's size, and neither the legend nor the text note covers France, its insets or a
// focused région.
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { openBrowser, screenPointOfDrawnCommune, screenshotPath, waitForCompleteTerritory, type BrowserSession } from "./browser.ts";

let session: BrowserSession;

type Box = { left: number; top: number; right: number; bottom: number };
const overlaps = (a: Box, b: Box) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

describe("fenêtre de 1280 × 720", () => {
  beforeAll(async () => {
    session = await openBrowser(inject("baseUrl"), { width: 1280, height: 720 });
    await session.page.goto(inject("baseUrl"));
    await session.page.waitForSelector('.map[data-status="ready"]', { timeout: 120_000 });
    await waitForCompleteTerritory(session.page);
    // The demo notice is shown above the map once the project is loaded: the layout has changed since the map was made.
    await session.page.getByText("Données de démonstration fictives").first().waitFor();
  });
  afterAll(async () => {
    await session?.close();
  });

  it("ne fait pas défiler la page, et la carte a la taille de son panneau", async () => {
    const sizes = await session.page.evaluate(() => {
      const box = (element: Element) => {
        const { left, top, right, bottom } = element.getBoundingClientRect();
        return { left, top, right, bottom };
      };
      return { page: document.documentElement.scrollHeight, window: window.innerHeight, canvas: box(window.cartoMap!.map.getCanvas()), container: box(window.cartoMap!.map.getContainer()) };
    });
    expect(sizes.page).toBe(sizes.window);
    // MapLibre sizes its canvas in whole pixels; the panel may end on a fraction of one.
    for (const edge of ["left", "top", "right", "bottom"] as const) expect(Math.abs(sizes.canvas[edge] - sizes.container[edge]), edge).toBeLessThan(1);
  });

  it("montre la France et les cinq encarts hors de la légende et de la note", async () => {
    const boxes = await session.page.evaluate(() => {
      const box = (element: Element) => {
        const { left, top, right, bottom } = element.getBoundingClientRect();
        return { left, top, right, bottom };
      };
      const map = window.cartoMap!.map;
      const canvas = map.getCanvas().getBoundingClientRect();
      // Everything the national view draws: metropolitan France, Corsica and the insets (FRANCE_BOUNDS).
      const sw = map.project([-10.4, 41.2]);
      const ne = map.project([9.7, 51.3]);
      return {
        france: { left: canvas.left + sw.x, top: canvas.top + ne.y, right: canvas.left + ne.x, bottom: canvas.top + sw.y },
        map: box(map.getContainer()),
        note: box(document.getElementById("carte-alternative")!),
        insets: [...document.querySelectorAll(".inset-label")].map((label) => ({ name: label.textContent, ...box(label) })),
      };
    });
    expect(boxes.insets.map((inset) => inset.name)).toEqual(["Guadeloupe", "Martinique", "Guyane", "La Réunion", "Mayotte"]);
    expect(boxes.france.top).toBeGreaterThanOrEqual(boxes.map.top);
    expect(boxes.france.left).toBeGreaterThanOrEqual(boxes.map.left);
    expect(boxes.france.bottom).toBeLessThanOrEqual(boxes.map.bottom);
    expect(overlaps(boxes.france, boxes.note)).toBe(false);
    for (const inset of boxes.insets) expect(overlaps(inset, boxes.note), inset.name!).toBe(false);
    await session.page.screenshot({ path: screenshotPath("fenetre-1280x720") });
  });

  it("montre le survol d'une commune d'un encart à côté du pointeur, sans la cacher", async () => {
    const page = session.page;
    // Basse-Terre, in the Guadeloupe inset at the top left, where the box used to be.
    const point = await screenPointOfDrawnCommune(page, "97105");
    await page.mouse.move(point.x, point.y);
    const info = page.getByTestId("survol");
    await expect(info.innerText()).resolves.toContain("(97105)");
    const box = (await info.boundingBox())!;
    const map = (await page.locator(".map").boundingBox())!;
    const covers = point.x >= box.x && point.x <= box.x + box.width && point.y >= box.y && point.y <= box.y + box.height;
    expect(covers).toBe(false);
    expect(box.x).toBeGreaterThanOrEqual(map.x);
    expect(box.x + box.width).toBeLessThanOrEqual(map.x + map.width);
    expect(box.y).toBeGreaterThanOrEqual(map.y);
    expect(box.y + box.height).toBeLessThanOrEqual(map.y + map.height);
    await page.screenshot({ path: screenshotPath("fenetre-1280x720-survol-guadeloupe") });
    await page.mouse.move(1, 1);
  });

  it("montre toute la région choisie hors de la légende et de la note", async () => {
    const page = session.page;
    // A commune's card open over the map's right side, then Auvergne-Rhône-Alpes: the Savoies, on the card's side.
    await page.evaluate(() => window.cartoStore!.getState().select({ kind: "commune", code: "69123" }));
    await page.locator(".selection-card").waitFor();
    await page.getByLabel("Région", { exact: true }).selectOption("84");
    await page.waitForFunction(() => window.cartoStore!.getState().transient.fit !== null);
    const boxes = await page.evaluate(
      () =>
        new Promise<Record<"region" | "map" | "legend" | "note", { left: number; top: number; right: number; bottom: number }>>((resolve) => {
          const map = window.cartoMap!.map;
          map.once("idle", () => {
            const box = (element: Element) => {
              const { left, top, right, bottom } = element.getBoundingClientRect();
              return { left, top, right, bottom };
            };
            const [w, s, e, n] = window.cartoStore!.getState().transient.fit!.bbox!;
            const canvas = map.getCanvas().getBoundingClientRect();
            const sw = map.project([w, s]);
            const ne = map.project([e, n]);
            resolve({
              region: { left: canvas.left + sw.x, top: canvas.top + ne.y, right: canvas.left + ne.x, bottom: canvas.top + sw.y },
              map: box(map.getContainer()),
              legend: box(document.querySelector(".selection-card")!),
              note: box(document.getElementById("carte-alternative")!),
            });
          });
          map.triggerRepaint();
        }),
    );
    expect(boxes.region.top).toBeGreaterThanOrEqual(boxes.map.top);
    expect(boxes.region.left).toBeGreaterThanOrEqual(boxes.map.left);
    expect(boxes.region.right).toBeLessThanOrEqual(boxes.map.right);
    expect(boxes.region.bottom).toBeLessThanOrEqual(boxes.map.bottom);
    expect(overlaps(boxes.region, boxes.legend)).toBe(false);
    expect(overlaps(boxes.region, boxes.note)).toBe(false);
    await page.screenshot({ path: screenshotPath("fenetre-1280x720-auvergne-rhone-alpes") });
  });
});
