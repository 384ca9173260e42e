import { useId, useMemo, useState } from "react";
import { indexCommuneNames, searchByName, searchCommunes } from "../domain/commune-search.ts";
import { useAppState, useAppStore } from "./store-context.tsx";

/** Find a commune by name or postal code, a facilitator or a structure by name. */
export function SearchBox() {
  const store = useAppStore();
  const territory = useAppState((state) => state.territory);
  const project = useAppState((state) => state.project);
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
  const empty = results && results.communes.length + results.facilitateurs.length + results.structures.length === 0;

  return (
    <search className="panel-section search" aria-label="Rechercher">
      <div className="fr-search-bar" role="search">
        <label className="fr-label" htmlFor={id}>
          Rechercher une commune, un code postal, un facilitateur
        </label>
        <input className="fr-input" id={id} type="search" placeholder="Commune, code postal, facilitateur…" value={query} onChange={(event) => setQuery(event.target.value)} autoComplete="off" />
      </div>
      {results && (
        <ul className="search-results" aria-live="polite" data-testid="resultats-recherche">
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
          {empty && <li>Aucun résultat pour « {query} ».</li>}
        </ul>
      )}
    </search>
  );
}
