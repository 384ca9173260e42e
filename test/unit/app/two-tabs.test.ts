// Two tabs on one project (two stores on one database): an edit announced « Enregistré » in
// one is never overwritten by the other; the tab behind reloads when it has nothing unsaved,
// else stops writing and offers to reload or to keep its version apart.
import { IDBFactory } from "fake-indexeddb";
import { describe, expect, it } from "vitest";
import { connectPersistence, type PersistenceOptions } from "../../../src/app/autosave.ts";
import type { ChannelLike } from "../../../src/app/tab-sync.ts";
import { openProjectDatabase } from "../../../src/persistence/project-database.ts";
import { restoreWorkspace } from "../../../src/persistence/workspace-record.ts";
import { createTerritoryGeometry } from "../../../src/io/territory-geometry.ts";
import { createAppStore } from "../../../src/store/app-store.ts";
import { tinyProject, tinyTerritory } from "../../fixtures/tiny-territory.ts";

const territory = tinyTerritory();

function readyStore() {
  const store = createAppStore({ today: () => "2025-06-01" });
  store.getState().setTerritory({ index: territory.index, geometry: createTerritoryGeometry(territory.index, territory.topology), complete: true });
  store.getState().openProject(tinyProject());
  return store;
}

/** Channels that deliver to each other (not to themselves), a task later, as BroadcastChannel does. */
function channelHub() {
  const members = new Set<{ listeners: ((event: { data: unknown }) => void)[] }>();
  return (): ChannelLike => {
    const self = { listeners: [] as ((event: { data: unknown }) => void)[] };
    members.add(self);
    return {
      postMessage: (data) => {
        for (const member of members) if (member !== self) for (const listener of member.listeners) setTimeout(() => listener({ data }), 0);
      },
      addEventListener: (_type, listener) => void self.listeners.push(listener),
      close: () => void members.delete(self),
    };
  };
}

/** Pending saves wait until the test flushes: the timing is the test's. */
const held: PersistenceOptions["schedule"] = () => () => undefined;
const tick = () => new Promise((resolve) => setTimeout(resolve, 5));

async function twoTabs(channel: (() => ChannelLike) | null) {
  const factory = new IDBFactory();
  const a = readyStore();
  const tabA = connectPersistence(a, openProjectDatabase(factory), { page: null, schedule: held, channel: channel?.() ?? null });
  await tabA.ready;
  const b = readyStore();
  const tabB = connectPersistence(b, openProjectDatabase(factory), { page: null, schedule: held, channel: channel?.() ?? null });
  await tabB.ready;
  expect(b.getState().document.workspace!.id).toBe(a.getState().document.workspace!.id);
  return { factory, a, b, tabA, tabB };
}

/** The project as saved in the database now. */
async function savedPerimeter(factory: IDBFactory, id: string, facilitateur: string) {
  const stored = await (await openProjectDatabase(factory)).read(id);
  const restored = restoreWorkspace(stored!.current, territory.index);
  if (!restored.ok) throw new Error(restored.message);
  return restored.workspace.scenarios[0]!.project.facilitateurs.find((f) => f.id === facilitateur)!.perimetre.map((zone) => zone.code);
}

describe("deux onglets sur le même projet", () => {
  it("l'onglet sans modification en attente recharge la version enregistrée par l'autre, et le dit", async () => {
    const { a, b, tabA, tabB } = await twoTabs(channelHub());
    a.getState().addCommunesToPerimeter("F3", ["02004"]);
    await tabA.flush();
    expect(a.getState().save.status).toBe("saved");
    await tick();
    await tabB.flush();
    expect(b.getState().derived.project()!.facilitateurs.find((f) => f.id === "F3")!.perimetre.map((z) => z.code)).toEqual(["02002", "02003", "02004"]);
    expect(b.getState().save).toEqual({ status: "saved", message: "Ce projet a été modifié dans un autre onglet : sa dernière version enregistrée est affichée." });
  });

  it("l'onglet qui a une modification en attente cesse d'écrire : ce que l'autre a enregistré reste ; il garde sa version à part", async () => {
    const { factory, a, b, tabA, tabB } = await twoTabs(channelHub());
    const id = a.getState().document.workspace!.id;
    b.getState().addCommunesToPerimeter("F3", ["01005"]); // pending in B
    a.getState().addCommunesToPerimeter("F3", ["02004"]);
    await tabA.flush(); // A's edit: « Enregistré »
    await tick();
    await tabB.flush();
    expect(b.getState().save.status).toBe("conflict");
    expect(await savedPerimeter(factory, id, "F3")).toEqual(["02002", "02003", "02004"]);
    // B keeps its version as a new project: both edits exist, neither overwrote the other.
    const forked = await tabB.projects.resolveConflict("fork");
    expect(forked.ok).toBe(true);
    const forkId = b.getState().document.workspace!.id;
    expect(forkId).not.toBe(id);
    expect(await savedPerimeter(factory, forkId, "F3")).toEqual(["02002", "02003", "01005"]);
    expect(await savedPerimeter(factory, id, "F3")).toEqual(["02002", "02003", "02004"]);
    expect(b.getState().save.status).toBe("saved");
  });

  it("sans canal entre onglets, la génération enregistrée refuse l'écriture en retard ; « Recharger » affiche la version de l'autre", async () => {
    const { factory, a, b, tabA, tabB } = await twoTabs(null);
    const id = a.getState().document.workspace!.id;
    a.getState().addCommunesToPerimeter("F3", ["02004"]);
    await tabA.flush();
    b.getState().addCommunesToPerimeter("F3", ["01005"]);
    await tabB.flush();
    expect(b.getState().save.status).toBe("conflict");
    expect(await savedPerimeter(factory, id, "F3")).toEqual(["02002", "02003", "02004"]);
    expect((await tabB.projects.resolveConflict("reload")).ok).toBe(true);
    expect(b.getState().derived.project()!.facilitateurs.find((f) => f.id === "F3")!.perimetre.map((z) => z.code)).toEqual(["02002", "02003", "02004"]);
    expect(b.getState().save.status).toBe("saved");
    // B writes again from the version it reloaded.
    b.getState().addCommunesToPerimeter("F3", ["01005"]);
    await tabB.flush();
    expect(b.getState().save.status).toBe("saved");
    expect(await savedPerimeter(factory, id, "F3")).toEqual(["02002", "02003", "02004", "01005"]);
  });
});
