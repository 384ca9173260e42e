/**
 * The page's side of the import worker: `read` sends a file and follows its progress,
 * `cancel` terminates the worker (a new one starts at the next read). When no worker can
 * start or the worker fails, the same read runs on the main thread, so an import never
 * depends on workers being allowed.
 */
import type { TerritoryIndex } from "../domain/territory-index.ts";
import { readImportJob, type ImportJob, type ImportJobOutcome, type ProgressListener, type ReadRequest, type WorkerReply } from "./import-api.ts";

/** Rejection of a read stopped by `cancel()`. */
export class ImportCancelled extends Error {
  constructor() {
    super("lecture annulée");
    this.name = "ImportCancelled";
  }
}

export interface ImportReader {
  /** Reads `job` (on `index` when it falls back to the main thread); rejects with ImportCancelled when cancelled. */
  read(job: ImportJob, index: TerritoryIndex, onProgress?: ProgressListener): Promise<ImportJobOutcome>;
  /** Stops the read under way, if any: its promise rejects with ImportCancelled. */
  cancel(): void;
  /** Terminates the worker for good. */
  dispose(): void;
}

interface Pending {
  id: number;
  reject(error: Error): void;
}

/** A reader backed by a module worker (Vite bundles `import-worker.ts` as a same-origin file: CSP `worker-src 'self'`). */
export function createImportReader(referenceUrl: string): ImportReader {
  let worker: Worker | null = null;
  let pending: Pending | null = null;
  let nextId = 1;

  const start = (): Worker | null => {
    if (worker) return worker;
    if (typeof Worker === "undefined") return null;
    try {
      worker = new Worker(new URL("./import-worker.ts", import.meta.url), { type: "module", name: "lecture-import" });
    } catch {
      worker = null;
    }
    return worker;
  };

  const stop = () => {
    worker?.terminate();
    worker = null;
  };

  return {
    read(job, index, onProgress = () => undefined) {
      this.cancel();
      const running = start();
      if (!running) return readImportJob(job, index, onProgress);
      const id = nextId++;
      return new Promise<ImportJobOutcome>((resolve, reject) => {
        pending = { id, reject };
        const fallBack = () => {
          if (pending?.id !== id) return;
          pending = null;
          stop();
          readImportJob(job, index, onProgress).then(resolve, reject);
        };
        running.onmessage = (event: MessageEvent<WorkerReply>) => {
          const reply = event.data;
          if (reply.id !== id || pending?.id !== id) return;
          if (reply.type === "progress") onProgress(reply.fraction);
          else if (reply.type === "done") {
            pending = null;
            resolve(reply.outcome);
          } else fallBack();
        };
        // A worker that cannot load (blocked, network) or crashes (out of memory): read here instead.
        running.onerror = (event) => {
          event.preventDefault();
          fallBack();
        };
        running.onmessageerror = fallBack;
        const request: ReadRequest = { type: "read", id, job, referenceUrl };
        running.postMessage(request);
      });
    },
    cancel() {
      if (!pending) return;
      const { reject } = pending;
      pending = null;
      stop();
      reject(new ImportCancelled());
    },
    dispose() {
      this.cancel();
      stop();
    },
  };
}
