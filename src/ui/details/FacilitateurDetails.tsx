// The card of a facilitator or coordinateur régional: post, structure, perimeter (drawn on
// the map as soon as the card opens), its communes as a list, editing, contacts.
import "@codegouvfr/react-dsfr/dsfr/utility/icons/icons-design/icons-design.main.min.css";
import { isCoordinateur } from "../../domain/coordinateurs.ts";
import { communesOfPerimeter } from "../../domain/perimeter.ts";
import { zoneName } from "../../domain/territory-names.ts";
import { PerimeterEditor } from "../edit/PerimeterEditor.tsx";
import { RecordActions } from "../forms/RecordDialogs.tsx";
import { formatDate, formatEtp, formatInteger } from "../format.ts";
import { usePanelNavigation } from "../layout/panel-navigation.tsx";
import { useAppState } from "../store-context.tsx";
import { Contacts } from "./Contacts.tsx";
import { ObjectLink } from "./links.tsx";

export function FacilitateurDetails({ id }: { id: string }) {
  const { openList } = usePanelNavigation();
  const facilitateur = useAppState((state) => state.derived.project(state)?.facilitateurs.find((f) => f.id === id));
  const structure = useAppState((state) => state.derived.project(state)?.structures.find((s) => s.id === facilitateur?.structure));
  const communes = useAppState((state) => {
    const f = state.derived.project(state)?.facilitateurs.findIndex((item) => item.id === id) ?? -1;
    const perimeters = state.derived.result(state)?.perimeters;
    return perimeters ? communesOfPerimeter(perimeters, f).length : 0;
  });
  const regions = useAppState((state) => {
    const index = state.territory?.index;
    return index && facilitateur ? facilitateur.perimetre.filter((zone) => zone.niveau === "region").map((zone) => zoneName(index, "region", zone.code)).join(", ") : "";
  });
  if (!facilitateur) return <p>Facilitateur introuvable.</p>;
  const coordinateur = isCoordinateur(facilitateur);
  return (
    <>
      <p className="fr-text--sm fr-mb-1v">
        {coordinateur ? `Coordinateur régional${regions ? ` — ${regions}` : ""}` : "Facilitateur"} — {formatEtp(facilitateur.etp)} ETP —{" "}
        {facilitateur.statut === "poste-vacant" ? "poste vacant" : "en poste"}
      </p>
      {structure && (
        <p className="fr-text--sm fr-mb-1v">
          Structure porteuse : <ObjectLink selection={{ kind: "structure", id: structure.id }}>{structure.nom}</ObjectLink>
        </p>
      )}
      <p className="fr-text--sm fr-mb-1v">
        Périmètre : {formatInteger(facilitateur.perimetre.length)} zone(s), {formatInteger(communes)} commune(s)
        {formatDate(facilitateur.miseAJour) && <> ; mis à jour le {formatDate(facilitateur.miseAJour)}</>}
      </p>
      <ul className="fr-btns-group fr-btns-group--inline fr-btns-group--sm fr-btns-group--icon-left">
        {!coordinateur && (
          <li>
            <PerimeterEditor facilitateur={facilitateur} />
          </li>
        )}
        <li>
          <button type="button" className="fr-btn fr-btn--secondary" onClick={() => openList({ kind: "perimetre", facilitateurId: facilitateur.id })}>
            Liste des communes ({formatInteger(communes)})
          </button>
        </li>
      </ul>
      <RecordActions kind="facilitateur" id={facilitateur.id} />
      <h3 className="fr-h6 fr-mb-1v">Contacts</h3>
      <Contacts contacts={facilitateur.contacts} />
    </>
  );
}
