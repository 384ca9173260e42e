/**
 * The contracts of one or several DECP files, each once: unique by buyer SIRET and id,
 * its current state kept. Held in typed arrays (a few dozen bytes a contract) so that a
 * national file of a million rows fits in memory; fed one record at a time by a streaming
 * reader.
 *
 * Which state wins: a row the file marks current (`donneesActuelles`) over one it does not,
 * else the later modification, else the first read. In a consolidated table the rows of one
 * state (one per holder) are one contract; in a JSON file a second publication of the same
 * contract is a duplicate. What loses is set aside (`asides`), never counted.
 */
import { isWorks } from "./classify.ts";
import { contractKey, type DecpRecord } from "./decp-record.ts";
import { dayNumber } from "./dates.ts";

/** A day number standing for « no date ». */
export const NO_DAY = -2_147_483_648;

/** Why a record was set aside: another publication of a state already read, or an earlier state of the contract. */
export type AsideReason = "doublon" | "etat-anterieur";

export type SourceKind = "table" | "json";

export interface SetAside {
  /** Slot of the contract it belongs to. */
  slot: number;
  reason: AsideReason;
  file: number;
  line: number;
  path?: string;
  etat: number;
}

const GROWTH = 2;

function grown<T extends Float64Array | Int32Array | Uint8Array>(array: T, size: number): T {
  if (size <= array.length) return array;
  const next = new (array.constructor as new (length: number) => T)(Math.max(size, array.length * GROWTH));
  next.set(array);
  return next;
}

export class ContractStore {
  /** File names, as the set-aside entries and the anomalies name them. */
  readonly files: string[] = [];
  /** `contractKey` of each slot; keys of contracts without SIRET or id are unique placeholders starting with `\u0000`. */
  readonly keys: string[] = [];
  montant = new Float64Array(1024);
  notification = new Int32Array(1024);
  publication = new Int32Array(1024);
  etat = new Int32Array(1024);
  actuel = new Uint8Array(1024);
  social = new Uint8Array(1024);
  works = new Uint8Array(1024);
  buyer = new Int32Array(1024);
  place = new Int32Array(1024);
  file = new Int32Array(1024);
  line = new Int32Array(1024);
  /** JSON paths of the slots read from JSON. */
  readonly paths = new Map<number, string>();
  /** Distinct buyers (SIRET), with the name and commune the file gives. */
  readonly buyers: { siret: string; nom?: string; commune?: string }[] = [];
  /** Distinct places: `lieuExecution` code and type. */
  readonly places: { code: string | null; type: string | null }[] = [];
  readonly asides: SetAside[] = [];
  /** Table rows that repeat a state already read (one row per holder). */
  holderRows = 0;
  private readonly slots = new Map<string, number>();
  private readonly buyerIndex = new Map<string, number>();
  /** Place index by type, then by code. */
  private readonly placeIndex = new Map<string | null, Map<string | null, number>>();

  get size(): number {
    return this.keys.length;
  }

  /** Registers a file; its index goes with the records read from it. */
  addFile(name: string): number {
    this.files.push(name);
    return this.files.length - 1;
  }

  /** Adds one record read from file `file`. */
  add(record: DecpRecord, file: number, kind: SourceKind): void {
    const identified = record.acheteurId !== "" && record.id !== "";
    const key = identified ? contractKey(record) : `\u0000${this.keys.length}`;
    const slot = this.slots.get(key);
    if (slot === undefined) {
      this.write(this.keys.length, record, file, key);
      return;
    }
    const actuel = Boolean(record.actuel);
    const keptActuel = this.actuel[slot] === 1;
    const sameState = record.etat === this.etat[slot] && actuel === keptActuel;
    if (sameState && kind === "table") {
      this.holderRows++;
      return;
    }
    const wins = actuel !== keptActuel ? actuel : record.etat > this.etat[slot]!;
    const reason: AsideReason = record.etat === this.etat[slot] ? "doublon" : "etat-anterieur";
    if (wins) {
      this.asides.push({ slot, reason, file: this.file[slot]!, line: this.line[slot]!, etat: this.etat[slot]!, ...(this.paths.has(slot) && { path: this.paths.get(slot)! }) });
      this.write(slot, record, file, key);
    } else {
      this.asides.push({ slot, reason, file, line: record.line, etat: record.etat, ...(record.path !== undefined && { path: record.path }) });
    }
  }

  /** True when the slot's contract has a SIRET and an id. */
  identified(slot: number): boolean {
    return !this.keys[slot]!.startsWith("\u0000");
  }

  private write(slot: number, record: DecpRecord, file: number, key: string): void {
    if (slot === this.keys.length) {
      const size = slot + 1;
      this.montant = grown(this.montant, size);
      this.notification = grown(this.notification, size);
      this.publication = grown(this.publication, size);
      this.etat = grown(this.etat, size);
      this.actuel = grown(this.actuel, size);
      this.social = grown(this.social, size);
      this.works = grown(this.works, size);
      this.buyer = grown(this.buyer, size);
      this.place = grown(this.place, size);
      this.file = grown(this.file, size);
      this.line = grown(this.line, size);
      this.keys.push(key);
      this.slots.set(key, slot);
    }
    this.montant[slot] = record.montant ?? Number.NaN;
    this.notification[slot] = record.dateNotification === null ? NO_DAY : (dayNumber(record.dateNotification) ?? NO_DAY);
    this.publication[slot] = record.datePublication === null ? NO_DAY : (dayNumber(record.datePublication) ?? NO_DAY);
    this.etat[slot] = record.etat;
    this.actuel[slot] = record.actuel ? 1 : 0;
    this.social[slot] = record.social;
    this.works[slot] = isWorks(record.codeCPV) ? 1 : 0;
    this.buyer[slot] = this.internBuyer(record);
    this.place[slot] = this.internPlace(record.lieuCode, record.lieuType);
    this.file[slot] = file;
    this.line[slot] = record.line;
    if (record.path !== undefined) this.paths.set(slot, record.path);
    else this.paths.delete(slot);
  }

  private internBuyer(record: DecpRecord): number {
    let b = this.buyerIndex.get(record.acheteurId);
    if (b === undefined) {
      b = this.buyers.length;
      this.buyers.push({ siret: record.acheteurId });
      this.buyerIndex.set(record.acheteurId, b);
    }
    const buyer = this.buyers[b]!;
    if (buyer.nom === undefined && record.acheteurNom !== undefined) buyer.nom = record.acheteurNom;
    if (buyer.commune === undefined && record.acheteurCommune !== undefined) buyer.commune = record.acheteurCommune;
    return b;
  }

  private internPlace(code: string | null, type: string | null): number {
    let byCode = this.placeIndex.get(type);
    if (!byCode) {
      byCode = new Map();
      this.placeIndex.set(type, byCode);
    }
    let p = byCode.get(code);
    if (p === undefined) {
      p = this.places.length;
      this.places.push({ code, type });
      byCode.set(code, p);
    }
    return p;
  }
}

/** A store of the records of one or more files read whole (the app: a région's extract, or several). */
export function storeOfReadings(readings: readonly { file: string; kind: SourceKind; records: readonly DecpRecord[] }[]): ContractStore {
  const store = new ContractStore();
  for (const reading of readings) {
    const file = store.addFile(reading.file);
    for (const record of reading.records) store.add(record, file, reading.kind);
  }
  return store;
}
