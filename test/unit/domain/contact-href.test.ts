// Contact links: only plain addresses and numbers become links.
import { describe, expect, it } from "vitest";
import { contactHref } from "../../../src/domain/contact-href.ts";

describe("liens des contacts", () => {
  it("fait un lien mailto: d'une adresse et tel: d'un numéro", () => {
    expect(contactHref({ type: "email", valeur: "c.martin@exemple.fr" })).toBe("mailto:c.martin@exemple.fr");
    expect(contactHref({ type: "telephone", valeur: "03 80 12 34 56" })).toBe("tel:0380123456");
    expect(contactHref({ type: "telephone", valeur: "+33 3 80 12 34 56" })).toBe("tel:+33380123456");
  });

  it("ne fait aucun lien d'une valeur qui n'est pas une adresse ou un numéro", () => {
    for (const valeur of ["javascript:alert(1)", "a@b.fr?subject=x", "<img src=x>", "x@y", "mailto:a@b.fr"]) {
      expect(contactHref({ type: "email", valeur })).toBeUndefined();
    }
    for (const valeur of ["javascript:alert(1)", "12", "0380123456; rm", "tel:0380123456"]) {
      expect(contactHref({ type: "telephone", valeur })).toBeUndefined();
    }
  });
});
