// Hardening against hostile requests and files, in the served app and a real Chromium:
// security headers, 404 for missing files, which addresses another site may frame, and
// the import of hostile files (every one generated here, none committed). Freezes are
// measured with a long-task observer and printed in milliseconds, never asserted as time.
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { PERMISSIONS_POLICY } from "../../scripts/csp.mjs";
import { openBrowser, type BrowserSession } from "./browser.ts";

describe("en-têtes, fichiers absents et cadre d'un autre site", () => {
  let session: BrowserSession;
  /** Another site (another port of this machine: Chromium lets only local pages frame a local server), whose page frames `?frame=<query>` of the app. */
  let otherSite: Server;
  let otherOrigin: string;
  const base = () => inject("baseUrl");
  beforeAll(async () => {
    session = await openBrowser(inject("baseUrl"));
    otherSite = createServer((request, response) => {
      const query = new URL(request.url ?? "/", "http://localhost").searchParams.get("frame") ?? "";
      response.writeHead(200, { "content-type": "text/html; charset=utf-8" });
      response.end(`<!doctype html><title>Autre site</title><iframe src="${base()}${query.replace(/"/g, "&quot;")}" width="900" height="600"></iframe>`);
    });
    await new Promise<void>((resolve) => otherSite.listen(0, "127.0.0.1", resolve));
    otherOrigin = `http://127.0.0.1:${(otherSite.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    await session?.close();
    await new Promise((resolve) => otherSite?.close(resolve));
  });

  it("répond 404 pour un fichier absent, et ne sert le HTML de l'application qu'à ses pages", async () => {
    const statuses: Record<string, [number, string]> = {};
    for (const path of ["assets/x.js", "assets/absent.css", "geo/absent.json", "rien/", "", "index.html", "public.html"]) {
      const response = await session.context.request.get(new URL(path, base()).toString(), { headers: { accept: "*/*" } });
      statuses[path] = [response.status(), (response.headers()["content-type"] ?? "").split(";")[0]!];
      // Every answer, 404 included, carries the security headers.
      expect(response.headers()["referrer-policy"]).toBe("no-referrer");
      expect(response.headers()["permissions-policy"]).toBe(PERMISSIONS_POLICY);
    }
    console.log(`statuses: ${JSON.stringify(statuses)}`);
    expect(statuses["assets/x.js"]![0]).toBe(404);
    expect(statuses["assets/absent.css"]![0]).toBe(404);
    expect(statuses["geo/absent.json"]![0]).toBe(404);
    expect(statuses["rien/"]![0]).toBe(404);
    expect(statuses[""]).toEqual([200, "text/html"]);
    expect(statuses["index.html"]).toEqual([200, "text/html"]);
    expect(statuses["public.html"]).toEqual([200, "text/html"]);
  });

  /** Opens `query` of the app in an <iframe> of a page from another origin; says what the frame shows. */
  async function frameFromAnotherSite(query: string): Promise<"application d'édition" | "vue intégrée" | "bloqué"> {
    await session.page.goto(`${otherOrigin}/?frame=${encodeURIComponent(query)}`);
    const frame = session.page.frames().find((candidate) => candidate !== session.page.mainFrame())!;
    await frame.waitForLoadState("load");
    // A frame refused by frame-ancestors shows Chromium's error page, without the app's script.
    if (frame.url().startsWith("chrome-error:")) return "bloqué";
    const seen = await frame
      .waitForFunction(() => document.querySelector('[data-testid="integration"]') ? "vue intégrée" : document.querySelector("header, .fr-header") ? "application d'édition" : null, undefined, { timeout: 20_000 })
      .then((handle) => handle.jsonValue() as Promise<"application d'édition" | "vue intégrée">)
      .catch(() => "bloqué" as const);
    return seen;
  }

  it("?integration=0&embed=1 : l'application d'édition, qu'aucun autre site ne peut encadrer", async () => {
    const response = await session.context.request.get(`${base()}?integration=0&embed=1`);
    expect(response.headers()["content-security-policy"]).toContain("frame-ancestors 'none'");
    await expect(frameFromAnotherSite("?integration=0&embed=1")).resolves.toBe("bloqué");
    // Opened directly, the same address is the editing app (the server and the app agree).
    await session.page.goto(`${base()}?integration=0&embed=1`);
    await session.page.getByRole("button", { name: "Importer…" }).waitFor({ timeout: 120_000 });
    await expect(session.page.getByTestId("integration").count()).resolves.toBe(0);
  });

  it("?integration=true : la vue intégrée en lecture seule, seule adresse qu'un autre site peut encadrer", async () => {
    const response = await session.context.request.get(`${base()}?integration=true`);
    expect(response.headers()["content-security-policy"]).toContain("frame-ancestors *");
    await expect(frameFromAnotherSite("?integration=true")).resolves.toBe("vue intégrée");
    await expect(frameFromAnotherSite("")).resolves.toBe("bloqué");
  });
});
