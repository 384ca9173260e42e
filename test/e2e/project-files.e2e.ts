// Nothing lost between people: the project file carries every scenario; an import with bad
// lines can apply the others, knowingly; « Partager » gives link, file and embed code; a link
// opened with other data says so; regional files are assembled with their conflicts listed.
import { readFileSync } from "node:fs";
import type { Locator, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { openBrowser, screenshotPath, waitForCompleteTerritory, type BrowserSession } from "./browser.ts";

let session: BrowserSession;
let page: Page;
const dialog = (testId: string): Locator => page.getByTestId(testId);

async function openApp(target: Page, url = inject("baseUrl")): Promise<void> {
  await target.goto(url);
  await target.waitForSelector('.map[data-status="ready"]', { timeout: 120_000 });
  await waitForCompleteTerritory(target);
  await target.waitForFunction(() => window.cartoStore?.getState().save.status === "saved", undefined, { timeout: 60_000 });
}

async function download(locator: Locator): Promise<{ name: string; text: string; bytes: Buffer }> {
  const [file] = await Promise.all([page.waitForEvent("download"), locator.click()]);
  const bytes = readFileSync((await file.path())!);
  return { name: file.suggestedFilename(), text: bytes.toString("utf8"), bytes };
}

const state = <T,>(read: () => T) => page.evaluate(read);

describe("fichiers de projet, import, partage, assemblage", () => {
  beforeAll(async () => {
    session = await openBrowser(inject("baseUrl"), { width: 1280, height: 900 });
    page = session.page;
    await openApp(page);
  });
  afterAll(async () => {
    await session?.close();
  });

  it("exporte tout le projet : trois scénarios, le scénario affiché", async () => {
    await page.evaluate(() => {
      window.cartoStore!.getState().duplicateScenario("Variante A");
      window.cartoStore!.getState().duplicateScenario("Variante B");
    });
    await page.getByRole("button", { name: "Exporter…" }).click();
    const exported = await download(dialog("dialogue-export").getByTestId("export-projet"));
    const file = JSON.parse(exported.text) as { schema: string; scenario: { nom: string }; scenarioActif: string; autresScenarios: { id: string; nom: string }[] };
    expect(file.schema).toBe("carto-clause-sociale/projet@2");
    expect([file.scenario.nom, ...file.autresScenarios.map((s) => s.nom)]).toEqual(["Situation actuelle", "Variante A", "Variante B"]);
    expect(file.scenarioActif).toBe(file.autresScenarios[1]!.id);
    const xlsx = await download(dialog("dialogue-export").getByTestId("export-communes-xlsx"));
    expect(xlsx.name).toMatch(/-communes-\d{4}-\d{2}-\d{2}\.xlsx$/);
    expect(xlsx.bytes.subarray(0, 2).toString("latin1")).toBe("PK");
    await dialog("dialogue-export").getByRole("button", { name: "Fermer la fenêtre" }).click();
  });

  it("applique les lignes sans erreur sur choix explicite, liste les autres, date les données et met fin à la démonstration", async () => {
    expect(await state(() => window.cartoStore!.getState().derived.project()!.demo)).toBe(true);
    await page.getByRole("button", { name: "Importer…" }).click();
    const csv = ["facilitateur;structure;ETP;code INSEE", "Anne Nouvelle;PLIE test;1;21231", "Bruno Nouveau;PLIE test;abc;21054", "Chloé Nouvelle;PLIE test;0,5;99999"].join("\r\n");
    await dialog("dialogue-import").locator('input[type="file"]').setInputFiles({ name: "lignes.csv", mimeType: "text/csv", buffer: Buffer.from(csv, "utf8") });
    await dialog("dialogue-import").getByTestId("import-bloque").filter({ hasText: "Appliquer seulement les lignes sans erreur" }).waitFor();
    await dialog("dialogue-import").getByLabel("Appliquer seulement les lignes sans erreur").check({ force: true });
    const leftOut = dialog("dialogue-import").getByTestId("lignes-ecartees");
    await leftOut.waitFor();
    await expect(leftOut.locator("tbody tr").count()).resolves.toBe(2);
    await dialog("dialogue-import").getByTestId("date-donnees").fill("2026-02-15");
    await page.screenshot({ path: screenshotPath("import-lignes-valides") });
    await dialog("dialogue-import").getByRole("button", { name: "Appliquer l'import" }).click();
    await expect(page.getByTestId("annonce-import").innerText()).resolves.toContain("2 ligne(s) en erreur écartée(s)");
    const project = await state(() => {
      const p = window.cartoStore!.getState().derived.project()!;
      return { demo: p.demo ?? false, miseAJour: p.miseAJour, added: p.facilitateurs.filter((f) => f.nom.includes("Nouve")).map((f) => f.nom) };
    });
    expect(project).toEqual({ demo: false, miseAJour: "2026-02-15", added: ["Anne Nouvelle"] });
    await expect(page.getByTestId("avertissement-demo").count()).resolves.toBe(0);
  });

  it("« Partager » copie le lien et donne le lien, le fichier du projet et le code d'intégration", async () => {
    await page.getByRole("button", { name: "Partager" }).click();
    const share = dialog("dialogue-partage");
    await share.waitFor();
    const link = await share.getByLabel("Lien vers cette vue").inputValue();
    expect(link).toBe(page.url());
    expect(new URL(link).hash).toMatch(/^#projet=.+&donnees=2026-02-15&empreinte=[0-9a-z]{8}$/);
    await expect(share.getByTestId("empreinte-partage").innerText()).resolves.toContain("15 février 2026");
    await expect(share.getByTestId("code-integration").inputValue()).resolves.toMatch(/^<iframe src="[^"]*integration=1[^"]*" title="/);
    const file = await download(share.getByTestId("partage-fichier"));
    // The import went into the scenario on screen (« Variante B »), which the file names as active.
    const saved = JSON.parse(file.text) as { scenarioActif: string; autresScenarios: { id: string; miseAJour?: string }[] };
    expect(saved.autresScenarios.find((s) => s.id === saved.scenarioActif)?.miseAJour).toBe("2026-02-15");
    await page.screenshot({ path: screenshotPath("partage-dialogue") });
    await share.getByRole("button", { name: "Fermer la fenêtre" }).click();
  });

  it("un lien fait avec d'autres données le dit et propose d'ouvrir le fichier du projet", async () => {
    const other = await session.context.newPage();
    await openApp(other, new URL("?territoire=region-27#projet=Projet%20de%20Dijon&donnees=2025-11-01&empreinte=zzzz9999", inject("baseUrl")).toString());
    const notice = other.getByTestId("annonce-lien");
    await expect(notice.innerText()).resolves.toContain("Ce lien a été créé avec les données du projet « Projet de Dijon » au 1er novembre 2025 (empreinte zzzz9999)");
    await notice.getByRole("button", { name: "Ouvrir le fichier du projet…" }).click();
    await other.getByTestId("dialogue-import").waitFor();
    await other.screenshot({ path: screenshotPath("lien-autres-donnees") });
    await other.close();
  });

  it("assemble deux fichiers régionaux : les conflits sont listés avant d'appliquer, en une étape annulable", async () => {
    const region = (nom: string, structure: string, code: string) =>
      JSON.stringify({
        schema: "carto-clause-sociale/projet@2",
        nom,
        structures: [{ id: "S1", nom: structure, type: "plie", communeSiege: code === "21" ? "21231" : "25056" }],
        facilitateurs: [{ id: "F1", structure: "S1", nom: `Poste ${nom}`, etp: 1, role: "facilitateur", statut: "en-poste", miseAJour: "2026-01-01", perimetre: [{ niveau: "departement", code }] }],
      });
    await page.getByRole("button", { name: "Assembler…" }).click();
    const assemble = dialog("dialogue-assemblage");
    await assemble.locator('input[type="file"]').setInputFiles([
      { name: "cote-d-or.json", mimeType: "application/json", buffer: Buffer.from(region("Côte-d'Or", "PLIE de Dijon", "21")) },
      { name: "doubs.json", mimeType: "application/json", buffer: Buffer.from(region("Doubs", "PLIE de Besançon", "25")) },
    ]);
    const conflicts = assemble.getByTestId("conflits-assemblage");
    await conflicts.waitFor();
    await expect(conflicts.innerText()).resolves.toContain("structure « S1 » dans cote-d-or.json et doubs.json, différent : celui de doubs.json devient « S1-2 »");
    await expect(conflicts.innerText()).resolves.toContain("facilitateur « F1 » dans cote-d-or.json et doubs.json, différent");
    await assemble.getByLabel("Nom du projet assemblé").fill("Bourgogne-Franche-Comté assemblée");
    await page.screenshot({ path: screenshotPath("assemblage-conflits") });
    await assemble.getByRole("button", { name: "Assembler", exact: true }).click();
    await expect(page.getByTestId("annonce-import").innerText()).resolves.toContain("assemblé depuis 2 projets");
    expect(await state(() => window.cartoStore!.getState().derived.project()!.facilitateurs.map((f) => f.id))).toEqual(["F1", "F1-2"]);
    await page.evaluate(() => window.cartoStore!.getState().undo());
    expect(await state(() => window.cartoStore!.getState().derived.project()!.facilitateurs.some((f) => f.nom === "Anne Nouvelle"))).toBe(true);
    expect(session.pageErrors).toEqual([]);
  });
});
