// A coordinateur régional: a post with that role, its perimeter the région it coordinates.
import type { Facilitateur } from "../../domain/model.ts";
import { FacilitateurForm } from "./FacilitateurForm.tsx";
import type { RecordFormProps } from "./StructureForm.tsx";

export function CoordinateurForm(props: RecordFormProps<Facilitateur>) {
  return <FacilitateurForm {...props} coordinateur />;
}
