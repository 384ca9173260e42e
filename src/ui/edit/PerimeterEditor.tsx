// Editing a facilitator's perimeter: clicks on the map add or remove a commune or a whole
// EPCI; a département or a région can be added from a list; each zone can be removed or
// marked as extension limitrophe. Every change is one undoable step.
import { useState } from "react";
import type { Facilitateur, ZoneLevel } from "../../domain/model.ts";
import { territoryByCode } from "../../domain/territory-names.ts";
import { useAppState, useAppStore } from "../store-context.tsx";
import { LassoTool } from "./LassoTool.tsx";

const LEVEL_LABELS: Record<ZoneLevel, string> = { commune: "Commune", epci: "EPCI", departement: "Département", region: "Région" };

function ZoneName({ niveau, code }: { niveau: ZoneLevel; code: string }) {
  const nom = useAppState((state) => {
    const index = state.territory?.index;
    if (!index) return undefined;
    return niveau === "commune" ? index.reference.communes[index.communeIndex.get(code) ?? -1]?.nom : territoryByCode(index, niveau, code)?.nom;
  });
  return (
    <>
      {LEVEL_LABELS[niveau]} {nom || code} <span className="fr-text--xs">({code})</span>
    </>
  );
}

function AddTerritory({ facilitateur }: { facilitateur: Facilitateur }) {
  const store = useAppStore();
  const reference = useAppState((state) => state.territory?.index.reference);
  const extension = useAppState((state) => state.view.editing?.extension ?? false);
  const [choice, setChoice] = useState("");
  if (!reference) return null;
  const add = () => {
    const [niveau, code] = choice.split(":") as [ZoneLevel, string];
    if (!code) return;
    store.getState().addZoneToPerimeter(facilitateur.id, { niveau, code, ...(extension ? { extension: true } : {}) });
    setChoice("");
  };
  return (
    <div className="fr-select-group perimeter-add">
      <label className="fr-label" htmlFor="ajout-territoire">
        Ajouter un département ou une région entière
      </label>
      <div className="perimeter-add-row">
        <select id="ajout-territoire" className="fr-select" value={choice} onChange={(event) => setChoice(event.target.value)}>
          <option value="">Choisir…</option>
          <optgroup label="Régions">
            {reference.regions.map((r) => (
              <option key={r.code} value={`region:${r.code}`}>
                {r.nom}
              </option>
            ))}
          </optgroup>
          <optgroup label="Départements">
            {reference.departements.map((d) => (
              <option key={d.code} value={`departement:${d.code}`}>
                {d.code} — {d.nom}
              </option>
            ))}
          </optgroup>
        </select>
        <button type="button" className="fr-btn fr-btn--sm" disabled={!choice} onClick={add}>
          Ajouter
        </button>
      </div>
    </div>
  );
}

/** The perimeter's zones, each removable and markable as extension limitrophe. */
function ZoneList({ facilitateur }: { facilitateur: Facilitateur }) {
  const store = useAppStore();
  if (facilitateur.perimetre.length === 0) return <p className="fr-text--sm">Périmètre vide : cliquez des communes sur la carte.</p>;
  return (
    <ul className="zone-list" aria-label="Zones du périmètre">
      {facilitateur.perimetre.map((zone) => (
        <li key={`${zone.niveau}:${zone.code}`}>
          <span>
            <ZoneName niveau={zone.niveau} code={zone.code} />
          </span>
          <span className="zone-actions">
            <label className="fr-text--xs">
              <input
                type="checkbox"
                checked={zone.extension === true}
                onChange={(event) => store.getState().setPerimeterExtension(facilitateur.id, zone.niveau, zone.code, event.target.checked)}
              />{" "}
              extension
            </label>
            <button
              type="button"
              className="fr-btn fr-btn--tertiary-no-outline fr-btn--sm fr-icon-delete-line"
              title={`Retirer ${zone.code} du périmètre`}
              aria-label={`Retirer la zone ${zone.niveau} ${zone.code} du périmètre`}
              onClick={() => store.getState().removeZoneFromPerimeter(facilitateur.id, zone.niveau, zone.code)}
            />
          </span>
        </li>
      ))}
    </ul>
  );
}

export function PerimeterEditor({ facilitateur }: { facilitateur: Facilitateur }) {
  const store = useAppStore();
  const editing = useAppState((state) => state.view.editing);
  const message = useAppState((state) => state.transient.editMessage);
  if (editing?.facilitateurId !== facilitateur.id) {
    return (
      <button type="button" className="fr-btn fr-btn--sm fr-icon-edit-line fr-btn--icon-left" onClick={() => store.getState().startEditing(facilitateur.id)}>
        Modifier le périmètre
      </button>
    );
  }
  return (
    <fieldset className="fr-fieldset perimeter-editor" data-testid="edition-perimetre">
      <legend className="fr-fieldset__legend fr-text--md">Modifier le périmètre</legend>
      <p className="fr-text--sm fr-mb-1w">Cliquez sur la carte : un clic ajoute la zone si elle n'est pas couverte par ce périmètre, la retire sinon.</p>
      <div className="fr-radio-group fr-radio-group--sm">
        <input type="radio" id="unite-commune" name="unite" checked={editing.unit === "commune"} onChange={() => store.getState().setEditOptions({ unit: "commune" })} />
        <label className="fr-label" htmlFor="unite-commune">
          une commune
        </label>
      </div>
      <div className="fr-radio-group fr-radio-group--sm">
        <input type="radio" id="unite-epci" name="unite" checked={editing.unit === "epci"} onChange={() => store.getState().setEditOptions({ unit: "epci" })} />
        <label className="fr-label" htmlFor="unite-epci">
          l'EPCI entier de la commune cliquée
        </label>
      </div>
      <div className="fr-checkbox-group fr-checkbox-group--sm fr-mt-1w">
        <input type="checkbox" id="ajout-extension" checked={editing.extension} onChange={(event) => store.getState().setEditOptions({ extension: event.target.checked })} />
        <label className="fr-label" htmlFor="ajout-extension">
          Marquer les ajouts comme extension limitrophe
        </label>
      </div>
      <LassoTool facilitateur={facilitateur} />
      <p className="fr-text--sm fr-mt-1w" role="status" data-testid="message-edition">
        {message}
      </p>
      <AddTerritory facilitateur={facilitateur} />
      <ZoneList facilitateur={facilitateur} />
      <button type="button" className="fr-btn fr-btn--sm fr-btn--secondary" onClick={() => store.getState().stopEditing()}>
        Terminer la modification
      </button>
    </fieldset>
  );
}
