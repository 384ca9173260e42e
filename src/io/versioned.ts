/**
 * Files and records that say which version of their format they are written in (the project
 * file's `schema`, the saved record's `format`): brought to the current version one step at
 * a time, each step an upgrade from one version to the next. One loop for every such file,
 * so that they all refuse an unknown or newer version the same way, with a French message.
 */
import type { JsonObject } from "./field-reader.ts";

/** Why a value cannot be brought to the current version. `version` is the value as found. */
export type VersionFailure = { kind: "missing" } | { kind: "unknown"; version: unknown } | { kind: "newer"; version: string };

export interface VersionedFormat {
  /** The version this app reads and writes. */
  current: string;
  /** The version a value declares (its `schema`, `format`…), as found; undefined when it declares none. */
  versionOf(value: JsonObject): unknown;
  /** From each older version to the next one: `{ "x@1": (value) => value at x@2 }`. */
  upgrades: Readonly<Record<string, (value: JsonObject) => JsonObject>>;
  /** The French message of a failure, when the default (`describeVersionFailure`) does not suit. */
  describe?: (failure: VersionFailure) => string;
}

export type Upgraded =
  | {
      ok: true;
      value: JsonObject;
      /** Every version the value went through, its own first and the current one last (one entry when it was current). */
      versions: string[];
    }
  | { ok: false; failure: VersionFailure; message: string };

/** The number a version ends with (`…@2`, `2`) and what comes before it, or undefined. */
function numbered(version: string): { family: string; number: number } | undefined {
  const match = /^(.*?)(\d+)$/.exec(version);
  return match ? { family: match[1]!, number: Number(match[2]) } : undefined;
}

/** True when `version` is a later version of the same format as `current` (same text before the number, higher number). */
export function isNewerVersion(version: string, current: string): boolean {
  const found = numbered(version);
  const known = numbered(current);
  return found !== undefined && known !== undefined && found.family === known.family && found.number > known.number;
}

/** The default French message of a failure. */
export function describeVersionFailure(failure: VersionFailure, current: string): string {
  switch (failure.kind) {
    case "missing":
      return `version du format absente (attendu ${JSON.stringify(current)})`;
    case "unknown":
      return `version du format inconnue ${JSON.stringify(failure.version) ?? String(failure.version)} ; version reconnue : ${JSON.stringify(current)}`;
    case "newer":
      return `version ${JSON.stringify(failure.version)} plus récente que celle que cette version de l'application sait lire (${JSON.stringify(current)}) : rechargez la page ou mettez l'application à jour`;
  }
}

/**
 * Brings `value` to `format.current`, step by step; never throws. A missing version, one
 * without an upgrade, or a step that leads back to a version already seen is a failure.
 */
export function upgradeVersioned(value: JsonObject, format: VersionedFormat): Upgraded {
  const fail = (failure: VersionFailure): Upgraded => ({ ok: false, failure, message: (format.describe ?? ((f) => describeVersionFailure(f, format.current)))(failure) });
  let current = value;
  const versions: string[] = [];
  for (;;) {
    const version = format.versionOf(current);
    if (version === format.current) return { ok: true, value: current, versions: [...versions, format.current] };
    if (typeof version !== "string") return fail(version === undefined ? { kind: "missing" } : { kind: "unknown", version });
    const upgrade = !versions.includes(version) && Object.hasOwn(format.upgrades, version) ? format.upgrades[version] : undefined;
    if (!upgrade) return fail(isNewerVersion(version, format.current) ? { kind: "newer", version } : { kind: "unknown", version });
    versions.push(version);
    current = upgrade(current);
  }
}
