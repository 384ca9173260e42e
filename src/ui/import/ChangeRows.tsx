// The changes an import would make, one row per facilitator of the file, in a scrolling
// table that renders only the rows in view when there are many (row-window.ts).
import type { Facilitateur } from "../../domain/model.ts";
import type { FacilitateurChange } from "../../io/import-merge.ts";
import { formatInteger } from "../format.ts";
import { useRowWindow } from "./row-window.ts";

const CHANGE_LABELS: Record<FacilitateurChange["kind"], string> = {
  added: "ajouté",
  "perimeter-replaced": "périmètre remplacé",
  updated: "mis à jour",
  unchanged: "inchangé",
};

const FIELD_NAMES: Partial<Record<keyof Facilitateur, string>> = {
  nom: "nom",
  structure: "structure",
  etp: "ETP",
  role: "rôle",
  statut: "statut",
  contacts: "contacts",
  miseAJour: "date de mise à jour",
};

const zonesText = (count: number) => `${formatInteger(count)} zone${count > 1 ? "s" : ""}`;

/** Height of a row of the changes table (px): one line of 1.25rem and 0.25rem of padding above and below. */
const CHANGE_ROW_HEIGHT = 28;
/** Height of the scrolling box (`.import-scroll`: 16rem, px). */
const SCROLL_BOX_HEIGHT = 256;

/** The changes, one row each, only the rows in view rendered when there are many (row-window.ts). */
export function ChangeRows({ id, changes }: { id: string; changes: readonly FacilitateurChange[] }) {
  const rows = useRowWindow(changes.length, CHANGE_ROW_HEIGHT, SCROLL_BOX_HEIGHT);
  const windowed = rows.last - rows.first < changes.length;
  return (
    <div className="fr-table fr-table--sm fr-table--no-caption import-scroll" tabIndex={0} role="region" aria-labelledby={`${id}-titre`} onScroll={rows.onScroll}>
      <table className={windowed ? "import-rows-windowed" : undefined} aria-rowcount={changes.length + 1} data-testid="changements-lignes">
        <caption>Changements par facilitateur</caption>
        <thead>
          <tr aria-rowindex={1}>
            <th scope="col">Facilitateur</th>
            <th scope="col">Changement</th>
            <th scope="col">Périmètre</th>
          </tr>
        </thead>
        <tbody>
          {rows.above > 0 && <tr aria-hidden="true" style={{ height: rows.above }} />}
          {changes.slice(rows.first, rows.last).map((change, k) => (
            <tr key={change.id} aria-rowindex={rows.first + k + 2}>
              <td title={change.nom}>{change.nom}</td>
              <td>
                {CHANGE_LABELS[change.kind]}
                {change.updatedFields.length > 0 && ` (${change.updatedFields.map((field) => FIELD_NAMES[field] ?? field).join(", ")})`}
              </td>
              <td>{change.before && change.kind === "perimeter-replaced" ? `${zonesText(change.before.length)} → ${zonesText(change.after.length)}` : zonesText(change.after.length)}</td>
            </tr>
          ))}
          {rows.below > 0 && <tr aria-hidden="true" style={{ height: rows.below }} />}
        </tbody>
      </table>
    </div>
  );
}
