/// <reference lib="webworker" />
/**
 * The import worker: reads a file off the main thread (see import-api.ts) and posts its
 * progress, then the result. It fetches the full reference itself (same origin, usually
 * from the HTTP cache) rather than receiving the page's index, whose copy would cost the
 * main thread more than the file. Started by import-client.ts, ended by `terminate()` to
 * cancel a read.
 */
import { createTerritoryIndex, type TerritoryIndex } from "../domain/territory-index.ts";
import type { ReferenceData } from "../domain/territory-reference.ts";
import { readImportJob, type ReadRequest, type WorkerReply } from "./import-api.ts";
import { readNeedsJob, transferablesOf } from "./needs-job.ts";

declare const self: DedicatedWorkerGlobalScope;

const indexes = new Map<string, Promise<TerritoryIndex>>();

async function indexOf(url: string): Promise<TerritoryIndex> {
  let index = indexes.get(url);
  if (!index) {
    index = fetch(url).then(async (response) => {
      if (!response.ok) throw new Error(`référentiel inaccessible (${url} : HTTP ${response.status})`);
      return createTerritoryIndex((await response.json()) as ReferenceData);
    });
    indexes.set(url, index);
    index.catch(() => indexes.delete(url));
  }
  return index;
}

const post = (reply: WorkerReply, transfer: Transferable[] = []) => self.postMessage(reply, transfer);

self.onmessage = async (event: MessageEvent<ReadRequest>) => {
  const { id, job, referenceUrl } = event.data;
  // At most one message per percent: a million rows must not flood the page with messages.
  let lastPercent = -1;
  const onProgress = (fraction: number) => {
    const percent = Math.floor(fraction * 100);
    if (percent === lastPercent) return;
    lastPercent = percent;
    post({ type: "progress", id, fraction });
  };
  try {
    // A DECP file is read without the territory (its contracts are located on the page).
    if (job.kind === "needs") {
      const result = await readNeedsJob(job, onProgress);
      post({ type: "done", id, outcome: { kind: "needs", result } }, transferablesOf(result));
      return;
    }
    const index = await indexOf(referenceUrl);
    post({ type: "done", id, outcome: await readImportJob(job, index, onProgress) });
  } catch (error) {
    post({ type: "failed", id, message: error instanceof Error ? error.message : String(error) });
  }
};
