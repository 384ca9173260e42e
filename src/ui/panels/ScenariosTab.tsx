// « Scénarios »: the scenarios of the project, the date of its data, and the projects saved in this browser.
import { DataDateForm } from "../edit/DataDateForm.tsx";
import { ScenariosPanel } from "../edit/ScenariosPanel.tsx";
import { ProjectsMenu } from "../projects/ProjectsMenu.tsx";

export function ScenariosTab() {
  return (
    <>
      <ScenariosPanel />
      <DataDateForm />
      <ProjectsMenu />
    </>
  );
}
