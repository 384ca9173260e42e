// The security headers of the built app, in one place: `npm start`, the browser tests'
// server and the static-hosting examples of docs/securite-deploiement.md all send them.
import { createHash } from "node:crypto";
import { isEmbedSearch } from "../src/store/embed-query.mjs";

/** Base64 SHA-256 of an inline `<style>` element's text, as CSP writes it. */
const styleHash = (text) => `'sha256-${createHash("sha256").update(text, "utf8").digest("base64")}'`;

/**
 * The only inline styles of the app: react-dsfr's `startReactDsfr` writes one `<style>`
 * element, `:root { color-scheme: light|dark; }` (node_modules/@codegouvfr/react-dsfr/
 * useIsDark/client.js). Allowing these two exact texts by hash keeps every other inline
 * style, and every `style=""` attribute in markup, blocked. React's `style={}` props and
 * MapLibre's element styles go through the CSSOM, which CSP does not restrict.
 */
export const DSFR_COLOR_SCHEME_STYLES = [":root { color-scheme: light; }", ":root { color-scheme: dark; }"];

/**
 * The optional Plan IGN basemap (src/map/basemap.ts): off by default, switched on by the
 * user. MapLibre fetches raster tiles with fetch() (connect-src) and, for tiles it does
 * not refresh, with an <img> (img-src).
 */
export const BASEMAP_ORIGIN = "https://data.geopf.fr";

/** Directive → sources. Each one is explained where it is more than `'self'`. */
export const CSP_DIRECTIVES = {
  "default-src": ["'self'"],
  // The Vite bundle only: no inline script, no eval, no other origin.
  "script-src": ["'self'"],
  // MapLibre's worker (maplibre-gl 5) starts from a blob: URL the page makes from its own
  // bundle's code (src/map/map-controller.ts); the app's import worker is a same-origin file.
  "worker-src": ["'self'", "blob:"],
  "style-src": ["'self'", ...DSFR_COLOR_SCHEME_STYLES.map(styleHash)],
  // data: for the SVG icons inlined in maplibre-gl.css and the DSFR stylesheet (an image
  // cannot run script) and for the empty favicon of index.html.
  "img-src": ["'self'", "data:", BASEMAP_ORIGIN],
  "connect-src": ["'self'", BASEMAP_ORIGIN],
  "font-src": ["'self'"],
  "object-src": ["'none'"],
  "base-uri": ["'none'"],
  "form-action": ["'none'"],
  // Only honoured as a header (ignored in a <meta>): no framing by other sites.
  "frame-ancestors": ["'none'"],
};

/** The value of the Content-Security-Policy header. */
export const CONTENT_SECURITY_POLICY = Object.entries(CSP_DIRECTIVES)
  .map(([directive, sources]) => `${directive} ${sources.join(" ")}`)
  .join("; ");

/**
 * Browser features the app never uses, refused to the page and to anything it could frame.
 * Fullscreen stays allowed to the app itself (the presentation mode, src/ui/presentation/).
 * Only features Chromium and Firefox know, so that the header raises no console warning.
 */
export const PERMISSIONS_POLICY = [
  "accelerometer=()",
  "autoplay=()",
  "camera=()",
  "display-capture=()",
  "encrypted-media=()",
  "fullscreen=(self)",
  "geolocation=()",
  "gyroscope=()",
  "magnetometer=()",
  "microphone=()",
  "midi=()",
  "payment=()",
  "picture-in-picture=()",
  "publickey-credentials-get=()",
  "screen-wake-lock=()",
  "usb=()",
  "xr-spatial-tracking=()",
].join(", ");

/** Headers sent with every response of the app's servers. */
export const SECURITY_HEADERS = {
  "Content-Security-Policy": CONTENT_SECURITY_POLICY,
  "X-Content-Type-Options": "nosniff",
  // Addresses carry the view (`?facilitateur=…`, `?territoire=…`): no other site learns them,
  // neither through links (contacts) nor through the basemap's tile requests.
  "Referrer-Policy": "no-referrer",
  "Permissions-Policy": PERMISSIONS_POLICY,
};

/**
 * The read-only embed view may be framed by any site; every other page keeps
 * `frame-ancestors 'none'`. The query is read by `isEmbedSearch`, the very function the
 * app reads it with (src/store/embed-query.mjs): the address framed is the one that opens
 * read-only, never the editing app (`?integration=0&embed=1` is not the embed view).
 */
export function isEmbedUrl(url) {
  return isEmbedSearch(new URL(url, "http://localhost").search);
}

/** The headers for one request URL (path and query). */
export function securityHeadersFor(url) {
  if (!isEmbedUrl(url)) return SECURITY_HEADERS;
  return { ...SECURITY_HEADERS, "Content-Security-Policy": CONTENT_SECURITY_POLICY.replace("frame-ancestors 'none'", "frame-ancestors *") };
}

/**
 * A Vite plugin for `vite preview`: sends `securityHeadersFor` with every response, and
 * serves the app as two pages (`appType: "mpa"`) instead of a single-page app, so that a
 * missing file (`/assets/x.js`) answers 404 rather than the map's HTML with 200; only
 * `/`, `/index.html` and `/public.html` (or `/public`) are pages.
 */
export function securityHeadersPlugin() {
  return {
    name: "carto-security-headers",
    config: () => ({ appType: "mpa" }),
    configurePreviewServer(server) {
      server.middlewares.use((request, response, next) => {
        for (const [name, value] of Object.entries(securityHeadersFor(request.url ?? "/"))) response.setHeader(name, value);
        next();
      });
    },
  };
}
