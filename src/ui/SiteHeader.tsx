import type { ReactNode } from "react";
// The State header of both pages, in the DSFR's own markup (fr-header): the Marianne block,
// the service's name linking home, and its tagline. Written here rather than taken from
// react-dsfr's Header, which brings the DSFR colour tables, a modal and a navigation
// (about 25 kB of gzip JavaScript) for a header that has neither menu nor search.

interface SiteHeaderProps {
  homeHref: string;
  homeTitle: string;
  tagline: string;
  /** Drawn on the right of the header (the map screen's search). */
  tools?: ReactNode;
}

export function SiteHeader({ homeHref, homeTitle, tagline, tools }: SiteHeaderProps) {
  return (
    <header role="banner" id="fr-header" className="fr-header">
      <div className="fr-header__body">
        <div className="fr-container">
          <div className="fr-header__body-row">
            <div className="fr-header__brand fr-enlarge-link">
              <div className="fr-header__brand-top">
                <div className="fr-header__logo">
                  <p className="fr-logo">
                    République
                    <br />
                    Française
                  </p>
                </div>
              </div>
              <div className="fr-header__service">
                <a href={homeHref} title={homeTitle}>
                  <p className="fr-header__service-title">Carto Clause Sociale</p>
                </a>
                <p className="fr-header__service-tagline">{tagline}</p>
              </div>
            </div>
            {tools && <div className="fr-header__tools app-header__tools">{tools}</div>}
          </div>
        </div>
      </div>
    </header>
  );
}
