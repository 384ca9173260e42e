// Security in a real browser: the app works under its strict Content Security Policy
// (scripts/csp.mjs) without a single violation, and a project whose every text holds
// script and markup payloads is shown as plain text, with nothing executed or injected.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { CONTENT_SECURITY_POLICY } from "../../scripts/csp.mjs";
import { projectRoot } from "../../scripts/lib/geo-inputs.mjs";
import { computeDemoFigures } from "../helpers/demo-figures.ts";
import { type BrowserSession, openBrowser, openTab, screenshotPath, searchField, searchOption, waitForCompleteTerritory, waitForData } from "./browser.ts";

declare global {
  interface Window {
    __cspViolations?: string[];
    __xss?: unknown;
  }
}

/** Records every CSP violation the page reports: its events (init script) and the console. */
async function watchViolations(session: BrowserSession): Promise<() => Promise<string[]>> {
  await session.context.addInitScript(() => {
    window.__cspViolations = [];
    document.addEventListener("securitypolicyviolation", (event) => {
      window.__cspViolations!.push(`${event.effectiveDirective} a bloqué ${event.blockedURI || "(inline)"} ${event.sourceFile}:${event.lineNumber} ${event.sample}`);
    });
  });
  const fromConsole: string[] = [];
  const listen = (message: { text(): string }) => {
    if (/Content Security Policy|Refused to/i.test(message.text())) fromConsole.push(message.text());
  };
  session.page.on("console", listen);
  // A worker's violations go to its own console, not to the document.
  session.page.on("worker", (worker) => worker.on("console", listen));
  return async () => [...fromConsole, ...(await session.page.evaluate(() => window.__cspViolations ?? []))];
}

/** Moves the map to `center` at `zoom`, waits until it is idle, and returns the page point of `center`. */
async function pointOnMap(page: Page, center: [number, number], zoom: number): Promise<{ x: number; y: number }> {
  await page.evaluate(
    ([at, z]) =>
      new Promise<void>((resolve) => {
        const map = window.cartoMap!.map;
        map.once("idle", () => resolve());
        map.jumpTo({ center: at, zoom: z });
      }),
    [center, zoom] as const,
  );
  return page.evaluate((at) => {
    const p = window.cartoMap!.map.project(at);
    const box = window.cartoMap!.map.getCanvas().getBoundingClientRect();
    return { x: box.left + p.x, y: box.top + p.y };
  }, center);
}

const LYON: [number, number] = [4.8357, 45.764];

/** A 1×1 transparent PNG, served for the basemap tiles so the test needs no network. */
const EMPTY_TILE = Buffer.from("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAAC0lEQVQYV2NgAAIAAAUAAarVyFEAAAAASUVORK5CYII=", "base64");

describe("politique de sécurité du contenu (CSP)", () => {
  let session: BrowserSession;
  let violations: () => Promise<string[]>;
  let headerOfPage: string | undefined;

  beforeAll(async () => {
    session = await openBrowser(inject("baseUrl"));
    violations = await watchViolations(session);
    await session.context.route("https://data.geopf.fr/**", (route) => route.fulfill({ status: 200, contentType: "image/png", body: EMPTY_TILE }));
    const response = await session.page.goto(inject("baseUrl"));
    headerOfPage = response?.headers()["content-security-policy"];
    await session.page.waitForSelector('.map[data-status="ready"]', { timeout: 120_000 });
    await waitForData(session.page);
    await waitForCompleteTerritory(session.page);
  });
  afterAll(async () => {
    const all = session ? await violations() : [];
    console.log(`CSP violations: ${all.length}`);
    await session?.close();
  });

  it("sert la page avec la politique stricte, que le worker de la carte (URL blob: de la page) hérite", () => {
    expect(headerOfPage).toBe(CONTENT_SECURITY_POLICY);
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-(eval|inline|hashes)/);
    // Workers: the app's own files and blob: URLs the page makes; no other origin.
    expect(CONTENT_SECURITY_POLICY).toMatch(/worker-src 'self' blob:(;|$)/);
  });

  it("charge la carte, les chiffres et le jeu de démonstration sans violation", async () => {
    await expect(session.page.getByTestId("avertissement-demo").count()).resolves.toBe(1);
    expect(session.pageErrors).toEqual([]);
    await expect(violations()).resolves.toEqual([]);
  });

  it("survole et clique une commune sans violation", async () => {
    const point = await pointOnMap(session.page, LYON, 8);
    await session.page.mouse.move(point.x, point.y);
    await expect(session.page.getByTestId("survol").innerText()).resolves.toContain("Lyon (69123)");
    // The State buyers' symbols sit on Lyon: hidden, the click reaches the commune.
    await session.page.getByLabel("Acheteurs de l'État", { exact: true }).setChecked(false, { force: true });
    await session.page.mouse.click(point.x, point.y);
    await expect(session.page.getByTestId("details").locator("h2").innerText()).resolves.toContain("Lyon");
    await session.page.getByLabel("Acheteurs de l'État", { exact: true }).setChecked(true, { force: true });
    await expect(violations()).resolves.toEqual([]);
  });

  it("bascule chaque couche superposée, les colorations et le fond Plan IGN sans violation", async () => {
    const overlays = [
      "Limites des régions",
      "Limites des départements",
      "Limites des EPCI",
      "Contours des périmètres",
      "Acheteurs de l'État",
      "Grands projets",
      "Sièges des coordinateurs",
    ];
    const idle = () => session.page.evaluate(() => new Promise<void>((resolve) => { const map = window.cartoMap!.map; map.once("idle", () => resolve()); map.triggerRepaint(); }));
    for (const label of overlays) {
      const box = session.page.getByLabel(label, { exact: true });
      const before = await box.isChecked();
      await box.setChecked(!before, { force: true });
      await idle();
      await box.setChecked(before, { force: true });
    }
    for (const label of ["Nombre de facilitateurs", "Capacité (ETP pour 100 000 habitants)", "Chevauchements", "Zones blanches", "Facilitateur"]) {
      await session.page.getByLabel(label, { exact: true }).check({ force: true });
      await idle();
    }
    // The basemap is the only content from another origin; its tiles are served locally here.
    const tiles: string[] = [];
    session.page.on("requestfinished", (request) => request.url().startsWith("https://data.geopf.fr/") && tiles.push(request.url()));
    await session.page.getByLabel(/Fond de carte Plan IGN/).setChecked(true, { force: true });
    await idle();
    expect(tiles.length).toBeGreaterThan(0);
    await session.page.getByLabel(/Fond de carte Plan IGN/).setChecked(false, { force: true });
    await expect(violations()).resolves.toEqual([]);
  });

  it("recherche une commune et ouvre son détail sans violation", async () => {
    await searchField(session.page).fill("saint etienne");
    await session.page.getByTestId("resultats-recherche").getByRole("option").first().click();
    await expect(session.page.getByTestId("details").locator("h2").innerText()).resolves.toContain("Saint-Étienne");
    await expect(violations()).resolves.toEqual([]);
  });

  it("cadre une région, puis revient à la France, sans violation", async () => {
    await session.page.getByLabel("Région", { exact: true }).selectOption("27");
    await openTab(session.page, "Chiffres");
    await expect(session.page.getByTestId("indicateurs").locator("h2").innerText()).resolves.toBe("Bourgogne-Franche-Comté");
    await session.page.evaluate(() => new Promise<void>((resolve) => { const map = window.cartoMap!.map; map.once("idle", () => resolve()); map.triggerRepaint(); }));
    await openTab(session.page, "Carte");
    await session.page.getByRole("button", { name: "Revenir à la France entière" }).click();
    await openTab(session.page, "Chiffres");
    await expect(session.page.getByTestId("indicateurs").locator("h2").innerText()).resolves.toBe("France");
    await openTab(session.page, "Carte");
    expect(session.pageErrors).toEqual([]);
    await expect(violations()).resolves.toEqual([]);
  });
});

/** Script and markup that would run or add elements if a text reached the page as HTML. */
const PAYLOADS = [
  "<img src=x onerror=window.__xss=1>",
  "<script>window.__xss=1</script>",
  '"><svg onload=window.__xss=1>',
  "'><svg/onload=alert(1)>",
  '<iframe src="javascript:window.__xss=1"></iframe>',
  '<a href="javascript:window.__xss=1">clic</a>',
  "javascript:window.__xss=1",
  "<style>*{display:none!important}</style>",
  "<details open ontoggle=window.__xss=1>",
  "<math><mtext><table><mglyph><style><img src=x onerror=window.__xss=1>",
  "<input autofocus onfocus=window.__xss=1>",
  '<object data="javascript:window.__xss=1"></object>',
  '<base href="javascript:/">',
  '<meta http-equiv="refresh" content="0;url=javascript:window.__xss=1">',
  "{{constructor.constructor('window.__xss=1')()}}",
  "&lt;b&gt;entité&lt;/b&gt; &amp; <b>gras</b>",
];
/** Contact values: payloads that a careless link would make clickable, and two plain ones that stay links. */
const CONTACT_PAYLOADS = [
  { type: "email", valeur: "javascript:window.__xss=1//@exemple.fr" },
  { type: "email", valeur: '"><img src=x onerror=window.__xss=1>@exemple.fr' },
  { type: "email", valeur: "a@exemple.fr?cc=b@exemple.fr&body=<script>" },
  { type: "telephone", valeur: "javascript:alert(1)" },
  { type: "telephone", valeur: "01 23 45 67 89<svg onload=alert(1)>" },
];
const PLAIN_CONTACTS = [
  { type: "email", valeur: "contact@exemple.fr", public: true },
  { type: "telephone", valeur: "01 23 45 67 89", public: false },
];

interface HostileProject {
  text: string;
  /** Text fields that hold a payload. */
  payloadFields: number;
  /** Names of the facilitators, in order: facilitator i holds payload i + 1. */
  facilitateurs: string[];
  firstFacilitateur: string;
  firstStructure: string;
  avertissement: string;
}

/** The demo project with a payload in every text field: names, ids, contacts, project name and avertissement. */
function hostileProject(): HostileProject {
  type JsonRecord = Record<string, unknown>;
  const demo = JSON.parse(readFileSync(join(projectRoot, "public/demo/projet-demo.json"), "utf8")) as JsonRecord & {
    structures: JsonRecord[];
    facilitateurs: (JsonRecord & { contacts: JsonRecord[] })[];
    acheteurs: JsonRecord[];
    grandsProjets: JsonRecord[];
  };
  let fields = 0;
  const payload = (i: number, suffix: string) => {
    fields++;
    return `${PAYLOADS[i % PAYLOADS.length]} ${suffix}`;
  };
  const structureIds = new Map<unknown, string>();
  demo.structures.forEach((structure, i) => {
    structureIds.set(structure["id"], payload(i, `s${i}`));
    Object.assign(structure, { id: structureIds.get(structure["id"]), nom: payload(i + 3, `structure ${i}`) });
  });
  demo.facilitateurs.forEach((facilitateur, i) => {
    const contacts = [...PLAIN_CONTACTS, ...CONTACT_PAYLOADS.map((contact) => ({ ...contact, public: true }))];
    fields += CONTACT_PAYLOADS.length;
    Object.assign(facilitateur, { id: payload(i, `f${i}`), nom: payload(i + 1, `facilitateur ${i}`), structure: structureIds.get(facilitateur["structure"]), contacts });
  });
  demo.acheteurs.forEach((acheteur, i) => Object.assign(acheteur, { id: payload(i, `a${i}`), nom: payload(i + 5, `acheteur ${i}`) }));
  demo.grandsProjets.forEach((projet, i) => Object.assign(projet, { id: payload(i, `g${i}`), nom: payload(i + 7, `grand projet ${i}`) }));
  Object.assign(demo, { nom: payload(2, "projet"), avertissement: payload(0, "avertissement") });
  return {
    text: JSON.stringify(demo),
    payloadFields: fields,
    facilitateurs: demo.facilitateurs.map((f) => f["nom"] as string),
    firstFacilitateur: demo.facilitateurs[0]!["nom"] as string,
    firstStructure: demo.structures.find((s) => s["id"] === demo.facilitateurs[0]!["structure"])!["nom"] as string,
    avertissement: demo["avertissement"] as string,
  };
}

describe("aucune injection de HTML depuis les textes d'un projet", () => {
  let session: BrowserSession;
  let violations: () => Promise<string[]>;
  let hostile: HostileProject;
  const dialogs: string[] = [];
  /** Payload texts seen, literally, in the page's text. */
  const rendered = new Set<string>();

  /** Notes which payloads the page shows as text right now. */
  const notePayloadsShown = async () => {
    const text = await session.page.evaluate(() => document.body.innerText);
    for (const payload of PAYLOADS) if (text.includes(payload)) rendered.add(payload);
    for (const contact of CONTACT_PAYLOADS) if (text.includes(contact.valeur)) rendered.add(contact.valeur);
  };

  /** Elements or attributes only a payload could have put in the page. */
  const injectedElements = () =>
    session.page.evaluate(() => {
      const found: string[] = [];
      // An injected <svg onload> or <img onerror> shows as an on… attribute, which React never writes.
      for (const element of document.querySelectorAll("*")) {
        for (const attribute of element.attributes) {
          if (/^on/i.test(attribute.name)) found.push(`${element.tagName} ${attribute.name}`);
          if (/^\s*javascript:/i.test(attribute.value)) found.push(`${element.tagName} ${attribute.name}=${attribute.value}`);
        }
      }
      const selectors = ['img[src="x"]', "iframe", "object", "embed", "details[ontoggle]", "input[autofocus]", "base", 'meta[http-equiv="refresh"]', "mglyph", "math", "b"];
      for (const selector of selectors) for (const element of document.querySelectorAll(selector)) found.push(element.outerHTML.slice(0, 120));
      for (const script of document.querySelectorAll("script")) if (!script.src || script.textContent?.includes("__xss")) found.push(script.outerHTML.slice(0, 120));
      for (const style of document.querySelectorAll("style")) if (style.textContent?.includes("display:none")) found.push(style.outerHTML.slice(0, 120));
      return found;
    });

  beforeAll(async () => {
    hostile = hostileProject();
    session = await openBrowser(inject("baseUrl"));
    violations = await watchViolations(session);
    session.page.on("dialog", (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    await session.context.route("**/demo/projet-demo.json", (route) => route.fulfill({ status: 200, contentType: "application/json; charset=utf-8", body: hostile.text }));
    await session.page.goto(inject("baseUrl"));
    await session.page.waitForSelector('.map[data-status="ready"]', { timeout: 120_000 });
    await waitForData(session.page);
    await waitForCompleteTerritory(session.page);
  });
  afterAll(async () => {
    await session?.close();
  });

  it("calcule les mêmes chiffres que pour le jeu de démonstration : les textes piégés ne changent rien au calcul", async () => {
    const { national } = computeDemoFigures().result.indicators;
    const shown = await session.page.evaluate(() => {
      const n = window.cartoStore!.getState().derived.result()!.indicators.national;
      return { facilitateurs: n.facilitateurs, covered: n.covered.communes, sansFacilitateur: n.zonesBlanches.sansFacilitateur.communes };
    });
    expect(shown).toEqual({ facilitateurs: national.facilitateurs, covered: national.covered.communes, sansFacilitateur: national.zonesBlanches.sansFacilitateur.communes });
  });

  it("montre l'avertissement du projet tel quel", async () => {
    await expect(session.page.getByTestId("avertissement-demo").locator(".fr-notice__desc").innerText()).resolves.toBe(hostile.avertissement);
    await notePayloadsShown();
  });

  it("trouve par la recherche un facilitateur au nom piégé, et montre son nom, sa structure et ses contacts comme du texte", async () => {
    await searchField(session.page).fill("img src x onerror");
    const results = session.page.getByTestId("resultats-recherche").getByRole("option");
    await expect(results.first().innerText()).resolves.toMatch(/<img src=x onerror=window.__xss=1> .*(facilitateur|structure porteuse)/);
    await notePayloadsShown();
    // One facilitator per payload, found by its full name and listed as text.
    for (let k = 0; k < PAYLOADS.length; k++) {
      const name = hostile.facilitateurs[(k + PAYLOADS.length - 1) % PAYLOADS.length]!;
      await searchField(session.page).fill(name);
      await expect(searchOption(session.page, "Facilitateurs", name).count()).resolves.toBe(1);
      await notePayloadsShown();
    }
    await searchField(session.page).fill(hostile.firstFacilitateur);
    await searchOption(session.page, "Facilitateurs", hostile.firstFacilitateur).click();
    const details = session.page.getByTestId("details");
    await expect(details.locator("h2").innerText()).resolves.toBe(hostile.firstFacilitateur);
    await expect(details.innerText()).resolves.toContain(`Structure porteuse : ${hostile.firstStructure}`);
    const contacts = details.locator(".contacts li");
    await expect(contacts.count()).resolves.toBe(PLAIN_CONTACTS.length + CONTACT_PAYLOADS.length);
    for (const contact of CONTACT_PAYLOADS) await expect(details.locator(".contacts").innerText()).resolves.toContain(contact.valeur);
    // Only the plain address and number are links, to mailto: and tel: URLs.
    const hrefs = await details.locator(".contacts a").evaluateAll((links) => links.map((link) => link.getAttribute("href")));
    expect(hrefs).toEqual(["mailto:contact@exemple.fr", "tel:0123456789"]);
    await notePayloadsShown();
    await details.locator(".contacts").scrollIntoViewIfNeeded();
    await session.page.screenshot({ path: screenshotPath("securite-injection-facilitateur") });
  });

  it("survole et clique une commune couverte : noms des facilitateurs et structures affichés tels quels", async () => {
    const point = await pointOnMap(session.page, LYON, 8);
    await session.page.mouse.move(point.x, point.y);
    const hover = await session.page.getByTestId("survol").innerText();
    expect(hover).toContain("Lyon (69123)");
    expect(PAYLOADS.some((payload) => hover.includes(payload))).toBe(true);
    await notePayloadsShown();
    // The State buyers' symbols sit on Lyon: hidden, the click reaches the commune.
    await session.page.getByLabel("Acheteurs de l'État", { exact: true }).setChecked(false, { force: true });
    await session.page.mouse.click(point.x, point.y);
    await expect(session.page.getByTestId("details").locator("h2").innerText()).resolves.toContain("Lyon");
    const names = await session.page.getByTestId("facilitateurs-commune").locator("li").allInnerTexts();
    expect(names.length).toBeGreaterThan(0);
    for (const line of names) expect(PAYLOADS.some((payload) => line.startsWith(payload))).toBe(true);
    await notePayloadsShown();
    // Each overlay draws the acheteurs' and grands projets' names into the map's sources.
    for (const label of ["Acheteurs de l'État", "Grands projets", "Sièges des coordinateurs", "Contours des périmètres"]) {
      await session.page.getByLabel(label, { exact: true }).setChecked(true, { force: true });
    }
    await session.page.evaluate(() => new Promise<void>((resolve) => { const map = window.cartoMap!.map; map.once("idle", () => resolve()); map.triggerRepaint(); }));
    await session.page.mouse.move(point.x + 5, point.y + 5);
    await session.page.screenshot({ path: screenshotPath("securite-injection-commune") });
  });

  it("n'a rien exécuté ni injecté", async () => {
    const executed = dialogs.length + ((await session.page.evaluate(() => window.__xss)) === undefined ? 0 : 1);
    const injected = await injectedElements();
    console.log(`payloads tried: ${hostile.payloadFields}, executed: ${executed}`);
    console.log(`distinct payloads: ${PAYLOADS.length + CONTACT_PAYLOADS.length}, shown literally on the page: ${rendered.size}, injected elements: ${injected.length}`);
    expect(dialogs).toEqual([]);
    await expect(session.page.evaluate(() => window.__xss)).resolves.toBeUndefined();
    expect(injected).toEqual([]);
    expect(session.pageErrors).toEqual([]);
    expect(rendered.size).toBe(PAYLOADS.length + CONTACT_PAYLOADS.length);
    // Under the policy, a payload that did reach the page as HTML would also show as a violation.
    await expect(violations()).resolves.toEqual([]);
  });
});
