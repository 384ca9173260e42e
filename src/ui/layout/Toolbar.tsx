// The actions of the main screen in one bar over the map: undo and redo with the saving's
// state, import and export, sharing, and the read-only views (present, print or export,
// charts). The search sits in the header, on the right.
import { DataMenu } from "../DataMenu.tsx";
import { HistoryBar } from "../edit/HistoryBar.tsx";
import { ModeButtons } from "../presentation/ModeButtons.tsx";
import { ShareButton } from "../ShareButton.tsx";

export function Toolbar() {
  return (
    <div className="app-toolbar" data-testid="barre-outils">
      <HistoryBar />
      <DataMenu />
      <ShareButton />
      <ModeButtons />
    </div>
  );
}
