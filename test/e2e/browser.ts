// Debian's Chromium driven by playwright-core, each test file in a fresh profile.
import { mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { chromium, type BrowserContext, type Page } from "playwright-core";
import { projectRoot } from "../../scripts/lib/geo-inputs.mjs";

export const CHROMIUM_ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
  // WebGL through SwiftShader, the software renderer.
  "--enable-unsafe-swiftshader",
  "--use-angle=swiftshader",
];

export const outputDir = join(projectRoot, "test/output");

export interface BrowserSession {
  context: BrowserContext;
  page: Page;
  /** Requests the page made to another origin than the app's. */
  foreignRequests: string[];
  /** Errors thrown in the page. */
  pageErrors: string[];
  close(): Promise<void>;
}

export async function openBrowser(baseUrl: string, viewport = { width: 1280, height: 800 }): Promise<BrowserSession> {
  const profile = mkdtempSync(join(tmpdir(), "carto-e2e-"));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    headless: true,
    args: CHROMIUM_ARGS,
    viewport,
    locale: "fr-FR",
  });
  const page = context.pages()[0] ?? (await context.newPage());
  const origin = new URL(baseUrl).origin;
  const foreignRequests: string[] = [];
  const pageErrors: string[] = [];
  context.on("request", (request) => {
    const url = request.url();
    if (!url.startsWith(origin) && !url.startsWith("data:") && !url.startsWith("blob:")) foreignRequests.push(url);
  });
  page.on("pageerror", (error) => pageErrors.push(error.message));
  return {
    context,
    page,
    foreignRequests,
    pageErrors,
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

export function screenshotPath(name: string): string {
  mkdirSync(outputDir, { recursive: true });
  return join(outputDir, `${name}.png`);
}

/** Waits until the app has loaded the full territory (names, postal codes, polygons) after its first view. */
export async function waitForCompleteTerritory(page: Page): Promise<void> {
  await page.waitForFunction(() => {
    const territory = window.cartoStore?.getState().territory;
    return territory?.complete === true && territory.geometry !== null;
  }, undefined, { timeout: 120_000 });
}

/** Waits until the communes' names and postal codes are there (the polygons may still be on their way). */
export async function waitForNames(page: Page): Promise<void> {
  await page.waitForFunction(() => window.cartoStore?.getState().territory?.complete === true, undefined, { timeout: 120_000 });
}

/** Centres the map on a point inside commune `code` at zoom 10; returns that point's position on the screen. */
export async function centreOnCommune(page: Page, code: string): Promise<{ x: number; y: number }> {
  return page.evaluate(
    (target) =>
      new Promise<{ x: number; y: number }>((resolve) => {
        const { territory } = window.cartoStore!.getState();
        const point = territory!.geometry!.pointOfCommune(territory!.index.communeIndex.get(target)!)!;
        const map = window.cartoMap!.map;
        map.once("idle", () => {
          const p = map.project(point);
          const box = map.getCanvas().getBoundingClientRect();
          resolve({ x: box.left + p.x, y: box.top + p.y });
        });
        map.jumpTo({ center: point, zoom: 10 });
      }),
    code,
  );
}

/** Where commune `code` is drawn in the current view (the mean of its drawn ring's points), on the screen. */
export async function screenPointOfDrawnCommune(page: Page, code: string): Promise<{ x: number; y: number }> {
  return page.evaluate((target) => {
    const map = window.cartoMap!.map;
    const feature = map.queryRenderedFeatures({ layers: ["communes-fill"] }).find((f) => window.cartoStore!.getState().territory!.index.communeCodes[f.id as number] === target)!;
    const ring = (feature.geometry as GeoJSON.Polygon).coordinates[0]!;
    const centre = ring.reduce((sum, p) => [sum[0]! + p[0]! / ring.length, sum[1]! + p[1]! / ring.length], [0, 0]);
    const p = map.project(centre as [number, number]);
    const box = map.getCanvas().getBoundingClientRect();
    return { x: box.left + p.x, y: box.top + p.y };
  }, code);
}

/** Opens a tab of the side panel (« Carte », « Chiffres », « Données », « Scénarios »). */
export async function openTab(page: Page, name: "Carte" | "Chiffres" | "Données" | "Scénarios"): Promise<void> {
  const tab = page.getByRole("tab", { name, exact: true });
  if ((await tab.getAttribute("aria-selected")) !== "true") await tab.click();
}

/** The search field of the header (the ARIA combobox « Rechercher… »). */
export const searchField = (page: Page) => page.getByRole("combobox", { name: /^Rechercher/ });

/** The search's results (options of its listbox). */
export const searchResults = (page: Page) => page.getByRole("listbox", { name: "Résultats de la recherche" });

/** Waits until the territory and the project are loaded and computed (the figures can be read). */
export async function waitForData(page: Page): Promise<void> {
  await page.waitForFunction(() => window.cartoStore?.getState().derived.status() === "ready", undefined, { timeout: 120_000 });
}

/** The search's option for an object of the project, in its group (« Facilitateurs », « Structures »…), by its exact name. */
export const searchOption = (page: Page, group: string, name: string) =>
  searchResults(page)
    .getByRole("group", { name: group, exact: true })
    .getByRole("option", { name: new RegExp(`^${name.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")} `) });

/**
 * Starts counting the frames the page draws (the count only moves while its main thread is
 * free to draw); returns what reads the count.
 */
export async function countFrames(page: Page): Promise<() => Promise<number>> {
  await page.evaluate(() => {
    const counter = window as unknown as { framesDrawn: number };
    counter.framesDrawn = 0;
    const tick = () => {
      counter.framesDrawn++;
      requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  });
  return () => page.evaluate(() => (window as unknown as { framesDrawn: number }).framesDrawn);
}
