// The card of a State buyer or a grand projet: what it is, where, whether it is in zone
// blanche, which facilitators cover it.
import { useMemo } from "react";
import { ACHETEUR_TYPE_LABELS, GRAND_PROJET_TYPE_LABELS } from "../../domain/model.ts";
import { coveringNames } from "../../domain/territory-tables.ts";
import { communeLabel } from "../../domain/territory-names.ts";
import { STATUS_LABELS } from "../../store/selectors.ts";
import { RecordActions } from "../forms/RecordDialogs.tsx";
import { formatDecimal, formatInteger, formatShare } from "../format.ts";
import { useAppState } from "../store-context.tsx";
import { ObjectLink } from "./links.tsx";

export function AcheteurDetails({ id }: { id: string }) {
  const project = useAppState((state) => state.derived.project(state));
  const links = useAppState((state) => state.derived.links(state));
  const result = useAppState((state) => state.derived.result(state));
  const index = useAppState((state) => state.territory?.index);
  const b = project?.acheteurs.findIndex((a) => a.id === id) ?? -1;
  const acheteur = project?.acheteurs[b];
  if (!acheteur || !project || !index) return <p>Acheteur introuvable.</p>;
  const c = links?.acheteurCommunes[b] ?? -1;
  const commune = c >= 0 ? index.reference.communes[c] : undefined;
  const names = c >= 0 && result ? coveringNames(project, result.coverage, c) : [];
  return (
    <>
      <p className="fr-text--sm fr-mb-1v">Acheteur de l'État — {ACHETEUR_TYPE_LABELS[acheteur.type]}</p>
      <p className="fr-text--sm fr-mb-1v">
        {commune ? (
          <>
            Commune : <ObjectLink selection={{ kind: "commune", code: commune.code }}>{communeLabel(commune)}</ObjectLink>
          </>
        ) : acheteur.position ? (
          `Position : ${acheteur.position.map(formatDecimal).join(" ; ")} (hors des communes chargées)`
        ) : (
          "Placé sur aucune commune"
        )}
      </p>
      {c >= 0 && result && (
        <p className={`fr-badge fr-badge--sm ${result.status[c] === 0 ? "fr-badge--success" : "fr-badge--warning"}`} data-testid="statut-acheteur">
          {STATUS_LABELS[result.status[c] as 0 | 1 | 2 | 3]}
        </p>
      )}
      <h3 className="fr-h6 fr-mb-1v">Facilitateurs de sa commune</h3>
      <p className="fr-text--sm">{names.length === 0 ? "Aucun facilitateur." : names.join(", ")}</p>
      <RecordActions kind="acheteur" id={id} />
    </>
  );
}

export function GrandProjetDetails({ id }: { id: string }) {
  const project = useAppState((state) => state.derived.project(state));
  const result = useAppState((state) => state.derived.result(state));
  const g = project?.grandsProjets.findIndex((item) => item.id === id) ?? -1;
  const projet = project?.grandsProjets[g];
  const summary = result?.grandsProjets[g];
  const facilitateurs = useMemo(() => (summary && project ? summary.facilitateurs.map((f) => project.facilitateurs[f]!) : []), [summary, project]);
  if (!projet) return <p>Grand projet introuvable.</p>;
  return (
    <>
      <p className="fr-text--sm fr-mb-1v">
        Grand projet — {GRAND_PROJET_TYPE_LABELS[projet.type]} — de {projet.periode.debut} à {projet.periode.fin} — zone d'impact de {formatDecimal(projet.tamponKm)} km
      </p>
      {summary && (
        <p className="fr-text--sm fr-mb-1v">
          {formatInteger(summary.communes)} commune(s), {formatInteger(summary.population)} habitants ; population couverte : {formatShare(summary.coveredPopulation, summary.population)}
        </p>
      )}
      <h3 className="fr-h6 fr-mb-1v">Facilitateurs présents ({formatInteger(facilitateurs.length)})</h3>
      {facilitateurs.length === 0 ? (
        <p className="fr-text--sm">Aucun facilitateur.</p>
      ) : (
        <ul className="details-list details-list--scroll">
          {facilitateurs.map((facilitateur) => (
            <li key={facilitateur.id}>
              <ObjectLink selection={{ kind: "facilitateur", id: facilitateur.id }}>{facilitateur.nom}</ObjectLink>
            </li>
          ))}
        </ul>
      )}
      <RecordActions kind="grand-projet" id={id} />
    </>
  );
}
