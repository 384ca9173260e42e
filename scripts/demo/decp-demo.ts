// A fictional DECP consolidated table (CSV, one row per contract, holder and state), as
// decp.info and data.economie.gouv.fr publish them: buyers, holders and contracts invented
// (every buyer and object says « fictif »), places real (communes drawn by population, some
// by postal code, département or région, some without place), a few obvious anomalies,
// modified contracts and several holders. Deterministic: the same rows for the same seed.
// The demo writes a small one for the app; tests and `npm run bench:besoins` a large one.
import { addMonths, dayNumber, isoDate } from "../../src/domain/needs/dates.ts";
import type { ReferenceData } from "../../src/domain/territory-reference.ts";
import { seededRandom, type Random } from "./prng.ts";

export const DECP_DEMO_COLUMNS = [
  "uid",
  "id",
  "nature",
  "objet",
  "acheteur_id",
  "acheteur_nom",
  "titulaire_id",
  "montant",
  "codeCPV",
  "dureeMois",
  "dateNotification",
  "datePublicationDonnees",
  "considerationsSociales",
  "lieuExecution_code",
  "lieuExecution_typeCode",
  "modification_id",
  "donneesActuelles",
] as const;

export interface DecpDemoOptions {
  /** Rows to write (about; the last contract may add one or two). */
  rows: number;
  seed: string;
  /** The last notification date (AAAA-MM-JJ); contracts are notified over the 12 months up to it. */
  au: string;
}

/** What was written, for the tests: the contracts a reader must count (anomalies and copies aside). */
export interface DecpDemoTally {
  rows: number;
  contracts: number;
  anomalies: number;
  concessions: number;
}

const SOCIAL = ["Clause sociale", "Critère social", "Marché réservé", "Clause sociale, Critère social"];
const CPV = ["45210000", "45233140", "45453000", "90910000", "79710000", "72000000", "55523100", "34144900", "77310000", "71000000"];

/** A commune drawn by population (cumulative sums, binary search). */
function communePicker(reference: ReferenceData): (random: Random) => number {
  const cumulative = new Float64Array(reference.communes.length);
  let sum = 0;
  reference.communes.forEach((commune, c) => {
    sum += commune.population;
    cumulative[c] = sum;
  });
  return (random) => {
    const target = random.next() * sum;
    let low = 0;
    let high = cumulative.length - 1;
    while (low < high) {
      const middle = (low + high) >> 1;
      if (cumulative[middle]! <= target) low = middle + 1;
      else high = middle;
    }
    return low;
  };
}

const siret = (prefix: string, n: number) => `${prefix}${String(n).padStart(13 - prefix.length, "0")}1`;

/** The CSV text of the table, row by row (header first, CRLF line ends), and the tally once done. */
export function* generateDecpDemo(reference: ReferenceData, options: DecpDemoOptions): Generator<string, DecpDemoTally> {
  const random = seededRandom(options.seed);
  const pick = communePicker(reference);
  const last = dayNumber(options.au)!;
  const first = addMonths(last, -12) + 1;
  const tally: DecpDemoTally = { rows: 0, contracts: 0, anomalies: 0, concessions: 0 };
  yield `${DECP_DEMO_COLUMNS.join(";")}\r\n`;
  for (let n = 1; tally.rows < options.rows; n++) {
    const c = pick(random);
    const commune = reference.communes[c]!;
    const state = random.chance(0.15);
    // Buyers: a few hundred State services, some thousands of local authorities, numbered by département.
    const buyerNumber = state ? random.integer(400) : Number(commune.departement.replace(/\D/g, "") || "20") * 100 + random.integer(60);
    const buyer = state ? siret("13", buyerNumber) : siret(random.pick(["21", "22", "25", "26"]), buyerNumber);
    const buyerName = state ? `Service de l'État fictif n° ${buyerNumber}` : `Acheteur public fictif n° ${buyerNumber}`;
    const id = `F${String(n).padStart(9, "0")}`;
    const notified = first + random.integer(last - first + 1);
    const published = Math.min(notified + 1 + random.integer(20), last + 30);
    let amount = Math.round(40_000 * Math.exp(random.next() * random.next() * 6) * 100) / 100;
    let anomaly = false;
    if (random.chance(0.002)) {
      amount = random.pick([0, 1, 1e17]);
      anomaly = true;
    }
    const works = random.chance(0.3);
    const cpv = works ? random.pick(CPV.slice(0, 3)) : random.pick(CPV.slice(3));
    const social = random.chance(0.14) ? random.pick(SOCIAL) : "Pas de considération sociale";
    const where = random.next();
    const [code, type] =
      where < 0.72 ? [commune.code, "Code commune"] : where < 0.92 && commune.codesPostaux.length > 0 ? [random.pick(commune.codesPostaux), "Code postal"] : where < 0.96 ? [commune.departement, "Code département"] : where < 0.98 ? [commune.region, "Code région"] : ["", ""];
    const concession = random.chance(0.003);
    const holders = 1 + (random.chance(0.25) ? 1 + random.integer(2) : 0);
    const modified = !concession && random.chance(0.1);
    const write = (montant: number, modification: string, actuel: string, holder: number) => {
      const cells = [
        buyer + id,
        id,
        concession ? "Concession de service" : "Marché",
        `Marché fictif n° ${n} (démonstration)`,
        buyer,
        buyerName,
        siret("4", n * 3 + holder),
        String(montant),
        cpv,
        random.chance(0.05) ? "NC" : String(6 + random.integer(43)),
        isoDate(notified),
        isoDate(published),
        social,
        code,
        type,
        modification,
        actuel,
      ];
      tally.rows++;
      return `${cells.join(";")}\r\n`;
    };
    let text = "";
    if (modified) for (let h = 0; h < holders; h++) text += write(amount, "", "non", h);
    const current = modified && !anomaly ? Math.round(amount * (1 + random.next() * 0.2) * 100) / 100 : amount;
    for (let h = 0; h < holders; h++) text += write(current, modified ? "1" : "", "oui", h);
    if (concession) tally.concessions++;
    else if (anomaly) tally.anomalies++;
    else tally.contracts++;
    yield text;
  }
  return tally;
}
