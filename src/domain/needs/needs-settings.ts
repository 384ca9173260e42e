/**
 * The settings of the needs measure, in one place with their defaults: the European
 * thresholds by date, the State buyer rule, what counts as an anomaly, and the thresholds
 * of the measured zone blanche 3. Nothing of this is a constant elsewhere in the code.
 */

/** European procurement thresholds (€ HT) in force from `depuis` until the next period. */
export interface SeuilsEuropeens {
  /** AAAA-MM-JJ. */
  depuis: string;
  /** Works (CPV 45…), every buyer. */
  travaux: number;
  /** Supplies and services of central State buyers. */
  fournituresServicesEtat: number;
  /** Supplies and services of the other buyers. */
  fournituresServicesAutres: number;
}

/**
 * The thresholds of 2024–2025 and of 2026 (Commission regulations, published in the Journal
 * officiel). A contract notified before the first period is judged by the first period.
 */
export const DEFAULT_SEUILS_EUROPEENS: readonly SeuilsEuropeens[] = Object.freeze([
  { depuis: "2024-01-01", travaux: 5_538_000, fournituresServicesEtat: 143_000, fournituresServicesAutres: 221_000 },
  { depuis: "2026-01-01", travaux: 5_404_000, fournituresServicesEtat: 140_000, fournituresServicesAutres: 216_000 },
]);

/**
 * Thresholds of the measured zone blanche 3 (capacity short of measured needs), over the
 * window (12 months by default). Order of magnitude: an ETP works about 1,600 hours a year;
 * a contract followed with a social consideration takes about two days (15 hours: writing
 * the clause with the buyer, reading the offers, following the hours), so one ETP follows
 * about 100 contracts a year; the State's contracts are about half of a facilitator's work.
 */
export interface SeuilsBesoins {
  /** Maximum State contracts per ETP of the facilitators serving a commune. */
  marchesEtatParEtp: number;
  /** Maximum contracts above the European thresholds per ETP (those the loi Climat et résilience makes carry a social consideration). */
  marchesAuDessusDesSeuilsParEtp: number;
}

export const DEFAULT_SEUILS_BESOINS: Readonly<SeuilsBesoins> = Object.freeze({ marchesEtatParEtp: 50, marchesAuDessusDesSeuilsParEtp: 100 });

export interface NeedsSettings {
  seuilsEuropeens: readonly SeuilsEuropeens[];
  /**
   * State buyers: by default those whose SIREN (the SIRET's first 9 digits) starts with
   * `prefixeSirenEtat` (INSEE numbers the State and its national bodies 1…, local
   * authorities 2…). A list (SIREN or SIRET) replaces that rule when given.
   */
  prefixeSirenEtat: string;
  acheteursEtat: readonly string[] | null;
  /** Amounts at or under `montantMinimum`, or at or over `montantMaximum`, are anomalies (€ HT). */
  montantMinimum: number;
  montantMaximum: number;
  /** Notification dates before this one are anomalies (AAAA-MM-JJ). */
  dateMinimum: string;
  seuilsBesoins: SeuilsBesoins;
}

export const DEFAULT_NEEDS_SETTINGS: Readonly<NeedsSettings> = Object.freeze({
  seuilsEuropeens: DEFAULT_SEUILS_EUROPEENS,
  prefixeSirenEtat: "1",
  acheteursEtat: null,
  montantMinimum: 1,
  montantMaximum: 10_000_000_000,
  dateMinimum: "2000-01-01",
  seuilsBesoins: DEFAULT_SEUILS_BESOINS,
});

/** The settings with `overrides` applied over the defaults. */
export function resolveNeedsSettings(overrides: Partial<NeedsSettings> = {}): NeedsSettings {
  return { ...DEFAULT_NEEDS_SETTINGS, ...overrides };
}
