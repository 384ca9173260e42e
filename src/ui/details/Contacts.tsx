import type { Contact } from "../../domain/model.ts";
import { contactHref } from "../../domain/contact-href.ts";

/** Addresses and numbers made a link; anything else in a file is shown as plain text. */
export function Contacts({ contacts }: { contacts: Contact[] }) {
  if (contacts.length === 0) return <p className="fr-text--sm">Aucun contact renseigné.</p>;
  return (
    <ul className="contacts">
      {contacts.map((contact) => {
        const href = contactHref(contact);
        return (
          <li key={`${contact.type}:${contact.valeur}`}>
            {href ? <a href={href}>{contact.valeur}</a> : <span>{contact.valeur}</span>}
            {!contact.public && <span className="fr-badge fr-badge--sm fr-badge--no-icon">non public</span>}
          </li>
        );
      })}
    </ul>
  );
}
