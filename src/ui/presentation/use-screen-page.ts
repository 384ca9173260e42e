// What every page shown over the map (print, charts) does: its heading takes the focus when
// it opens, and Escape goes back to the map.
import { useEffect, useRef } from "react";
import type { AppStore } from "../../store/app-store.ts";

/** The ref to put on the page's heading (with `tabIndex={-1}`). */
export function useScreenPage(store: AppStore) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    heading.current?.focus();
    const onKey = (event: KeyboardEvent) => {
      if (event.key === "Escape") store.getState().setMode("carte");
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [store]);
  return heading;
}
