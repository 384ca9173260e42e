// Whether an address asks for the read-only embed view: the ONE parser of `integration` and
// `embed`, shared by the server (scripts/csp.mjs, which lets only that view be framed by
// other sites) and the app (src/store/url-state.ts, which then makes its store read-only).
// Plain JavaScript so that `node scripts/serve.mjs` imports it as is.

/** The parameters that ask for the embed view, in the order they are read: the first one present decides. */
export const EMBED_PARAMETERS = ["integration", "embed"];

const TRUE_VALUES = new Set(["1", "true", "oui"]);

/**
 * True when the query string (`?a=b&…`, with or without `?`) asks for the embed view: the
 * first of `integration`, `embed` present is `1`, `true` or `oui` (any case, spaces
 * around ignored). `?integration=0&embed=1` is not the embed view: `integration` decides.
 */
export function isEmbedSearch(search) {
  let params;
  try {
    params = new URLSearchParams(search);
  } catch {
    return false;
  }
  for (const name of EMBED_PARAMETERS) {
    const value = params.get(name);
    if (value !== null) return TRUE_VALUES.has(value.trim().toLowerCase());
  }
  return false;
}
