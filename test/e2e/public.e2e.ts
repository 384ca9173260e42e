// The public page (public.html): lookup of a commune by postal code or name, public
// contacts only (in the page and in every response it fetched), keyboard-only use, and an
// automated accessibility audit (axe-core, WCAG 2.1 A and AA).
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { projectRoot } from "../../scripts/lib/geo-inputs.mjs";
import type { Project } from "../../src/domain/model.ts";
import { COMMUNE_STATUS } from "../../src/domain/zones-blanches.ts";
import { computeDemoFigures, type DemoFigures } from "../helpers/demo-figures.ts";
import { openBrowser, screenshotPath, type BrowserSession } from "./browser.ts";

const demoProject = JSON.parse(readFileSync(join(projectRoot, "public/demo/projet-demo.json"), "utf8")) as Project;
/** The demo's facilitators whose perimeter names Paris (the commune, or the Métropole du Grand Paris). */
const parisFacilitators = demoProject.facilitateurs.filter((f) => f.perimetre.some((p) => p.code === "75056" || p.code === "200054781"));
/** A contact of a facilitator of Paris marked `"public": false` in the demo data. */
const PRIVATE_CONTACT = parisFacilitators.flatMap((f) => f.contacts.filter((c) => !c.public).map((c) => c.valeur))[0];
const privateContacts = demoProject.facilitateurs.flatMap((f) => f.contacts.filter((c) => !c.public).map((c) => c.valeur));
const publicContacts = new Set(demoProject.facilitateurs.flatMap((f) => f.contacts.filter((c) => c.public).map((c) => c.valeur)));

interface FetchedBody {
  url: string;
  body: string;
}

let session: BrowserSession;
let fetched: Promise<FetchedBody | null>[] = [];
let demo: DemoFigures;

/**
 * Opens public.html in a fresh profile, keeping every response body. With `forAudit`, the
 * page's Content Security Policy is bypassed so that axe-core can be injected as a script.
 */
async function openPublicPage(forAudit = false): Promise<BrowserSession> {
  const opened = await openBrowser(inject("baseUrl"));
  if (forAudit) await (await opened.context.newCDPSession(opened.page)).send("Page.setBypassCSP", { enabled: true });
  fetched = [];
  opened.page.on("response", (response) => {
    fetched.push(
      response.body().then(
        (body) => ({ url: response.url(), body: body.toString("utf8") }),
        () => null, // redirects and aborted requests have no body
      ),
    );
  });
  await waitForPublicData(opened.page);
  return opened;
}

/** Loads public.html and waits for the full territory; fails with the page's own message when loading fails. */
async function waitForPublicData(page: Page) {
  await page.goto(new URL("public.html", inject("baseUrl")).toString());
  await page.waitForSelector('main[data-etat="pret"], main[data-etat="erreur"]', { timeout: 120_000 });
  if ((await page.locator("main").getAttribute("data-etat")) === "erreur") throw new Error(`La page publique n'a pas pu charger ses données : ${await page.getByRole("alert").innerText()}`);
}

const searchBox = (page: Page) => page.getByRole("searchbox", { name: /Nom de la commune ou code postal/ });

async function lookUp(page: Page, query: string) {
  await searchBox(page).fill(query);
  await searchBox(page).press("Enter");
}

/** WCAG 2.1 A and AA violations that axe-core finds in the page as it is. */
async function auditAccessibility(page: Page): Promise<{ passes: number; violations: { id: string; help: string; targets: string[] }[] }> {
  if (!(await page.evaluate(() => "axe" in window))) await page.addScriptTag({ path: join(projectRoot, "node_modules/axe-core/axe.min.js") });
  return page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(context: Document, options: object): Promise<{ passes: unknown[]; violations: { id: string; help: string; nodes: { target: string[] }[] }[] }> } }).axe;
    const result = await axe.run(document, { runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] } });
    return { passes: result.passes.length, violations: result.violations.map((v) => ({ id: v.id, help: v.help, targets: v.nodes.map((n) => n.target.join(" ")) })) };
  });
}

describe("page publique des facilitateurs", () => {
  beforeAll(async () => {
    expect(PRIVATE_CONTACT, "les données de démonstration doivent donner à Paris un facilitateur au contact privé").toBeDefined();
    session = await openPublicPage();
  });
  afterAll(async () => {
    await session?.close();
  });

  it("ne charge que l'édition publique du projet et les référentiels des territoires", async () => {
    const urls = (await Promise.all(fetched)).filter((f) => f !== null).map((f) => new URL(f.url).pathname);
    const data = urls.filter((path) => path.endsWith(".json"));
    expect(data.sort()).toEqual(["/demo/projet-public.json", "/web/complement-reference.json", "/web/reference-premiere-vue.json"]);
    expect(session.foreignRequests).toEqual([]);
    expect(session.pageErrors).toEqual([]);
  });

  it("trouve Paris par son code postal et n'affiche que les contacts publics de ses facilitateurs", async () => {
    await lookUp(session.page, "75011");
    const card = session.page.getByTestId("fiche-commune");
    await expect(card.locator("h3").innerText()).resolves.toBe("Paris (75)");
    const text = await card.innerText();
    for (const f of parisFacilitators) expect(text).toContain(f.nom);
    expect(text).toContain("Coordinateur régional fictif — Île-de-France");
    expect(text).not.toContain(PRIVATE_CONTACT);
    const links = await card.locator("a[href^='mailto:'], a[href^='tel:']").evaluateAll((anchors) => anchors.map((a) => a.getAttribute("href")!.replace(/^(mailto|tel):/, "")));
    expect(links.length).toBeGreaterThan(0);
    for (const value of links) expect(publicContacts.has(value)).toBe(true);
    await session.page.screenshot({ path: screenshotPath("public-paris"), fullPage: false });
  });

  it("distingue les homonymes par leur département", async () => {
    await searchBox(session.page).fill("saint denis");
    const names = await session.page.getByTestId("communes-trouvees").locator("button strong").allInnerTexts();
    expect(names).toContain("Saint-Denis (93)");
    expect(names).toContain("Saint-Denis (974)");
    await expect(session.page.getByTestId("annonce-recherche").innerText()).resolves.toMatch(/communes trouvées/);
  });

  it("dit qu'une commune est en zone blanche et, sans coordinateur régional, renvoie à la DREETS", async () => {
    demo = computeDemoFigures();
    const regions = new Set(demo.result.regionsSansCoordinateur);
    expect(regions.size).toBeGreaterThan(0);
    const { index, result } = demo;
    // The most populous commune without facilitator in a région without coordinateur.
    let found = -1;
    for (let c = 0; c < index.communeCount; c++) {
      if (result.status[c] !== COMMUNE_STATUS.sansFacilitateur || !regions.has(index.reference.communes[c]!.region)) continue;
      if (found < 0 || index.population[c]! > index.population[found]!) found = c;
    }
    expect(found).toBeGreaterThanOrEqual(0);
    const commune = index.reference.communes[found]!;
    const region = index.reference.regions[index.regionOf[found]!]!;
    await searchBox(session.page).fill(commune.nom);
    await session.page.getByTestId("communes-trouvees").getByRole("button", { name: new RegExp(`^${commune.nom.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")} \\(${commune.departement}\\)`) }).click();
    const card = session.page.getByTestId("fiche-commune");
    await expect(card.locator("h3").innerText()).resolves.toBe(`${commune.nom} (${commune.departement})`);
    await expect(card.getByTestId("couverture-commune").innerText()).resolves.toContain("zone blanche");
    await expect(card.getByTestId("coordination-regionale").innerText()).resolves.toContain(`la DREETS de la région ${region.nom}`);
    await session.page.screenshot({ path: screenshotPath("public-zone-blanche") });
  });

  it("n'a jamais reçu ni affiché un contact non public", async () => {
    const html = await session.page.content();
    for (const value of privateContacts) expect(html).not.toContain(value);
    const bodies = (await Promise.all(fetched)).filter((f) => f !== null);
    expect(bodies.some((f) => f.url.endsWith("/demo/projet-public.json"))).toBe(true);
    for (const { url, body } of bodies) {
      for (const value of privateContacts) expect(body.includes(value), `${value} dans ${url}`).toBe(false);
    }
    // The listing by territory, too, shows public contacts only.
    const listed = await session.page.getByTestId("liste-territoires").locator("a[href^='mailto:']").count();
    expect(listed).toBeGreaterThan(0);
  });
});

describe("page publique au clavier et pour les lecteurs d'écran", () => {
  beforeAll(async () => {
    session = await openPublicPage(true);
  });
  afterAll(async () => {
    await session?.close();
  });

  it("n'a aucune violation WCAG 2.1 A et AA détectée par axe-core, avant et après une recherche", async () => {
    const initial = await auditAccessibility(session.page);
    await session.page.screenshot({ path: screenshotPath("public-initial") });
    // Rules that passed: proof that the audit ran on the page.
    expect(initial.passes).toBeGreaterThan(10);
    expect(initial.violations).toEqual([]);
    await lookUp(session.page, "21000");
    await session.page.getByTestId("fiche-commune").waitFor();
    const withResult = await auditAccessibility(session.page);
    expect(withResult.passes).toBeGreaterThan(10);
    expect(withResult.violations).toEqual([]);
    await session.page.screenshot({ path: screenshotPath("public-dijon"), fullPage: false });
    await session.page.locator("#region-27").scrollIntoViewIfNeeded();
    await session.page.screenshot({ path: screenshotPath("public-liste-bfc") });
  });

  it("mène du premier Tab à la fiche d'une commune avec le clavier seul", async () => {
    const page = session.page;
    await waitForPublicData(page);
    const focusedIsSearch = () => page.evaluate(() => document.activeElement?.getAttribute("type") === "search");
    let tabs = 0;
    while (!(await focusedIsSearch()) && tabs < 30) {
      await page.keyboard.press("Tab");
      tabs++;
    }
    expect(await focusedIsSearch()).toBe(true);
    await page.keyboard.type("saint etienne");
    await page.keyboard.press("Enter");
    // Several communes match: Enter moves to the list, the most populous first.
    await expect(page.evaluate(() => document.activeElement?.textContent ?? "")).resolves.toMatch(/^Saint-Étienne \(42\)/);
    await page.keyboard.press("ArrowDown");
    await page.keyboard.press("ArrowUp");
    await page.keyboard.press("Enter");
    const heading = page.getByTestId("fiche-commune").locator("h3");
    await expect(heading.innerText()).resolves.toBe("Saint-Étienne (42)");
    await expect(page.evaluate(() => document.activeElement?.tagName + " " + document.activeElement?.textContent)).resolves.toBe("H3 Saint-Étienne (42)");
    await expect(page.getByTestId("annonce-recherche").innerText()).resolves.toMatch(/^Saint-Étienne \(42\) : /);
    await page.screenshot({ path: screenshotPath("public-clavier-saint-etienne") });
  });
});

describe("lien vers une région de la liste", () => {
  let linked: BrowserSession;
  afterAll(async () => {
    await linked?.close();
  });

  it("public.html#region-27 ouvre la page sur la région, une fois la liste dessinée", async () => {
    linked = await openBrowser(inject("baseUrl"), { width: 1280, height: 720 });
    await linked.page.goto(new URL("public.html#region-27", inject("baseUrl")).toString());
    const heading = linked.page.locator("#region-27");
    await heading.waitFor({ timeout: 120_000 });
    await expect.poll(() => heading.evaluate((element) => Math.round(element.getBoundingClientRect().top))).toBeLessThan(200);
    await expect(heading.innerText()).resolves.toContain("Bourgogne-Franche-Comté");
  });
});
