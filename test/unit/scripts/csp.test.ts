// The security headers: strict everywhere, framing allowed only for the read-only embed view.
import { describe, expect, it } from "vitest";
import { CONTENT_SECURITY_POLICY, securityHeadersFor } from "../../../scripts/csp.mjs";

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
