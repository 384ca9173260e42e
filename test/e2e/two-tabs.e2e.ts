// Two pages of one browser on the same project: an edit announced « Enregistré » in one is
// never lost. The page with nothing unsaved reloads the other's save and says so; when both
// edit at once, the one behind stops writing, says why, and keeps its version apart.
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { openBrowser, screenshotPath, waitForCompleteTerritory, type BrowserSession } from "./browser.ts";

let session: BrowserSession;
let first: Page;
let second: Page;

async function openApp(page: Page): Promise<void> {
  await page.goto(inject("baseUrl"));
  await page.waitForSelector('.map[data-status="ready"]', { timeout: 120_000 });
  await waitForCompleteTerritory(page);
  await page.waitForFunction(() => window.cartoStore?.getState().save.status === "saved", undefined, { timeout: 60_000 });
}

/** A facilitator of the open project and communes of other EPCI that it does not cover. */
async function pickEdits(page: Page, count: number): Promise<{ id: string; codes: string[] }> {
  return page.evaluate((wanted) => {
    const state = window.cartoStore!.getState();
    const project = state.derived.project()!;
    const f = project.facilitateurs.find((item) => item.role === "facilitateur" && item.perimetre.length > 0)!;
    const zones = new Set(f.perimetre.map((zone) => zone.code));
    const seen = new Set<string>();
    const codes: string[] = [];
    for (const commune of state.territory!.index.reference.communes) {
      if (codes.length >= wanted) break;
      if (!commune.epci || seen.has(commune.epci) || [commune.code, commune.epci, commune.departement, commune.region].some((code) => zones.has(code))) continue;
      seen.add(commune.epci);
      codes.push(commune.code);
    }
    return { id: f.id, codes };
  }, count);
}

const addCommune = (page: Page, id: string, code: string) => page.evaluate(([f, c]) => window.cartoStore!.getState().addCommunesToPerimeter(f!, [c!]), [id, code]);
const perimeter = (page: Page, id: string) => page.evaluate((f) => window.cartoStore!.getState().derived.project()!.facilitateurs.find((item) => item.id === f)!.perimetre.map((zone) => zone.code), id);
const saveStatus = (page: Page) => page.evaluate(() => window.cartoStore!.getState().save.status);
const workspaceId = (page: Page) => page.evaluate(() => window.cartoStore!.getState().document.workspace!.id);

describe("deux onglets sur le même projet", () => {
  beforeAll(async () => {
    session = await openBrowser(inject("baseUrl"));
    first = session.page;
    await openApp(first);
    second = await session.context.newPage();
    await openApp(second);
    expect(await workspaceId(second)).toBe(await workspaceId(first));
  });
  afterAll(async () => {
    await session?.close();
  });

  it("l'onglet sans modification en cours affiche l'enregistrement de l'autre, et le dit", async () => {
    const { id, codes } = await pickEdits(first, 1);
    expect(await addCommune(first, id, codes[0]!)).toMatchObject({ ok: true, changed: true });
    await first.waitForFunction(() => window.cartoStore!.getState().save.status === "saved");
    await expect(first.getByTestId("etat-sauvegarde").innerText()).resolves.toBe("Enregistré");
    await second.waitForFunction(([f, c]) => window.cartoStore!.getState().derived.project()!.facilitateurs.find((item) => item.id === f)!.perimetre.some((zone) => zone.code === c), [id, codes[0]!], { timeout: 30_000 });
    await expect(second.getByTestId("message-sauvegarde").innerText()).resolves.toContain("modifié dans un autre onglet");
    expect(session.pageErrors).toEqual([]);
  });

  it("deux modifications en même temps : ce qui a été annoncé « Enregistré » reste, l'autre version est gardée à part", async () => {
    const { id, codes } = await pickEdits(first, 2);
    const [fromFirst, fromSecond] = codes as [string, string];
    const projectId = await workspaceId(first);
    await Promise.all([addCommune(first, id, fromFirst), addCommune(second, id, fromSecond)]);
    // One page saves, the other learns of it (message or refused write) and stops writing.
    const settled = async (page: Page) => page.waitForFunction(() => ["saved", "conflict"].includes(window.cartoStore!.getState().save.status), undefined, { timeout: 30_000 });
    await Promise.all([settled(first), settled(second)]);
    const statuses = [await saveStatus(first), await saveStatus(second)];
    expect([...statuses].sort()).toEqual(["conflict", "saved"]);
    const [winner, loser, kept, other] = statuses[0] === "conflict" ? [second, first, fromSecond, fromFirst] : [first, second, fromFirst, fromSecond];
    await expect(winner.getByTestId("etat-sauvegarde").innerText()).resolves.toBe("Enregistré");
    const alert = loser.getByTestId("conflit-onglets");
    await expect(alert.innerText()).resolves.toContain("enregistré entre-temps dans un autre onglet");
    await loser.screenshot({ path: screenshotPath("conflit-deux-onglets") });

    // The loser keeps its version as a new project: both edits exist, neither overwrote the other.
    await alert.getByRole("button", { name: "Garder ma version comme nouveau projet" }).click();
    await loser.waitForFunction(() => window.cartoStore!.getState().save.status === "saved");
    expect(await workspaceId(loser)).not.toBe(projectId);
    expect(await perimeter(loser, id)).toContain(other);
    const names = await loser.evaluate(() => window.cartoProjects!.list().map((p) => p.nom));
    expect(names).toHaveLength(2);
    // The project the winner saved still holds the winner's edit, and not the loser's.
    const reopened = await loser.evaluate(async (target) => window.cartoProjects!.open(target), projectId);
    expect(reopened).toMatchObject({ ok: true });
    const saved = await perimeter(loser, id);
    expect(saved).toContain(kept);
    expect(saved).not.toContain(other);
    expect(session.pageErrors).toEqual([]);
  });
});
