/**
 * Where the data of a project comes from, as the interface, print and exports say it: its
 * date (`miseAJour`, the user's: asked when the data changes) and whether it is the
 * fictional demo. Data imported or replaced is no longer the demo's.
 */
import type { Project } from "./model.ts";

/** `project` whose data just changed (an import): dated `date` (YYYY-MM-DD), no longer the demo nor its notice. */
export function withNewData(project: Project, date: string): Project {
  const { demo: _demo, avertissement: _avertissement, ...rest } = project;
  return { ...rest, miseAJour: date };
}
