// The card of a structure porteuse: its siège and the posts it carries.
import { useMemo } from "react";
import { STRUCTURE_TYPE_LABELS } from "../../domain/model.ts";
import { communeLabel, communeByCode } from "../../domain/territory-names.ts";
import { RecordActions } from "../forms/RecordDialogs.tsx";
import { formatEtp } from "../format.ts";
import { useAppState } from "../store-context.tsx";
import { ObjectLink } from "./links.tsx";

export function StructureDetails({ id }: { id: string }) {
  const structure = useAppState((state) => state.derived.project(state)?.structures.find((s) => s.id === id));
  const facilitateurs = useAppState((state) => state.derived.project(state)?.facilitateurs);
  const posts = useMemo(() => facilitateurs?.filter((f) => f.structure === id), [facilitateurs, id]);
  const siege = useAppState((state) => (structure && state.territory ? communeByCode(state.territory.index, structure.communeSiege) : undefined));
  if (!structure) return <p>Structure introuvable.</p>;
  return (
    <>
      <p className="fr-text--sm fr-mb-1v">
        Structure porteuse — {STRUCTURE_TYPE_LABELS[structure.type]}
        {structure.siret && <> — SIRET {structure.siret}</>}
      </p>
      <p className="fr-text--sm fr-mb-1v">
        Siège : <ObjectLink selection={{ kind: "commune", code: structure.communeSiege }}>{siege ? communeLabel(siege) : structure.communeSiege}</ObjectLink>
      </p>
      <RecordActions kind="structure" id={structure.id} />
      <h3 className="fr-h6 fr-mb-1v">Postes portés</h3>
      {!posts || posts.length === 0 ? (
        <p className="fr-text--sm">Aucun poste.</p>
      ) : (
        <ul className="details-list">
          {posts.map((post) => (
            <li key={post.id}>
              <ObjectLink selection={{ kind: "facilitateur", id: post.id }}>{post.nom}</ObjectLink> — {formatEtp(post.etp)} ETP{post.statut === "poste-vacant" ? ", poste vacant" : ""}
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
