// What the record forms do with what is typed, apart from React: French numbers, messages
// of the project-file validation made readable under a field, element ids of fields.
import type { FieldMessages } from "../../store/entity-validation.ts";

/** Spaces a French number may hold: plain, no-break, narrow no-break (« 1 000,5 »). */
const SPACES = /[\s\u00a0\u202f]/g;

/**
 * A number typed the French way (decimal comma, or point) or undefined when the text is
 * empty, or null when it is not a number: « 0,5 » → 0.5, « 1 » → 1, « abc » → null.
 */
export function parseFrenchNumber(text: string): number | null | undefined {
  const compact = text.replace(SPACES, "");
  if (compact === "") return undefined;
  if (!/^[+-]?(\d+([.,]\d*)?|[.,]\d+)$/.test(compact)) return null;
  const value = Number(compact.replace(",", "."));
  return Number.isFinite(value) ? value : null;
}

/** A number as a French field shows it: 0.5 → « 0,5 ». */
export function formatFrenchNumber(value: number | undefined): string {
  return value === undefined ? "" : String(value).replace(".", ",");
}

/** The project-file message for a field, as a sentence for a form. */
export function friendlyMessage(message: string): string {
  if (message === "texte vide" || message.startsWith("champ obligatoire manquant")) return "Ce champ est obligatoire.";
  const sentence = message.charAt(0).toUpperCase() + message.slice(1);
  return /[.!?…]$/.test(sentence) ? sentence : `${sentence}.`;
}

/**
 * The messages to show: the form's own (what could not even be read, like « abc » for an
 * ETP) over the store's, each made a sentence.
 */
export function mergeMessages(own: FieldMessages, checked: FieldMessages): FieldMessages {
  const merged: FieldMessages = {};
  for (const [field, message] of Object.entries(checked)) merged[field] = friendlyMessage(message);
  return { ...merged, ...own };
}

/** The message for `field` or for anything under it (`periode` holds `periode.debut`). */
export function messageUnder(messages: FieldMessages, field: string): string | undefined {
  if (messages[field] !== undefined) return messages[field];
  const key = Object.keys(messages).find((path) => path.startsWith(`${field}.`) || path.startsWith(`${field}[`));
  return key === undefined ? undefined : messages[key];
}

/** An element id for the field at `path` of form `formId`: « contacts[0].valeur » → « f-contacts-0-valeur ». */
export function fieldElementId(formId: string, path: string): string {
  const tail = path.replace(/[^A-Za-z0-9]+/g, "-").replace(/^-|-$/g, "");
  return `${formId.replace(/[^A-Za-z0-9_-]/g, "")}-${tail || "enregistrement"}`;
}

/** True for what may be an INSEE commune code (2A/2B for Corsica): 5 characters. */
export const looksLikeInseeCode = (text: string) => /^(\d{5}|2[AB]\d{3})$/i.test(text.trim());
