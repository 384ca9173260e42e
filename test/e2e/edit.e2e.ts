// Planning coverage in the browser: edit a perimeter by clicking the map, see the figures
// change, reload and find the edit kept, undo it; duplicate a scenario and compare.
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { type BrowserSession, centreOnCommune, openBrowser, openTab, screenshotPath, searchField, searchOption, waitForCompleteTerritory, waitForData } from "./browser.ts";
import { FILL_KEY, paletteCode } from "../../src/map/commune-states.ts";

let session: BrowserSession;

/** The « Couvertes » figure of the « Chiffres » tab (opened when needed). */
const coveredCommunes = async (page: BrowserSession["page"]) =>
  (await openTab(page, "Chiffres"),
  page
    .getByTestId("indicateurs")
    .locator("tr", { hasText: "Couvertes" })
    .locator("td")
    .first()
    .innerText()
    .then((text) => Number(text.replace(/\D/g, ""))));

/** Waits for the app, its full territory and the saving in this browser. */
async function openApp(page: BrowserSession["page"]) {
  await page.goto(inject("baseUrl"));
  await waitForData(page);
  await waitForCompleteTerritory(page);
  await page.waitForFunction(() => window.cartoStore?.getState().save.status === "saved", undefined, { timeout: 60_000 });
}


describe("modifier un périmètre, annuler, retrouver après rechargement, comparer des scénarios", () => {
  let facilitateur: { id: string; nom: string };
  let commune: string;

  beforeAll(async () => {
    session = await openBrowser(inject("baseUrl"));
    await openApp(session.page);
    // A commune without facilitator (zone blanche 1) and a facilitator of its département.
    ({ facilitateur, commune } = await session.page.evaluate(() => {
      const current = window.cartoStore!.getState();
      const { territory } = current;
      const project = current.derived.project();
      const result = current.derived.result();
      const index = territory!.index;
      for (let c = 0; c < index.communeCount; c++) {
        if (result!.status[c] !== 1 || index.communeCodes[c]!.startsWith("97")) continue;
        const departement = index.reference.communes[c]!.departement;
        const structures = new Set(project!.structures.filter((s) => s.communeSiege.startsWith(departement.slice(0, 2))).map((s) => s.id));
        const f = project!.facilitateurs.find((item) => item.role === "facilitateur" && structures.has(item.structure));
        if (f) return { facilitateur: { id: f.id, nom: f.nom }, commune: index.communeCodes[c]! };
      }
      throw new Error("aucune commune sans facilitateur trouvée");
    }));
  });
  afterAll(async () => {
    await session?.close();
  });

  it("ajoute une commune au périmètre par un clic sur la carte et change les chiffres", async () => {
    const page = session.page;
    const before = await coveredCommunes(page);
    await searchField(page).fill(facilitateur.nom);
    await searchOption(page, "Facilitateurs", facilitateur.nom).click();
    await page.getByRole("button", { name: "Modifier le périmètre" }).click();
    await expect(page.getByTestId("edition-perimetre").isVisible()).resolves.toBe(true);
    const point = await centreOnCommune(page, commune);
    await page.mouse.click(point.x, point.y);
    await expect.poll(() => page.getByTestId("message-edition").innerText()).toMatch(/Ajout/);
    await expect.poll(() => coveredCommunes(page)).toBe(before + 1);
    const perimeter = await page.evaluate((id) => window.cartoStore!.getState().derived.project()!.facilitateurs.find((f) => f.id === id)!.perimetre, facilitateur.id);
    expect(perimeter).toContainEqual({ niveau: "commune", code: commune });
    await page.screenshot({ path: screenshotPath("edition-perimetre") });
  });

  it("retrouve la modification après rechargement de la page", async () => {
    const page = session.page;
    const covered = await coveredCommunes(page);
    await page.evaluate(() => window.cartoProjects!.flush());
    await openApp(page);
    await expect.poll(() => coveredCommunes(page)).toBe(covered);
    const perimeter = await page.evaluate((id) => window.cartoStore!.getState().derived.project()!.facilitateurs.find((f) => f.id === id)!.perimetre, facilitateur.id);
    expect(perimeter).toContainEqual({ niveau: "commune", code: commune });
  });

  it("annule la modification par Ctrl+Z et la rétablit par Ctrl+Maj+Z", async () => {
    const page = session.page;
    const covered = await coveredCommunes(page);
    // History does not survive a reload: redo the edit through the store, then undo it by keyboard.
    await page.evaluate(
      ([id, code]) => {
        window.cartoStore!.getState().removeCommunesFromPerimeter(id!, [code!]);
      },
      [facilitateur.id, commune],
    );
    await expect.poll(() => coveredCommunes(page)).toBe(covered - 1);
    await page.locator("body").click({ position: { x: 5, y: 5 } });
    await page.keyboard.press("Control+z");
    await expect.poll(() => coveredCommunes(page)).toBe(covered);
    await page.keyboard.press("Control+Shift+z");
    await expect.poll(() => coveredCommunes(page)).toBe(covered - 1);
    await page.getByRole("button", { name: "Annuler" }).click();
    await expect.poll(() => coveredCommunes(page)).toBe(covered);
  });

  it("duplique le scénario, le modifie et le compare à la situation actuelle", async () => {
    const page = session.page;
    await openTab(page, "Scénarios");
    await page.getByLabel("Nom du nouveau scénario").fill("Option B");
    await page.getByRole("button", { name: "Dupliquer" }).click();
    await expect(page.getByLabel("Scénario affiché et modifié").inputValue()).resolves.not.toBe("");
    await page.evaluate(
      ([id, code]) => {
        window.cartoStore!.getState().removeCommunesFromPerimeter(id!, [code!]);
      },
      [facilitateur.id, commune],
    );
    const reference = await page.evaluate(() => window.cartoStore!.getState().document.workspace!.scenarios[0]!.nom);
    await page.getByLabel("Comparer avec").selectOption({ label: reference });
    const table = page.getByTestId("comparaison");
    await expect(table.innerText()).resolves.toMatch(/1 commune\(s\) perdent leur couverture/);
    // The commune that changes is named, and shows on the map.
    await table.getByText(/perdent leur couverture/).click();
    await table.getByRole("button", { name: new RegExp(`\\(${commune}\\)`) }).click();
    await expect(page.evaluate(() => window.cartoStore!.getState().view.selection)).resolves.toEqual({ kind: "commune", code: commune });
    await openTab(page, "Carte");
    await expect(page.getByTestId("legende").innerText()).resolves.toContain("Perd sa couverture");
    const state = await page.evaluate((code) => {
      const map = window.cartoMap!.map;
      const c = window.cartoStore!.getState().territory!.index.communeIndex.get(code)!;
      return map.getFeatureState({ source: "france", sourceLayer: "communes", id: c });
    }, commune);
    expect(state[FILL_KEY]).toBe(paletteCode("comparaison", 2));
    await page.evaluate(() => new Promise<void>((resolve) => { const map = window.cartoMap!.map; map.once("idle", () => resolve()); map.triggerRepaint(); }));
    await page.screenshot({ path: screenshotPath("comparaison-scenarios") });
  });

  it("ne fait aucune erreur dans la page", () => {
    expect(session.pageErrors).toEqual([]);
  });
});
