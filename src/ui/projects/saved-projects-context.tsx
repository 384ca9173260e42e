import { createContext, useContext, useSyncExternalStore } from "react";
import type { SavedProjects, SavedProjectSummary } from "../../app/saved-projects.ts";

/** The saved-projects service, once saving is connected (null before, and in the embedded view). */
export const SavedProjectsContext = createContext<SavedProjects | null>(null);

export function useSavedProjects(): SavedProjects | null {
  return useContext(SavedProjectsContext);
}

const NONE: readonly SavedProjectSummary[] = [];
const noSubscription = () => () => undefined;

/** The list of projects saved in this browser, kept up to date. */
export function useSavedProjectList(): readonly SavedProjectSummary[] {
  const service = useSavedProjects();
  return useSyncExternalStore(service ? service.subscribe : noSubscription, service ? service.list : () => NONE);
}
