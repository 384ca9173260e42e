import { communesOfPerimeter } from "../domain/perimeter.ts";
import { useMemo } from "react";
import type { Contact, Facilitateur } from "../domain/model.ts";
import { selectCommuneDetails, STATUS_LABELS } from "../store/selectors.ts";
import { formatEtp, formatInteger } from "./format.ts";
import { contactHref } from "../domain/contact-href.ts";
import { PerimeterEditor } from "./edit/PerimeterEditor.tsx";
import { RecordActions } from "./forms/RecordDialogs.tsx";
import { SelectedRecordPanel } from "./forms/SelectedRecordPanel.tsx";
import { useAppState, useAppStore } from "./store-context.tsx";

/** Addresses and numbers made a link; anything else in a file is shown as plain text. */
function Contacts({ contacts }: { contacts: Contact[] }) {
  if (contacts.length === 0) return <p className="fr-text--sm">Aucun contact renseigné.</p>;
  return (
    <ul className="contacts">
      {contacts.map((contact) => {
        const href = contactHref(contact);
        return (
          <li key={`${contact.type}:${contact.valeur}`}>
            {href ? <a href={href}>{contact.valeur}</a> : <span>{contact.valeur}</span>}
            {!contact.public && <span className="fr-badge fr-badge--sm fr-badge--no-icon">non public</span>}
          </li>
        );
      })}
    </ul>
  );
}

function FacilitateurLink({ facilitateur }: { facilitateur: Facilitateur }) {
  const store = useAppStore();
  return (
    <button type="button" className="fr-link" onClick={() => store.getState().select({ kind: "facilitateur", id: facilitateur.id })}>
      {facilitateur.nom}
    </button>
  );
}

function CommunePanel({ code }: { code: string }) {
  const store = useAppStore();
  // The details derive from the document and its figures; recomputed when they change.
  const result = useAppState((state) => state.derived.result(state));
  const details = useMemo(() => (result ? selectCommuneDetails(store.getState(), code) : null), [store, result, code]);
  if (!details) return <p>Commune inconnue : {code}</p>;
  const { commune } = details;
  return (
    <>
      <h2 className="fr-h5">
        {commune.nom} <span className="fr-text--sm">({commune.code})</span>
      </h2>
      <p className="fr-text--sm">
        {details.departementNom}, {details.regionNom} — {formatInteger(commune.population)} habitants
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
      <p className={`fr-badge ${details.status === 0 ? "fr-badge--success" : "fr-badge--warning"}`}>{STATUS_LABELS[details.status]}</p>
      <h3 className="fr-h6">Facilitateurs</h3>
      {details.facilitateurs.length === 0 ? (
        <p>Aucun facilitateur ne couvre cette commune.</p>
      ) : (
        <ul data-testid="facilitateurs-commune">
          {details.facilitateurs.map(({ facilitateur, structure, extension }) => (
            <li key={facilitateur.id}>
              <FacilitateurLink facilitateur={facilitateur} />
              {structure && <span> — {structure.nom}</span>}
              {extension && <span className="fr-badge fr-badge--sm fr-badge--info fr-badge--no-icon">extension limitrophe</span>}
              {facilitateur.statut === "poste-vacant" && <span className="fr-badge fr-badge--sm fr-badge--no-icon">poste vacant</span>}
            </li>
          ))}
        </ul>
      )}
      <h3 className="fr-h6">Coordination régionale</h3>
      {details.coordinateurs.length === 0 ? (
        <p>Région non dotée d'un coordinateur régional.</p>
      ) : (
        <ul>
          {details.coordinateurs.map((coordinateur) => (
            <li key={coordinateur.id}>
              <FacilitateurLink facilitateur={coordinateur} />
            </li>
          ))}
        </ul>
      )}
    </>
  );
}

function FacilitateurPanel({ id }: { id: string }) {
  const store = useAppStore();
  const facilitateur = useAppState((state) => state.derived.project(state)?.facilitateurs.find((f) => f.id === id));
  const structure = useAppState((state) => state.derived.project(state)?.structures.find((s) => s.id === facilitateur?.structure));
  const communes = useAppState((state) => {
    const f = state.derived.project(state)?.facilitateurs.findIndex((item) => item.id === id) ?? -1;
    const perimeters = state.derived.result(state)?.perimeters;
    return perimeters ? communesOfPerimeter(perimeters, f).length : 0;
  });
  if (!facilitateur) return <p>Facilitateur introuvable.</p>;
  return (
    <>
      <h2 className="fr-h5">{facilitateur.nom}</h2>
      <p className="fr-text--sm">
        {facilitateur.role === "coordinateur-regional" ? "Coordinateur régional" : "Facilitateur"} — {formatEtp(facilitateur.etp)} ETP —{" "}
        {facilitateur.statut === "poste-vacant" ? "poste vacant" : "en poste"}
      </p>
      <RecordActions kind="facilitateur" id={facilitateur.id} />
      {structure && <p className="fr-text--sm">Structure porteuse : {structure.nom}</p>}
      {structure && <RecordActions kind="structure" id={structure.id} noun="la structure" />}
      <p className="fr-text--sm">
        Périmètre : {facilitateur.perimetre.length} zone(s), {formatInteger(communes)} commune(s) ; mis à jour le {facilitateur.miseAJour}
      </p>
      <ul className="fr-btns-group fr-btns-group--inline fr-btns-group--sm">
        <li>
          <button type="button" className="fr-btn fr-btn--secondary" onClick={() => store.getState().showPerimeter(facilitateur.id)}>
            Voir le périmètre sur la carte
          </button>
        </li>
        <li>
          <PerimeterEditor facilitateur={facilitateur} />
        </li>
      </ul>
      <h3 className="fr-h6">Contacts</h3>
      <Contacts contacts={facilitateur.contacts} />
    </>
  );
}

/** What is selected on the map or in the search: a commune or a facilitator. */
export function DetailsPanel() {
  const store = useAppStore();
  const selection = useAppState((state) => state.view.selection);
  if (!selection) return null;
  return (
    <section className="panel-section details" aria-label="Détail de la sélection" data-testid="details">
      <button type="button" className="fr-btn fr-btn--tertiary-no-outline fr-btn--sm fr-icon-close-line fr-btn--icon-left" onClick={() => store.getState().select(null)}>
        Fermer
      </button>
      {selection.kind === "commune" && <CommunePanel code={selection.code} />}
      {selection.kind === "facilitateur" && <FacilitateurPanel id={selection.id} />}
      {(selection.kind === "acheteur" || selection.kind === "grand-projet") && <SelectedRecordPanel kind={selection.kind} id={selection.id} />}
    </section>
  );
}
