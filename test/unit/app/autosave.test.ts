// Saving in IndexedDB (fake-indexeddb): reopen, several projects, old records, damaged records, full storage.
import { readFileSync } from "node:fs";
import { IDBFactory, IDBObjectStore as FDBObjectStore } from "fake-indexeddb";
import { afterEach, describe, expect, it, vi } from "vitest";
import { openProjectDatabase } from "../../../src/persistence/project-database.ts";
import { SAVE_FORMAT } from "../../../src/persistence/saved-record.ts";
import { createTerritoryGeometry } from "../../../src/io/territory-geometry.ts";
import { createAppStore } from "../../../src/store/app-store.ts";
import { connectPersistence, type PersistenceOptions } from "../../../src/app/autosave.ts";
import { tinyProject, tinyTerritory } from "../../fixtures/tiny-territory.ts";

const territory = tinyTerritory();

function readyStore() {
  const store = createAppStore({ today: () => "2025-06-01" });
  store.getState().setTerritory({ index: territory.index, geometry: createTerritoryGeometry(territory.index, territory.topology), complete: true });
  store.getState().openProject(tinyProject());
  return store;
}

/** A scheduler the test runs by hand: no wall clock. */
function manualScheduler() {
  const tasks: { task: () => void; ms: number }[] = [];
  const schedule: NonNullable<PersistenceOptions["schedule"]> = (task, ms) => {
    const entry = { task, ms };
    tasks.push(entry);
    return () => void tasks.splice(tasks.indexOf(entry) >>> 0, 1);
  };
  return { tasks, schedule };
}

function connect(store: ReturnType<typeof readyStore>, factory: IDBFactory, extra: PersistenceOptions = {}) {
  return connectPersistence(store, openProjectDatabase(factory), { page: null, schedule: manualScheduler().schedule, ...extra });
}

/** Raw access to the test database, as a damaged browser profile would look. */
async function raw(factory: IDBFactory, store: string, action: (objects: IDBObjectStore) => void): Promise<void> {
  const db = await openProjectDatabase(factory);
  db.close();
  const open = factory.open("carto-clause-sociale");
  await new Promise((resolve) => (open.onsuccess = resolve));
  const tx = open.result.transaction([store], "readwrite");
  action(tx.objectStore(store));
  await new Promise((resolve) => (tx.oncomplete = resolve));
  open.result.close();
}

afterEach(() => vi.restoreAllMocks());

describe("enregistrement dans le navigateur", () => {
  it("enregistre la démonstration comme premier projet, puis rouvre exactement le document, scénarios compris", async () => {
    const factory = new IDBFactory();
    const first = readyStore();
    const connection = connect(first, factory);
    await connection.ready;
    expect(connection.projects.list().map((p) => p.nom)).toEqual(["Projet de test"]);
    expect(first.getState().save.status).toBe("saved");
    first.getState().addCommunesToPerimeter("F3", ["02004"]);
    first.getState().duplicateScenario("Variante");
    first.getState().removeZoneFromPerimeter("F1", "epci", "200000001");
    expect(first.getState().save.status).toBe("saving");
    await connection.flush();
    expect(first.getState().save.status).toBe("saved");
    await connection.disconnect();

    const second = readyStore();
    await connect(second, factory).ready;
    expect(second.getState().document.workspace).toEqual(first.getState().document.workspace);
    expect(second.getState().derived.project()).toEqual(first.getState().derived.project());
    expect(second.getState().document.workspace!.scenarios.map((s) => s.nom)).toEqual(["Situation actuelle", "Variante"]);
    expect(second.getState().derived.history().canUndo).toBe(false); // history is not saved
  });

  it("enregistre chaque modification au plus 300 ms après, et tout de suite quand la page est quittée", async () => {
    const factory = new IDBFactory();
    const store = readyStore();
    const { tasks, schedule } = manualScheduler();
    const page = { window: new EventTarget(), document: Object.assign(new EventTarget(), { visibilityState: "visible" }) };
    const connection = connectPersistence(store, openProjectDatabase(factory), { schedule, page });
    await connection.ready;
    store.getState().setSeuils({ etpPour100000Habitants: 0.3, acheteursParEtp: 8 });
    store.getState().setSeuils({ etpPour100000Habitants: 0.4, acheteursParEtp: 8 });
    expect(tasks).toHaveLength(1); // debounced: one pending save
    expect(tasks[0]!.ms).toBeLessThanOrEqual(300);
    page.window.dispatchEvent(new Event("pagehide"));
    await connection.flush();
    expect(tasks).toHaveLength(0);
    const reopened = readyStore();
    await connect(reopened, factory).ready;
    expect(reopened.getState().derived.project()!.seuils).toEqual({ etpPour100000Habitants: 0.4, acheteursParEtp: 8 });
  });

  it("garde plusieurs projets : créer, ouvrir, renommer, supprimer", async () => {
    const factory = new IDBFactory();
    const store = readyStore();
    const connection = connect(store, factory);
    await connection.ready;
    const firstId = store.getState().document.workspace!.id;
    const other = { ...tinyProject(), nom: "Projet importé", facilitateurs: [] };
    const created = await connection.projects.create(other);
    expect(created.ok).toBe(true);
    expect(store.getState().derived.project()!.nom).toBe("Projet importé");
    expect(connection.projects.list()).toHaveLength(2);
    const otherId = store.getState().document.workspace!.id;
    expect(await connection.projects.remove(otherId)).toEqual({ ok: false, message: "Ce projet est ouvert : ouvrez-en un autre avant de le supprimer" });
    expect((await connection.projects.rename(firstId, "Situation 2025")).ok).toBe(true);
    expect((await connection.projects.open(firstId)).ok).toBe(true);
    expect(store.getState().document.workspace!.nom).toBe("Situation 2025");
    expect(store.getState().derived.project()!.facilitateurs).toHaveLength(7);
    expect((await connection.projects.remove(otherId)).ok).toBe(true);
    expect(connection.projects.list().map((p) => p.nom)).toEqual(["Situation 2025"]);
    // The last opened one comes back at the next start.
    const next = readyStore();
    await connect(next, factory).ready;
    expect(next.getState().document.workspace!.id).toBe(firstId);
  });

  it("convertit un enregistrement d'une version antérieure", async () => {
    const factory = new IDBFactory();
    const old: unknown = JSON.parse(readFileSync(new URL("../../fixtures/saved/sauvegarde-v0.json", import.meta.url), "utf8"));
    await raw(factory, "enregistrements", (records) => records.put(old, "projet-prototype#1"));
    await raw(factory, "projets", (pointers) =>
      pointers.put({ id: "projet-prototype", nom: "Essai de novembre", modifieLe: "2024-11-05T09:30:00.000Z", scenarios: 1, generation: 1, cle: "projet-prototype#1", clePrecedente: null }),
    );
    const store = readyStore();
    const connection = connect(store, factory);
    await connection.ready;
    const state = store.getState();
    const workspace = state.document.workspace;
    const project = state.derived.project();
    expect(workspace!.nom).toBe("Essai de novembre");
    expect(workspace!.scenarios.map((s) => s.nom)).toEqual(["Situation actuelle"]);
    // The former commune code is followed to today's commune.
    expect(project!.facilitateurs[0]!.perimetre).toEqual([{ niveau: "epci", code: "200000001" }, { niveau: "commune", code: "01001" }]);
    store.getState().setSeuils({ etpPour100000Habitants: 1, acheteursParEtp: 1 });
    await connection.flush();
    const db = await openProjectDatabase(factory);
    expect(((await db.read("projet-prototype"))!.current as { format: string }).format).toBe(SAVE_FORMAT);
  });

  it("un dernier enregistrement abîmé laisse rouvrir le précédent", async () => {
    const factory = new IDBFactory();
    const store = readyStore();
    const connection = connect(store, factory);
    await connection.ready;
    const id = store.getState().document.workspace!.id;
    store.getState().setSeuils({ etpPour100000Habitants: 0.7, acheteursParEtp: 10 });
    await connection.flush();
    await connection.disconnect();
    const db = await openProjectDatabase(factory);
    const { pointer } = (await db.read(id))!;
    db.close();
    await raw(factory, "enregistrements", (records) => records.put({ format: SAVE_FORMAT, scenarios: "déchiré" }, pointer.cle));

    const reopened = readyStore();
    await connect(reopened, factory).ready;
    expect(reopened.getState().document.workspace!.id).toBe(id);
    expect(reopened.getState().derived.project()!.seuils).toBeUndefined(); // the save before the damaged one
    expect(reopened.getState().save.message).toMatch(/illisible : l'enregistrement précédent a été rouvert/);
  });

  it("un projet illisible n'est ni effacé ni remplacé : le document affiché est enregistré à part", async () => {
    const factory = new IDBFactory();
    const broken = { format: SAVE_FORMAT, id: "abime", nom: "Abîmé", schemaProjet: "x", creeLe: "a", modifieLe: "a", scenarioActif: "s", scenarios: [{ id: "s", nom: "S", projet: { schema: "autre" } }] };
    await raw(factory, "enregistrements", (records) => records.put(broken, "abime#1"));
    await raw(factory, "projets", (pointers) => pointers.put({ id: "abime", nom: "Abîmé", modifieLe: "2025-01-01", scenarios: 1, generation: 1, cle: "abime#1", clePrecedente: null }));
    const store = readyStore();
    const connection = connect(store, factory);
    await connection.ready;
    expect(store.getState().derived.project()!.nom).toBe("Projet de test");
    expect(store.getState().save.message).toMatch(/^Le projet enregistré « Abîmé » n'a pas pu être relu \(scénario « S » : schema : version de fichier inconnue/);
    expect(connection.projects.list().map((p) => p.id).sort()).toEqual(["abime", store.getState().document.workspace!.id].sort());
    const db = await openProjectDatabase(factory);
    expect((await db.read("abime"))!.current).toEqual(broken);
  });

  it("signale un stockage plein sans toucher à l'enregistrement précédent", async () => {
    const factory = new IDBFactory();
    const store = readyStore();
    const connection = connect(store, factory);
    await connection.ready;
    const put = FDBObjectStore.prototype.put;
    vi.spyOn(FDBObjectStore.prototype, "put").mockImplementation(function (this: IDBObjectStore, ...args: Parameters<typeof put>) {
      if (this.name === "enregistrements") throw new DOMException("Quota dépassé", "QuotaExceededError");
      return put.apply(this, args);
    });
    store.getState().setSeuils({ etpPour100000Habitants: 0.9, acheteursParEtp: 10 });
    await connection.flush();
    expect(store.getState().save.status).toBe("error");
    expect(store.getState().save.message).toMatch(/^L'espace de stockage du navigateur est plein.*Exportez le projet/);
    vi.restoreAllMocks();
    const reopened = readyStore();
    await connect(reopened, factory).ready;
    expect(reopened.getState().derived.project()!.seuils).toBeUndefined();
    expect(reopened.getState().save.status).toBe("saved");
  });

  it("signale un navigateur sans IndexedDB (navigation privée)", async () => {
    const store = readyStore();
    const connection = connectPersistence(store, openProjectDatabase(undefined), { page: null });
    await connection.ready;
    expect(store.getState().save.status).toBe("error");
    expect(store.getState().save.message).toMatch(/navigation privée.*Exportez le projet/);
    expect((await connection.projects.create(tinyProject())).ok).toBe(false);
  });
});
