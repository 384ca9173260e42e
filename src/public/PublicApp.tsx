import { formatDate } from "../ui/format.ts";
import { SiteHeader } from "../ui/SiteHeader.tsx";
import { SkipLinks } from "@codegouvfr/react-dsfr/SkipLinks";
import { DemoNoticeOf } from "../ui/DemoNotice.tsx";
import { CommuneSearch } from "./CommuneSearch.tsx";
import { TerritoryList } from "./TerritoryList.tsx";
import { usePublicData } from "./usePublicData.ts";

/** The read-only public page: find the facilitator of a commune, or read the list by territory. */
export function PublicApp() {
  const state = usePublicData();
  const { data } = state;
  const project = data?.project;
  return (
    <>
      <SkipLinks
        links={[
          { label: "Aller à la recherche", anchor: "#recherche" },
          { label: "Aller à la liste par territoire", anchor: "#liste" },
        ]}
      />
      <SiteHeader homeHref="./public.html" homeTitle="Accueil — Trouver un facilitateur de la clause sociale" tagline="Trouver le facilitateur de la clause sociale d'insertion de sa commune" />
      <main id="contenu" className="fr-container fr-py-4w public-page" data-etat={data?.complete ? "pret" : state.status === "error" ? "erreur" : "chargement"}>
        <h1>Trouver le facilitateur de la clause sociale d'insertion</h1>
        <p className="fr-text--lead">
          Acheteurs, entreprises, personnes en recherche d'emploi : les facilitateurs de la clause sociale aident à prévoir et à suivre les heures d'insertion des
          marchés publics. Cherchez votre commune pour savoir qui contacter.
        </p>
        <DemoNoticeOf project={project} className="fr-mb-3w" />
        {state.status === "error" && (
          <div className="fr-alert fr-alert--error fr-mb-3w" role="alert">
            <h2 className="fr-alert__title">Les données n'ont pas pu être chargées</h2>
            <p className="public-pre">{state.message}</p>
          </div>
        )}
        <CommuneSearch data={data} />
        {data ? (
          <TerritoryList data={data} />
        ) : (
          state.status === "loading" && (
            <p className="fr-mt-4w" id="liste">
              Chargement de la liste par territoire…
            </p>
          )
        )}
        <p className="fr-text--xs fr-mt-4w">
          {formatDate(project?.miseAJour) && <>Données mises à jour le {formatDate(project?.miseAJour)}. </>}Seuls les contacts que les facilitateurs ont choisi de rendre publics sont affichés.
          Territoires : Code officiel géographique de l'INSEE (@etalab/decoupage-administratif, Licence Ouverte).
        </p>
      </main>
    </>
  );
}
