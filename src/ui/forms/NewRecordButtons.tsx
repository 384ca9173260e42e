// « Nouveau… »: create a structure porteuse, a facilitateur, a coordinateur régional, an
// acheteur de l'État or a grand projet (existing records are edited from their card).
import { useId, useState } from "react";
import type { DataList } from "../layout/panel-navigation.tsx";
import { useAppState } from "../store-context.tsx";
import { RecordFormDialog, type RecordFormKind } from "./RecordDialogs.tsx";

const NEW_ITEMS: { kind: RecordFormKind; label: string; list: DataList["kind"] }[] = [
  { kind: "structure", label: "Structure porteuse", list: "structures" },
  { kind: "facilitateur", label: "Facilitateur", list: "facilitateurs" },
  { kind: "coordinateur", label: "Coordinateur régional", list: "coordinateurs" },
  { kind: "acheteur", label: "Acheteur de l'État", list: "acheteurs" },
  { kind: "grand-projet", label: "Grand projet", list: "grands-projets" },
];

/** The « Nouveau… » menu; the kind of the list shown comes first. */
export function NewRecordButtons({ list }: { list: DataList }) {
  const project = useAppState((state) => state.derived.project(state));
  const [expanded, setExpanded] = useState(false);
  const [open, setOpen] = useState<RecordFormKind | null>(null);
  const id = useId();
  const items = [...NEW_ITEMS].sort((a, b) => Number(b.list === list.kind) - Number(a.list === list.kind));
  return (
    <div className="records-menu" data-testid="menu-enregistrements">
      <button type="button" className="fr-btn fr-btn--sm fr-btn--secondary" aria-expanded={expanded} aria-controls={`${id}-nouveau`} disabled={!project} onClick={() => setExpanded(!expanded)}>
        Nouveau…
      </button>
      <ul id={`${id}-nouveau`} className="records-menu__list" hidden={!expanded}>
        {items.map((item) => (
          <li key={item.kind}>
            <button
              type="button"
              className="fr-btn fr-btn--tertiary fr-btn--sm"
              onClick={() => {
                setExpanded(false);
                setOpen(item.kind);
              }}
            >
              Nouveau : {item.label}
            </button>
          </li>
        ))}
      </ul>
      {open && <RecordFormDialog kind={open} onClose={() => setOpen(null)} />}
    </div>
  );
}
