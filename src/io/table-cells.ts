/**
 * Cell values of a spreadsheet row, read the way French coordinators write them: « 0,5 »
 * ETP, « poste vacant », « oui », « 15/09/2025 », several e-mail addresses in one cell.
 * Each reader returns undefined for an empty cell and a `{ error }` for a value it cannot
 * accept, with the reason in French.
 */
import { normalizeName } from "../domain/commune-search.ts";
import { STRUCTURE_TYPES, STRUCTURE_TYPE_LABELS, type Contact, type ContactType, type FacilitateurRole, type FacilitateurStatut, type StructureType } from "../domain/model.ts";
import { isIsoDate } from "./field-reader.ts";
import { lookupWord } from "./word-table.ts";

export type CellRead<T> = T | { error: string };

export const isCellError = <T>(value: CellRead<T>): value is { error: string } => typeof value === "object" && value !== null && "error" in value;

/** ETP with a decimal comma or point, or a percentage (« 50 % » = 0,5 ETP). */
export function readEtp(text: string): CellRead<number> {
  const compact = text.replace(/\s/g, "");
  const match = /^(\d+(?:[.,]\d+)?)(%?)$/.exec(compact);
  if (!match) return { error: "nombre d'ETP attendu (par exemple 0,5 ou 1), trouvé une autre valeur" };
  const value = Number(match[1]!.replace(",", "."));
  return match[2] ? value / 100 : value;
}

const STATUTS: Record<string, FacilitateurStatut> = {
  "en poste": "en-poste",
  pourvu: "en-poste",
  actif: "en-poste",
  occupe: "en-poste",
  vacant: "poste-vacant",
  "poste vacant": "poste-vacant",
  "a pourvoir": "poste-vacant",
  "en recrutement": "poste-vacant",
};

export function readStatut(text: string): CellRead<FacilitateurStatut> {
  return lookupWord(STATUTS, normalizeName(text)) ?? { error: "statut inconnu ; valeurs possibles : en poste, poste vacant" };
}

const ROLES: Record<string, FacilitateurRole> = {
  facilitateur: "facilitateur",
  facilitatrice: "facilitateur",
  "facilitateur trice": "facilitateur",
  "coordinateur regional": "coordinateur-regional",
  "coordinatrice regionale": "coordinateur-regional",
  "coordinateur trice regional e": "coordinateur-regional",
  "coordination regionale": "coordinateur-regional",
};

export function readRole(text: string): CellRead<FacilitateurRole> {
  return lookupWord(ROLES, normalizeName(text)) ?? { error: "rôle inconnu ; valeurs possibles : facilitateur, coordinateur régional" };
}

const YES = new Set(["oui", "o", "x", "1", "vrai", "true", "yes", "extension", "extension limitrophe"]);
const NO = new Set(["non", "n", "0", "faux", "false", "no"]);

/** « oui » / « non » and their usual spellings. */
export function readYesNo(text: string): CellRead<boolean> {
  const value = normalizeName(text);
  if (YES.has(value)) return true;
  if (NO.has(value)) return false;
  return { error: "oui ou non attendu" };
}

/** A date AAAA-MM-JJ or JJ/MM/AAAA, as AAAA-MM-JJ. */
export function readDate(text: string): CellRead<string> {
  const french = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(text.trim());
  const iso = french ? `${french[3]}-${french[2]!.padStart(2, "0")}-${french[1]!.padStart(2, "0")}` : text.trim();
  return isIsoDate(iso) ? iso : { error: "date attendue au format JJ/MM/AAAA ou AAAA-MM-JJ" };
}

const PUBLIC_MARK = /\s*\(public\)$/i;

/**
 * Contacts of one type from a cell: several values separated by « / », « | » or line
 * breaks; a value followed by « (public) » is shown to the public, the others only to the
 * network (privacy by default).
 */
export function readContacts(type: ContactType, text: string): { contacts: Contact[]; doubtful: string[] } {
  const contacts = text
    .split(/\s*[/|\n]\s*/)
    .map((part) => part.trim())
    .filter((part) => part !== "")
    .map((part): Contact => ({ type, valeur: part.replace(PUBLIC_MARK, ""), public: PUBLIC_MARK.test(part) }));
  const valid = type === "email" ? /^[^@\s]+@[^@\s]+\.[^@\s]+$/ : /^\+?[\d .()-]{8,20}$/;
  return { contacts, doubtful: contacts.filter((contact) => !valid.test(contact.valeur)).map((contact) => contact.valeur) };
}

/** Contacts of one type as a cell, the way `readContacts` reads them back. */
export function writeContacts(contacts: readonly Contact[], type: ContactType): string {
  return contacts
    .filter((contact) => contact.type === type)
    .map((contact) => (contact.public ? `${contact.valeur} (public)` : contact.valeur))
    .join(" / ");
}

/** A structure type by its code (`plie`) or its label (« Maison de l'emploi »). */
export function readStructureType(text: string): CellRead<StructureType> {
  const wanted = normalizeName(text);
  const found = STRUCTURE_TYPES.find((type) => normalizeName(type) === wanted || normalizeName(STRUCTURE_TYPE_LABELS[type]) === wanted);
  return found ?? { error: `type de structure inconnu ; valeurs possibles : ${STRUCTURE_TYPES.map((type) => STRUCTURE_TYPE_LABELS[type]).join(", ")}` };
}
