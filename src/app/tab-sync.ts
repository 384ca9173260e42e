// Tabs of the same browser telling each other that they saved a project (BroadcastChannel):
// a tab showing that project learns at once that its copy is behind, before it writes. The
// database's generation check (persistence/project-database.ts) stays the guard when the
// channel is missing or a message comes late.

export interface SavedMessage {
  type: "enregistre";
  /** Project id and the generation just written. */
  id: string;
  generation: number;
  /** The writing tab, so that a tab ignores its own messages. */
  tab: string;
}

/** The part of BroadcastChannel used here (tests pass their own). */
export interface ChannelLike {
  postMessage(message: unknown): void;
  addEventListener(type: "message", listener: (event: { data: unknown }) => void): void;
  close(): void;
}

export const CHANNEL_NAME = "carto-clause-sociale:enregistrements";

export interface TabSync {
  readonly tab: string;
  /** Tells the other tabs that this one saved `id` at `generation`. */
  announce(id: string, generation: number): void;
  close(): void;
}

const isSavedMessage = (value: unknown): value is SavedMessage =>
  typeof value === "object" && value !== null && (value as SavedMessage).type === "enregistre" && typeof (value as SavedMessage).id === "string" && typeof (value as SavedMessage).generation === "number";

/** Listens to the other tabs' saves on `channel` (none when null: the generation check alone then guards). */
export function createTabSync(channel: ChannelLike | null, onOtherSave: (id: string, generation: number) => void): TabSync {
  const tab = `onglet-${Math.random().toString(36).slice(2, 10)}`;
  channel?.addEventListener("message", (event) => {
    if (isSavedMessage(event.data) && event.data.tab !== tab) onOtherSave(event.data.id, event.data.generation);
  });
  return {
    tab,
    announce(id, generation) {
      try {
        channel?.postMessage({ type: "enregistre", id, generation, tab } satisfies SavedMessage);
      } catch {
        // A closed channel: the generation check still guards the next write.
      }
    },
    close: () => channel?.close(),
  };
}

/** The browser's channel, or null where BroadcastChannel does not exist. */
export function defaultChannel(): ChannelLike | null {
  if (typeof BroadcastChannel === "undefined") return null;
  const channel = new BroadcastChannel(CHANNEL_NAME);
  // Node's channel (tests, tools) would otherwise keep the process alive.
  (channel as BroadcastChannel & { unref?: () => void }).unref?.();
  return channel;
}
