// The card of a commune: where it is, its status, who covers it, who coordinates its
// région, the State buyers and grands projets there.
import { useMemo } from "react";
import { selectCommuneDetails, STATUS_LABELS } from "../../store/selectors.ts";
import { formatInteger } from "../format.ts";
import { useAppState, useAppStore } from "../store-context.tsx";
import { ObjectLink } from "./links.tsx";

export function CommuneDetails({ code }: { code: string }) {
  const store = useAppStore();
  // The details derive from the document and its figures; recomputed when they change.
  const result = useAppState((state) => state.derived.result(state));
  const links = useAppState((state) => state.derived.links(state));
  const project = useAppState((state) => state.derived.project(state));
  const index = useAppState((state) => state.territory?.index);
  // The index too: the names arrive after the first view, the figures staying the same.
  const details = useMemo(() => (result && index ? selectCommuneDetails(store.getState(), code) : null), [store, result, code, index]);
  const here = useMemo(() => {
    const c = index?.communeIndex.get(code);
    if (c === undefined || !links || !project) return { acheteurs: [], grandsProjets: [], epci: null };
    const e = index!.epciOf[c]!;
    return {
      acheteurs: project.acheteurs.filter((_, b) => links.acheteurCommunes[b] === c),
      grandsProjets: project.grandsProjets.filter((_, g) => links.grandProjetCommunes[g]?.includes(c)),
      epci: e >= 0 ? index!.reference.epci[e]!.nom : null,
    };
  }, [index, links, project, code]);
  if (!details) return <p>Commune inconnue : {code}</p>;
  const { commune } = details;
  return (
    <>
      <p className="fr-text--sm fr-mb-1v">
        {details.departementNom}, {details.regionNom}
        {here.epci && <> — {here.epci}</>} — {formatInteger(commune.population)} habitants
      </p>
      <p className={`fr-badge fr-badge--sm ${details.status === 0 ? "fr-badge--success" : "fr-badge--warning"}`} data-testid="statut-commune">
        {STATUS_LABELS[details.status]}
      </p>
      <ul className="fr-btns-group fr-btns-group--inline fr-btns-group--sm">
        <li>
          <button type="button" className="fr-btn fr-btn--tertiary" onClick={() => store.getState().focus({ level: "departement", code: commune.departement })}>
            Voir le département
          </button>
        </li>
        <li>
          <button type="button" className="fr-btn fr-btn--tertiary" onClick={() => store.getState().focus({ level: "region", code: commune.region })}>
            Voir la région
          </button>
        </li>
      </ul>
      <h3 className="fr-h6 fr-mb-1v">Facilitateurs</h3>
      {details.facilitateurs.length === 0 ? (
        <p className="fr-text--sm">Aucun facilitateur ne couvre cette commune.</p>
      ) : (
        <ul data-testid="facilitateurs-commune" className="details-list">
          {details.facilitateurs.map(({ facilitateur, structure, extension }) => (
            <li key={facilitateur.id}>
              <ObjectLink selection={{ kind: "facilitateur", id: facilitateur.id }}>{facilitateur.nom}</ObjectLink>
              {structure && (
                <>
                  {" — "}
                  <ObjectLink selection={{ kind: "structure", id: structure.id }}>{structure.nom}</ObjectLink>
                </>
              )}
              {extension && <span className="fr-badge fr-badge--sm fr-badge--info fr-badge--no-icon">extension limitrophe</span>}
              {facilitateur.statut === "poste-vacant" && <span className="fr-badge fr-badge--sm fr-badge--no-icon">poste vacant</span>}
            </li>
          ))}
        </ul>
      )}
      <h3 className="fr-h6 fr-mb-1v">Coordination régionale</h3>
      {details.coordinateurs.length === 0 ? (
        <p className="fr-text--sm">Région non dotée d'un coordinateur régional.</p>
      ) : (
        <ul className="details-list">
          {details.coordinateurs.map((coordinateur) => (
            <li key={coordinateur.id}>
              <ObjectLink selection={{ kind: "facilitateur", id: coordinateur.id }}>{coordinateur.nom}</ObjectLink>
            </li>
          ))}
        </ul>
      )}
      {here.acheteurs.length > 0 && (
        <>
          <h3 className="fr-h6 fr-mb-1v">Acheteurs de l'État</h3>
          <ul className="details-list">
            {here.acheteurs.map((acheteur) => (
              <li key={acheteur.id}>
                <ObjectLink selection={{ kind: "acheteur", id: acheteur.id }}>{acheteur.nom}</ObjectLink>
              </li>
            ))}
          </ul>
        </>
      )}
      {here.grandsProjets.length > 0 && (
        <>
          <h3 className="fr-h6 fr-mb-1v">Grands projets</h3>
          <ul className="details-list">
            {here.grandsProjets.map((projet) => (
              <li key={projet.id}>
                <ObjectLink selection={{ kind: "grand-projet", id: projet.id }}>{projet.nom}</ObjectLink>
              </li>
            ))}
          </ul>
        </>
      )}
    </>
  );
}
