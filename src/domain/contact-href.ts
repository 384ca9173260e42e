/**
 * Links for contacts: a mailto: or tel: URL only for a value that is a plain e-mail address
 * or phone number, so that no data can become a `javascript:` or other link.
 */
import type { Contact } from "./model.ts";

const EMAIL = /^[A-Za-z0-9._+-]+@[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)+$/;
const PHONE = /^\+?[\d .()-]{8,20}$/;

/** A mailto: or tel: URL built from a value checked to be a plain address or number, else undefined (show it as text). */
export function contactHref(contact: Pick<Contact, "type" | "valeur">): string | undefined {
  if (contact.type === "email") return EMAIL.test(contact.valeur) ? `mailto:${contact.valeur}` : undefined;
  return PHONE.test(contact.valeur) ? `tel:${contact.valeur.replace(/[^\d+]/g, "")}` : undefined;
}
