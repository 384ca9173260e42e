// Planning coverage through the forms in the browser: create a structure and a post (an
// ETP the form cannot read blocks saving), find it in the search and the figures, draw its
// perimeter with the lasso and undo it in one step, delete it with confirmation, switch to
// another saved project and back.
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { type BrowserSession, centreOnCommune, openBrowser, openTab, screenshotPath, searchField, searchOption, waitForCompleteTerritory, waitForData } from "./browser.ts";

let session: BrowserSession;
type Page = BrowserSession["page"];

const STRUCTURE = "PLIE d'essai des formulaires";
const POSTE = "Camille Essai-Lasso";
const PROJECT_NAME = "Projet des formulaires";

async function openApp(page: Page) {
  await page.goto(inject("baseUrl"));
  await waitForData(page);
  await waitForCompleteTerritory(page);
  await page.waitForFunction(() => window.cartoStore?.getState().save.status === "saved", undefined, { timeout: 60_000 });
}

/** The « Facilitateurs » figure of the « Chiffres » tab (opened when needed). */
const facilitatorCount = async (page: Page) => {
  await openTab(page, "Chiffres");
  return Number((await page.getByTestId("nb-facilitateurs").innerText()).replace(/\D/g, ""));
};

/** The post created here, as the store holds it. */
const createdPost = (page: Page) => page.evaluate((nom) => window.cartoStore!.getState().derived.project()!.facilitateurs.find((f) => f.nom === nom) ?? null, POSTE);


/** Communes whose representative point lies in the screen rectangle (the lasso's rule), worked out independently. */
async function communesInScreenBox(page: Page, box: { left: number; top: number; right: number; bottom: number }) {
  return page.evaluate((screen) => {
    const map = window.cartoMap!.map;
    const canvas = map.getCanvas().getBoundingClientRect();
    const sw = map.unproject([screen.left - canvas.left, screen.bottom - canvas.top]);
    const ne = map.unproject([screen.right - canvas.left, screen.top - canvas.top]);
    const { territory } = window.cartoStore!.getState();
    const { bboxes } = territory!.geometry!.shapes;
    const found: string[] = [];
    for (let c = 0; c < territory!.index.communeCount; c++) {
      const b = c * 4;
      if (!(bboxes[b]! <= ne.lng && bboxes[b + 2]! >= sw.lng && bboxes[b + 1]! <= ne.lat && bboxes[b + 3]! >= sw.lat)) continue;
      const point = territory!.geometry!.pointOfCommune(c);
      if (point && point[0] > sw.lng && point[0] < ne.lng && point[1] > sw.lat && point[1] < ne.lat) found.push(territory!.index.communeCodes[c]!);
    }
    return found.sort();
  }, box);
}

describe("formulaires, lasso et projets enregistrés", () => {
  beforeAll(async () => {
    session = await openBrowser(inject("baseUrl"));
    await openApp(session.page);
  });
  afterAll(async () => {
    await session?.close();
  });

  it("crée une structure porteuse par le formulaire, commune du siège choisie par son nom", async () => {
    const page = session.page;
    await openTab(page, "Données");
    const menu = page.getByTestId("menu-enregistrements");
    await menu.getByRole("button", { name: "Nouveau…" }).click();
    await menu.getByRole("button", { name: "Nouveau : Structure porteuse" }).click();
    const dialog = page.getByTestId("dialogue-formulaire");
    await expect(dialog.getByRole("heading", { name: "Nouvelle structure porteuse" }).isVisible()).resolves.toBe(true);
    // Saving an empty form is refused, with a summary and a message under each field.
    await dialog.getByRole("button", { name: "Créer la structure" }).click();
    await expect(dialog.getByTestId("resume-erreurs").innerText()).resolves.toMatch(/Enregistrement impossible : 3 champs à corriger/);
    await expect(dialog.getByRole("textbox", { name: /^Nom/ }).getAttribute("aria-invalid")).resolves.toBe("true");
    await dialog.getByRole("textbox", { name: /^Nom/ }).fill(STRUCTURE);
    await dialog.getByLabel("Type de structure").selectOption({ label: "PLIE" });
    await dialog.getByRole("textbox", { name: /^Commune du siège/ }).fill("Dijon");
    await dialog.getByRole("button", { name: /^Dijon \(Côte-d'Or, 21231\)/ }).click();
    await expect(dialog.getByRole("textbox", { name: /^Commune du siège/ }).inputValue()).resolves.toBe("Dijon (21231)");
    await dialog.getByRole("textbox", { name: /^SIRET/ }).fill("123");
    await expect(dialog.locator(".fr-error-text", { hasText: "Le SIRET compte 14 chiffres (3 saisis)." }).isVisible()).resolves.toBe(true);
    await dialog.getByRole("textbox", { name: /^SIRET/ }).fill("");
    await dialog.getByRole("button", { name: "Créer la structure" }).click();
    await dialog.waitFor({ state: "detached" });
    const structure = await page.evaluate((nom) => window.cartoStore!.getState().derived.project()!.structures.find((s) => s.nom === nom), STRUCTURE);
    expect(structure).toMatchObject({ nom: STRUCTURE, type: "plie", communeSiege: "21231" });
    expect(structure).not.toHaveProperty("siret");
  });

  it("refuse un ETP « abc » avec un message en français, accepte « 0,5 », et montre le poste dans la recherche et les chiffres", async () => {
    const page = session.page;
    const before = await facilitatorCount(page);
    await openTab(page, "Données");
    const menu = page.getByTestId("menu-enregistrements");
    await menu.getByRole("button", { name: "Nouveau…" }).click();
    await menu.getByRole("button", { name: "Nouveau : Facilitateur" }).click();
    const dialog = page.getByTestId("dialogue-formulaire");
    await dialog.getByRole("textbox", { name: /^Nom affiché/ }).fill(POSTE);
    await dialog.getByLabel("Structure porteuse").selectOption({ label: STRUCTURE });
    const etp = dialog.getByRole("textbox", { name: /^ETP/ });
    await etp.fill("abc");
    const message = "Saisissez un nombre d'ETP, par exemple 0,5 ou 1 (virgule décimale) : « abc » n'est pas un nombre.";
    await expect(dialog.locator(".fr-error-text", { hasText: message }).isVisible()).resolves.toBe(true);
    await expect(etp.getAttribute("aria-invalid")).resolves.toBe("true");
    // The message is tied to the field.
    const describedBy = (await etp.getAttribute("aria-describedby")) ?? "";
    await expect(page.locator(`[id="${describedBy.split(" ").find((id) => id.endsWith("-erreur"))}"]`).innerText()).resolves.toBe(message);
    await dialog.getByRole("button", { name: "Ajouter un contact" }).click();
    await dialog.getByRole("textbox", { name: "Adresse du contact 1" }).fill("camille.essai@exemple.fr");
    // DSFR draws the box on the label: click it as a user would.
    await dialog.locator("label", { hasText: "Visible par le public" }).click();
    await expect(dialog.getByLabel("Visible par le public").isChecked()).resolves.toBe(true);
    await dialog.getByRole("button", { name: "Créer le facilitateur" }).click();
    await expect(dialog.getByTestId("resume-erreurs").innerText()).resolves.toContain("ETP");
    await expect(page.evaluate(() => document.activeElement?.getAttribute("data-testid"))).resolves.toBe("resume-erreurs");
    await page.screenshot({ path: screenshotPath("formulaire-etp-invalide") });
    expect(await createdPost(page)).toBeNull();

    await etp.fill("0,5");
    await expect(dialog.locator(".fr-error-text", { hasText: message }).count()).resolves.toBe(0);
    await expect(etp.getAttribute("aria-invalid")).resolves.toBeNull();
    await dialog.getByRole("button", { name: "Créer le facilitateur" }).click();
    await dialog.waitFor({ state: "detached" });
    const post = await createdPost(page);
    expect(post).toMatchObject({ nom: POSTE, etp: 0.5, role: "facilitateur", statut: "en-poste", perimetre: [], contacts: [{ type: "email", valeur: "camille.essai@exemple.fr", public: true }] });
    await expect.poll(() => facilitatorCount(page)).toBe(before + 1);
    // The new post is selected, and found by the search.
    await expect(page.getByTestId("details").getByRole("heading", { name: POSTE }).isVisible()).resolves.toBe(true);
    await searchField(page).fill("Essai-Lasso");
    await expect(searchOption(page, "Facilitateurs", POSTE).isVisible()).resolves.toBe(true);
    await searchField(page).fill("");
  });

  it("dessine une zone au lasso, ajoute ses communes au périmètre en une étape, et Ctrl+Z les retire toutes", async () => {
    const page = session.page;
    const post = (await createdPost(page))!;
    const details = page.getByTestId("details");
    await details.getByRole("button", { name: "Modifier le périmètre" }).click();
    await details.getByRole("button", { name: "Dessiner une zone" }).click();
    await expect(page.evaluate(() => window.cartoStore!.getState().view.editing?.tool)).resolves.toBe("lasso");
    const centre = await centreOnCommune(page, "21231");
    const half = 100;
    // Left of the centre: the selection's card covers the map's right side.
    const box = { left: centre.x - 2 * half + 20, top: centre.y - half, right: centre.x + 20, bottom: centre.y + half };
    await page.mouse.click(box.left, box.top);
    await page.mouse.click(box.right, box.top);
    await page.mouse.click(box.right, box.bottom);
    await expect(page.getByTestId("etat-lasso").innerText()).resolves.toBe("Zone en cours : 3 sommets.");
    // A click while drawing adds a point and never toggles a commune.
    expect((await createdPost(page))!.perimetre).toEqual([]);
    await page.mouse.dblclick(box.left, box.bottom);
    const expected = await communesInScreenBox(page, box);
    expect(expected).toContain("21231");
    expect(expected.length).toBeGreaterThan(3);
    await expect.poll(() => page.getByTestId("etat-lasso").innerText()).toBe(`La zone contient ${expected.length} communes.`);
    await page.evaluate(() => new Promise<void>((resolve) => { const map = window.cartoMap!.map; map.once("idle", () => resolve()); map.triggerRepaint(); }));
    await page.screenshot({ path: screenshotPath("lasso-zone-fermee") });

    const steps = await page.evaluate(() => window.cartoStore!.getState().document.histories[window.cartoStore!.getState().document.workspace!.activeScenarioId]!.past.length);
    await details.getByRole("button", { name: `Ajouter les communes (${expected.length})` }).click();
    await expect.poll(async () => (await createdPost(page))!.perimetre.length).toBe(expected.length);
    const perimetre = (await createdPost(page))!.perimetre;
    expect(perimetre.map((zone) => zone.code).sort()).toEqual(expected);
    expect(perimetre.every((zone) => zone.niveau === "commune" && !zone.extension)).toBe(true);
    await expect(page.evaluate(() => window.cartoStore!.getState().derived.history().undoLabel)).resolves.toBe(`Ajout de ${expected.length} communes au périmètre de ${POSTE}`);
    await expect(page.evaluate(() => window.cartoStore!.getState().document.histories[window.cartoStore!.getState().document.workspace!.activeScenarioId]!.past.length)).resolves.toBe(steps + 1);
    await page.evaluate(() => new Promise<void>((resolve) => { const map = window.cartoMap!.map; map.once("idle", () => resolve()); map.triggerRepaint(); }));
    await page.screenshot({ path: screenshotPath("lasso-communes-ajoutees") });

    await page.locator("body").click({ position: { x: 5, y: 5 } });
    await page.keyboard.press("Control+z");
    await expect.poll(async () => (await createdPost(page))!.perimetre).toEqual([]);
    expect(post.id).toBe((await createdPost(page))!.id);
    // Escape cancels a zone being drawn.
    await page.mouse.click(box.left, box.top);
    await page.mouse.click(box.right, box.top);
    await page.keyboard.press("Escape");
    await expect(page.evaluate(() => window.cartoStore!.getState().transient.lasso)).resolves.toBeNull();
    await details.getByRole("button", { name: "Arrêter de dessiner (revenir au clic)" }).click();
    await details.getByRole("button", { name: "Terminer la modification" }).click();
  });

  it("refuse de supprimer la structure qui porte le poste, puis supprime le poste après confirmation", async () => {
    const page = session.page;
    const before = await facilitatorCount(page);
    const details = page.getByTestId("details");
    // The structure's card, from the post's.
    await details.getByRole("button", { name: STRUCTURE }).click();
    await details.getByRole("heading", { name: STRUCTURE }).waitFor();
    await details.getByRole("button", { name: "Supprimer", exact: true }).click();
    const confirm = page.getByTestId("dialogue-suppression");
    await expect(confirm.innerText()).resolves.toContain("la suppression sera refusée");
    await confirm.getByRole("button", { name: "Supprimer", exact: true }).click();
    await expect(confirm.getByTestId("refus-suppression").innerText()).resolves.toBe(
      `La structure « ${STRUCTURE} » porte encore un poste (« ${POSTE} ») : rattachez-les à une autre structure ou supprimez-les avant de la supprimer.`,
    );
    await confirm.getByRole("button", { name: "Fermer", exact: true }).first().click();
    await confirm.waitFor({ state: "detached" });
    // Back to the post's card, from the structure's.
    await details.getByRole("button", { name: POSTE }).click();
    await details.getByRole("heading", { name: POSTE }).waitFor();

    await details.getByRole("button", { name: "Supprimer", exact: true }).click();
    await expect(confirm.getByRole("heading", { name: `Supprimer le poste « ${POSTE} » ?` }).isVisible()).resolves.toBe(true);
    await confirm.getByRole("button", { name: "Annuler" }).click();
    expect(await createdPost(page)).not.toBeNull();
    await details.getByRole("button", { name: "Supprimer", exact: true }).click();
    await confirm.getByRole("button", { name: "Supprimer", exact: true }).click();
    await expect.poll(() => createdPost(page)).toBeNull();
    await expect.poll(() => facilitatorCount(page)).toBe(before - 1);
    await expect(page.evaluate(() => window.cartoStore!.getState().derived.history().undoLabel)).resolves.toMatch(/Suppression/);
  });

  it("renomme le projet, en crée un autre depuis la démonstration, puis rouvre le premier", async () => {
    const page = session.page;
    await openTab(page, "Scénarios");
    const projects = page.getByTestId("projets");
    const firstId = await page.evaluate(() => window.cartoStore!.getState().document.workspace!.id);
    await projects.getByRole("button", { name: /^Renommer/ }).first().click();
    await projects.getByLabel(/^Nouveau nom de/).fill(PROJECT_NAME);
    await projects.getByRole("button", { name: "Renommer", exact: true }).click();
    await expect.poll(() => page.evaluate(() => window.cartoStore!.getState().document.workspace!.nom)).toBe(PROJECT_NAME);
    await expect.poll(() => projects.getByTestId("projet-enregistre").first().innerText()).toContain(PROJECT_NAME);

    await projects.getByRole("button", { name: "Nouveau projet depuis la démonstration" }).click();
    await expect.poll(() => projects.getByTestId("annonce-projets").innerText(), { timeout: 60_000 }).toContain("Nouveau projet créé");
    const secondId = await page.evaluate(() => window.cartoStore!.getState().document.workspace!.id);
    expect(secondId).not.toBe(firstId);
    await expect.poll(() => page.evaluate(() => window.cartoProjects!.list().length)).toBe(2);
    // The structure created in the first project is not in the new one.
    await expect(page.evaluate((nom) => window.cartoStore!.getState().derived.project()!.structures.some((s) => s.nom === nom), STRUCTURE)).resolves.toBe(false);
    await page.screenshot({ path: screenshotPath("projets-enregistres") });

    await projects.getByRole("button", { name: `Ouvrir « ${PROJECT_NAME} »` }).click();
    await expect.poll(() => page.evaluate(() => window.cartoStore!.getState().document.workspace!.id)).toBe(firstId);
    await expect(page.evaluate((nom) => window.cartoStore!.getState().derived.project()!.structures.some((s) => s.nom === nom), STRUCTURE)).resolves.toBe(true);
    expect(await createdPost(page)).toBeNull();
    // The open project cannot be deleted; the other one can, after confirmation.
    const openRow = projects.getByTestId("projet-enregistre").filter({ hasText: PROJECT_NAME });
    await expect(openRow.getByRole("button", { name: /^Supprimer/ }).count()).resolves.toBe(0);
    await projects.getByRole("button", { name: /^Supprimer « / }).click();
    await page.getByTestId("dialogue-suppression-projet").getByRole("button", { name: "Supprimer", exact: true }).click();
    await expect.poll(() => page.evaluate(() => window.cartoProjects!.list().map((p) => p.id))).toEqual([firstId]);
  });

  it("ne fait aucune erreur dans la page", () => {
    expect(session.pageErrors).toEqual([]);
  });
});
