import { useEffect, useMemo } from "react";
import { formatInteger } from "../ui/format.ts";
import { listByTerritory, type PublicData, type RegionListing } from "./public-lookup.ts";
import { PublicContacts, PublicPostView } from "./PublicPostView.tsx";

const plural = (count: number, one: string, many: string) => `${formatInteger(count)} ${count > 1 ? many : one}`;

function RegionSection({ listing }: { listing: RegionListing }) {
  const { region } = listing;
  return (
    <section className="public-region" aria-labelledby={`region-${region.code}`}>
      <h3 id={`region-${region.code}`} tabIndex={-1}>
        {region.nom}
      </h3>
      <h4 className="fr-h6">Coordination régionale</h4>
      {listing.coordinateurs.length > 0 ? (
        <ul className="public-posts">
          {listing.coordinateurs.map((post) => (
            <PublicPostView key={post.facilitateur.id} post={post} />
          ))}
        </ul>
      ) : (
        <p>Pas de coordinateur régional de la clause sociale : adressez-vous à {listing.regionalService}.</p>
      )}
      {listing.departements.map(({ departement, posts, communes, zoneBlanche, extensionOnly }) => (
        <div key={departement.code} className="public-departement">
          <h4 className="fr-h6" id={`departement-${departement.code}`}>
            {departement.nom} ({departement.code})
          </h4>
          <p className="fr-text--sm">
            {plural(communes, "commune", "communes")} ; {zoneBlanche === 0 ? "aucune en zone blanche" : `${plural(zoneBlanche, "commune", "communes")} sans facilitateur (zone blanche)`}
            {extensionOnly > 0 && ` ; ${plural(extensionOnly, "commune couverte", "communes couvertes")} seulement par un territoire voisin`}.
          </p>
          {posts.length === 0 ? (
            <p>Aucun facilitateur n'intervient dans ce département.</p>
          ) : (
            <div className="fr-table fr-table--no-caption public-table">
              <table aria-labelledby={`departement-${departement.code}`}>
                <thead>
                  <tr>
                    <th scope="col">Facilitateur</th>
                    <th scope="col">Structure</th>
                    <th scope="col">Territoire couvert dans le département</th>
                    <th scope="col">Contacts publics</th>
                  </tr>
                </thead>
                <tbody>
                  {posts.map(({ post, zones, communes: count }) => (
                    <tr key={post.facilitateur.id}>
                      <th scope="row">
                        {post.facilitateur.nom}
                        {post.facilitateur.statut === "poste-vacant" && <> (poste vacant)</>}
                      </th>
                      <td>{post.structure?.nom ?? "—"}</td>
                      <td>
                        <ul className="public-zones">
                          {zones.map((zone, z) => (
                            <li key={z}>
                              {zone.text}
                              {zone.extension && " (extension limitrophe)"}
                            </li>
                          ))}
                        </ul>
                        <span className="fr-text--xs">{plural(count, "commune", "communes")}</span>
                      </td>
                      <td>
                        <PublicContacts contacts={post.facilitateur.contacts} />
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
        </div>
      ))}
    </section>
  );
}

/** The same information as the search, for every territory: régions, then départements, then facilitators. */
export function TerritoryList({ data }: { data: PublicData }) {
  const listings = useMemo(() => listByTerritory(data), [data]);
  // A link to a région (public.html#region-27) is opened before the list exists: the
  // browser found nothing to scroll to. Once the list is there, go to it.
  useEffect(() => {
    const id = decodeURIComponent(window.location.hash.slice(1));
    const target = id ? document.getElementById(id) : null;
    if (!target) return;
    target.scrollIntoView({ block: "start" });
    if (target.tabIndex >= -1 && target.matches("h2, h3, [tabindex]")) target.focus({ preventScroll: true });
  }, [listings]);
  return (
    <section className="public-list" aria-labelledby="titre-liste" id="liste" data-testid="liste-territoires">
      <h2 id="titre-liste">Liste des facilitateurs par région et département</h2>
      <nav aria-label="Régions de la liste" className="fr-mb-3w">
        <ul className="public-toc">
          {listings.map(({ region }) => (
            <li key={region.code}>
              <a href={`#region-${region.code}`}>{region.nom}</a>
            </li>
          ))}
        </ul>
      </nav>
      {listings.map((listing) => (
        <RegionSection key={listing.region.code} listing={listing} />
      ))}
    </section>
  );
}
