import { describe, expect, it } from "vitest";
import { decodeUrlView, encodeUrlView, isEmbedQuery, urlViewOf, type UrlView } from "../../../src/store/url-state.ts";
import { OVERLAYS } from "../../../src/view/vocabulary.ts";
import { initialView, type ViewState } from "../../../src/store/view-slice.ts";

describe("decodeUrlView", () => {
  it("lit la vue d'un lien lisible", () => {
    expect(decodeUrlView("?territoire=region-84&couche=zones-blanches&calques=regions,acheteurs&scenario=s2&mode=presentation")).toEqual({
      focus: { level: "region", code: "84" },
      colouring: "zones-blanches",
      overlays: ["regions", "acheteurs"],
      scenario: "s2",
      mode: "presentation",
    });
  });

  it("lit un département de Corse ou d'outre-mer, une commune corse, un facilitateur, le scénario comparé", () => {
    expect(decodeUrlView("territoire=departement-2a").focus).toEqual({ level: "departement", code: "2A" });
    expect(decodeUrlView("territoire=departement-974").focus).toEqual({ level: "departement", code: "974" });
    expect(decodeUrlView("commune=2b033").selection).toEqual({ kind: "commune", code: "2B033" });
    expect(decodeUrlView("facilitateur=F%2012").selection).toBeUndefined(); // an id never holds a space
    expect(decodeUrlView("facilitateur=plie-dijon-1").selection).toEqual({ kind: "facilitateur", id: "plie-dijon-1" });
    expect(decodeUrlView("comparer=scenario-1").compareWith).toBe("scenario-1");
    expect(decodeUrlView("territoire=france").focus).toBeNull();
  });

  it("reconnaît la vue intégrée sous ses deux noms", () => {
    expect(decodeUrlView("?integration=1").embed).toBe(true);
    expect(decodeUrlView("?embed=1").embed).toBe(true);
    expect(decodeUrlView("?embed=0").embed).toBeUndefined();
    expect(isEmbedQuery("?couche=capacite&integration=oui")).toBe(true);
    expect(isEmbedQuery("")).toBe(false);
  });

  it("ignore les valeurs inconnues ou mal formées sans jamais lever d'erreur", () => {
    const bad = [
      "territoire=region-8",
      "territoire=region-ABC",
      "territoire=departement-999",
      "territoire=commune-21231",
      "couche=rouge",
      "calques=nuages,soleil",
      "scenario=",
      "scenario=a%20b",
      "mode=Présentation!",
      "commune=1234",
      "commune=%3Cscript%3E",
      "integration=peut-etre",
      "%E0%A4%A=1",
      "&&&==&",
      "?territoire",
    ];
    for (const query of bad) expect(decodeUrlView(query), query).toEqual({});
    expect(decodeUrlView("couche=rouge&territoire=departement-21").focus).toEqual({ level: "departement", code: "21" });
    // Known overlay names are kept, unknown ones skipped; an empty list hides every overlay.
    expect(decodeUrlView("calques=epci,nuages,epci").overlays).toEqual(["epci"]);
    expect(decodeUrlView("calques=").overlays).toEqual([]);
    // A commune wins over a facilitator when a hand-made link gives both.
    expect(decodeUrlView("facilitateur=F1&commune=21231").selection).toEqual({ kind: "commune", code: "21231" });
    expect(decodeUrlView(`scenario=${"x".repeat(101)}`).scenario).toBeUndefined();
  });
});

describe("encodeUrlView", () => {
  it("écrit un lien lisible, virgules comprises", () => {
    const view: UrlView = { focus: { level: "region", code: "84" }, colouring: "zones-blanches", overlays: ["acheteurs", "regions"], scenario: "s2", mode: "presentation" };
    expect(encodeUrlView(view)).toBe("?territoire=region-84&couche=zones-blanches&calques=regions,acheteurs&scenario=s2&mode=presentation");
    expect(encodeUrlView({})).toBe("");
  });

  it("garde les paramètres qui ne sont pas les siens et remplace les siens", () => {
    expect(encodeUrlView({ colouring: "capacite" }, "?projet=demo&couche=facilitateur&x=a%26b")).toBe("?projet=demo&x=a%26b&couche=capacite");
  });

  it("fait l'aller-retour de toutes les vues possibles", () => {
    const views: UrlView[] = [
      { focus: { level: "departement", code: "2B" }, colouring: "capacite", overlays: [], scenario: "scenario-2", compareWith: "scenario-1", selection: { kind: "commune", code: "2B033" } },
      { colouring: "comparaison", overlays: [...OVERLAYS], scenario: "scénario+1", selection: { kind: "facilitateur", id: "F&1=2" }, embed: true },
      { focus: { level: "region", code: "01" }, mode: "presentation" },
    ];
    for (const view of views) expect(decodeUrlView(encodeUrlView(view))).toEqual(view);
  });
});

describe("urlViewOf", () => {
  it("prend de la vue ce qu'un lien doit porter, et rien de l'état passager", () => {
    const view: ViewState = {
      ...initialView(),
      focus: { level: "region", code: "27" },
      colouring: "chevauchements",
      selection: { kind: "facilitateur", id: "F3" },
      editing: { facilitateurId: "F3", unit: "commune", extension: false },
      compareWith: "scenario-1",
    };
    const url = urlViewOf(view, "scenario-2");
    expect(url).toEqual({
      focus: { level: "region", code: "27" },
      colouring: "chevauchements",
      overlays: ["regions", "departements", "acheteurs", "grands-projets"],
      scenario: "scenario-2",
      compareWith: "scenario-1",
      selection: { kind: "facilitateur", id: "F3" },
    });
    expect(decodeUrlView(encodeUrlView(url))).toEqual(url);
    expect(urlViewOf({ ...initialView(), selection: { kind: "acheteur", id: "A1" } }, null, { embed: true })).toEqual({
      focus: null,
      colouring: "zones-blanches",
      overlays: ["regions", "departements", "acheteurs", "grands-projets"],
      embed: true,
    });
  });

  it("porte le mode quand la vue en a un autre que celui de départ", () => {
    expect(urlViewOf({ ...initialView(), mode: "presentation" }, "scenario-1").mode).toBe("presentation");
    expect(urlViewOf(initialView(), "scenario-1").mode).toBeUndefined();
    expect(decodeUrlView("mode=Impression").mode).toBe("impression");
    expect(decodeUrlView("mode=danse").mode).toBeUndefined();
  });
});
