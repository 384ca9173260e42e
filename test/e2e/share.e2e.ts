// Shareable links: the view written in the address, copied with « Partager », opened in
// a fresh browser profile; and the read-only embedded view (`?integration=1`).
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import type { ViewState } from "../../src/store/view-slice.ts";
import { openBrowser, openTab, screenshotPath, searchField, searchResults, waitForCompleteTerritory, type BrowserSession } from "./browser.ts";

const LYON: [number, number] = [4.8357, 45.764];

/** Opens `url` and waits for the full territory and the restored (or first) save: the link is applied by then. */
async function openView(page: Page, url: string) {
  await page.goto(url);
  await page.waitForSelector('.map[data-status="ready"]', { timeout: 120_000 });
  await waitForCompleteTerritory(page);
  await page.waitForFunction(() => window.cartoStore?.getState().save.status === "saved", undefined, { timeout: 60_000 });
}

/** What a link must restore: the view's shareable part and the active scenario. */
function sharedView(page: Page) {
  return page.evaluate(() => {
    const current = window.cartoStore!.getState();
    const { view } = current;
    const workspace = current.document.workspace;
    return { focus: view.focus, colouring: view.colouring, overlays: view.overlays, selection: view.selection, compareWith: view.compareWith, mode: view.mode, scenario: workspace!.activeScenarioId };
  });
}

/** The screen position of a place, once the map is idle. */
async function pointOf(page: Page, at: [number, number]) {
  await page.evaluate(() => new Promise<void>((resolve) => { const map = window.cartoMap!.map; map.once("idle", () => resolve()); map.triggerRepaint(); }));
  return page.evaluate((lngLat) => {
    const p = window.cartoMap!.map.project(lngLat);
    const box = window.cartoMap!.map.getCanvas().getBoundingClientRect();
    return { x: box.left + p.x, y: box.top + p.y };
  }, at);
}

describe("liens de partage", () => {
  let author: BrowserSession;
  let reader: BrowserSession | undefined;
  let link = "";
  let expected: Awaited<ReturnType<typeof sharedView>>;

  beforeAll(async () => {
    author = await openBrowser(inject("baseUrl"));
    await author.context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: new URL(inject("baseUrl")).origin });
    await openView(author.page, inject("baseUrl"));
  });
  afterAll(async () => {
    await author?.close();
    await reader?.close();
  });

  it("écrit la vue dans l'adresse à mesure qu'elle change, et la copie avec « Partager »", async () => {
    const page = author.page;
    await openTab(page, "Scénarios");
    await page.getByLabel("Nom du nouveau scénario").fill("Option B");
    await page.getByRole("button", { name: "Dupliquer" }).click();
    await openTab(page, "Carte");
    await page.getByLabel("Région", { exact: true }).selectOption("84");
    await page.getByLabel("Capacité (ETP pour 100 000 habitants)", { exact: true }).check({ force: true });
    await page.getByLabel("Limites des EPCI", { exact: true }).setChecked(true, { force: true });
    await page.getByLabel("Grands projets", { exact: true }).setChecked(false, { force: true });
    await searchField(page).fill("Lyon");
    await searchResults(page).getByRole("option", { name: /^Lyon commune, Rhône/ }).first().click();
    await expect(page.getByTestId("details").locator("h2").innerText()).resolves.toContain("Lyon");

    const url = new URL(page.url());
    expect(Object.fromEntries(url.searchParams)).toEqual({
      territoire: "region-84",
      couche: "capacite",
      calques: "regions,departements,epci,acheteurs",
      scenario: "scenario-2",
      commune: "69123",
    });
    // Readable: commas are not escaped.
    expect(url.search).toContain("calques=regions,departements,epci,acheteurs");

    await page.getByRole("button", { name: "Partager" }).click();
    // The clipboard answers asynchronously; the announcement follows.
    await page.getByTestId("annonce-partage").filter({ hasText: /^Lien copié/ }).waitFor();
    link = await page.evaluate(() => navigator.clipboard.readText());
    expect(link).toBe(page.url());
    expected = await sharedView(page);
    expect(expected.focus).toEqual({ level: "region", code: "84" });
    expect(expected.selection).toEqual({ kind: "commune", code: "69123" });
  });

  it("rouvre la même vue dans un profil de navigateur neuf, et dit que le scénario n'y existe pas", async () => {
    reader = await openBrowser(inject("baseUrl"));
    const page = reader.page;
    await openView(page, link);
    const restored = await sharedView(page);
    // This profile has only the demo's first scenario: the rest of the view is restored.
    expect(restored).toEqual({ ...expected, scenario: "scenario-1" });
    await page.getByTestId("annonce-lien").filter({ hasText: "le scénario « scenario-2 »" }).waitFor();
    // What the panels show.
    await openTab(page, "Chiffres");
    await expect(page.getByTestId("indicateurs").locator("h2").innerText()).resolves.toBe("Auvergne-Rhône-Alpes");
    await openTab(page, "Carte");
    await expect(page.getByLabel("Région", { exact: true }).inputValue()).resolves.toBe("84");
    await expect(page.getByTestId("legende").locator("figcaption").innerText()).resolves.toBe("Capacité (ETP pour 100 000 habitants)");
    await expect(page.getByLabel("Limites des EPCI", { exact: true }).isChecked()).resolves.toBe(true);
    await expect(page.getByLabel("Grands projets", { exact: true }).isChecked()).resolves.toBe(false);
    await expect(page.getByTestId("details").locator("h2").innerText()).resolves.toContain("Lyon");
    // The unknown scenario is dropped from the address, which now describes what is shown.
    expect(new URL(page.url()).searchParams.get("scenario")).toBe("scenario-1");
    await page.screenshot({ path: screenshotPath("partage-profil-neuf") });
  });

  it("rouvre aussi le scénario dans le navigateur qui l'a enregistré", async () => {
    const page = await author.context.newPage();
    await openView(page, link);
    await expect(sharedView(page)).resolves.toEqual(expected);
    await openTab(page, "Scénarios");
    await expect(page.getByLabel("Scénario affiché et modifié").locator("option:checked").innerText()).resolves.toBe("Option B");
    await expect(page.getByTestId("annonce-lien").innerText()).resolves.toBe("");
    await page.close();
  });

  it("ignore les valeurs inconnues d'un lien écrit à la main", async () => {
    const page = reader!.page;
    await openView(page, new URL("?territoire=region-99&couche=arc-en-ciel&calques=nuages,regions&commune=99999", inject("baseUrl")).toString());
    const view = await page.evaluate(() => window.cartoStore!.getState().view as ViewState);
    expect(view.focus).toBeNull();
    expect(view.colouring).toBe("zones-blanches");
    expect(Object.entries(view.overlays).filter(([, on]) => on).map(([name]) => name)).toEqual(["regions"]);
    expect(view.selection).toBeNull();
    expect(reader!.pageErrors).toEqual([]);
  });

  it("montre le lien sélectionné dans un champ quand le presse-papiers est refusé", async () => {
    const page = reader!.page;
    await page.evaluate(() => {
      navigator.clipboard.writeText = () => Promise.reject(new DOMException("refusé", "NotAllowedError"));
    });
    await page.getByRole("button", { name: "Partager" }).click();
    const field = page.getByLabel("Lien vers cette vue");
    await expect(field.inputValue()).resolves.toBe(page.url());
    await expect(field.getAttribute("readonly")).resolves.not.toBeNull();
    await expect(field.evaluate((input: HTMLInputElement) => [input.selectionStart, input.selectionEnd, document.activeElement === input])).resolves.toEqual([0, page.url().length, true]);
  });
});

describe("vue intégrée (?integration=1)", () => {
  let session: BrowserSession;
  beforeAll(async () => {
    session = await openBrowser(inject("baseUrl"), { width: 800, height: 500 });
    await openView(session.page, new URL("?integration=1&territoire=region-84&couche=couverture", inject("baseUrl")).toString());
  });
  afterAll(async () => {
    await session?.close();
  });

  it("montre la carte, la légende, les chiffres et le lien vers l'application, sans aucun outil d'édition", async () => {
    const page = session.page;
    await expect(page.getByTestId("integration-chiffres").locator("h1").innerText()).resolves.toBe("Clause sociale : Auvergne-Rhône-Alpes");
    await expect(page.getByTestId("legende").locator("figcaption").innerText()).resolves.toBe("Nombre de facilitateurs");
    for (const absent of ["header", "[data-testid=historique]", "[data-testid=scenarios]", "[data-testid=partage]", ".side-panel", "input:not([type=hidden])", "select", "dialog"]) {
      await expect(page.locator(absent).count(), absent).resolves.toBe(0);
    }
    const buttons = await page.getByRole("button").allInnerTexts();
    for (const text of buttons) expect(text).not.toMatch(/Modifier|Importer|Exporter|Annuler|Rétablir|Dupliquer/);
    const open = page.getByRole("link", { name: "Ouvrir dans Carto Clause Sociale" });
    const href = new URL((await open.getAttribute("href"))!, page.url());
    expect(href.searchParams.get("integration")).toBeNull();
    expect(href.searchParams.get("territoire")).toBe("region-84");
    await expect(open.getAttribute("target")).resolves.toBe("_blank");
    await page.evaluate(() => new Promise<void>((resolve) => { const map = window.cartoMap!.map; map.once("idle", () => resolve()); map.triggerRepaint(); }));
    await page.screenshot({ path: screenshotPath("integration") });
  });

  it("ne modifie rien, même si l'édition est demandée au magasin puis la carte cliquée", async () => {
    const page = session.page;
    const facilitateur = await page.evaluate(() => window.cartoStore!.getState().derived.project()!.facilitateurs[0]!.id);
    const before = await page.evaluate(() => JSON.stringify(window.cartoStore!.getState().document.workspace));
    // The editing actions refuse: nothing can put the map in editing.
    const outcome = await page.evaluate((id) => {
      const state = window.cartoStore!.getState();
      state.startEditing(id);
      return { editing: window.cartoStore!.getState().view.editing, add: state.addCommunesToPerimeter(id, ["69123"]), click: state.editAtCommune("69123") };
    }, facilitateur);
    expect(outcome.editing).toBeNull();
    expect(outcome.add.ok).toBe(false);
    expect(outcome.click.ok).toBe(false);
    const point = await pointOf(page, LYON);
    await page.mouse.click(point.x, point.y);
    // A click shows the commune, read-only.
    await expect(page.getByTestId("integration-commune").innerText()).resolves.toContain("Lyon (69123)");
    const state = await page.evaluate(() => ({ workspace: JSON.stringify(window.cartoStore!.getState().document.workspace), canUndo: window.cartoStore!.getState().derived.history().canUndo, editing: window.cartoStore!.getState().view.editing }));
    expect(state).toEqual({ workspace: before, canUndo: false, editing: null });
    await page.keyboard.press("Control+z");
    expect(session.pageErrors).toEqual([]);
    await page.screenshot({ path: screenshotPath("integration-clic-lyon") });
  });
});
