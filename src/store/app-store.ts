// The one store, in slices: what is loaded (territory), the document and its history (every
// change through `change`), the shareable view, the fleeting pointer state, the saving's
// status, and the edits of records, perimeters and needs. Derived figures are read through
// `derived` (memoised per store), never stored.
import { createStore, type StoreApi } from "zustand/vanilla";
import { createDerived, type Derived } from "./derived.ts";
import { createDocumentSlice, type DocumentSlice } from "./document-slice.ts";
import { createLoadSlice, type LoadSlice } from "./load-slice.ts";
import { createNeedsActions, type NeedsActions } from "./needs-actions.ts";
import { createPerimeterActions, type PerimeterActions } from "./perimeter-actions.ts";
import { createRecordActions, type RecordActions } from "./record-actions.ts";
import { createSaveSlice, type SaveSlice } from "./save-slice.ts";
import { createTransientSlice, type TransientSlice } from "./transient-slice.ts";
import { createViewSlice, type ViewSlice } from "./view-slice.ts";

export type { EditOutcome } from "./document-slice.ts";

export interface StoreOptions {
  /** Today as YYYY-MM-DD, written in `miseAJour` of the posts edited (tests pin it). */
  today?: () => string;
  /** The embedded view: every change of the document is refused (see `change`). */
  readOnly?: boolean;
}

export interface AppState extends LoadSlice, DocumentSlice, ViewSlice, TransientSlice, SaveSlice, RecordActions, PerimeterActions, NeedsActions {
  /** The derived data of this store (memoised selectors). */
  readonly derived: Derived;
}

export type AppStore = StoreApi<AppState>;

const todayIso = () => new Date().toISOString().slice(0, 10);

export function createAppStore(options: StoreOptions = {}): AppStore {
  const today = options.today ?? todayIso;
  return createStore<AppState>()((set, get, api) => ({
    derived: createDerived(get),
    ...createLoadSlice(set, get, api),
    ...createDocumentSlice(options.readOnly ?? false)(set, get, api),
    ...createViewSlice(set, get, api),
    ...createTransientSlice(set, get, api),
    ...createSaveSlice(set, get, api),
    ...createRecordActions(today)(set, get, api),
    ...createPerimeterActions(today)(set, get, api),
    ...createNeedsActions(set, get, api),
  }));
}
