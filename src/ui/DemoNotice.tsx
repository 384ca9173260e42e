import { useAppState } from "./store-context.tsx";

/** Says plainly, while demo data is loaded, that its facilitators are fictional. */
export function DemoNotice() {
  const project = useAppState((state) => state.project);
  if (!project?.demo) return null;
  return (
    <div className="fr-notice fr-notice--info" role="note" data-testid="avertissement-demo">
      <div className="fr-container--fluid fr-px-2w">
        <div className="fr-notice__body">
          <p className="fr-notice__title">Données de démonstration fictives.</p>{" "}
          <p className="fr-notice__desc">{project.avertissement ?? "Les facilitateurs, structures et périmètres affichés sont inventés."}</p>
        </div>
      </div>
    </div>
  );
}
