import { useEffect, useState } from "react";
import type { Project } from "../domain/model.ts";
import { toPublicProject } from "../domain/public-project.ts";
import type { TerritoryIndex } from "../domain/territory-index.ts";
import { completeTerritory, fetchReferenceComplement, loadFirstViewTerritory } from "../io/app-data.ts";
import { formatIssue } from "../io/import-result.ts";
import { parseProjectFile } from "../io/project-file.ts";
import { computePublicData, type PublicData } from "./public-lookup.ts";

/** The public edition written by `npm run demo-data` or `npm run public-data`: the only project file this page reads. */
export const publicProjectUrl = () => new URL("demo/projet-public.json", document.baseURI).toString();

export type PublicDataState = { status: "loading"; data: null } | { status: "ready"; data: PublicData } | { status: "error"; message: string; data: PublicData | null };

async function fetchText(url: string, signal: AbortSignal): Promise<string> {
  const response = await fetch(url, { signal });
  if (!response.ok) throw new Error(`Impossible de charger ${url} : HTTP ${response.status}`);
  return response.text();
}

function readProject(text: string, index: TerritoryIndex, url: string): Project {
  const result = parseProjectFile(text, index);
  if (!result.ok) throw new Error(`Fichier de données invalide (${url}) :\n${result.errors.map(formatIssue).join("\n")}`);
  // Stripped again here, so that a full project copied by mistake to projet-public.json
  // still shows no private contact.
  return toPublicProject(result.project);
}

/**
 * Loads the public project with the first-view reference (enough for the listing by
 * territory), and at the same time the reference complement (commune names and postal
 * codes, for the search). No polygons: the page has no map.
 */
export function usePublicData(): PublicDataState {
  const [state, setState] = useState<PublicDataState>({ status: "loading", data: null });
  useEffect(() => {
    const abort = new AbortController();
    const url = publicProjectUrl();
    const text = fetchText(url, abort.signal);
    // Awaited by both stages below, possibly after it fails (an abort): handled from the start.
    text.catch(() => undefined);
    let complete = false;
    const territory = loadFirstViewTerritory(abort.signal);
    const complement = fetchReferenceComplement(abort.signal);
    territory.catch(() => undefined);
    complement.catch(() => undefined);
    const firstView = (async () => {
      const { index } = await territory;
      const data = computePublicData(index, readProject(await text, index, url), false);
      if (!complete && !abort.signal.aborted) setState({ status: "ready", data });
    })();
    const full = (async () => {
      const { index } = await completeTerritory(await territory, complement);
      const data = computePublicData(index, readProject(await text, index, url), true);
      complete = true;
      if (!abort.signal.aborted) setState({ status: "ready", data });
    })();
    const fail = (error: unknown) => {
      if (abort.signal.aborted) return;
      const message = error instanceof Error ? error.message : String(error);
      setState((previous) => ({ status: "error", message, data: previous.data }));
    };
    // The first view only hastens the listing: its failure matters only if the full reference fails too.
    firstView.catch(() => undefined);
    full.catch(fail);
    return () => abort.abort();
  }, []);
  return state;
}
