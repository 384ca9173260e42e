// Hardening against hostile requests and files, in the served app and a real Chromium:
// security headers, 404 for missing files, which addresses another site may frame, and
// the import of hostile files (every one generated here, none committed). Freezes are
// measured with a long-task observer and printed in milliseconds, never asserted as time.
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { PERMISSIONS_POLICY } from "../../scripts/csp.mjs";
import { farCellWorkbook, hugeCellWorkbook, manyRowsWorkbook } from "../helpers/hostile-files.ts";
import { openBrowser, screenshotPath, waitForCompleteTerritory, type BrowserSession } from "./browser.ts";

declare global {
  interface Window {
    /** Durations (ms) of the long tasks (over 50 ms) of the main thread, from the page's start. */
    __longTasks?: number[];
  }
}

describe("en-têtes, fichiers absents et cadre d'un autre site", () => {
  let session: BrowserSession;
  /** Another site (another port of this machine: Chromium lets only local pages frame a local server), whose page frames `?frame=<query>` of the app. */
  let otherSite: Server;
  let otherOrigin: string;
  const base = () => inject("baseUrl");
  beforeAll(async () => {
    session = await openBrowser(inject("baseUrl"));
    otherSite = createServer((request, response) => {
      const query = new URL(request.url ?? "/", "http://localhost").searchParams.get("frame") ?? "";
      response.writeHead(200, { "content-type": "text/html; charset=utf-8" });
      response.end(`<!doctype html><title>Autre site</title><iframe src="${base()}${query.replace(/"/g, "&quot;")}" width="900" height="600"></iframe>`);
    });
    await new Promise<void>((resolve) => otherSite.listen(0, "127.0.0.1", resolve));
    otherOrigin = `http://127.0.0.1:${(otherSite.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    await session?.close();
    await new Promise((resolve) => otherSite?.close(resolve));
  });

  it("répond 404 pour un fichier absent, et ne sert le HTML de l'application qu'à ses pages", async () => {
    const statuses: Record<string, [number, string]> = {};
    for (const path of ["assets/x.js", "assets/absent.css", "geo/absent.json", "rien/", "", "index.html", "public.html"]) {
      const response = await session.context.request.get(new URL(path, base()).toString(), { headers: { accept: "*/*" } });
      statuses[path] = [response.status(), (response.headers()["content-type"] ?? "").split(";")[0]!];
      // Every answer, 404 included, carries the security headers.
      expect(response.headers()["referrer-policy"]).toBe("no-referrer");
      expect(response.headers()["permissions-policy"]).toBe(PERMISSIONS_POLICY);
    }
    console.log(`statuses: ${JSON.stringify(statuses)}`);
    expect(statuses["assets/x.js"]![0]).toBe(404);
    expect(statuses["assets/absent.css"]![0]).toBe(404);
    expect(statuses["geo/absent.json"]![0]).toBe(404);
    expect(statuses["rien/"]![0]).toBe(404);
    expect(statuses[""]).toEqual([200, "text/html"]);
    expect(statuses["index.html"]).toEqual([200, "text/html"]);
    expect(statuses["public.html"]).toEqual([200, "text/html"]);
  });

  /** Opens `query` of the app in an <iframe> of a page from another origin; says what the frame shows. */
  async function frameFromAnotherSite(query: string): Promise<"application d'édition" | "vue intégrée" | "bloqué"> {
    await session.page.goto(`${otherOrigin}/?frame=${encodeURIComponent(query)}`);
    const frame = session.page.frames().find((candidate) => candidate !== session.page.mainFrame())!;
    await frame.waitForLoadState("load");
    // A frame refused by frame-ancestors shows Chromium's error page, without the app's script.
    if (frame.url().startsWith("chrome-error:")) return "bloqué";
    const seen = await frame
      .waitForFunction(() => document.querySelector('[data-testid="integration"]') ? "vue intégrée" : document.querySelector("header, .fr-header") ? "application d'édition" : null, undefined, { timeout: 20_000 })
      .then((handle) => handle.jsonValue() as Promise<"application d'édition" | "vue intégrée">)
      .catch(() => "bloqué" as const);
    return seen;
  }

  it("?integration=0&embed=1 : l'application d'édition, qu'aucun autre site ne peut encadrer", async () => {
    const response = await session.context.request.get(`${base()}?integration=0&embed=1`);
    expect(response.headers()["content-security-policy"]).toContain("frame-ancestors 'none'");
    await expect(frameFromAnotherSite("?integration=0&embed=1")).resolves.toBe("bloqué");
    // Opened directly, the same address is the editing app (the server and the app agree).
    await session.page.goto(`${base()}?integration=0&embed=1`);
    await session.page.getByRole("button", { name: "Importer…" }).waitFor({ timeout: 120_000 });
    await expect(session.page.getByTestId("integration").count()).resolves.toBe(0);
  });

  it("?integration=true : la vue intégrée en lecture seule, seule adresse qu'un autre site peut encadrer", async () => {
    const response = await session.context.request.get(`${base()}?integration=true`);
    expect(response.headers()["content-security-policy"]).toContain("frame-ancestors *");
    await expect(frameFromAnotherSite("?integration=true")).resolves.toBe("vue intégrée");
    await expect(frameFromAnotherSite("")).resolves.toBe("bloqué");
  });
});

/** Records the main thread's long tasks from the start of every page of the session (init script). */
async function watchLongTasks(session: BrowserSession): Promise<void> {
  await session.context.addInitScript(() => {
    window.__longTasks = [];
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) window.__longTasks!.push(Math.round(entry.duration));
    }).observe({ type: "longtask", buffered: true });
  });
}

/** The long tasks since the last call (ms), printed under `label`: their count, the longest and their sum. */
async function takeLongTasks(page: Page, label: string): Promise<number[]> {
  const tasks = await page.evaluate(() => window.__longTasks!.splice(0));
  console.log(`${label} : ${tasks.length} tâche(s) longue(s), la plus longue ${Math.max(0, ...tasks)} ms, ${tasks.reduce((sum, ms) => sum + ms, 0)} ms en tout`);
  return tasks;
}

describe("fichiers hostiles importés dans le navigateur (tâches longues mesurées)", () => {
  let session: BrowserSession;
  let page: Page;
  let scratch: string;
  const dialog = () => page.getByTestId("dialogue-import");
  const problems = () => dialog().getByTestId("problemes-import");

  /** Opens the import dialog and chooses `file` (a path, or a name and its bytes). */
  async function chooseFile(file: string | { name: string; buffer: Buffer }): Promise<void> {
    await page.getByRole("button", { name: "Importer…" }).click();
    await dialog().waitFor();
    await dialog()
      .locator('input[type="file"]')
      .setInputFiles(typeof file === "string" ? file : { name: file.name, mimeType: "application/octet-stream", buffer: file.buffer });
  }

  async function closeDialog(): Promise<void> {
    await dialog().getByRole("button", { name: "Annuler", exact: true }).click();
    await dialog().waitFor({ state: "detached" });
  }

  beforeAll(async () => {
    scratch = mkdtempSync(join(tmpdir(), "carto-hostile-"));
    session = await openBrowser(inject("baseUrl"));
    page = session.page;
    await watchLongTasks(session);
    await page.goto(inject("baseUrl"));
    await page.waitForSelector('.map[data-status="ready"]', { timeout: 120_000 });
  });
  afterAll(async () => {
    await session?.close();
    if (scratch) rmSync(scratch, { recursive: true, force: true });
  });

  it("première importation de la session, dès la carte dessinée, fichier vide : lue, et la page mesurée", async () => {
    await takeLongTasks(page, "chargement jusqu'à la carte dessinée");
    await chooseFile({ name: "vide.csv", buffer: Buffer.alloc(0) });
    await expect.poll(() => problems().innerText().catch(() => ""), { timeout: 120_000 }).toContain("fichier vide");
    await takeLongTasks(page, "première importation (fichier vide), pendant le chargement du territoire complet");
    await closeDialog();
    await waitForCompleteTerritory(page);
    await takeLongTasks(page, "fin du chargement du territoire complet");
    await chooseFile({ name: "vide.csv", buffer: Buffer.alloc(0) });
    await expect.poll(() => problems().innerText().catch(() => ""), { timeout: 120_000 }).toContain("fichier vide");
    await takeLongTasks(page, "deuxième importation (fichier vide)");
    await closeDialog();
  });

  it("classeurs hostiles (cellule en XFD1048576, cellule de 300 Mo, 2 millions de lignes) : refusés sans figer ni planter l'onglet", async () => {
    const cases = [
      { name: "cellule-lointaine.xlsx", bytes: farCellWorkbook(), expected: "s'étend jusqu'à la cellule XFD1048576 : 1\u202f048\u202f576 lignes × 16\u202f384 colonnes" },
      { name: "cellule-geante.xlsx", bytes: hugeCellWorkbook(300 * 1024 * 1024), expected: "classeur trop volumineux une fois décompressé : il annonce 300 Mo de XML, au-delà de 256 Mo" },
      { name: "cellule-geante-menteuse.xlsx", bytes: hugeCellWorkbook(300 * 1024 * 1024, 1_000), expected: "plus de 32\u202f767 caractères (la limite d'une cellule d'Excel)" },
      { name: "deux-millions.xlsx", bytes: manyRowsWorkbook(2_000_000), expected: "va jusqu'à la ligne 2\u202f000\u202f000 : au-delà de 1\u202f048\u202f576 lignes" },
    ];
    await takeLongTasks(page, "avant les classeurs");
    for (const { name, bytes, expected } of cases) {
      await chooseFile({ name, buffer: Buffer.from(bytes) });
      await expect.poll(() => problems().innerText().catch(() => ""), { timeout: 120_000 }).toContain(expected);
      await expect(dialog().getByRole("button", { name: "Appliquer l'import" }).isDisabled()).resolves.toBe(true);
      const tasks = await takeLongTasks(page, `${name} (${bytes.length} octets), lu dans le worker`);
      // Read in the worker: the page never freezes for seconds (the 300 Mo cell froze it 64 s before).
      expect(Math.max(0, ...tasks)).toBeLessThan(10_000);
      await closeDialog();
    }
    expect(session.pageErrors).toEqual([]);
  });

  it("CSV de 200 000 lignes (7 Mo) : l'aperçu s'affiche sans figer la page des minutes", async () => {
    const codes = await page.evaluate(() => Array.from(window.cartoStore!.getState().territory!.index.communeCodes.slice(0, 30_000)));
    const lines = ["Facilitateur;Structure;ETP;Code INSEE"];
    for (let i = 0; i < 200_000; i++) lines.push(`Poste ${i % 20_000};Structure ${i % 500};1;${codes[i % codes.length]}`);
    const file = join(scratch, "deux-cent-mille.csv");
    writeFileSync(file, `${lines.join("\r\n")}\r\n`);
    await takeLongTasks(page, "avant le CSV de 200 000 lignes");
    await chooseFile(file);
    await dialog().getByTestId("apercu-import").waitFor({ timeout: 170_000 });
    await expect(dialog().getByTestId("lignes-lues").innerText().then((text) => Number(text.replace(/\D/g, "")))).resolves.toBe(200_000);
    await dialog().getByTestId("bilan-changements").waitFor();
    const tasks = await takeLongTasks(page, "CSV de 200 000 lignes (20 000 facilitateurs), du choix du fichier à l'aperçu");
    // It was one task of 254 s (the merge matched each facilitator by scanning the list).
    expect(Math.max(0, ...tasks)).toBeLessThan(20_000);
    await closeDialog();
  });

  it("un nom de 200 000 caractères précédé d'un U+202E : coupé et nettoyé à l'import, survol, détail et impression bornés", async () => {
    const name = `\u202E${"A".repeat(200_000)}`;
    await chooseFile({ name: "nom-long.csv", buffer: Buffer.from(`facilitateur;ETP;code INSEE\r\n${name};1;69123\r\n`, "utf8") });
    await dialog().getByTestId("apercu-import").waitFor({ timeout: 60_000 });
    const text = await problems().innerText();
    expect(text).toContain("caractères invisibles ou de contrôle retirés (U+202E)");
    expect(text).toContain("texte de 200\u202f000 caractères coupé à 200 caractères");
    await dialog().getByRole("button", { name: "Appliquer l'import" }).click();
    await dialog().waitFor({ state: "detached" });
    const kept = await page.evaluate(() => window.cartoStore!.getState().derived.project()!.facilitateurs.find((f) => f.nom.startsWith("AAAA"))!.nom);
    expect(kept).toBe("A".repeat(200));
    await takeLongTasks(page, "import du nom long appliqué");
    const point = await page.evaluate(
      () =>
        new Promise<{ x: number; y: number }>((resolve) => {
          const map = window.cartoMap!.map;
          const lyon: [number, number] = [4.8357, 45.764];
          map.once("idle", () => {
            const p = map.project(lyon);
            const box = map.getCanvas().getBoundingClientRect();
            resolve({ x: box.left + p.x, y: box.top + p.y });
          });
          map.jumpTo({ center: lyon, zoom: 9 });
        }),
    );
    await takeLongTasks(page, "cadrage sur Lyon");
    await page.mouse.move(point.x, point.y);
    await expect(page.getByTestId("survol").innerText()).resolves.toContain("A".repeat(200));
    await takeLongTasks(page, "survol de Lyon");
    await page.mouse.click(point.x, point.y);
    await expect(page.getByTestId("details").innerText()).resolves.toContain("A".repeat(200));
    await takeLongTasks(page, "détail de Lyon");
    await page.getByRole("button", { name: "Imprimer ou exporter" }).click();
    await page.getByTestId("carte-impression").waitFor({ timeout: 120_000 });
    await takeLongTasks(page, "page d'impression");
    await page.screenshot({ path: screenshotPath("durcissement-nom-long-impression") });
    expect(session.pageErrors).toEqual([]);
  });
});
