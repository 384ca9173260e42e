// Full screen for the presentation, when the browser grants it (it may refuse: no user
// gesture, an iframe without allowfullscreen, a kiosk policy); the presentation then
// fills the window instead.

/** Asks for full screen; resolves true when granted. Must be called from a click or key handler. */
export async function enterFullscreen(): Promise<boolean> {
  const root = document.documentElement;
  if (!document.fullscreenEnabled || typeof root.requestFullscreen !== "function") return false;
  try {
    await root.requestFullscreen({ navigationUI: "hide" });
    return true;
  } catch {
    return false;
  }
}

export function leaveFullscreen(): void {
  if (document.fullscreenElement) document.exitFullscreen().catch(() => undefined);
}

let lastRequest: Promise<boolean> = Promise.resolve(false);

/** Asks for full screen for the presentation about to open; the presentation reads the answer with `presentationFullscreen`. */
export function requestPresentationFullscreen(): void {
  lastRequest = enterFullscreen();
}

/** Whether the last request was granted. */
export function presentationFullscreen(): Promise<boolean> {
  return lastRequest;
}
