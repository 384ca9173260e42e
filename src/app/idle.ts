// Work that can wait for the page to be idle: what the first view and the names let start
// (tabs' code, the DSFR's script and fonts, the map's names, the polygons) must not hold
// back the first search or the first hover.

/** Runs `task` when the page is idle (at the latest after `limitMs`); returns what cancels it. */
export function whenIdle(task: () => void, limitMs = 1000): () => void {
  if (typeof window.requestIdleCallback === "function") {
    const handle = window.requestIdleCallback(() => task(), { timeout: limitMs });
    return () => window.cancelIdleCallback(handle);
  }
  const handle = window.setTimeout(task, 200);
  return () => window.clearTimeout(handle);
}

/** Resolves when the page is idle (see `whenIdle`); rejects when `signal` aborts first. */
export function idle(signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    const cancel = whenIdle(() => {
      signal?.removeEventListener("abort", aborted);
      resolve();
    });
    const aborted = () => {
      cancel();
      reject(signal!.reason);
    };
    signal?.addEventListener("abort", aborted, { once: true });
  });
}
