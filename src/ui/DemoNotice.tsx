import type { Project } from "../domain/model.ts";
import { useAppState } from "./store-context.tsx";

/** Says plainly that a demo project's facilitators are fictional (nothing for real data). */
export function DemoNoticeOf({ project, className = "" }: { project: Pick<Project, "demo" | "avertissement"> | null | undefined; className?: string }) {
  if (!project?.demo) return null;
  return (
    <div className={`fr-notice fr-notice--info ${className}`.trim()} role="note" data-testid="avertissement-demo">
      <div className="fr-container--fluid fr-px-2w">
        <div className="fr-notice__body">
          <p className="fr-notice__title">Données de démonstration fictives.</p>{" "}
          <p className="fr-notice__desc">{project.avertissement ?? "Les facilitateurs, structures et périmètres affichés sont inventés."}</p>
        </div>
      </div>
    </div>
  );
}

/** The notice for the app's open project. */
export function DemoNotice() {
  const project = useAppState((state) => state.derived.project(state));
  return <DemoNoticeOf project={project} />;
}
