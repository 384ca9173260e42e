/**
 * Obvious anomalies of a contract, which leave it out of every sum: an amount at or under
 * 1 € or at or over 10 billion € (settings), no readable amount, no readable notification
 * date, a date before 2000, data published before the contract was notified, a
 * notification later than the file's latest publication, no SIRET or id to tell it apart.
 */
import { NO_DAY, type ContractStore } from "./contract-store.ts";
import { dayNumber, frenchDate, isoDate } from "./dates.ts";

const shown = (day: number) => frenchDate(isoDate(day));
import type { NeedsSettings } from "./needs-settings.ts";

const euros = (amount: number) => `${amount.toLocaleString("fr-FR", { maximumFractionDigits: 2 })} €`;

/** Finds the anomalies of the store's contracts. */
export class AnomalyCheck {
  private readonly dateMinimum: number;
  /** The file's date: its latest publication date, or NO_DAY when it gives none. */
  readonly fileDay: number;

  constructor(
    private readonly store: ContractStore,
    private readonly settings: Pick<NeedsSettings, "montantMinimum" | "montantMaximum" | "dateMinimum">,
  ) {
    this.dateMinimum = dayNumber(settings.dateMinimum) ?? NO_DAY;
    let latest = NO_DAY;
    for (let slot = 0; slot < store.size; slot++) latest = Math.max(latest, store.publication[slot]!);
    this.fileDay = latest;
  }

  /** Why contract `slot` is left out of the sums, in French (reasons joined by « ; »), or undefined when it counts. */
  reasonOf(slot: number): string | undefined {
    const { store, settings } = this;
    const reasons: string[] = [];
    if (!store.identified(slot)) reasons.push("SIRET de l'acheteur ou identifiant du marché absent : unicité invérifiable");
    const amount = store.montant[slot]!;
    if (Number.isNaN(amount)) reasons.push("montant absent ou illisible");
    else if (amount <= settings.montantMinimum) reasons.push(`montant de ${euros(amount)}, inférieur ou égal à ${euros(settings.montantMinimum)} : manifestement faux`);
    else if (amount >= settings.montantMaximum) reasons.push(`montant de ${euros(amount)}, supérieur ou égal à ${euros(settings.montantMaximum)} : manifestement faux`);
    const notified = store.notification[slot]!;
    const published = store.publication[slot]!;
    if (notified === NO_DAY) reasons.push("date de notification absente ou illisible");
    else if (notified < this.dateMinimum) reasons.push(`date de notification ${shown(notified)} antérieure au ${frenchDate(settings.dateMinimum)} : impossible`);
    else if (published !== NO_DAY && published < notified) reasons.push(`données publiées le ${shown(published)}, avant la notification du ${shown(notified)} : dates impossibles`);
    else if (this.fileDay !== NO_DAY && notified > this.fileDay) reasons.push(`date de notification ${shown(notified)} postérieure à la dernière publication du fichier (${shown(this.fileDay)}) : impossible`);
    return reasons.length > 0 ? reasons.join(" ; ") : undefined;
  }
}
