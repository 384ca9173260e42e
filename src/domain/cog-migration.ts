/**
 * Mapping of former INSEE commune codes (e.g. the 2018 codes of the Admin Express
 * polygons, or codes found in old spreadsheets) to today's communes, from the official
 * COG as published by `@etalab/decoupage-administratif`.
 */

/** The subset of a COG commune record that the migration reads. */
export interface CogCommuneRecord {
  code: string;
  nom: string;
  type: string;
  chefLieu?: string;
  anciensCodes?: string[];
  /** For an arrondissement municipal (Paris, Lyon, Marseille): its commune. */
  commune?: string;
}

/** Why a code maps to the commune it maps to. */
export type MigrationReason = "same-code" | "commune-deleguee" | "commune-associee" | "arrondissement-municipal" | "ancien-code";

export interface CodeMigration {
  /** The code as it was given. */
  from: string;
  /** Today's commune code. */
  to: string;
  reason: MigrationReason;
}

export interface CodeMigrator {
  /** Today's code for `code`, or `undefined` when no current commune has or absorbed it. */
  migrate(code: string): CodeMigration | undefined;
  /** Codes of today's communes (type `commune-actuelle`). */
  readonly currentCodes: ReadonlySet<string>;
}

/**
 * Builds a migrator from the COG commune list. Precedence: a current code is kept as is;
 * a commune déléguée or associée goes to its `chefLieu`, an arrondissement municipal of
 * Paris, Lyon or Marseille to its commune; a code listed in a current commune's
 * `anciensCodes` goes to that commune.
 */
export function createCodeMigrator(cog: readonly CogCommuneRecord[]): CodeMigrator {
  const currentCodes = new Set<string>();
  const delegated = new Map<string, { to: string; reason: MigrationReason }>();
  const former = new Map<string, string>();
  for (const record of cog) {
    if (record.type === "commune-actuelle") currentCodes.add(record.code);
  }
  for (const record of cog) {
    if ((record.type === "commune-deleguee" || record.type === "commune-associee") && record.chefLieu) {
      delegated.set(record.code, {
        to: record.chefLieu,
        reason: record.type === "commune-deleguee" ? "commune-deleguee" : "commune-associee",
      });
    }
    if (record.type === "arrondissement-municipal" && record.commune) {
      delegated.set(record.code, { to: record.commune, reason: "arrondissement-municipal" });
    }
    if (record.type === "commune-actuelle") {
      for (const old of record.anciensCodes ?? []) {
        if (!currentCodes.has(old)) former.set(old, record.code);
      }
    }
  }
  return {
    currentCodes,
    migrate(code) {
      if (currentCodes.has(code)) return { from: code, to: code, reason: "same-code" };
      const viaChefLieu = delegated.get(code);
      if (viaChefLieu && currentCodes.has(viaChefLieu.to)) {
        return { from: code, to: viaChefLieu.to, reason: viaChefLieu.reason };
      }
      const viaFormer = former.get(code);
      if (viaFormer) return { from: code, to: viaFormer, reason: "ancien-code" };
      return undefined;
    },
  };
}
