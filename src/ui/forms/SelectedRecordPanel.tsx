// The details of a selected acheteur de l'État or grand projet, with « Modifier » and « Supprimer ».
import { ACHETEUR_TYPE_LABELS, GRAND_PROJET_TYPE_LABELS } from "../../domain/model.ts";
import { useAppState } from "../store-context.tsx";
import { useCommuneName } from "./fields.tsx";
import { RecordActions } from "./RecordDialogs.tsx";

export function SelectedRecordPanel({ kind, id }: { kind: "acheteur" | "grand-projet"; id: string }) {
  const nameOf = useCommuneName();
  const acheteur = useAppState((state) => (kind === "acheteur" ? state.derived.project(state)?.acheteurs.find((a) => a.id === id) : undefined));
  const grandProjet = useAppState((state) => (kind === "grand-projet" ? state.derived.project(state)?.grandsProjets.find((g) => g.id === id) : undefined));
  const record = acheteur ?? grandProjet;
  if (!record) return <p>Enregistrement introuvable.</p>;
  const commune = (code: string) => `${nameOf(code) ?? code} (${code})`;
  return (
    <>
      <h2 className="fr-h5">{record.nom}</h2>
      {acheteur && (
        <p className="fr-text--sm">
          Acheteur de l'État — {ACHETEUR_TYPE_LABELS[acheteur.type]}
          {acheteur.commune ? ` — ${commune(acheteur.commune)}` : acheteur.position ? ` — ${acheteur.position.join(", ")}` : ""}
        </p>
      )}
      {grandProjet && (
        <p className="fr-text--sm">
          Grand projet — {GRAND_PROJET_TYPE_LABELS[grandProjet.type]} — de {grandProjet.periode.debut} à {grandProjet.periode.fin} — zone d'impact {String(grandProjet.tamponKm).replace(".", ",")} km
          {grandProjet.communes ? ` — ${grandProjet.communes.length} commune(s)` : ""}
        </p>
      )}
      <RecordActions kind={kind} id={id} />
    </>
  );
}
