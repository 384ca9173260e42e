import { useId, useMemo, useRef, useState, type KeyboardEvent } from "react";
import { indexCommuneNames, searchByName, searchCommunes } from "../domain/commune-search.ts";
import { useAppState, useAppStore } from "./store-context.tsx";

const PENDING = "Chargement des noms des communes et des codes postaux…";

/**
 * Find a commune by name or postal code, a facilitator or a structure by name. Enter shows the
 * first result; the arrow keys go from the field to the results and between them, Escape back.
 */
export function SearchBox() {
  const store = useAppStore();
  const territory = useAppState((state) => state.territory);
  const project = useAppState((state) => state.derived.project(state));
  const [query, setQuery] = useState("");
  const id = useId();
  const names = useMemo(() => (territory ? indexCommuneNames(territory.index) : null), [territory]);
  const results = useMemo(() => {
    if (!territory || !names || !project || query.trim().length < 2) return null;
    const { reference } = territory.index;
    return {
      communes: searchCommunes(territory.index, names, query, 8).map((c) => reference.communes[c]!),
      facilitateurs: searchByName(project.facilitateurs, query),
      structures: searchByName(project.structures, query),
    };
  }, [territory, names, project, query]);
  const departementNom = (code: string) => territory?.index.reference.departements.find((d) => d.code === code)?.nom ?? code;
  const count = results ? results.communes.length + results.facilitateurs.length + results.structures.length : 0;
  // The communes' names and postal codes arrive a moment after the first view.
  const namesPending = Boolean(results && territory && !territory.complete);
  const empty = results && count === 0 && !namesPending;
  const listRef = useRef<HTMLUListElement>(null);
  const inputRef = useRef<HTMLInputElement>(null);

  /** The result buttons that can be chosen, in order. */
  const buttons = () => [...(listRef.current?.querySelectorAll<HTMLButtonElement>("button:not(:disabled)") ?? [])];
  const showFirst = () => buttons()[0]?.click();
  const onKey = (event: KeyboardEvent<HTMLElement>) => {
    const all = buttons();
    const at = all.indexOf(document.activeElement as HTMLButtonElement);
    if (event.key === "ArrowDown" || event.key === "ArrowUp") {
      if (all.length === 0) return;
      event.preventDefault();
      const next = at + (event.key === "ArrowDown" ? 1 : -1);
      if (next < 0) inputRef.current?.focus();
      else all[Math.min(next, all.length - 1)]!.focus();
    } else if (event.key === "Escape" && at >= 0) {
      event.preventDefault();
      inputRef.current?.focus();
    }
  };

  return (
    <search className="panel-section search" aria-label="Rechercher" onKeyDown={onKey}>
      <form
        className="fr-search-bar"
        onSubmit={(event) => {
          event.preventDefault();
          showFirst();
        }}
      >
        <label className="fr-label" htmlFor={id}>
          Rechercher une commune, un code postal, un facilitateur
        </label>
        <input ref={inputRef} className="fr-input" id={id} type="search" placeholder="Commune, code postal, facilitateur…" value={query} onChange={(event) => setQuery(event.target.value)} autoComplete="off" />
      </form>
      <p className="fr-sr-only" role="status">
        {results && (empty ? `Aucun résultat pour « ${query} ».` : namesPending && count === 0 ? PENDING : `${count} résultat${count > 1 ? "s" : ""} : Entrée pour le premier, flèche bas pour les parcourir.`)}
      </p>
      {results && (
        <ul ref={listRef} className="search-results" data-testid="resultats-recherche">
          {results.communes.map((commune) => (
            <li key={commune.code}>
              <button type="button" className="fr-link" onClick={() => store.getState().showCommune(commune.code)}>
                {commune.nom} ({departementNom(commune.departement)}, {commune.codesPostaux.join(", ")})
              </button>
            </li>
          ))}
          {results.facilitateurs.map((facilitateur) => (
            <li key={facilitateur.id}>
              <button type="button" className="fr-link" onClick={() => store.getState().showPerimeter(facilitateur.id)}>
                Facilitateur : {facilitateur.nom}
              </button>
            </li>
          ))}
          {results.structures.map((structure) => {
            const first = project?.facilitateurs.find((f) => f.structure === structure.id);
            return (
              <li key={structure.id}>
                <button type="button" className="fr-link" disabled={!first} onClick={() => first && store.getState().showPerimeter(first.id)}>
                  Structure : {structure.nom}
                </button>
              </li>
            );
          })}
          {namesPending && <li>{PENDING}</li>}
          {empty && <li>Aucun résultat pour « {query} ».</li>}
        </ul>
      )}
    </search>
  );
}
