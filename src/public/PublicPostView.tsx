import type { Contact } from "../domain/model.ts";
import { STRUCTURE_TYPE_LABELS } from "../domain/model.ts";
import { contactHref } from "../domain/contact-href.ts";
import type { PublicPost } from "./public-lookup.ts";


/** Public contacts only, as mailto: and tel: links. */
export function PublicContacts({ contacts, fallback = "Pas de contact public" }: { contacts: readonly Contact[]; fallback?: string }) {
  // The page only ever receives public contacts; filtered again so that a component reused elsewhere cannot leak one.
  const shown = contacts.filter((contact) => contact.public === true);
  if (shown.length === 0) return <span className="public-no-contact">{fallback}</span>;
  return (
    <ul className="public-contacts">
      {shown.map((contact) => (
        <li key={`${contact.type}:${contact.valeur}`}>
          {/* A link only for a plain address or number (never a javascript: URL from the data). */}
          {contactHref(contact) ? (
            <a href={contactHref(contact)}>
              <span className="fr-sr-only">{contact.type === "email" ? "Courriel : " : "Téléphone : "}</span>
              {contact.valeur}
            </a>
          ) : (
            <span>
              <span className="fr-sr-only">{contact.type === "email" ? "Courriel : " : "Téléphone : "}</span>
              {contact.valeur}
            </span>
          )}
        </li>
      ))}
    </ul>
  );
}

/** A facilitator or coordinator: name, structure, statut, public contacts. */
export function PublicPostView({ post, testId }: { post: PublicPost; testId?: string }) {
  const { facilitateur, structure, extension } = post;
  return (
    <li className="public-post" data-testid={testId}>
      <p className="fr-mb-1v">
        <strong>{facilitateur.nom}</strong>
        {structure && (
          <>
            {" — "}
            {structure.nom} <span className="public-muted">({STRUCTURE_TYPE_LABELS[structure.type]})</span>
          </>
        )}
      </p>
      {extension && <p className="fr-text--sm fr-mb-1v">Intervient ici au titre d'une extension limitrophe (depuis un territoire voisin).</p>}
      {facilitateur.statut === "poste-vacant" && <p className="fr-text--sm fr-mb-1v">Poste vacant : adressez-vous à la coordination régionale.</p>}
      <PublicContacts
        contacts={facilitateur.contacts}
        fallback={facilitateur.role === "facilitateur" ? "Pas de contact public : passez par la coordination régionale." : "Pas de contact public."}
      />
    </li>
  );
}
