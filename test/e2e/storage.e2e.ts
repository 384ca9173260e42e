// Saving when the browser cannot: IndexedDB absent (open throws, or its request fails) or
// full (writes fail with QuotaExceededError). The user sees a French alert and a button
// that downloads the project file; editing goes on in memory and nothing is lost. And a
// record of the first saving format (v0), put in IndexedDB before the app starts, opens.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { afterEach, describe, expect, inject, it } from "vitest";
import { projectRoot } from "../../scripts/lib/geo-inputs.mjs";
import { type BrowserSession, openBrowser, openTab, screenshotPath, waitForCompleteTerritory, waitForData } from "./browser.ts";

let session: BrowserSession | null = null;

afterEach(async () => {
  await session?.close();
  session = null;
});

async function openApp(page: Page, status: "saved" | "error"): Promise<void> {
  await page.goto(inject("baseUrl"));
  await waitForData(page);
  await waitForCompleteTerritory(page);
  await page.waitForFunction((expected) => window.cartoStore?.getState().save.status === expected, status, { timeout: 60_000 });
}

/** A facilitator and communes it does not cover (one per EPCI, so each addition is one commune). */
async function pickEdits(page: Page, count: number): Promise<{ id: string; codes: string[] }> {
  return page.evaluate((wanted) => {
    const state = window.cartoStore!.getState();
    const { territory } = state;
    const project = state.derived.project();
    const f = project!.facilitateurs.find((item) => item.role === "facilitateur" && item.perimetre.length > 0)!;
    const zones = new Set(f.perimetre.map((zone) => zone.code));
    const seen = new Set<string>();
    const codes: string[] = [];
    for (const commune of territory!.index.reference.communes) {
      if (codes.length >= wanted) break;
      if (!commune.epci || seen.has(commune.epci) || [commune.code, commune.epci, commune.departement, commune.region].some((code) => zones.has(code))) continue;
      seen.add(commune.epci);
      codes.push(commune.code);
    }
    return { id: f.id, codes };
  }, count);
}

async function addCommune(page: Page, id: string, code: string): Promise<void> {
  const outcome = await page.evaluate(([f, c]) => window.cartoStore!.getState().addCommunesToPerimeter(f!, [c!]), [id, code]);
  expect(outcome).toMatchObject({ ok: true, changed: true });
}

const perimeterCodes = (page: Page, id: string) => page.evaluate((f) => window.cartoStore!.getState().derived.project()!.facilitateurs.find((item) => item.id === f)!.perimetre.map((zone) => zone.code), id);

/** Clicks the alert's export button and returns the downloaded project file, parsed. */
async function exportFromAlert(page: Page): Promise<{ name: string; project: { nom: string; facilitateurs: { id: string; perimetre: { code: string }[] }[] } }> {
  const alert = page.getByTestId("alerte-sauvegarde");
  const [download] = await Promise.all([page.waitForEvent("download"), alert.getByRole("button", { name: "Exporter le projet (fichier JSON)" }).click()]);
  const text = readFileSync(await download.path(), "utf8");
  return { name: download.suggestedFilename(), project: JSON.parse(text) };
}

/** The alert, its export, editing in memory and a second export that holds the edit. */
async function checkEditingWithoutStorage(page: Page, expected: RegExp, screenshot: string): Promise<void> {
  const alert = page.getByTestId("alerte-sauvegarde");
  await expect(alert.innerText()).resolves.toMatch(expected);
  await expect(alert.innerText()).resolves.toContain("Exportez le projet");
  await page.screenshot({ path: screenshotPath(screenshot) });
  const first = await exportFromAlert(page);
  expect(first.name).toMatch(/-projet-\d{4}-\d{2}-\d{2}\.json$/);
  expect(first.project).toEqual(JSON.parse(await page.evaluate(() => JSON.stringify(window.cartoStore!.getState().derived.project()))));
  await expect(alert.getByRole("status").innerText()).resolves.toContain("téléchargé");

  // Editing still works, in memory; the alert stays; the next export holds the edit.
  const { id, codes } = await pickEdits(page, 1);
  await addCommune(page, id, codes[0]!);
  await expect(perimeterCodes(page, id)).resolves.toContain(codes[0]);
  expect(await page.evaluate(() => window.cartoStore!.getState().save.status)).toBe("error");
  await expect(alert.isVisible()).resolves.toBe(true);
  const second = await exportFromAlert(page);
  expect(second.project.facilitateurs.find((f) => f.id === id)!.perimetre.map((zone) => zone.code)).toContain(codes[0]);
}

describe("stockage du navigateur indisponible ou plein", () => {
  it("IndexedDB absent (indexedDB.open lève une exception) : alerte, export du projet, modifications en mémoire", async () => {
    session = await openBrowser(inject("baseUrl"));
    await session.context.addInitScript(() => {
      IDBFactory.prototype.open = function () {
        throw new DOMException("stockage désactivé (test)", "SecurityError");
      };
    });
    await openApp(session.page, "error");
    await checkEditingWithoutStorage(session.page, /enregistrement dans ce navigateur est impossible/, "stockage-absent");
    expect(session.pageErrors).toEqual([]);
  });

  it("IndexedDB refusé (la demande d'ouverture échoue) : même alerte, même export", async () => {
    session = await openBrowser(inject("baseUrl"));
    await session.context.addInitScript(() => {
      IDBFactory.prototype.open = function () {
        const request = { result: undefined, error: new DOMException("ouverture refusée (test)", "UnknownError"), onsuccess: null, onerror: null as null | ((event: unknown) => void), onupgradeneeded: null };
        setTimeout(() => request.onerror?.({ target: request }), 0);
        return request as unknown as IDBOpenDBRequest;
      };
    });
    await openApp(session.page, "error");
    await checkEditingWithoutStorage(session.page, /enregistrement dans ce navigateur est impossible/, "stockage-refuse");
    expect(session.pageErrors).toEqual([]);
  });

  it("stockage plein (QuotaExceededError) : alerte et export ; rien n'est perdu une fois la place revenue", async () => {
    session = await openBrowser(inject("baseUrl"));
    // Writes fail while `storageFull` is set, as when the origin's quota is used up.
    await session.context.addInitScript(() => {
      const put = IDBObjectStore.prototype.put;
      IDBObjectStore.prototype.put = function (this: IDBObjectStore, ...args: Parameters<IDBObjectStore["put"]>) {
        if ((window as unknown as { storageFull?: boolean }).storageFull) throw new DOMException("quota dépassé (test)", "QuotaExceededError");
        return put.apply(this, args);
      };
    });
    const page = session.page;
    await openApp(page, "saved");
    const { id, codes } = await pickEdits(page, 3);
    await page.evaluate(() => ((window as unknown as { storageFull: boolean }).storageFull = true));
    await addCommune(page, id, codes[1]!);
    await page.waitForFunction(() => window.cartoStore!.getState().save.status === "error", undefined, { timeout: 30_000 });
    await checkEditingWithoutStorage(page, /espace de stockage du navigateur est plein/, "stockage-plein");

    // Space again: the next save writes everything made meanwhile, and a reload finds it.
    await page.evaluate(() => ((window as unknown as { storageFull: boolean }).storageFull = false));
    await addCommune(page, id, codes[2]!);
    await page.waitForFunction(() => window.cartoStore!.getState().save.status === "saved", undefined, { timeout: 30_000 });
    await expect(page.getByTestId("alerte-sauvegarde").count()).resolves.toBe(0);
    const before = await perimeterCodes(page, id);
    await openApp(page, "saved");
    const after = await perimeterCodes(page, id);
    expect(after).toEqual(before);
    expect(after).toEqual(expect.arrayContaining([codes[1], codes[2]]));
    expect(session.pageErrors).toEqual([]);
  });
});

describe("évolution du format d'enregistrement", () => {
  it("ouvre un enregistrement au format v0 écrit dans IndexedDB avant le démarrage de l'application", async () => {
    session = await openBrowser(inject("baseUrl"));
    const page = session.page;
    const record: unknown = JSON.parse(readFileSync(join(projectRoot, "test/fixtures/saved/sauvegarde-v0-france.json"), "utf8"));
    // A first page of the same origin (not the app) writes the database as that version left it.
    await page.goto(new URL("geo/README.md", inject("baseUrl")).toString());
    await page.evaluate(
      (old) =>
        new Promise<void>((resolve, reject) => {
          const request = indexedDB.open("carto-clause-sociale", 1);
          request.onupgradeneeded = () => {
            request.result.createObjectStore("projets", { keyPath: "id" });
            request.result.createObjectStore("enregistrements");
            request.result.createObjectStore("reglages");
          };
          request.onerror = () => reject(new Error(String(request.error)));
          request.onsuccess = () => {
            const db = request.result;
            const tx = db.transaction(["projets", "enregistrements", "reglages"], "readwrite");
            tx.objectStore("enregistrements").put(old, "projet-prototype-france#1");
            tx.objectStore("projets").put({ id: "projet-prototype-france", nom: "Essai de novembre (communes réelles)", modifieLe: "2024-11-05T09:30:00.000Z", scenarios: 1, generation: 1, cle: "projet-prototype-france#1", clePrecedente: null });
            tx.objectStore("reglages").put("projet-prototype-france", "dernierProjet");
            tx.oncomplete = () => {
              db.close();
              resolve();
            };
            tx.onerror = () => reject(new Error(String(tx.error)));
          };
        }),
      record,
    );
    await openApp(page, "saved");
    const opened = await page.evaluate(() => {
      const state = window.cartoStore!.getState();
      const workspace = state.document.workspace;
      const project = state.derived.project();
      const saveMessage = state.save.message;
      return { workspace: workspace!.nom, scenarios: workspace!.scenarios.map((s) => s.nom), nom: project!.nom, facilitateurs: project!.facilitateurs.map((f) => ({ nom: f.nom, perimetre: f.perimetre })), saveMessage };
    });
    expect(opened).toEqual({
      workspace: "Essai de novembre (communes réelles)",
      scenarios: ["Situation actuelle"],
      // One name for the project: the saved record's, which the projects menu shows (the file inside said « Projet du prototype (France) »).
      nom: "Essai de novembre (communes réelles)",
      // The former commune code 14011 (Anctoville, commune déléguée) is followed to Aurseulles.
      facilitateurs: [{ nom: "Poste du prototype", perimetre: [{ niveau: "epci", code: "200071751" }, { niveau: "commune", code: "14118" }, { niveau: "commune", code: "14581" }] }],
      saveMessage: null,
    });
    await openTab(page, "Chiffres");
    await expect(page.getByTestId("nb-facilitateurs").innerText()).resolves.toMatch(/^1$/);
    // Saved again, it is written in today's format (v0 kept as the previous record).
    await page.evaluate(() => window.cartoStore!.getState().renameProject("Essai converti"));
    await page.evaluate(() => window.cartoProjects!.flush());
    const formats = await page.evaluate(
      () =>
        new Promise<string[]>((resolve) => {
          const request = indexedDB.open("carto-clause-sociale");
          request.onsuccess = () => {
            const all = request.result.transaction("enregistrements").objectStore("enregistrements").getAll();
            all.onsuccess = () => resolve((all.result as { format?: string; version?: number }[]).map((r) => r.format ?? `version ${r.version}`));
          };
        }),
    );
    expect(formats).toContain("carto-clause-sociale/sauvegarde@1");
    expect(session.pageErrors).toEqual([]);
  });
});
