// @vitest-environment jsdom
// A component loaded on demand: its fallback while its code is on its way, the component
// once it has come; and, once preloaded, the component at once, without a fallback.
import { act, cleanup, render, screen } from "@testing-library/react";
import { Suspense } from "react";
import { afterEach, describe, expect, it } from "vitest";
import { preloadable } from "../../../src/ui/preloadable.tsx";

function Greeting({ name }: { name: string }) {
  return <p>Bonjour {name}</p>;
}

/** A module that arrives when `arrive()` is called. */
function deferredModule() {
  let arrive = () => {};
  let loads = 0;
  const load = () => {
    loads += 1;
    return new Promise<typeof Greeting>((resolve) => (arrive = () => resolve(Greeting)));
  };
  return { load, arrive: () => arrive(), loads: () => loads };
}

const inSuspense = (node: React.ReactNode) => <Suspense fallback={<p>Chargement…</p>}>{node}</Suspense>;

describe("composant chargé à la demande", () => {
  afterEach(cleanup);

  it("montre « Chargement… » jusqu'à l'arrivée du code, puis le composant", async () => {
    const module = deferredModule();
    const { Component } = preloadable(module.load);
    render(inSuspense(<Component name="Lille" />));
    expect(screen.getByText("Chargement…")).toBeTruthy();
    await act(async () => module.arrive());
    expect(screen.getByText("Bonjour Lille")).toBeTruthy();
  });

  it("une fois préchargé, montre le composant dès son premier rendu, et ne charge le code qu'une fois", async () => {
    const module = deferredModule();
    const { Component, preload } = preloadable(module.load);
    const loading = preload();
    void preload();
    module.arrive();
    await loading;
    render(inSuspense(<Component name="Dijon" />));
    expect(screen.queryByText("Chargement…")).toBeNull();
    expect(screen.getByText("Bonjour Dijon")).toBeTruthy();
    expect(module.loads()).toBe(1);
  });
});
