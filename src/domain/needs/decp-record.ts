/**
 * One contract (marché) as a DECP reader hands it over, its values cleaned: amounts as
 * numbers, dates as AAAA-MM-JJ, « NC » and empty cells as null, social considerations as
 * bits. The readers (src/io/decp-json.ts, src/io/decp-table.ts) make them; the contract
 * store (contract-store.ts) keeps one per contract, its current state.
 */

/** Kinds of social consideration of the DECP, as bits of `DecpRecord.social`. */
export const SOCIAL_KINDS = ["clauseSociale", "critereSocial", "marcheReserve"] as const;
export type SocialKind = (typeof SOCIAL_KINDS)[number];

export const SOCIAL_BIT: Record<SocialKind, number> = { clauseSociale: 1, critereSocial: 2, marcheReserve: 4 };

/** The DECP's own words for each kind. */
export const SOCIAL_LABELS: Record<SocialKind, string> = {
  clauseSociale: "Clause sociale",
  critereSocial: "Critère social",
  marcheReserve: "Marché réservé",
};

/** Where a record was read: a line of a table, or an element of a JSON document. */
export interface RecordSource {
  /** Line of the file (1-based) where the row or the JSON element starts. */
  line: number;
  /** JSON: the element's path, e.g. `marches.marche[12]`. */
  path?: string;
}

export interface DecpRecord extends RecordSource {
  /** The buyer's SIRET (14 digits) as given, spaces and dots removed; "" when absent. */
  acheteurId: string;
  acheteurNom?: string;
  /** INSEE code of the buyer's commune, when the file gives it (consolidated tables). */
  acheteurCommune?: string;
  /** The buyer's own id of the contract (1 to 16 characters); "" when absent. */
  id: string;
  /** Amount HT of the current state, €; null when absent or unreadable. */
  montant: number | null;
  /** AAAA-MM-JJ, a real calendar date, or null. */
  dateNotification: string | null;
  datePublication: string | null;
  /** Eight digits (check digit off), or null. */
  codeCPV: string | null;
  /** `lieuExecution.code`, trimmed, or null. */
  lieuCode: string | null;
  /** `lieuExecution.typeCode` as written (« Code postal »…), or null. */
  lieuType: string | null;
  /** Bits of SOCIAL_BIT; 0 for « Pas de considération sociale » or nothing said. */
  social: number;
  /** Rank of the state: 0 as notified, n after the n-th modification. */
  etat: number;
  /** True when the file marks this row as the contract's current state (`donneesActuelles`). */
  actuel?: boolean;
}

/** The key a contract is unique by: buyer SIRET and the buyer's id. */
export function contractKey(record: Pick<DecpRecord, "acheteurId" | "id">): string {
  return `${record.acheteurId}|${record.id}`;
}

/** The SIRET and id back from a key. */
export function splitContractKey(key: string): { acheteurId: string; id: string } {
  const bar = key.indexOf("|");
  return { acheteurId: key.slice(0, bar), id: key.slice(bar + 1) };
}
