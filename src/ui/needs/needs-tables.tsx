// The needs' lists for DataTable: the call's bilan per région and département, and the
// State's contracts in zone blanche. Figures in contracts and euros HT; a contract shared
// between communes (postal code) counts for its share.
import type { ListedContract } from "../../domain/needs/needs-contracts.ts";
import { SOCIAL_BIT, SOCIAL_KINDS, SOCIAL_LABELS } from "../../domain/needs/decp-record.ts";
import type { NeedsRow } from "../../domain/needs/needs-territories.ts";
import type { Column } from "../tables/DataTable.tsx";
import { formatShare } from "../format.ts";

const round2 = (value: number) => Math.round(value * 100) / 100;
const NIVEAUX: Partial<Record<NeedsRow["niveau"], string>> = { national: "France", region: "Région", departement: "Département" };

export const BILAN_COLUMNS: Column<NeedsRow>[] = [
  { id: "niveau", label: "Niveau", value: (row) => NIVEAUX[row.niveau] ?? row.niveau },
  { id: "code", label: "Code", value: (row) => row.code },
  { id: "nom", label: "Territoire", value: (row) => row.nom },
  { id: "marches", label: "Marchés", value: (row) => round2(row.besoins.marches), numeric: true },
  { id: "montant", label: "Montant HT (€)", value: (row) => Math.round(row.besoins.montantHT), numeric: true },
  { id: "etat", label: "Marchés de l'État", value: (row) => round2(row.besoins.marchesEtat), numeric: true },
  {
    id: "part-sociale",
    label: "Part avec considération sociale",
    value: (row) => (row.besoins.marches > 0 ? Math.round((1000 * row.besoins.marchesAvecConsiderationSociale) / row.besoins.marches) / 1000 : null),
    render: (row) => formatShare(row.besoins.marchesAvecConsiderationSociale, row.besoins.marches),
    numeric: true,
  },
  { id: "sans-cs", label: "Au-dessus des seuils sans considération sociale", value: (row) => round2(row.besoins.marchesAuDessusDesSeuilsSansConsiderationSociale), numeric: true },
];

const socialText = (social: number) =>
  SOCIAL_KINDS.filter((kind) => (social & SOCIAL_BIT[kind]) !== 0)
    .map((kind) => SOCIAL_LABELS[kind])
    .join(", ") || "Aucune";

/** `communeName(code)`: the name of a commune, for the « Communes » column. */
export function stateContractColumns(communeName: (code: string) => string): Column<ListedContract>[] {
  return [
    { id: "date", label: "Notifié le", value: (row) => row.dateNotification },
    { id: "acheteur", label: "Acheteur", value: (row) => row.acheteurNom ?? row.acheteur },
    { id: "siret", label: "SIRET de l'acheteur", value: (row) => row.acheteur },
    { id: "id", label: "Identifiant du marché", value: (row) => row.id },
    { id: "montant", label: "Montant HT (€)", value: (row) => Math.round(row.montant), numeric: true },
    { id: "communes", label: "Commune(s)", value: (row) => row.communes.map((code) => `${communeName(code)} (${code})`).join(", ") },
    { id: "part", label: "Part en zone blanche", value: (row) => row.part, render: (row) => formatShare(row.part, 1), numeric: true },
    { id: "social", label: "Considération sociale", value: (row) => socialText(row.social) },
  ];
}

/** Key of a listed contract: buyer and id (unique after copies are set aside). */
export const contractKey = (row: ListedContract) => `${row.acheteur}|${row.id}`;
