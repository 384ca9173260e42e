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

/**
 * A former code the COG maps two ways: the `chefLieu` of a commune déléguée or associée,
 * and the `anciensCodes` of one or more current communes (60455 La Neuville-Garnier: chef-lieu
 * 60694, yet listed by 60054). `chosen` is where `migrate` sends it, and why.
 */
export interface CodeAmbiguity {
  code: string;
  /** Name of the commune déléguée or associée, when it is one. */
  nom: string | null;
  chefLieu: string | null;
  /** Current communes listing the code in their `anciensCodes`. */
  anciensCodesDe: string[];
  chosen: string;
  reason: string;
}

export interface CodeMigrator {
  /** Today's code for `code`, or `undefined` when no current commune has or absorbed it. */
  migrate(code: string): CodeMigration | undefined;
  /** Codes of today's communes (type `commune-actuelle`). */
  readonly currentCodes: ReadonlySet<string>;
  /** Former codes the COG maps two ways, with the choice `migrate` makes (by code). */
  readonly ambiguities: readonly CodeAmbiguity[];
}

/**
 * Builds a migrator from the COG commune list. Precedence: a current code is kept as is;
 * a commune déléguée or associée goes to its `chefLieu`, an arrondissement municipal of
 * Paris, Lyon or Marseille to its commune; a code listed in a current commune's
 * `anciensCodes` goes to that commune.
 */
export function createCodeMigrator(cog: readonly CogCommuneRecord[]): CodeMigrator {
  const currentCodes = new Set<string>();
  const delegated = new Map<string, { to: string; reason: MigrationReason; nom: string }>();
  const former = new Map<string, string>();
  const formerOwners = new Map<string, string[]>();
  for (const record of cog) {
    if (record.type === "commune-actuelle") currentCodes.add(record.code);
  }
  for (const record of cog) {
    if ((record.type === "commune-deleguee" || record.type === "commune-associee") && record.chefLieu) {
      delegated.set(record.code, {
        to: record.chefLieu,
        reason: record.type === "commune-deleguee" ? "commune-deleguee" : "commune-associee",
        nom: record.nom,
      });
    }
    if (record.type === "arrondissement-municipal" && record.commune) {
      delegated.set(record.code, { to: record.commune, reason: "arrondissement-municipal", nom: record.nom });
    }
    if (record.type === "commune-actuelle") {
      for (const old of record.anciensCodes ?? []) {
        if (currentCodes.has(old)) continue;
        if (!former.has(old)) former.set(old, record.code);
        formerOwners.set(old, [...(formerOwners.get(old) ?? []), record.code]);
      }
    }
  }
  const ambiguities: CodeAmbiguity[] = [];
  for (const [code, owners] of formerOwners) {
    const viaChefLieu = delegated.get(code);
    const chefLieu = viaChefLieu && currentCodes.has(viaChefLieu.to) ? viaChefLieu.to : null;
    const others = owners.filter((owner) => owner !== chefLieu);
    if (others.length === 0 || (chefLieu === null && owners.length === 1)) continue;
    ambiguities.push({
      code,
      nom: viaChefLieu?.nom ?? null,
      chefLieu,
      anciensCodesDe: owners,
      chosen: chefLieu ?? owners[0]!,
      reason: chefLieu
        ? `chef-lieu de la commune déléguée ou associée (priorité au COG de la commune elle-même) ; aussi dans les anciensCodes de ${others.join(", ")}`
        : `listé dans les anciensCodes de plusieurs communes (${owners.join(", ")}) : la première dans l'ordre du COG est retenue`,
    });
  }
  ambiguities.sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));
  return {
    currentCodes,
    ambiguities,
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
