// The map screen's panels: demo notice, search, focus on a région, layers and legend.
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { computeDemoFigures, type DemoFigures } from "../helpers/demo-figures.ts";
import { type BrowserSession, openBrowser, openTab, screenPointOfDrawnCommune, screenshotPath, searchField, waitForCompleteTerritory, waitForData } from "./browser.ts";

let session: BrowserSession;
let demo: DemoFigures;

const digits = (text: string) => text.replace(/\D/g, "");

// The first three groups share one page, opened once in a fresh profile (opening the app is
// most of a group's time): the insets first, at the national view the app opens on. The
// last group holds the reference back, so it opens its own.
describe("encarts des DROM", () => {
  beforeAll(async () => {
    demo = computeDemoFigures();
    session = await openBrowser(inject("baseUrl"));
    await session.page.goto(inject("baseUrl"));
    await session.page.waitForSelector('.map[data-status="ready"]', { timeout: 120_000 });
    await waitForData(session.page);
    await waitForCompleteTerritory(session.page);
  });

  it("dessine les cinq DROM en encarts à la vue nationale, cliquables avec leur vrai code", async () => {
    const codes = await session.page.evaluate(() => [...new Set(window.cartoMap!.map.queryRenderedFeatures({ layers: ["communes-fill"] }).map((f) => String(window.cartoStore!.getState().territory!.index.communeCodes[f.id as number])))]);
    for (const code of ["97105", "97209", "97302", "97411", "97611"]) expect(codes).toContain(code); // Basse-Terre, Fort-de-France, Cayenne, Saint-Denis, Mamoudzou
    await expect(session.page.locator(".inset-label").allInnerTexts()).resolves.toEqual(["Guadeloupe", "Martinique", "Guyane", "La Réunion", "Mayotte"]);
    // Each inset framed (the frames come with the communes' tiles).
    const frames = await session.page.evaluate(() => window.cartoMap!.map.queryRenderedFeatures({ layers: ["encadres-line"] }).length);
    expect(frames).toBeGreaterThanOrEqual(5);
    // Click Saint-Denis (La Réunion) where the inset draws it (the buyers' symbols hidden: they sit on the préfecture).
    await session.page.getByLabel("Acheteurs de l'État", { exact: true }).setChecked(false, { force: true });
    const point = await screenPointOfDrawnCommune(session.page, "97411");
    await session.page.mouse.click(point.x, point.y);
    await expect(session.page.getByTestId("details").locator("h2").innerText()).resolves.toContain("Saint-Denis (97411)");
    await session.page.screenshot({ path: screenshotPath("encarts-drom") });
    // The next groups read the page as opened: the buyers' symbols shown again.
    await session.page.getByLabel("Acheteurs de l'État", { exact: true }).setChecked(true, { force: true });
  });
});

describe("panneaux de l'écran carte", () => {
  it("dit que les facilitateurs de démonstration sont fictifs", async () => {
    await expect(session.page.getByTestId("avertissement-demo").innerText()).resolves.toMatch(/fictif|fictive/i);
  });

  it("affiche les chiffres nationaux du moteur de couverture", async () => {
    const national = demo.result.indicators.national;
    await openTab(session.page, "Chiffres");
    await expect(session.page.getByTestId("indicateurs").locator("h2").innerText()).resolves.toBe("France");
    expect(digits(await session.page.getByTestId("nb-facilitateurs").innerText())).toBe(String(national.facilitateurs));
  });

  it("change les chiffres pour ceux de la région choisie, puis revient à la France", async () => {
    const region = demo.result.indicators.regions.find((r) => r.code === "27")!; // Bourgogne-Franche-Comté
    await openTab(session.page, "Carte");
    await session.page.getByLabel("Région", { exact: true }).selectOption("27");
    await openTab(session.page, "Chiffres");
    await expect(session.page.getByTestId("indicateurs").locator("h2").innerText()).resolves.toBe(region.nom);
    expect(digits(await session.page.getByTestId("nb-facilitateurs").innerText())).toBe(String(region.facilitateurs));
    await session.page.screenshot({ path: screenshotPath("panneaux-region-bfc") });
    await openTab(session.page, "Carte");
    await session.page.getByRole("button", { name: "Revenir à la France entière" }).click();
    await openTab(session.page, "Chiffres");
    await expect(session.page.getByTestId("indicateurs").locator("h2").innerText()).resolves.toBe("France");
    await openTab(session.page, "Carte");
  });

  it("atténue le reste de la carte autour de la région choisie et dessine les limites des régions et les acheteurs", async () => {
    const page = session.page;
    /** Features of an overlay source in the loaded tiles, once the map is idle. */
    const featuresOf = (source: string) =>
      page.evaluate(
        (name) =>
          new Promise<number>((resolve) => {
            const map = window.cartoMap!.map;
            map.once("idle", () => resolve(map.querySourceFeatures(name).length));
            map.triggerRepaint();
          }),
        source,
      );
    expect(await featuresOf("regions")).toBeGreaterThan(0);
    expect(await featuresOf("acheteurs")).toBeGreaterThan(0);
    expect(await featuresOf("masque")).toBe(0);
    await page.getByLabel("Région", { exact: true }).selectOption("27");
    await expect.poll(() => featuresOf("masque")).toBeGreaterThan(0);
    await page.screenshot({ path: screenshotPath("focus-region-bfc-masque") });
    await page.getByRole("button", { name: "Revenir à la France entière" }).click();
    await expect.poll(() => featuresOf("masque")).toBe(0);
  });

  it("trouve « Saint-Étienne » depuis « saint etienne » et montre ses facilitateurs", async () => {
    const search = searchField(session.page);
    await search.fill("saint etienne");
    const first = session.page.getByTestId("resultats-recherche").getByRole("option").first();
    await expect(first.innerText()).resolves.toMatch(/^Saint-Étienne commune, Loire/);
    await first.click();
    await expect(session.page.getByTestId("details").locator("h2").innerText()).resolves.toContain("Saint-Étienne");
    const c = demo.index.communeIndex.get("42218")!;
    const expected = demo.result.coverage.offsets[c + 1]! - demo.result.coverage.offsets[c]!;
    await expect(session.page.getByTestId("facilitateurs-commune").locator("li").count()).resolves.toBe(expected);
  });

  it("montre le premier résultat avec Entrée, et parcourt les résultats aux flèches", async () => {
    const page = session.page;
    const search = searchField(page);
    await search.fill("saint etienne");
    await expect(page.getByRole("status").filter({ hasText: "résultats" }).innerText()).resolves.toMatch(/^\d+ résultats : Entrée pour le premier/);
    // The focus stays in the field; the active option is the field's aria-activedescendant.
    const active = () => page.evaluate(() => document.getElementById(document.activeElement?.getAttribute("aria-activedescendant") ?? "")?.textContent ?? "");
    await expect(active()).resolves.toMatch(/^Saint-Étienne commune, Loire/);
    await search.press("ArrowDown");
    await expect(active()).resolves.toMatch(/^Saint-Étienne-du-Rouvray/);
    await search.press("ArrowUp");
    await expect(active()).resolves.toMatch(/^Saint-Étienne commune, Loire/);
    await search.press("Escape");
    await expect(search.getAttribute("aria-expanded")).resolves.toBe("false");
    await expect(page.evaluate(() => document.activeElement?.getAttribute("role"))).resolves.toBe("combobox");
    await search.fill("42000");
    await search.press("Enter");
    await expect(page.getByTestId("details").locator("h2").innerText()).resolves.toContain("Saint-Étienne (42218)");
  });

  it("trouve une commune par son code postal", async () => {
    await searchField(session.page).fill("42000");
    await expect(session.page.getByTestId("resultats-recherche").innerText()).resolves.toContain("Saint-Étienne");
  });

  it("change la légende avec la couche colorée", async () => {
    for (const label of ["Nombre de facilitateurs", "Capacité (ETP pour 100 000 habitants)", "Chevauchements", "Facilitateur", "Zones blanches"]) {
      // DSFR draws its own radio over the native input, which stays in the page for keyboards and screen readers.
      await session.page.getByLabel(label, { exact: true }).check({ force: true });
      await expect(session.page.getByTestId("legende").locator("figcaption").innerText()).resolves.toBe(label);
    }
  });
});

describe("survol et clic sur la carte", () => {
  afterAll(async () => {
    await session?.close();
  });

  it("bascule chaque couche superposée sur la carte et montre sa légende", async () => {
    const layers: Record<string, [string, string]> = {
      regions: ["Limites des régions", "regions-line"],
      departements: ["Limites des départements", "departements-line"],
      epci: ["Limites des EPCI", "epci-line"],
      perimetres: ["Contours des périmètres", "perimetres-line"],
      acheteurs: ["Acheteurs de l'État", "acheteurs-symbole"],
      "grands-projets": ["Grands projets", "grands-projets-zone"],
      coordinateurs: ["Sièges des coordinateurs", "coordinateurs-symbole"],
    };
    const visibility = (layer: string) => session.page.evaluate((id) => window.cartoMap!.map.getLayoutProperty(id, "visibility") ?? "visible", layer);
    for (const [key, [label, layer]] of Object.entries(layers)) {
      const box = session.page.getByLabel(label, { exact: true });
      const before = await box.isChecked();
      await box.setChecked(!before, { force: true });
      await expect(visibility(layer)).resolves.toBe(before ? "none" : "visible");
      // Every overlay's symbol stands beside its name in the list; those with several symbols detail them while shown.
      if (["acheteurs", "coordinateurs", "grands-projets"].includes(key)) await expect(session.page.getByTestId(`legende-${key}`).count()).resolves.toBe(before ? 0 : 1);
      await box.setChecked(before, { force: true });
      await expect(visibility(layer)).resolves.toBe(before ? "visible" : "none");
    }
  });

  it("montre au survol le nom, le code, la population et les facilitateurs d'une commune, et au clic son détail", async () => {
    const lyon: [number, number] = [4.8357, 45.764];
    await session.page.evaluate(
      (center) =>
        new Promise<void>((resolve) => {
          const map = window.cartoMap!.map;
          map.once("idle", () => resolve());
          map.jumpTo({ center, zoom: 8 });
        }),
      lyon,
    );
    const point = await session.page.evaluate((at) => {
      const p = window.cartoMap!.map.project(at);
      const box = window.cartoMap!.map.getCanvas().getBoundingClientRect();
      return { x: box.left + p.x, y: box.top + p.y };
    }, lyon);
    await session.page.mouse.move(point.x, point.y);
    await expect(session.page.getByTestId("survol").innerText()).resolves.toContain("Lyon (69123)");
    // The State buyers' symbols sit on Lyon: hidden, the click reaches the commune.
    await session.page.getByLabel("Acheteurs de l'État", { exact: true }).setChecked(false, { force: true });
    await session.page.mouse.click(point.x, point.y);
    await expect(session.page.getByTestId("details").locator("h2").innerText()).resolves.toContain("Lyon");
    const c = demo.index.communeIndex.get("69123")!;
    const names = Array.from(demo.result.coverage.facilitateurs.subarray(demo.result.coverage.offsets[c]!, demo.result.coverage.offsets[c + 1]!), (f) => demo.project.facilitateurs[f]!.nom);
    expect(names.length).toBeGreaterThan(0);
    const shown = await session.page.getByTestId("facilitateurs-commune").innerText();
    for (const name of names) expect(shown).toContain(name);
    await session.page.screenshot({ path: screenshotPath("carte-clic-lyon") });
    await session.page.getByRole("button", { name: "Voir la région" }).click();
    await session.page.getByLabel("Acheteurs de l'État", { exact: true }).setChecked(true, { force: true });
    await openTab(session.page, "Chiffres");
    const region = demo.result.indicators.regions.find((r) => r.code === "84")!;
    await expect(session.page.getByTestId("indicateurs").locator("h2").innerText()).resolves.toBe(region.nom);
    expect(digits(await session.page.getByTestId("nb-facilitateurs").innerText())).toBe(String(region.facilitateurs));
    await session.page.evaluate(() => new Promise<void>((resolve) => { const map = window.cartoMap!.map; map.once("idle", () => resolve()); map.triggerRepaint(); }));
    await session.page.screenshot({ path: screenshotPath("carte-focus-region-ara") });
  });
});

describe("recherche avant l'arrivée des noms des communes", () => {
  let release: () => void = () => undefined;
  beforeAll(async () => {
    session = await openBrowser(inject("baseUrl"));
    // The reference complement (names, postal codes) held back until the test lets it through.
    const held = new Promise<void>((resolve) => (release = resolve));
    await session.page.route("**/web/complement-reference.json", async (route) => {
      await held;
      await route.continue();
    });
    await session.page.goto(inject("baseUrl"));
    await waitForData(session.page);
  });
  afterAll(async () => {
    release();
    await session?.close();
  });

  it("dit que les noms se chargent au lieu de « aucun résultat », puis montre les communes trouvées sans nouvelle saisie", async () => {
    const page = session.page;
    await expect(page.evaluate(() => window.cartoStore!.getState().territory!.complete)).resolves.toBe(false);
    await searchField(page).fill("lyon");
    const results = page.getByTestId("resultats-recherche");
    await expect(results.innerText()).resolves.toContain("Chargement des noms des communes et des codes postaux…");
    await expect(results.innerText()).resolves.not.toContain("Aucun résultat");
    release();
    await expect(results.getByRole("option", { name: /^Lyon commune, Rhône/ }).first().innerText({ timeout: 120_000 })).resolves.toMatch(/^Lyon commune, Rhône/);
    await expect(results.innerText()).resolves.not.toContain("Chargement des noms");
  });
});
