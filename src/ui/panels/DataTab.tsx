// « Données »: every list of the project and of the territory on screen, as tables to sort,
// filter and send (CSV, XLSX), with the number of rows of each in the list chooser.
import { useId, useMemo } from "react";
import { isCoordinateur } from "../../domain/coordinateurs.ts";
import type { CommuneStatus } from "../../domain/zones-blanches.ts";
import { STATUS_LABELS } from "../../store/selectors.ts";
import { formatInteger } from "../format.ts";
import { usePanelNavigation, type DataList } from "../layout/panel-navigation.tsx";
import { NewRecordButtons } from "../forms/NewRecordButtons.tsx";
import { useAppState, useAppStore } from "../store-context.tsx";
import { DataTable } from "../tables/DataTable.tsx";
import { listModel } from "../tables/lists.tsx";
import { tableFileName } from "../tables/table-download.ts";

/** The lists offered, as « kind » or « kind:detail » values of the chooser. */
const encode = (list: DataList): string =>
  list.kind === "zones-blanches" ? `zones-blanches:${list.status ?? ""}` : list.kind === "acheteurs" ? `acheteurs:${list.zoneBlancheOnly ? "zb" : ""}` : list.kind === "perimetre" ? `perimetre:${list.facilitateurId}` : list.kind;

function decode(value: string): DataList {
  const at = value.indexOf(":");
  const kind = at < 0 ? value : value.slice(0, at);
  const rest = at < 0 ? "" : value.slice(at + 1);
  if (kind === "zones-blanches") return rest === "" ? { kind } : { kind, status: Number(rest) as CommuneStatus };
  if (kind === "acheteurs") return { kind, zoneBlancheOnly: rest === "zb" };
  if (kind === "perimetre") return { kind, facilitateurId: rest };
  return { kind } as DataList;
}

export function DataTab() {
  const store = useAppStore();
  const { list, openList } = usePanelNavigation();
  const id = useId();
  const territory = useAppState((state) => state.territory);
  const project = useAppState((state) => state.derived.project(state));
  const result = useAppState((state) => state.derived.result(state));
  const links = useAppState((state) => state.derived.links(state));
  const focus = useAppState((state) => state.view.focus);
  const model = useMemo(
    () => (territory && project && result && links ? listModel(list, { index: territory.index, project, result, links, territory: focus, store }) : null),
    [list, territory, project, result, links, focus, store],
  );
  if (!territory || !project || !result || !model) return <p className="fr-text--sm">Chargement des données…</p>;
  const coordinateurs = project.facilitateurs.filter(isCoordinateur).length;
  const options: { value: string; label: string }[] = [
    { value: "zones-blanches:", label: "Communes en zone blanche (toutes)" },
    ...([1, 2, 3] as const).map((status) => ({ value: `zones-blanches:${status}`, label: `Communes en ${STATUS_LABELS[status].toLowerCase()}` })),
    { value: "communes", label: "Toutes les communes (statut et facilitateurs)" },
    { value: "acheteurs:zb", label: "Acheteurs de l'État en zone blanche" },
    { value: "acheteurs:", label: "Acheteurs de l'État" },
    { value: "facilitateurs", label: `Facilitateurs (${formatInteger(project.facilitateurs.length - coordinateurs)})` },
    { value: "coordinateurs", label: `Coordinateurs régionaux (${formatInteger(coordinateurs)})` },
    { value: "structures", label: `Structures porteuses (${formatInteger(project.structures.length)})` },
    { value: "grands-projets", label: `Grands projets (${formatInteger(project.grandsProjets.length)})` },
  ];
  if (list.kind === "perimetre") options.push({ value: encode(list), label: model.title });
  return (
    <section className="data-tab" aria-labelledby={`${id}-titre`}>
      <h2 id={`${id}-titre`} className="fr-sr-only">
        Données
      </h2>
      <div className="fr-select-group fr-mb-1w">
        <label className="fr-label" htmlFor={`${id}-liste`}>
          Liste affichée
          {focus && <span className="fr-hint-text">Communes et acheteurs du territoire affiché (onglet « Carte »)</span>}
        </label>
        <select id={`${id}-liste`} className="fr-select" value={encode(list)} onChange={(event) => openList(decode(event.target.value))}>
          {options.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </select>
      </div>
      <NewRecordButtons list={list} />
      <DataTable key={encode(list)} title={model.title} fileName={tableFileName(project.nom, model.file)} columns={model.columns} rows={model.rows} rowKey={model.rowKey} empty={model.empty} testId="liste-donnees" />
    </section>
  );
}
