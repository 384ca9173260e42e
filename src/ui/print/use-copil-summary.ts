import { useMemo } from "react";
import { useAppState } from "../store-context.tsx";
import { summarizeFocus, type CopilSummary } from "./copil-summary.ts";

/** The summary of the focused territory, recomputed only when the project, figures or focus change. */
export function useCopilSummary(): CopilSummary | null {
  const project = useAppState((state) => state.derived.project(state));
  const result = useAppState((state) => state.derived.result(state));
  const focus = useAppState((state) => state.view.focus);
  const needs = useAppState((state) => state.derived.needs(state));
  const index = useAppState((state) => state.territory?.index);
  return useMemo(() => summarizeFocus({ project, result, focus, needs: needs && index ? { index, needs } : null }), [project, result, focus, needs, index]);
}
