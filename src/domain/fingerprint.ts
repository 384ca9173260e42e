/**
 * The fingerprint of a project's data, that a shared link carries: a short hash of the
 * records and thresholds (not of the name, the date or the view), so that a link opened
 * with other data can say so. Same data, same fingerprint, whatever the order of keys.
 */
import type { Project } from "./model.ts";

/** JSON with the keys of every object sorted: one text per value. */
function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(",")}]`;
  if (value !== null && typeof value === "object") {
    const entries = Object.entries(value as Record<string, unknown>).filter(([, item]) => item !== undefined);
    entries.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([key, item]) => `${JSON.stringify(key)}:${canonicalJson(item)}`).join(",")}}`;
  }
  return JSON.stringify(value) ?? "null";
}

/** cyrb53: a fast 53-bit string hash (not cryptographic: it tells data apart, it protects nothing). */
function hash53(text: string): number {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return 4294967296 * (2097151 & h2) + (h1 >>> 0);
}

const remembered = new WeakMap<Project, string>();

/** Eight characters (0-9, a-z) that change when the project's data changes. */
export function dataFingerprint(project: Project): string {
  let fingerprint = remembered.get(project);
  if (fingerprint === undefined) {
    const { structures, facilitateurs, acheteurs, grandsProjets, seuils } = project;
    fingerprint = hash53(canonicalJson({ structures, facilitateurs, acheteurs, grandsProjets, seuils })).toString(36).padStart(11, "0").slice(-8);
    remembered.set(project, fingerprint);
  }
  return fingerprint;
}
