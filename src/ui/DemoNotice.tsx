import type { Project } from "../domain/model.ts";
import { useAppState } from "./store-context.tsx";

/** Says plainly that a demo project's facilitators are fictional (nothing for real data). */
export function DemoNoticeOf({ project, className = "" }: { project: Pick<Project, "demo" | "avertissement"> | null | undefined; className?: string }) {
  if (!project?.demo) return null;
  const text = project.avertissement ?? "Les facilitateurs, structures et périmètres affichés sont inventés.";
  return (
    <div className={`fr-notice fr-notice--info ${className}`.trim()} role="note" data-testid="avertissement-demo">
      <div className="fr-container--fluid fr-px-2w">
        {/* On the map screen, one line: the whole text stays readable (title, screen readers). */}
        <div className="fr-notice__body" title={text}>
          <p className="fr-notice__title">Données de démonstration fictives.</p>{" "}
          <p className="fr-notice__desc">{text}</p>
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
