// « Importer… », « Exporter… » and « Assembler… » (several regional projects into one): the
// doors of the data, each a modal dialog. The result of an import or an assembly is
// announced here once its dialog is closed.
import { lazy, Suspense, useId, useState } from "react";
import { useAppState } from "./store-context.tsx";

// The dialogs and the importers behind them load when first opened, not with the map.
const ImportDialog = lazy(() => import("./import/ImportDialog.tsx").then((module) => ({ default: module.ImportDialog })));
const ExportDialog = lazy(() => import("./export/ExportDialog.tsx").then((module) => ({ default: module.ExportDialog })));
const AssembleDialog = lazy(() => import("./import/AssembleDialog.tsx").then((module) => ({ default: module.AssembleDialog })));

function Loading() {
  return (
    <p className="fr-text--sm" role="status">
      Chargement…
    </p>
  );
}

export function DataMenu() {
  const project = useAppState((state) => state.derived.project(state));
  const [open, setOpen] = useState<"import" | "export" | "assemble" | null>(null);
  const [message, setMessage] = useState("");
  const id = useId();
  const close = () => setOpen(null);
  return (
    <section className="panel-section data-menu" aria-labelledby={`${id}-titre`}>
      <h2 id={`${id}-titre`} className="fr-sr-only">
        Données
      </h2>
      <ul className="fr-btns-group fr-btns-group--inline fr-btns-group--sm">
        <li>
          <button
            type="button"
            className="fr-btn fr-btn--secondary"
            disabled={!project}
            onClick={() => {
              setMessage("");
              setOpen("import");
            }}
          >
            Importer…
          </button>
        </li>
        <li>
          <button type="button" className="fr-btn fr-btn--secondary" disabled={!project} onClick={() => setOpen("export")}>
            Exporter…
          </button>
        </li>
        <li>
          <button
            type="button"
            className="fr-btn fr-btn--tertiary"
            disabled={!project}
            onClick={() => {
              setMessage("");
              setOpen("assemble");
            }}
          >
            Assembler…
          </button>
        </li>
      </ul>
      <p role="status" className="fr-text--sm data-menu__status" data-testid="annonce-import">
        {message}
      </p>
      <Suspense fallback={<Loading />}>
        {open === "import" && (
          <ImportDialog
            onClose={close}
            onApplied={(text) => {
              setOpen(null);
              setMessage(text);
            }}
          />
        )}
        {open === "export" && <ExportDialog onClose={close} />}
        {open === "assemble" && (
          <AssembleDialog
            onClose={close}
            onApplied={(text) => {
              setOpen(null);
              setMessage(text);
            }}
          />
        )}
      </Suspense>
    </section>
  );
}
