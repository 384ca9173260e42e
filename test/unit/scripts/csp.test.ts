// The security headers: strict everywhere, framing allowed only for the read-only embed view.
import { describe, expect, it } from "vitest";
import { CONTENT_SECURITY_POLICY, PERMISSIONS_POLICY, securityHeadersFor } from "../../../scripts/csp.mjs";
import { decodeUrlView } from "../../../src/store/url-state.ts";

describe("en-têtes de sécurité", () => {
  it("interdit l'inclusion dans un autre site, sauf la vue intégrable en lecture seule", () => {
    expect(CONTENT_SECURITY_POLICY).toContain("frame-ancestors 'none'");
    expect(securityHeadersFor("/")["Content-Security-Policy"]).toContain("frame-ancestors 'none'");
    expect(securityHeadersFor("/assets/main.js?integration=1")["Content-Security-Policy"]).toContain("frame-ancestors *");
    expect(securityHeadersFor("/?integration=1&territoire=region-84")["Content-Security-Policy"]).toContain("frame-ancestors *");
    expect(securityHeadersFor("/?embed=1")["Content-Security-Policy"]).toContain("frame-ancestors *");
    expect(securityHeadersFor("/?integration=0")["Content-Security-Policy"]).toContain("frame-ancestors 'none'");
  });

  it("garde tout le reste de la politique pour la vue intégrable", () => {
    const embed = securityHeadersFor("/?integration=1")["Content-Security-Policy"]!;
    expect(embed.replace("frame-ancestors *", "frame-ancestors 'none'")).toBe(CONTENT_SECURITY_POLICY);
    expect(securityHeadersFor("/?integration=1")["X-Content-Type-Options"]).toBe("nosniff");
  });
});

describe("vue intégrable : un seul lecteur de l'adresse pour le serveur et l'application", () => {
  const framable = (url: string) => securityHeadersFor(url)["Content-Security-Policy"]!.includes("frame-ancestors *");
  const QUERIES = [
    "?integration=1",
    "?integration=true",
    "?integration=TRUE",
    "?integration=oui",
    "?integration=%201%20",
    "?embed=1",
    "?embed=true",
    "?integration=0&embed=1",
    "?integration=non&embed=1",
    "?integration=&embed=1",
    "?embed=0&integration=1",
    "?integration=1&integration=0",
    "?integration=0&integration=1",
    "?integration=2",
    "?Integration=1",
    "?integration",
    "",
  ];

  it("n'autorise le cadre que pour l'adresse que l'application ouvre en lecture seule", () => {
    for (const query of QUERIES) expect({ query, framable: framable(`/${query}`) }).toEqual({ query, framable: decodeUrlView(query).embed === true });
  });

  it("?integration=0&embed=1 ouvre l'application d'édition : aucun site ne peut l'encadrer", () => {
    expect(decodeUrlView("?integration=0&embed=1").embed).toBeUndefined();
    expect(framable("/?integration=0&embed=1")).toBe(false);
  });

  it("?integration=true vaut partout : cadre permis et vue en lecture seule", () => {
    expect(decodeUrlView("?integration=true").embed).toBe(true);
    expect(framable("/?integration=true")).toBe(true);
  });
});

describe("autres en-têtes", () => {
  it("envoie Referrer-Policy et Permissions-Policy avec chaque réponse, vue intégrable comprise", () => {
    for (const url of ["/", "/?integration=1", "/assets/main.js", "/public.html"]) {
      const headers = securityHeadersFor(url);
      expect(headers["Referrer-Policy"]).toBe("no-referrer");
      expect(headers["Permissions-Policy"]).toBe(PERMISSIONS_POLICY);
    }
    // Everything refused but fullscreen, which the presentation mode uses on the app's own page.
    for (const directive of PERMISSIONS_POLICY.split(", ")) expect(directive).toMatch(directive.startsWith("fullscreen=") ? /^fullscreen=\(self\)$/ : /^[a-z-]+=\(\)$/);
    expect(PERMISSIONS_POLICY).toContain("camera=()");
    expect(PERMISSIONS_POLICY).toContain("geolocation=()");
  });
});
