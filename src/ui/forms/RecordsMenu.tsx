// « Nouveau… »: create a structure porteuse, a facilitateur, a coordinateur régional, an
// acheteur de l'État or a grand projet; and reach any existing record to edit or delete it.
import { useId, useState } from "react";
import type { EntityKind } from "../../domain/entity-edits.ts";
import { useAppState } from "../store-context.tsx";
import { DeleteRecordDialog, RecordFormDialog, type RecordFormKind } from "./RecordDialogs.tsx";

const NEW_ITEMS: { kind: RecordFormKind; label: string }[] = [
  { kind: "structure", label: "Structure porteuse" },
  { kind: "facilitateur", label: "Facilitateur" },
  { kind: "coordinateur", label: "Coordinateur régional" },
  { kind: "acheteur", label: "Acheteur de l'État" },
  { kind: "grand-projet", label: "Grand projet" },
];

type Open = { action: "new"; kind: RecordFormKind } | { action: "edit" | "delete"; kind: EntityKind; id: string } | null;

/** Records of the project as `kind:id` options, by kind then name. */
function useRecordOptions() {
  const project = useAppState((state) => state.derived.project(state));
  if (!project) return [];
  const byName = <T extends { id: string; nom: string }>(list: readonly T[]) => [...list].sort((a, b) => a.nom.localeCompare(b.nom, "fr"));
  return [
    { label: "Structures porteuses", kind: "structure" as const, items: byName(project.structures) },
    { label: "Facilitateurs et coordinateurs", kind: "facilitateur" as const, items: byName(project.facilitateurs) },
    { label: "Acheteurs de l'État", kind: "acheteur" as const, items: byName(project.acheteurs) },
    { label: "Grands projets", kind: "grand-projet" as const, items: byName(project.grandsProjets) },
  ];
}

export function RecordsMenu() {
  const project = useAppState((state) => state.derived.project(state));
  const facilitateurs = useAppState((state) => state.derived.project(state)?.facilitateurs);
  const [expanded, setExpanded] = useState(false);
  const [open, setOpen] = useState<Open>(null);
  const [chosen, setChosen] = useState("");
  const groups = useRecordOptions();
  // The list holds every record (1,200 options in the demo: three quarters of the page's
  // elements): it is filled once the map has drawn its first view, not before.
  const listed = useAppState((state) => state.mapDrawn || state.territory?.complete === true);
  const id = useId();
  const close = () => setOpen(null);
  const [chosenKind, ...rest] = chosen.split(":");
  const chosenId = rest.join(":");
  const exists = groups.some((group) => group.kind === chosenKind && group.items.some((item) => item.id === chosenId));
  const coordinateur = chosenKind === "facilitateur" && facilitateurs?.find((f) => f.id === chosenId)?.role === "coordinateur-regional";

  return (
    <section className="panel-section records-menu" aria-labelledby={`${id}-titre`} data-testid="menu-enregistrements">
      <h2 id={`${id}-titre`} className="fr-h6 fr-mb-1w">
        Structures, postes, acheteurs, grands projets
      </h2>
      <button
        type="button"
        className="fr-btn fr-btn--sm"
        aria-expanded={expanded}
        aria-controls={`${id}-nouveau`}
        disabled={!project}
        onClick={() => setExpanded(!expanded)}
      >
        Nouveau…
      </button>
      <ul id={`${id}-nouveau`} className="records-menu__list" hidden={!expanded}>
        {NEW_ITEMS.map((item) => (
          <li key={item.kind}>
            <button
              type="button"
              className="fr-btn fr-btn--tertiary fr-btn--sm"
              onClick={() => {
                setExpanded(false);
                setOpen({ action: "new", kind: item.kind });
              }}
            >
              Nouveau : {item.label}
            </button>
          </li>
        ))}
      </ul>
      {project && (
        <div className="fr-select-group fr-mt-1w fr-mb-0">
          <label className="fr-label" htmlFor={`${id}-existant`}>
            Modifier ou supprimer un enregistrement
          </label>
          <div className="perimeter-add-row">
            <select id={`${id}-existant`} className="fr-select" value={exists ? chosen : ""} onChange={(event) => setChosen(event.target.value)}>
              <option value="">Choisir…</option>
              {listed && groups.map((group) => (
                <optgroup key={group.kind} label={group.label}>
                  {group.items.map((item) => (
                    <option key={item.id} value={`${group.kind}:${item.id}`}>
                      {item.nom}
                    </option>
                  ))}
                </optgroup>
              ))}
            </select>
            <button type="button" className="fr-btn fr-btn--sm fr-btn--secondary" disabled={!exists} onClick={() => setOpen({ action: "edit", kind: chosenKind as EntityKind, id: chosenId })}>
              Modifier
            </button>
            <button type="button" className="fr-btn fr-btn--sm fr-btn--tertiary" disabled={!exists} onClick={() => setOpen({ action: "delete", kind: chosenKind as EntityKind, id: chosenId })}>
              Supprimer
            </button>
          </div>
        </div>
      )}
      {open?.action === "new" && <RecordFormDialog kind={open.kind} onClose={close} />}
      {open?.action === "edit" && <RecordFormDialog kind={coordinateur ? "coordinateur" : open.kind} id={open.id} onClose={close} />}
      {open?.action === "delete" && <DeleteRecordDialog kind={open.kind} id={open.id} onClose={close} />}
    </section>
  );
}
