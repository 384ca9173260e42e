// The body of the selection's card, by kind of object: loaded with the first selection (or
// once the names have arrived after the first view), not with the map, for it brings the
// record forms and the perimeter editor.
import type { Selection } from "../../view/vocabulary.ts";
import { DecpBuyersDetails } from "../needs/DecpBuyersDetails.tsx";
import { CommuneDetails } from "./CommuneDetails.tsx";
import { FacilitateurDetails } from "./FacilitateurDetails.tsx";
import { AcheteurDetails, GrandProjetDetails } from "./RecordDetails.tsx";
import { StructureDetails } from "./StructureDetails.tsx";

export function SelectionDetails({ selection }: { selection: NonNullable<Selection> }) {
  switch (selection.kind) {
    case "commune":
      return <CommuneDetails code={selection.code} />;
    case "facilitateur":
      return <FacilitateurDetails id={selection.id} />;
    case "structure":
      return <StructureDetails id={selection.id} />;
    case "acheteur":
      return <AcheteurDetails id={selection.id} />;
    case "grand-projet":
      return <GrandProjetDetails id={selection.id} />;
    case "acheteurs-decp":
      return <DecpBuyersDetails code={selection.id} />;
  }
}
