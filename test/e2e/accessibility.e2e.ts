// RGAA: automated audit (axe-core, WCAG 2.1 A and AA) of every view of the map screen and of
// the embedded view, a keyboard walk through every control, and the map's text alternative.
// axe-core is loaded as an init script (DevTools protocol), so the page keeps its own CSP.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { projectRoot } from "../../scripts/lib/geo-inputs.mjs";
import { type BrowserSession, openBrowser, openTab, screenshotPath, searchField, waitForCompleteTerritory } from "./browser.ts";

const AXE_SOURCE = readFileSync(join(projectRoot, "node_modules/axe-core/axe.min.js"), "utf8");

interface AuditResult {
  passes: number;
  violations: { id: string; help: string; targets: string[] }[];
}

/** Counts per audited view, printed at the end for the report. */
const figures: Record<string, { passes: number; violations: number }> = {};

async function openApp(query = ""): Promise<BrowserSession> {
  const session = await openBrowser(inject("baseUrl"));
  await session.context.addInitScript({ content: AXE_SOURCE });
  await session.page.goto(new URL(query, inject("baseUrl")).toString());
  await session.page.waitForSelector('.map[data-status="ready"]', { timeout: 120_000 });
  await waitForCompleteTerritory(session.page);
  // The saved copy restored (or the demo saved): the view no longer changes by itself.
  await session.page.waitForFunction(() => window.cartoStore?.getState().save.status === "saved", undefined, { timeout: 60_000 });
  return session;
}

/** WCAG 2.1 A and AA violations that axe-core finds in the page as it is. */
async function audit(page: Page, view: string): Promise<AuditResult> {
  const result = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(context: Document, options: object): Promise<{ passes: unknown[]; violations: { id: string; help: string; nodes: { target: string[] }[] }[] }> } }).axe;
    const run = await axe.run(document, { runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] } });
    return { passes: run.passes.length, violations: run.violations.map((v) => ({ id: v.id, help: v.help, targets: v.nodes.map((n) => n.target.join(" ")) })) };
  });
  figures[view] = { passes: result.passes, violations: result.violations.length };
  return result;
}

async function expectNoViolation(page: Page, view: string) {
  const result = await audit(page, view);
  // Rules that passed: proof that the audit ran on the page.
  expect(result.passes).toBeGreaterThan(10);
  expect(result.violations, view).toEqual([]);
}

/** A facilitator of the demo with a perimeter, and a commune it covers. */
function demoFacilitator(page: Page) {
  return page.evaluate(() => {
    const state = window.cartoStore!.getState();
    const { territory } = state;
    const project = state.derived.project();
    const result = state.derived.result();
    const f = project!.facilitateurs.findIndex((item, k) => item.role === "facilitateur" && result!.perimeters.offsets[k + 1]! > result!.perimeters.offsets[k]!);
    const commune = territory!.index.communeCodes[result!.perimeters.communes[result!.perimeters.offsets[f]!]!]!;
    return { id: project!.facilitateurs[f]!.id, nom: project!.facilitateurs[f]!.nom, commune };
  });
}

afterAll(() => {
  console.log(`axe-core, règles passées / violations par vue :\n${Object.entries(figures).map(([view, f]) => `  ${view} : ${f.passes} / ${f.violations}`).join("\n")}`);
});

// One page for the map screen (opening the app is most of the time): the keyboard walk runs
// on the screen as opened, right after its audit; the link to the list runs last, as it
// leaves the page.
describe("accessibilité de l'écran carte (axe-core, WCAG 2.1 A et AA)", () => {
  let session: BrowserSession;
  beforeAll(async () => {
    session = await openApp();
  });
  afterAll(async () => {
    await session?.close();
  });

  it("n'a aucune violation à l'ouverture", async () => {
    await expectNoViolation(session.page, "carte à l'ouverture");
    await session.page.screenshot({ path: screenshotPath("a11y-carte") });
  });

  it("atteint chaque contrôle au clavier : visible, nommé, avec un indicateur de focus", async () => {
    const stops = await tabWalk(session.page);
    // The side panel's controls and the map's: search, import, export, territory, layers, zoom, canvas…
    expect(stops.length).toBeGreaterThan(20);
    const names = stops.map((s) => s.name);
    for (const expected of ["Rechercher", "Partager", "Importer…", "Exporter…", "Carte", "Zones blanches", "Voir la liste"]) expect(names.some((n) => n.includes(expected)), expected).toBe(true);
    expectUsableStops(stops);
    console.log(`Parcours au Tab de l'écran carte : ${stops.length} arrêts`);
  });

  it("n'a aucune violation avec une commune sélectionnée (panneau de détail)", async () => {
    const page = session.page;
    await searchField(page).fill("Dijon");
    await page.getByTestId("resultats-recherche").getByRole("option").first().click();
    await expect(page.getByTestId("details").locator("h2").innerText()).resolves.toContain("Dijon");
    await expectNoViolation(page, "commune sélectionnée");
  });

  it("n'a aucune violation avec un facilitateur sélectionné et l'éditeur de son périmètre ouvert", async () => {
    const page = session.page;
    const facilitateur = await demoFacilitator(page);
    await page.evaluate((id) => window.cartoStore!.getState().showPerimeter(id), facilitateur.id);
    await expect(page.getByTestId("details").locator("h2").innerText()).resolves.toBe(facilitateur.nom);
    await page.getByRole("button", { name: "Modifier le périmètre" }).click();
    await page.getByTestId("edition-perimetre").waitFor();
    await expectNoViolation(page, "facilitateur et éditeur de périmètre");
    await page.screenshot({ path: screenshotPath("a11y-editeur-perimetre") });
    await page.getByRole("button", { name: "Terminer la modification" }).click();
  });

  it("n'a aucune violation avec la fenêtre d'import ouverte", async () => {
    const page = session.page;
    await page.getByRole("button", { name: "Importer…" }).click();
    await page.locator("dialog[open]").waitFor();
    await expectNoViolation(page, "fenêtre d'import");
    await page.keyboard.press("Escape");
    await page.locator("dialog[open]").waitFor({ state: "detached" });
  });

  it("n'a aucune violation avec la fenêtre d'export ouverte", async () => {
    const page = session.page;
    await page.getByRole("button", { name: "Exporter…" }).click();
    await page.locator("dialog[open]").waitFor();
    await expectNoViolation(page, "fenêtre d'export");
    await page.keyboard.press("Escape");
    await page.locator("dialog[open]").waitFor({ state: "detached" });
  });

  it("n'a aucune violation avec la comparaison de deux scénarios affichée", async () => {
    const page = session.page;
    await openTab(page, "Scénarios");
    await page.getByLabel("Nom du nouveau scénario").fill("Option B");
    await page.getByRole("button", { name: "Dupliquer" }).click();
    await page.getByLabel("Comparer avec").selectOption({ label: "Situation actuelle" });
    await page.getByTestId("comparaison").waitFor();
    await expectNoViolation(page, "comparaison de scénarios");
    await page.screenshot({ path: screenshotPath("a11y-comparaison") });
  });

  it("n'a aucune violation dans les autres modes de l'écran (présentation, impression, graphiques)", async () => {
    const page = session.page;
    for (const mode of ["presentation", "impression", "graphiques"] as const) {
      await page.evaluate((m) => window.cartoStore!.getState().setMode(m), mode);
      await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(resolve)));
      await expectNoViolation(page, `mode ${mode}`);
    }
    await page.evaluate(() => window.cartoStore!.getState().setMode("carte"));
  });

  it("décrit la carte par un texte qui renvoie aux chiffres et à la liste des facilitateurs", async () => {
    const page = session.page;
    const region = page.getByRole("region", { name: "Carte des communes de France" });
    const description = await region.evaluate((element) => {
      const ids = (element.getAttribute("aria-describedby") ?? "").split(/\s+/).filter(Boolean);
      return ids.map((id) => document.getElementById(id)?.textContent ?? "").join(" ");
    });
    expect(description).toMatch(/indicateurs/i);
    const link = page.getByRole("link", { name: "Voir la liste" });
    await expect(link.getAttribute("href")).resolves.toMatch(/public\.html#liste$/);
    await link.click();
    await page.waitForURL(/public\.html#liste$/);
    await page.getByTestId("liste-territoires").waitFor({ timeout: 120_000 });
  });
});

describe("accessibilité de la vue intégrée", () => {
  let session: BrowserSession;
  beforeAll(async () => {
    session = await openApp("?integration=1&territoire=region-27");
  });
  afterAll(async () => {
    await session?.close();
  });

  it("n'a aucune violation", async () => {
    await session.page.getByTestId("integration-chiffres").waitFor();
    await expectNoViolation(session.page, "vue intégrée");
  });
});

interface Stop {
  description: string;
  name: string;
  visible: boolean;
  focusRing: boolean;
}

function expectUsableStops(stops: Stop[]) {
  expect(stops.filter((s) => !s.visible).map((s) => s.description)).toEqual([]);
  expect(stops.filter((s) => !s.name).map((s) => s.description)).toEqual([]);
  expect(stops.filter((s) => !s.focusRing).map((s) => s.description)).toEqual([]);
}

/** Presses Tab until focus comes back to where it started (or `max` times); describes each focused element. */
async function tabWalk(page: Page, max = 250): Promise<Stop[]> {
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  await page.locator("body").focus();
  const stops: Stop[] = [];
  const seen = new Set<string>();
  for (let k = 0; k < max; k++) {
    await page.keyboard.press("Tab");
    const stop = await page.evaluate(() => {
      const element = document.activeElement as HTMLElement | null;
      if (!element || element === document.body) return null;
      const axe = (window as unknown as { axe: { commons: { text: { accessibleText(element: Element): string } }; setup?: () => void; teardown?: () => void } }).axe;
      axe.setup?.();
      const name = axe.commons.text.accessibleText(element).trim();
      axe.teardown?.();
      const shown = (node: Element) => {
        const box = node.getBoundingClientRect();
        return box.width > 0 && box.height > 0 && node.checkVisibility({ opacityProperty: true, visibilityProperty: true });
      };
      const ring = (style: CSSStyleDeclaration) => (style.outlineStyle !== "none" && parseFloat(style.outlineWidth) > 0) || style.boxShadow !== "none";
      // DSFR radios and checkboxes keep the native input transparent and draw it, and its focus, on the label.
      const label = element instanceof HTMLInputElement && !shown(element) && (element.type === "radio" || element.type === "checkbox") ? element.labels?.[0] : undefined;
      const visible = label ? shown(label) : shown(element);
      // Enlarged links (DSFR header) draw their focus on a ::before covering the block.
      const drawn = label ?? element;
      const focusRing = ring(getComputedStyle(drawn)) || ring(getComputedStyle(drawn, "::before")) || ring(getComputedStyle(drawn, "::after"));
      const path: string[] = [];
      for (let node: Element | null = element; node && node !== document.body; node = node.parentElement) path.unshift(`${node.tagName.toLowerCase()}${node.id ? `#${node.id}` : ""}:${Array.prototype.indexOf.call(node.parentElement?.children ?? [], node)}`);
      return { description: `${element.tagName.toLowerCase()}${element.id ? `#${element.id}` : ""} « ${name} »`, name, visible, focusRing, key: path.join(">") };
    });
    if (!stop) continue;
    if (seen.has(stop.key)) break;
    seen.add(stop.key);
    stops.push({ description: stop.description, name: stop.name, visible: stop.visible, focusRing: stop.focusRing });
  }
  return stops;
}

describe("vue intégrée au clavier", () => {
  let session: BrowserSession;
  beforeAll(async () => {
    session = await openApp("?integration=1");
  });
  afterAll(async () => {
    await session?.close();
  });

  it("atteint la carte, ses boutons et les liens au clavier, visibles et nommés", async () => {
    const stops = await tabWalk(session.page);
    const names = stops.map((s) => s.name);
    for (const expected of ["Ouvrir dans Carto Clause Sociale", "Voir la liste", "Zoomer", "Dézoomer", "Carte interactive"]) expect(names.some((n) => n.includes(expected)), expected).toBe(true);
    expectUsableStops(stops);
    console.log(`Parcours au Tab de la vue intégrée : ${stops.length} arrêts (${names.join(" | ")})`);
  });
});
