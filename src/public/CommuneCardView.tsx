import type { Ref } from "react";
import { formatInteger } from "../ui/format.ts";
import { communeLabel, type CommuneCard } from "./public-lookup.ts";
import { PublicPostView } from "./PublicPostView.tsx";

/** One sentence on the commune's coverage, in plain French. */
export function coverageSentence(card: CommuneCard): string {
  const count = card.facilitateurs.length;
  switch (card.coverage) {
    case "couverte":
      return count === 1 ? "Un facilitateur de la clause sociale couvre cette commune." : `${count} facilitateurs de la clause sociale couvrent cette commune.`;
    case "extension":
      return "Aucun facilitateur n'est rattaché au territoire de cette commune, mais un facilitateur d'un territoire voisin y intervient (extension limitrophe).";
    case "zone-blanche":
      return "Cette commune est en zone blanche : aucun facilitateur de la clause sociale ne la couvre.";
  }
}

/** The result of a lookup: the commune, its facilitators and whom to contact in its région. */
export function CommuneCardView({ card, headingRef }: { card: CommuneCard; headingRef?: Ref<HTMLHeadingElement> }) {
  const { commune, departement, region } = card;
  const headingId = `commune-${commune.code}`;
  const hasCoordinateur = card.coordinateurs.length > 0;
  const whom = hasCoordinateur ? (card.coordinateurs.length === 1 ? "le coordinateur régional" : "la coordination régionale") : card.regionalService;
  return (
    <section className="public-card fr-p-3w fr-mt-3w" aria-labelledby={headingId} data-testid="fiche-commune">
      <h3 id={headingId} ref={headingRef} tabIndex={-1} className="fr-h4">
        {communeLabel(commune)}
      </h3>
      <p className="fr-text--sm">
        Département : {departement.nom} ({departement.code}) · Région : {region.nom} · Code INSEE : {commune.code}
        {commune.codesPostaux.length > 0 && (
          <>
            {" · "}
            {commune.codesPostaux.length > 1 ? "Codes postaux" : "Code postal"} : {commune.codesPostaux.join(", ")}
          </>
        )}
        {" · "}
        {formatInteger(commune.population)} habitants
      </p>
      <p className={`fr-badge ${card.coverage === "couverte" ? "fr-badge--success" : "fr-badge--warning"} fr-mb-2w`}>
        {card.coverage === "couverte" ? "Couverte" : card.coverage === "extension" ? "Couverte par un territoire voisin" : "Zone blanche"}
      </p>
      <p data-testid="couverture-commune">
        {coverageSentence(card)}
        {card.coverage === "zone-blanche" && <> Pour un marché ou un projet sur cette commune, contactez {whom} (voir ci-dessous).</>}
      </p>
      {card.facilitateurs.length > 0 && (
        <>
          <h4 className="fr-h6">Facilitateur{card.facilitateurs.length > 1 ? "s" : ""} de la commune</h4>
          <ul className="public-posts" data-testid="facilitateurs-publics">
            {card.facilitateurs.map((post) => (
              <PublicPostView key={post.facilitateur.id} post={post} />
            ))}
          </ul>
        </>
      )}
      <h4 className="fr-h6">Coordination régionale ({region.nom})</h4>
      {hasCoordinateur ? (
        <ul className="public-posts" data-testid="coordination-regionale">
          {card.coordinateurs.map((post) => (
            <PublicPostView key={post.facilitateur.id} post={post} />
          ))}
        </ul>
      ) : (
        <p data-testid="coordination-regionale">
          La région {region.nom} n'a pas de coordinateur régional de la clause sociale. Adressez-vous à {card.regionalService}, le service de l'État chargé de
          l'emploi dans la région.
        </p>
      )}
    </section>
  );
}
