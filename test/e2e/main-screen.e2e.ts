// The main screen as a newcomer walks it, at 1280 × 720 and 1440 × 900, through the
// contract outside checks rely on: the coloured-layer radio group (« Colorer… »), the
// « Rechercher… » combobox and its options, the details as a complementary landmark named
// after the object, « Modifier le périmètre ». Open → read the legend → search a commune →
// it is selected and named → open its facilitator → its perimeter is drawn → click a buyer
// on the map → list the communes in zone blanche → export them.
import { readFileSync } from "node:fs";
import { readSheet } from "read-excel-file/node";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { openBrowser, screenshotPath, waitForCompleteTerritory, type BrowserSession } from "./browser.ts";

/** True when the element's box lies inside the window (seen without scrolling the page or the panel). */
async function inView(session: BrowserSession, selector: string): Promise<boolean> {
  return session.page.evaluate((css) => {
    const element = document.querySelector(css);
    if (!element) return false;
    const box = element.getBoundingClientRect();
    return box.height > 0 && box.top >= 0 && box.bottom <= window.innerHeight + 1 && box.left >= 0 && box.right <= window.innerWidth + 1;
  }, selector);
}

/** Waits for the map to settle after a change. */
const idle = (session: BrowserSession) =>
  session.page.evaluate(() => new Promise<void>((resolve) => { const map = window.cartoMap!.map; map.once("idle", () => resolve()); map.triggerRepaint(); }));

for (const viewport of [{ width: 1280, height: 720 }, { width: 1440, height: 900 }]) {
  describe(`écran principal en ${viewport.width} × ${viewport.height}`, () => {
    let session: BrowserSession;
    const shot = (name: string) => session.page.screenshot({ path: screenshotPath(`ecran-${viewport.width}-${name}`) });

    beforeAll(async () => {
      session = await openBrowser(inject("baseUrl"), viewport);
      await session.page.goto(inject("baseUrl"));
      await session.page.waitForSelector('.map[data-status="ready"]', { timeout: 120_000 });
      await waitForCompleteTerritory(session.page);
      await session.page.waitForFunction(() => window.cartoStore?.getState().save.status === "saved", undefined, { timeout: 60_000 });
    });
    afterAll(async () => {
      await session?.close();
    });

    it("tient dans la fenêtre : la page ne défile pas ; couche colorée, sa légende et les calques sont visibles dès l'ouverture", async () => {
      const page = session.page;
      expect(await page.evaluate(() => document.documentElement.scrollHeight)).toBeLessThanOrEqual(viewport.height);
      const layers = page.getByRole("group", { name: /^(Couche|Colorer)/ });
      await expect(layers.getByRole("radio").count()).resolves.toBeGreaterThanOrEqual(5);
      await expect(layers.getByRole("radio", { name: "Zones blanches" }).isChecked()).resolves.toBe(true);
      expect(await inView(session, '[data-testid="legende"]')).toBe(true);
      for (const label of ["Limites des régions", "Acheteurs de l'État", "Grands projets", "Sièges des coordinateurs"]) {
        await expect(page.getByLabel(label, { exact: true }).isVisible()).resolves.toBe(true);
      }
      // The buyers' and grands projets' symbols are named in the panel, in view.
      expect(await inView(session, '[data-testid="legende-acheteurs"]')).toBe(true);
      expect(await inView(session, '[data-testid="legende-grands-projets"]')).toBe(true);
      // Every action in the toolbar, in view.
      for (const name of ["Présenter", "Imprimer ou exporter", "Graphiques", "Partager", "Importer…", "Exporter…", "Annuler", "Rétablir"]) {
        const button = page.getByRole("button", { name, exact: true });
        await expect(button.isVisible(), name).resolves.toBe(true);
        const box = (await button.boundingBox())!;
        expect(box.y + box.height, name).toBeLessThanOrEqual(viewport.height);
      }
      await shot("ouverture");
    });

    it("cherche une commune : la liste d'options, Entrée, la commune sélectionnée et nommée dans une fiche", async () => {
      const page = session.page;
      const search = page.getByRole("combobox", { name: /^Rechercher/ });
      await search.fill("Lille");
      const listbox = page.getByRole("listbox", { name: "Résultats de la recherche" });
      await expect(listbox.getByRole("option").first().innerText()).resolves.toMatch(/^Lille\b/);
      await search.press("Enter");
      const card = page.getByRole("complementary", { name: /Lille/ });
      await card.waitFor();
      await expect(listbox.isVisible()).resolves.toBe(false);
      expect(await inView(session, ".selection-card")).toBe(true);
      await expect(page.evaluate(() => window.cartoStore!.getState().view.selection)).resolves.toEqual({ kind: "commune", code: "59350" });
      await expect(card.getByTestId("statut-commune").isVisible()).resolves.toBe(true);
      await idle(session);
      await shot("lille");
    });

    it("ouvre le facilitateur de la commune : sa fiche, son périmètre tracé, « Modifier le périmètre » avec son libellé", async () => {
      const page = session.page;
      const card = page.getByRole("complementary", { name: /Lille/ });
      const link = card.getByTestId("facilitateurs-commune").getByRole("button").first();
      const nom = await link.innerText();
      await link.click();
      const facilitator = page.getByRole("complementary", { name: new RegExp(nom.replace(/[()]/g, "\\$&")) });
      await facilitator.waitFor();
      await expect.poll(() => page.evaluate(() => new Promise<number>((resolve) => { const map = window.cartoMap!.map; map.once("idle", () => resolve(map.queryRenderedFeatures({ layers: ["surlignage-line"] }).length)); map.triggerRepaint(); }))).toBeGreaterThan(0);
      const edit = facilitator.getByRole("button", { name: "Modifier le périmètre" });
      await expect(edit.innerText()).resolves.toBe("Modifier le périmètre");
      expect((await edit.boundingBox())!.width).toBeGreaterThan(120);
      await shot("facilitateur");
      // Escape closes the card.
      await page.keyboard.press("Escape");
      await expect(page.getByRole("complementary", { name: /^Détails/ }).count()).resolves.toBe(0);
    });

    it("trouve acheteurs et grands projets par leur nom ou leur type", async () => {
      const page = session.page;
      const search = page.getByRole("combobox", { name: /^Rechercher/ });
      const listbox = page.getByRole("listbox", { name: "Résultats de la recherche" });
      for (const [query, expected] of [["Préfecture", /Préfecture/], ["DREETS", /DREETS/], ["PFRA", /Plateforme régionale des achats/], ["Seine-Nord", /Canal Seine-Nord/]] as const) {
        await search.fill(query);
        await expect(listbox.getByRole("option").first().innerText(), query).resolves.toMatch(expected);
      }
      await search.press("Enter");
      await page.getByRole("complementary", { name: /Canal Seine-Nord/ }).waitFor();
      await page.keyboard.press("Escape");
      await search.fill("");
    });

    it("un clic sur le symbole d'un acheteur ouvre sa fiche, pas celle de la commune dessous", async () => {
      const page = session.page;
      const target = await page.evaluate(
        () =>
          new Promise<{ x: number; y: number; nom: string }>((resolve) => {
            const state = window.cartoStore!.getState();
            const project = state.derived.project()!;
            const links = state.derived.links()!;
            const b = project.acheteurs.findIndex((a, k) => a.type === "prefecture" && !a.position && (links.acheteurCommunes[k] ?? -1) >= 0 && !state.territory!.index.communeCodes[links.acheteurCommunes[k]!]!.startsWith("97"));
            const point = state.territory!.geometry!.pointOfCommune(links.acheteurCommunes[b]!)!;
            const map = window.cartoMap!.map;
            map.once("idle", () => {
              const p = map.project(point);
              const box = map.getCanvas().getBoundingClientRect();
              resolve({ x: box.left + p.x, y: box.top + p.y, nom: project.acheteurs[b]!.nom });
            });
            map.jumpTo({ center: point, zoom: 9 });
          }),
      );
      await page.mouse.move(target.x, target.y);
      await expect(page.getByTestId("survol").innerText()).resolves.toContain(target.nom);
      await page.mouse.click(target.x, target.y);
      const card = page.getByRole("complementary", { name: new RegExp(target.nom.replace(/[()]/g, "\\$&")) });
      await card.waitFor();
      await expect(card.getByTestId("statut-acheteur").isVisible()).resolves.toBe(true);
      await shot("acheteur");
      await page.keyboard.press("Escape");
    });

    it("liste les communes en zone blanche 1 et les exporte en CSV et en XLSX", async () => {
      const page = session.page;
      await page.getByRole("tab", { name: "Données" }).click();
      await page.getByLabel("Liste affichée").selectOption({ label: "Communes en zone blanche : aucun facilitateur" });
      const table = page.getByTestId("liste-donnees").getByRole("table");
      const expected = await page.evaluate(() => {
        const result = window.cartoStore!.getState().derived.result()!;
        return result.indicators.national.zonesBlanches.sansFacilitateur.communes;
      });
      await expect(page.getByTestId("liste-donnees").getByRole("status").innerText()).resolves.toMatch(new RegExp(`^${expected.toLocaleString("fr-FR").replace(/\s/g, "\\s")} lignes`));
      await expect(table.getByRole("row").nth(1).innerText()).resolves.toMatch(/\d{5}/);
      // Sorted by name on demand.
      await table.getByRole("button", { name: "Commune" }).click();
      await expect(table.getByRole("columnheader", { name: "Commune" }).getAttribute("aria-sort")).resolves.toBe("ascending");
      const [csvDownload] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: /^Exporter en CSV/ }).click()]);
      const csv = readFileSync((await csvDownload.path())!, "utf8");
      expect(csv.startsWith("\uFEFFCode;Commune;Département;EPCI;Population;Facilitateurs\r\n")).toBe(true);
      expect(csv.trim().split("\r\n")).toHaveLength(expected + 1);
      const [xlsxDownload] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: /^Exporter en XLSX/ }).click()]);
      const rows = await readSheet(readFileSync((await xlsxDownload.path())!));
      expect(rows[0]).toEqual(["Code", "Commune", "Département", "EPCI", "Population", "Facilitateurs"]);
      expect(rows).toHaveLength(expected + 1);
      expect(typeof rows[1]![4]).toBe("number");
      await shot("liste-zb1");
    });

    it("« dont N en zone blanche » ouvre la liste des acheteurs en zone blanche", async () => {
      const page = session.page;
      await page.getByRole("tab", { name: "Chiffres" }).click();
      await page.getByRole("button", { name: /en zone blanche$/ }).click();
      await expect(page.getByLabel("Liste affichée").inputValue()).resolves.toBe("acheteurs:zb");
      await expect(page.getByTestId("liste-donnees").getByRole("table").getByRole("row").count()).resolves.toBeGreaterThan(1);
      await page.getByRole("tab", { name: "Carte" }).click();
      expect(session.pageErrors).toEqual([]);
    });
  });
}
