// @vitest-environment jsdom
// The address follows the view at once; the data's fingerprint (a hash of every record)
// follows the document when the page is idle, and « Partager » takes it at once.
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { bindAddressBar, fingerprintOf, shareAddress } from "../../../src/app/url-binding.ts";
import { createAppStore } from "../../../src/store/app-store.ts";
import { encodeFingerprint } from "../../../src/store/url-state.ts";
import { tinyProject, tinyTerritory } from "../../fixtures/tiny-territory.ts";

function readyStore() {
  const store = createAppStore();
  store.getState().setTerritory({ index: tinyTerritory().index, geometry: null, complete: true });
  store.getState().openProject(tinyProject());
  return store;
}

describe("adresse de la vue", () => {
  beforeEach(() => {
    vi.useFakeTimers();
    window.history.replaceState(null, "", "/");
  });
  afterEach(() => vi.useRealTimers());

  it("suit la vue tout de suite, et l'empreinte des données quand la page est libre", () => {
    const store = readyStore();
    const stop = bindAddressBar(store);
    expect(window.location.hash).toBe("");
    store.getState().setColouring("zones-blanches");
    expect(new URLSearchParams(window.location.search).get("couche")).toBe("zones-blanches");
    vi.runAllTimers();
    const fragment = encodeFingerprint(fingerprintOf(store.getState().derived.project()!));
    expect(window.location.hash).toBe(fragment);

    store.getState().setSeuils({ etpPour100000Habitants: 0.2, acheteursParEtp: 10 });
    expect(window.location.hash).toBe(fragment);
    vi.runAllTimers();
    const edited = encodeFingerprint(fingerprintOf(store.getState().derived.project()!));
    expect(edited).not.toBe(fragment);
    expect(window.location.hash).toBe(edited);
    stop();
  });

  it("donne à « Partager » l'adresse avec l'empreinte des données du moment, et l'écrit", () => {
    const store = readyStore();
    const stop = bindAddressBar(store);
    store.getState().setSeuils({ etpPour100000Habitants: 0.2, acheteursParEtp: 10 });
    const address = shareAddress(store.getState());
    expect(new URL(address).hash).toBe(encodeFingerprint(fingerprintOf(store.getState().derived.project()!)));
    expect(window.location.href).toBe(address);
    stop();
  });
});
