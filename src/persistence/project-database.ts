/**
 * Projects saved in this browser, in IndexedDB (raw API). Three stores:
 * - `projets`: one pointer per project (id, name, date, key of its current record and of
 *   the one before);
 * - `enregistrements`: the saved records, each under a new key at every save;
 * - `reglages`: the last opened project.
 * A save writes the new record under a new key and switches the pointer in the same
 * transaction: a save that fails (storage full, tab closed) leaves the previous record and
 * pointer as they were. The record before the current one is kept too, so that a current
 * record found unreadable at the next opening still leaves one to fall back on.
 */
import type { SavedRecord } from "./saved-record.ts";

export const DATABASE_NAME = "carto-clause-sociale";
const DATABASE_VERSION = 1;
const POINTERS = "projets";
const RECORDS = "enregistrements";
const SETTINGS = "reglages";
const LAST_OPENED = "dernierProjet";

export interface ProjectPointer {
  id: string;
  nom: string;
  modifieLe: string;
  scenarios: number;
  /** Save counter: the current record is `${id}#${generation}`. */
  generation: number;
  cle: string;
  clePrecedente: string | null;
}

/** The stored values behind a pointer: current record, and the previous one when kept. */
export interface StoredProject {
  pointer: ProjectPointer;
  current: unknown;
  previous: unknown;
}

/** Why the storage failed, for the message. */
export type StorageFailure = "absent" | "quota" | "other";

export class StorageError extends Error {
  constructor(
    readonly kind: StorageFailure,
    message: string,
  ) {
    super(message);
    this.name = "StorageError";
  }
}

/**
 * A write refused because the project was saved by someone else (another tab) since the
 * writer last read or wrote it: its generation is no longer the one the writer knew.
 */
export class SaveConflictError extends Error {
  constructor(
    readonly id: string,
    /** The generation found in the database. */
    readonly generation: number,
  ) {
    super(`le projet a été enregistré ailleurs (version ${generation})`);
    this.name = "SaveConflictError";
  }
}

function toStorageError(error: unknown): StorageError | SaveConflictError {
  if (error instanceof StorageError || error instanceof SaveConflictError) return error;
  const name = typeof error === "object" && error !== null && "name" in error ? String((error as { name: unknown }).name) : "";
  const message = error instanceof Error ? error.message : String(error);
  if (name === "QuotaExceededError" || /quota/i.test(message)) return new StorageError("quota", message);
  if (name === "InvalidStateError" || name === "SecurityError") return new StorageError("absent", message);
  return new StorageError("other", message || name);
}

function requestDone<T>(request: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(toStorageError(request.error));
  });
}

function transactionDone(transaction: IDBTransaction): Promise<void> {
  return new Promise((resolve, reject) => {
    transaction.oncomplete = () => resolve();
    transaction.onerror = () => reject(toStorageError(transaction.error));
    transaction.onabort = () => reject(toStorageError(transaction.error ?? new Error("transaction annulée")));
  });
}

export interface ProjectDatabase {
  /** Pointers of every saved project, most recently saved first. */
  list(): Promise<ProjectPointer[]>;
  read(id: string): Promise<StoredProject | undefined>;
  /**
   * Saves a record as the project's current one (atomic); returns its pointer. With
   * `expectedGeneration`, the write is refused (SaveConflictError) when the project's saved
   * generation is another one (0: the project must not be saved yet): checked and written
   * in the same transaction, so that two tabs cannot both win.
   */
  write(record: SavedRecord, options?: { expectedGeneration?: number }): Promise<ProjectPointer>;
  /** Deletes a project, its records and, if it was the last opened one, that mark. */
  remove(id: string): Promise<void>;
  lastOpened(): Promise<string | undefined>;
  setLastOpened(id: string): Promise<void>;
  close(): void;
}

/** Opens (creating it the first time) the database; rejects with a `StorageError` when IndexedDB is absent or refused. */
export async function openProjectDatabase(factory: IDBFactory | undefined = globalThis.indexedDB): Promise<ProjectDatabase> {
  if (!factory) throw new StorageError("absent", "IndexedDB absent");
  let request: IDBOpenDBRequest;
  try {
    request = factory.open(DATABASE_NAME, DATABASE_VERSION);
  } catch (error) {
    throw new StorageError("absent", error instanceof Error ? error.message : String(error));
  }
  request.onupgradeneeded = () => {
    const db = request.result;
    if (!db.objectStoreNames.contains(POINTERS)) db.createObjectStore(POINTERS, { keyPath: "id" });
    if (!db.objectStoreNames.contains(RECORDS)) db.createObjectStore(RECORDS);
    if (!db.objectStoreNames.contains(SETTINGS)) db.createObjectStore(SETTINGS);
  };
  let db: IDBDatabase;
  try {
    db = await requestDone(request);
  } catch (error) {
    const failure = toStorageError(error);
    throw failure instanceof StorageError && failure.kind === "quota" ? failure : new StorageError("absent", failure.message);
  }

  function transaction(stores: string[], mode: IDBTransactionMode): IDBTransaction {
    try {
      return db.transaction(stores, mode);
    } catch (error) {
      throw toStorageError(error);
    }
  }

  return {
    async list() {
      const tx = transaction([POINTERS], "readonly");
      const pointers = (await requestDone(tx.objectStore(POINTERS).getAll())) as ProjectPointer[];
      return pointers.sort((a, b) => (a.modifieLe < b.modifieLe ? 1 : a.modifieLe > b.modifieLe ? -1 : 0));
    },
    async read(id) {
      const tx = transaction([POINTERS, RECORDS], "readonly");
      const pointer = (await requestDone(tx.objectStore(POINTERS).get(id))) as ProjectPointer | undefined;
      if (!pointer) return undefined;
      const records = tx.objectStore(RECORDS);
      const [current, previous] = await Promise.all([
        requestDone(records.get(pointer.cle)),
        pointer.clePrecedente ? requestDone(records.get(pointer.clePrecedente)) : Promise.resolve(undefined),
      ]);
      return { pointer, current, previous };
    },
    async write(record, options = {}) {
      const tx = transaction([POINTERS, RECORDS], "readwrite");
      const done = transactionDone(tx);
      const pointers = tx.objectStore(POINTERS);
      const records = tx.objectStore(RECORDS);
      try {
        const old = (await requestDone(pointers.get(record.id))) as ProjectPointer | undefined;
        if (options.expectedGeneration !== undefined && (old?.generation ?? 0) !== options.expectedGeneration) throw new SaveConflictError(record.id, old?.generation ?? 0);
        const generation = (old?.generation ?? 0) + 1;
        const pointer: ProjectPointer = {
          id: record.id,
          nom: record.nom,
          modifieLe: record.modifieLe,
          scenarios: record.scenarios.length,
          generation,
          cle: `${record.id}#${generation}`,
          clePrecedente: old?.cle ?? null,
        };
        records.put(record, pointer.cle);
        pointers.put(pointer);
        if (old?.clePrecedente) records.delete(old.clePrecedente);
        await done;
        return pointer;
      } catch (error) {
        try {
          tx.abort();
        } catch {
          // Already finished or aborted.
        }
        await done.catch(() => undefined);
        throw toStorageError(error);
      }
    },
    async remove(id) {
      const tx = transaction([POINTERS, RECORDS, SETTINGS], "readwrite");
      const done = transactionDone(tx);
      const pointer = (await requestDone(tx.objectStore(POINTERS).get(id))) as ProjectPointer | undefined;
      if (pointer) {
        tx.objectStore(RECORDS).delete(pointer.cle);
        if (pointer.clePrecedente) tx.objectStore(RECORDS).delete(pointer.clePrecedente);
        tx.objectStore(POINTERS).delete(id);
      }
      const last = await requestDone(tx.objectStore(SETTINGS).get(LAST_OPENED));
      if (last === id) tx.objectStore(SETTINGS).delete(LAST_OPENED);
      await done;
    },
    async lastOpened() {
      const tx = transaction([SETTINGS], "readonly");
      const value = await requestDone(tx.objectStore(SETTINGS).get(LAST_OPENED));
      return typeof value === "string" ? value : undefined;
    },
    async setLastOpened(id) {
      const tx = transaction([SETTINGS], "readwrite");
      const done = transactionDone(tx);
      tx.objectStore(SETTINGS).put(id, LAST_OPENED);
      await done;
    },
    close() {
      db.close();
    },
  };
}
