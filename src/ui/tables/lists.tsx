// The lists of the « Données » tab: rows and columns of each, read from the store. A name
// is a button that selects the object (its card opens, the map shows it).
import type { ReactNode } from "react";
import { isCoordinateur } from "../../domain/coordinateurs.ts";
import { ACHETEUR_TYPE_LABELS, GRAND_PROJET_TYPE_LABELS, STRUCTURE_TYPE_LABELS, type Facilitateur, type GrandProjet, type Project, type Structure } from "../../domain/model.ts";
import type { ComputeResult } from "../../domain/recompute.ts";
import type { SpatialLinks } from "../../domain/spatial-links.ts";
import type { TerritoryIndex } from "../../domain/territory-index.ts";
import { territoryName } from "../../domain/territory-names.ts";
import { acheteurRows, communeRows, NO_POLYGON_LABEL, perimeterRows, zoneBlancheRows, type AcheteurRow, type CommuneRow, type TableTerritory } from "../../domain/territory-tables.ts";
import type { GrandProjetSummary } from "../../domain/grand-projet-summary.ts";
import type { CommuneStatus } from "../../domain/zones-blanches.ts";
import type { AppStore } from "../../store/app-store.ts";
import { STATUS_LABELS } from "../../store/selectors.ts";
import type { Selection } from "../../view/vocabulary.ts";
import type { DataList } from "../layout/panel-navigation.tsx";
import { formatEtp, formatShare } from "../format.ts";
import type { Column } from "./DataTable.tsx";

export interface ListInput {
  index: TerritoryIndex;
  project: Project;
  result: ComputeResult;
  links: SpatialLinks;
  territory: TableTerritory;
  store: AppStore;
}

/** A list ready for DataTable. */
export interface ListModel<Row> {
  title: string;
  file: string;
  columns: Column<Row>[];
  rows: Row[];
  rowKey(row: Row): string;
  empty: string;
}

const where = (input: ListInput) => (input.territory ? territoryName(input.index, input.territory.level, input.territory.code) : "France");

/** A name that selects its object. */
function NameButton({ store, selection, children }: { store: AppStore; selection: NonNullable<Selection>; children: ReactNode }) {
  return (
    <button type="button" className="fr-link data-table__name" onClick={() => store.getState().show(selection)}>
      {children}
    </button>
  );
}

function communeColumns<Row extends CommuneRow>(store: AppStore, extra: Column<Row>[] = []): Column<Row>[] {
  return [
    { id: "code", label: "Code", value: (row) => row.code },
    {
      id: "nom",
      label: "Commune",
      value: (row) => row.nom,
      render: (row) => (
        <>
          <NameButton store={store} selection={{ kind: "commune", code: row.code }}>
            {row.nom}
          </NameButton>
          {/* Re-created since 2018, no polygon: counted by its code, absent from the map. */}
          {!row.geometry && <span className="fr-badge fr-badge--sm fr-badge--no-icon fr-ml-1v" title={NO_POLYGON_LABEL}>sans contour</span>}
        </>
      ),
    },
    { id: "departement", label: "Département", value: (row) => row.departement },
    { id: "epci", label: "EPCI", value: (row) => row.epci },
    { id: "population", label: "Population", value: (row) => row.population, numeric: true },
    ...extra,
    { id: "facilitateurs", label: "Facilitateurs", value: (row) => row.facilitateurs.join(", ") },
  ];
}

function allCommunes(input: ListInput): ListModel<CommuneRow> {
  return {
    title: `Communes — ${where(input)}`,
    file: "communes",
    columns: [
      ...communeColumns(input.store, [{ id: "statut", label: "Statut", value: (row) => STATUS_LABELS[row.status] }]),
      // The communes re-created since 2018 have no polygon: counted by their code, never drawn.
      { id: "contour", label: "Contour", value: (row) => (row.geometry ? "oui" : NO_POLYGON_LABEL) },
    ],
    rows: communeRows(input.index, input.project, input.result, input.territory),
    rowKey: (row) => row.code,
    empty: "Aucune commune sur ce territoire.",
  };
}

function zonesBlanches(input: ListInput, status: CommuneStatus | undefined): ListModel<CommuneRow> {
  const kind = status === undefined ? "Communes en zone blanche" : `Communes en ${STATUS_LABELS[status].toLowerCase()}`;
  return {
    title: `${kind} — ${where(input)}`,
    file: "communes-zone-blanche",
    columns: communeColumns(input.store, status === undefined ? [{ id: "statut", label: "Zone blanche", value: (row) => STATUS_LABELS[row.status] }] : []),
    rows: zoneBlancheRows(input.index, input.project, input.result, input.territory, status),
    rowKey: (row) => row.code,
    empty: "Aucune commune en zone blanche sur ce territoire.",
  };
}

function perimetre(input: ListInput, facilitateurId: string): ListModel<CommuneRow & { extension: boolean }> {
  const f = input.project.facilitateurs.findIndex((item) => item.id === facilitateurId);
  const nom = input.project.facilitateurs[f]?.nom ?? facilitateurId;
  return {
    title: `Communes du périmètre de ${nom}`,
    file: "communes-perimetre",
    columns: communeColumns(input.store, [{ id: "extension", label: "Extension limitrophe", value: (row) => (row.extension ? "oui" : "non") }]),
    rows: f >= 0 ? perimeterRows(input.index, input.project, input.result, f) : [],
    rowKey: (row) => row.code,
    empty: "Ce périmètre ne contient aucune commune.",
  };
}

function acheteurs(input: ListInput, zoneBlancheOnly: boolean): ListModel<AcheteurRow> {
  return {
    title: `${zoneBlancheOnly ? "Acheteurs de l'État en zone blanche" : "Acheteurs de l'État"} — ${where(input)}`,
    file: zoneBlancheOnly ? "acheteurs-zone-blanche" : "acheteurs",
    columns: [
      { id: "nom", label: "Acheteur", value: (row) => row.acheteur.nom, render: (row) => <NameButton store={input.store} selection={{ kind: "acheteur", id: row.acheteur.id }}>{row.acheteur.nom}</NameButton> },
      { id: "type", label: "Type", value: (row) => ACHETEUR_TYPE_LABELS[row.acheteur.type] },
      { id: "commune", label: "Commune", value: (row) => (row.code ? `${row.commune} (${row.code})` : "non placé") },
      { id: "departement", label: "Département", value: (row) => row.departement },
      { id: "statut", label: "Couverture", value: (row) => (row.status === null ? "" : STATUS_LABELS[row.status]) },
      { id: "facilitateurs", label: "Facilitateurs", value: (row) => row.facilitateurs.join(", ") },
    ],
    rows: acheteurRows(input.index, input.project, input.result, input.links, input.territory, zoneBlancheOnly),
    rowKey: (row) => row.acheteur.id,
    empty: zoneBlancheOnly ? "Aucun acheteur de l'État en zone blanche sur ce territoire." : "Aucun acheteur de l'État sur ce territoire.",
  };
}

function posts(input: ListInput, coordinateurs: boolean): ListModel<{ facilitateur: Facilitateur; communes: number; structure: string }> {
  const structures = new Map(input.project.structures.map((s) => [s.id, s.nom]));
  const rows = input.project.facilitateurs.flatMap((facilitateur, f) =>
    isCoordinateur(facilitateur) === coordinateurs ? [{ facilitateur, communes: input.result.perimeters.offsets[f + 1]! - input.result.perimeters.offsets[f]!, structure: structures.get(facilitateur.structure) ?? facilitateur.structure }] : [],
  );
  return {
    title: coordinateurs ? "Coordinateurs régionaux" : "Facilitateurs",
    file: coordinateurs ? "coordinateurs" : "facilitateurs",
    columns: [
      { id: "nom", label: "Nom", value: (row) => row.facilitateur.nom, render: (row) => <NameButton store={input.store} selection={{ kind: "facilitateur", id: row.facilitateur.id }}>{row.facilitateur.nom}</NameButton> },
      { id: "structure", label: "Structure", value: (row) => row.structure },
      { id: "etp", label: "ETP", value: (row) => row.facilitateur.etp, render: (row) => formatEtp(row.facilitateur.etp), numeric: true },
      { id: "statut", label: "Statut", value: (row) => (row.facilitateur.statut === "en-poste" ? "en poste" : "poste vacant") },
      { id: "communes", label: "Communes", value: (row) => row.communes, numeric: true },
    ],
    rows,
    rowKey: (row) => row.facilitateur.id,
    empty: coordinateurs ? "Aucun coordinateur régional." : "Aucun facilitateur.",
  };
}

function structuresList(input: ListInput): ListModel<{ structure: Structure; posts: number; siege: string }> {
  const counts = new Map<string, number>();
  for (const f of input.project.facilitateurs) counts.set(f.structure, (counts.get(f.structure) ?? 0) + 1);
  const names = new Map(input.index.reference.communes.map((commune) => [commune.code, commune.nom]));
  return {
    title: "Structures porteuses",
    file: "structures",
    columns: [
      { id: "nom", label: "Structure", value: (row) => row.structure.nom, render: (row) => <NameButton store={input.store} selection={{ kind: "structure", id: row.structure.id }}>{row.structure.nom}</NameButton> },
      { id: "type", label: "Type", value: (row) => STRUCTURE_TYPE_LABELS[row.structure.type] },
      { id: "siege", label: "Siège", value: (row) => row.siege },
      { id: "postes", label: "Postes", value: (row) => row.posts, numeric: true },
    ],
    rows: input.project.structures.map((structure) => ({ structure, posts: counts.get(structure.id) ?? 0, siege: `${names.get(structure.communeSiege) || structure.communeSiege} (${structure.communeSiege})` })),
    rowKey: (row) => row.structure.id,
    empty: "Aucune structure.",
  };
}

function grandsProjets(input: ListInput): ListModel<{ projet: GrandProjet; summary: GrandProjetSummary | undefined }> {
  return {
    title: "Grands projets",
    file: "grands-projets",
    columns: [
      { id: "nom", label: "Grand projet", value: (row) => row.projet.nom, render: (row) => <NameButton store={input.store} selection={{ kind: "grand-projet", id: row.projet.id }}>{row.projet.nom}</NameButton> },
      { id: "type", label: "Type", value: (row) => GRAND_PROJET_TYPE_LABELS[row.projet.type] },
      { id: "periode", label: "Période", value: (row) => `${row.projet.periode.debut} – ${row.projet.periode.fin}` },
      { id: "communes", label: "Communes", value: (row) => row.summary?.communes ?? 0, numeric: true },
      { id: "couverture", label: "Population couverte", value: (row) => (row.summary ? formatShare(row.summary.coveredPopulation, row.summary.population) : "") },
      { id: "facilitateurs", label: "Facilitateurs", value: (row) => row.summary?.facilitateurs.length ?? 0, numeric: true },
    ],
    rows: input.project.grandsProjets.map((projet, g) => ({ projet, summary: input.result.grandsProjets[g] })),
    rowKey: (row) => row.projet.id,
    empty: "Aucun grand projet.",
  };
}

/** The model of `list` (its rows computed now). */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- each list has its own row type; DataTable is generic over it.
export function listModel(list: DataList, input: ListInput): ListModel<any> {
  switch (list.kind) {
    case "zones-blanches":
      return zonesBlanches(input, list.status);
    case "communes":
      return allCommunes(input);
    case "perimetre":
      return perimetre(input, list.facilitateurId);
    case "acheteurs":
      return acheteurs(input, list.zoneBlancheOnly ?? false);
    case "facilitateurs":
      return posts(input, false);
    case "coordinateurs":
      return posts(input, true);
    case "structures":
      return structuresList(input);
    case "grands-projets":
      return grandsProjets(input);
  }
}
