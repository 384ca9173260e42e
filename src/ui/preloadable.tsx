// A component whose code loads on demand (React.lazy) and that, once loaded, renders at
// once: a plain lazy component shows its fallback for a moment at each first mount, even
// when its code is already there; this one shows it only while the code is on its way.
import { lazy, useState, type ComponentType } from "react";

export interface Preloadable<P extends object> {
  /** Renders the component; suspends (within a <Suspense>) only while its code is loading. */
  Component: ComponentType<P>;
  /** Starts loading the code (once); resolves when it is there. */
  preload(): Promise<unknown>;
}

export function preloadable<P extends object>(load: () => Promise<ComponentType<P>>): Preloadable<P> {
  let loaded: ComponentType<P> | null = null;
  let pending: Promise<{ default: ComponentType<P> }> | null = null;
  const preload = () =>
    (pending ??= load().then((component) => {
      loaded = component;
      return { default: component };
    }));
  const Lazy = lazy(preload);
  function Component(props: P) {
    // Chosen once per mount, so that an instance mounted while loading keeps its state.
    const [Chosen] = useState<ComponentType<P>>(() => loaded ?? Lazy);
    return <Chosen {...props} />;
  }
  return { Component, preload };
}
