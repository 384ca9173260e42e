// Time to usable, pinned as behaviour (the bench, `npm run bench:browser`, prints the times):
// search by name and names under the pointer do not wait for the polygons; a shared
// `?commune=` link shows the commune's name in its card from the first moment; the first
// layer switch does not wait for the work the load started (names, polygons held back); the
// map asks for its tiles before the project is even downloaded.
import type { Page, Route } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { paletteCode, UNWRITTEN_CODE } from "../../src/map/commune-states.ts";
import { LEGENDS } from "../../src/map/palettes.ts";
import { openBrowser, screenshotPath, searchField, searchResults, type BrowserSession } from "./browser.ts";

let session: BrowserSession;

/** Holds the responses to `pattern` until the returned function lets them through. */
async function holdBack(page: Page, pattern: string): Promise<() => void> {
  let release: () => void = () => undefined;
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route(pattern, async (route: Route) => {
    await held;
    await route.continue().catch(() => undefined); // the page may have gone
  });
  return release;
}

const firstViewDrawn = (page: Page) => page.waitForFunction(() => performance.getEntriesByName("carte-premiere-vue").length > 0, undefined, { timeout: 120_000, polling: "raf" });
const hasPolygons = (page: Page) => page.evaluate(() => window.cartoStore!.getState().territory?.geometry != null);

describe("utilisable avant la fin du chargement", () => {
  beforeAll(async () => {
    session = await openBrowser(inject("baseUrl"));
  });
  afterAll(async () => {
    await session?.page.unrouteAll({ behavior: "ignoreErrors" });
    await session?.close();
  });

  it("trouve une commune par son nom et nomme la commune survolée sans attendre les contours", async () => {
    const page = session.page;
    const release = await holdBack(page, "**/geo/france.topo.json");
    await page.goto(inject("baseUrl"));
    await searchField(page).fill("Carcassonne");
    await searchResults(page).getByRole("option", { name: /^Carcassonne commune, Aude/ }).first().waitFor({ timeout: 120_000 });
    await page.keyboard.press("Escape");
    // The pointer over the middle of the map names the commune under it.
    const box = (await page.locator(".maplibregl-canvas").boundingBox())!;
    await page.mouse.move(box.x + box.width * 0.55, box.y + box.height * 0.45);
    const line = page.locator(".hover-info p:not(.hover-info__object)").first();
    await expect(line.innerText()).resolves.toMatch(/^[A-ZÀ-Ý][^(]+ \(\d[\dAB]\d{3}\)/);
    expect(await hasPolygons(page)).toBe(false);
    await page.screenshot({ path: screenshotPath("utilisable-avant-contours") });
    release();
  });

  it("montre le nom de la commune d'un lien ?commune= dès que sa fiche s'ouvre", async () => {
    const page = session.page;
    await page.unrouteAll({ behavior: "ignoreErrors" });
    // Every text the card's title has had, from the page's first moment.
    await page.addInitScript(() => {
      const seen: string[] = [];
      (window as unknown as { titles: string[] }).titles = seen;
      new MutationObserver(() => {
        const title = document.querySelector('[data-testid="details"] h2')?.textContent?.trim();
        if (title && seen.at(-1) !== title) seen.push(title);
      }).observe(document, { subtree: true, childList: true, characterData: true });
    });
    await page.goto(new URL("?commune=11069", inject("baseUrl")).toString());
    await expect(page.getByTestId("details").locator("h2").innerText({ timeout: 120_000 })).resolves.toContain("Carcassonne");
    const titles = await page.evaluate(() => (window as unknown as { titles: string[] }).titles);
    expect(titles.length).toBeGreaterThan(0);
    for (const title of titles) expect(title).toContain("Carcassonne");
  });

  it("change de couche colorée dès la première vue, noms et contours encore en route", async () => {
    const page = session.page;
    await page.unrouteAll({ behavior: "ignoreErrors" });
    const releases = [await holdBack(page, "**/web/complement-reference.json"), await holdBack(page, "**/geo/france.topo.json")];
    await page.goto(inject("baseUrl"));
    await firstViewDrawn(page);
    await page.getByRole("group", { name: /^(Couche|Colorer)/ }).getByRole("radio", { name: "Nombre de facilitateurs" }).check({ force: true });
    await expect(page.getByTestId("legende").locator("figcaption").innerText()).resolves.toMatch(/^Nombre de facilitateurs/);
    // The map's own colours changed: every commune sampled has a colour of the new layer.
    const allowed = LEGENDS.couverture.map((entry) => paletteCode("couverture", entry.value));
    const codes = await page.evaluate(
      () =>
        new Promise<number[]>((resolve) => {
          const map = window.cartoMap!.map;
          const read = () => Array.from({ length: 50 }, (_, k) => Number(map.getFeatureState({ source: "france", sourceLayer: "communes", id: k * 697 })["v"]));
          map.once("idle", () => resolve(read()));
          map.triggerRepaint();
        }),
    );
    for (const code of codes) expect(allowed).toContain(code);
    const territory = await page.evaluate(() => ({ complete: window.cartoStore!.getState().territory!.complete, polygons: window.cartoStore!.getState().territory!.geometry !== null }));
    expect(territory).toEqual({ complete: false, polygons: false });
    for (const release of releases) release();
  });

  it("demande les tuiles des communes sans attendre le projet, et ne les montre qu'en couleurs", async () => {
    const page = session.page;
    await page.unrouteAll({ behavior: "ignoreErrors" });
    const release = await holdBack(page, "**/demo/projet-demo.json");
    const tile = page.waitForRequest(/\/web\/tiles\/\d+\/\d+\/\d+\.pbf$/, { timeout: 120_000 });
    // The project file is preloaded by the page: its load event waits for it.
    await page.goto(inject("baseUrl"), { waitUntil: "commit" });
    await tile;
    // The map asked for its tiles while the project is still on its way, hence not computed.
    const waiting = await page.evaluate(() => ({ result: window.cartoStore?.getState().derived.result() ?? null, drawn: performance.getEntriesByName("carte-premiere-vue").length }));
    expect(waiting).toEqual({ result: null, drawn: 0 });
    release();
    await firstViewDrawn(page);
    // Drawn in the project's colours: the communes' layer is opaque, and each commune sampled
    // is drawn with the code of its zone blanche class (its feature-state, or « Couverte »
    // where it has none).
    const shown = await page.evaluate(() => {
      const map = window.cartoMap!.map;
      const state = window.cartoStore!.getState();
      const status = state.derived.result()!.status;
      const sampled = Array.from({ length: 200 }, (_, k) => k * 173).filter((c) => c < status.length);
      return {
        opacity: map.getPaintProperty("communes-fill", "fill-opacity"),
        colouring: state.view.colouring,
        communes: sampled.map((c) => ({ status: status[c]!, code: map.getFeatureState({ source: "france", sourceLayer: "communes", id: c })["v"] as number | undefined })),
      };
    });
    expect(shown.opacity).toBe(1);
    expect(shown.colouring).toBe("zones-blanches");
    for (const commune of shown.communes) expect(commune.code ?? UNWRITTEN_CODE).toBe(paletteCode("zones-blanches", commune.status));
    // Both kinds are sampled: communes with a state and communes drawn without one.
    expect(new Set(shown.communes.map((commune) => commune.code === undefined)).size).toBe(2);
  });

  it("ne fait aucune erreur dans la page", () => {
    expect(session.pageErrors).toEqual([]);
  });
});
