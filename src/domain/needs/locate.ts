/**
 * Where a contract is done, from its `lieuExecution` (code and type of code), on today's
 * territory: one commune, several communes sharing it (a postal code naming several), a
 * département, a région, or nowhere (« non localisé », with the reason).
 *
 * Sharing: a contract whose postal code names several communes is split among them in
 * proportion to their population (evenly when none has habitants). The split is made in
 * hundredths of a contract, by largest remainder, so the shares of one contract add up to
 * exactly 100 hundredths and every total stays exact (see `apportion`).
 */
import { formerCommune, type TerritoryIndex } from "../territory-index.ts";

export type Placement =
  | { level: "commune"; communes: Int32Array; hundredths: Int32Array }
  | { level: "departement"; departement: number }
  | { level: "region"; region: number }
  | { level: "none"; reason: string };

/** Hundredths of a contract: the unit of the commune shares. */
export const HUNDREDTHS = 100;

/** Régions before 2016 (COG codes) → today's région. */
const FORMER_REGIONS: Readonly<Record<string, string>> = {
  "21": "44", "22": "32", "23": "28", "25": "28", "26": "27", "31": "32", "41": "44", "42": "44",
  "43": "27", "54": "75", "72": "75", "73": "76", "74": "75", "82": "84", "83": "84", "91": "76",
};

/**
 * Splits `total` units in proportion to `weights` (largest remainder, ties to the first):
 * the parts are integers and add up to `total` exactly.
 */
export function apportion(total: number, weights: ArrayLike<number>): Int32Array {
  const n = weights.length;
  let sum = 0;
  for (let k = 0; k < n; k++) sum += weights[k]!;
  const parts = new Int32Array(n);
  const rests = new Float64Array(n);
  let given = 0;
  for (let k = 0; k < n; k++) {
    const raw = sum > 0 ? (total * weights[k]!) / sum : total / n;
    parts[k] = Math.floor(raw);
    rests[k] = raw - parts[k]!;
    given += parts[k]!;
  }
  const order = Array.from({ length: n }, (_, k) => k).sort((a, b) => rests[b]! - rests[a]! || a - b);
  for (let k = 0; given < total; k++, given++) parts[order[k % n]!]!++;
  return parts;
}

const normalizeType = (type: string) =>
  type
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z]/g, "");

/** Locates contracts on one territory index; placements are cached by (type, code). */
export class Locator {
  private readonly cache = new Map<string, Placement>();
  private postal: Map<string, Int32Array> | undefined;

  constructor(private readonly index: TerritoryIndex) {}

  /** The placement of a `lieuExecution`. */
  locate(code: string | null, type: string | null): Placement {
    const key = `${type ?? ""}|${code ?? ""}`;
    let placement = this.cache.get(key);
    if (!placement) {
      placement = this.resolve((code ?? "").trim().toUpperCase().replace(/\s/g, ""), normalizeType(type ?? ""));
      this.cache.set(key, placement);
    }
    return placement;
  }

  private resolve(code: string, type: string): Placement {
    if (code === "") return none("lieu d'exécution non renseigné");
    switch (type) {
      case "codepostal":
        return this.byPostalCode(code) ?? this.byCommuneCode(code) ?? this.byRoundPostalCode(code) ?? none(`code postal ${code} inconnu`);
      case "codecommune":
        return this.byCommuneCode(code) ?? this.byPostalCode(code) ?? none(`code commune ${code} inconnu du COG`);
      case "codearrondissement":
        return this.byCommuneCode(code) ?? this.byArrondissement(code) ?? none(`code d'arrondissement ${code} inconnu`);
      case "codecanton":
        return this.byCanton(code) ?? none(`code de canton ${code} inconnu`);
      case "codedepartement":
        return this.byDepartement(code) ?? none(`code de département ${code} inconnu`);
      case "coderegion":
        return this.byRegion(code) ?? none(`code de région ${code} inconnu`);
      case "codepays":
        return none(/^(FR|FRA|FRANCE)$/.test(code) ? "lieu d'exécution : la France entière (code pays)" : `lieu d'exécution hors de France (code pays ${code})`);
      default:
        // No type, or one the schema does not have: guess from the code's shape.
        return this.byCommuneCode(code) ?? this.byPostalCode(code) ?? (code.length <= 3 ? this.byDepartement(code) : undefined) ?? none(`type de code « ${type || "absent"} » et code ${code} non reconnus`);
    }
  }

  private communes(list: readonly number[]): Placement {
    const communes = Int32Array.from(list);
    const weights = Float64Array.from(communes, (c) => this.index.population[c]!);
    return { level: "commune", communes, hundredths: apportion(HUNDREDTHS, weights) };
  }

  /** An INSEE commune code, today's or a former one (commune déléguée, associée, absorbed, arrondissement municipal); 4 digits get their leading zero back. */
  private byCommuneCode(raw: string): Placement | undefined {
    const code = /^\d{4}$/.test(raw) ? `0${raw}` : raw;
    const current = this.index.communeIndex.get(code);
    if (current !== undefined) return this.communes([current]);
    const former = formerCommune(this.index, code);
    const to = former ? this.index.communeIndex.get(former.to) : undefined;
    return to === undefined ? undefined : this.communes([to]);
  }

  private byPostalCode(raw: string): Placement | undefined {
    const code = /^\d{4}$/.test(raw) ? `0${raw}` : raw;
    if (!this.postal) {
      const lists = new Map<string, number[]>();
      this.index.reference.communes.forEach((commune, c) => {
        for (const postal of commune.codesPostaux) {
          const list = lists.get(postal);
          if (list) list.push(c);
          else lists.set(postal, [c]);
        }
      });
      this.postal = new Map([...lists].map(([postal, list]) => [postal, Int32Array.from(list)]));
    }
    const communes = this.postal.get(code);
    return communes ? this.communes([...communes]) : undefined;
  }

  /** « 75000 », « 13000 »: a postal code La Poste does not have, written for a whole département. */
  private byRoundPostalCode(code: string): Placement | undefined {
    const match = /^(\d\d)000$/.exec(code) ?? /^(97\d)00$/.exec(code);
    return match ? this.byDepartement(match[1]!) : undefined;
  }

  /** An arrondissement départemental (département code and one digit) → its département. */
  private byArrondissement(code: string): Placement | undefined {
    if (!/^(\d\d|2[AB]|97\d)\d$/.test(code)) return undefined;
    return this.byDepartement(code.slice(0, -1));
  }

  /** A canton (département code and two digits) → its département. */
  private byCanton(code: string): Placement | undefined {
    const match = /^(97\d|\d\d|2[AB])\d\d$/.exec(code);
    return match ? this.byDepartement(match[1]!) : undefined;
  }

  private byDepartement(raw: string): Placement | undefined {
    const code = /^\d$/.test(raw) ? `0${raw}` : raw;
    // « 20 »: Corsica before 1976, now two départements of one région.
    if (code === "20") return this.byRegion("94");
    const d = this.index.departementIndex.get(code);
    return d === undefined ? undefined : { level: "departement", departement: d };
  }

  private byRegion(raw: string): Placement | undefined {
    const padded = /^\d$/.test(raw) ? `0${raw}` : raw;
    const code = FORMER_REGIONS[padded] ?? padded;
    const r = this.index.regionIndex.get(code);
    return r === undefined ? undefined : { level: "region", region: r };
  }
}

function none(reason: string): Placement {
  return { level: "none", reason };
}
