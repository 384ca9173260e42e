// Longitude and latitude typed the French way (decimal comma), for acheteurs and grands projets.
import type { FieldMessages } from "../../store/entity-validation.ts";
import { TextField } from "./fields.tsx";
import { formatFrenchNumber, parseFrenchNumber } from "./form-values.ts";
import type { RecordForm } from "./useRecordForm.ts";

export interface PositionText {
  longitude: string;
  latitude: string;
}

export const positionTextOf = (position: readonly number[] | undefined): PositionText => ({
  longitude: formatFrenchNumber(position?.[0]),
  latitude: formatFrenchNumber(position?.[1]),
});

/**
 * The [longitude, latitude] typed, or what went wrong, under `longitude` and `latitude`
 * (the store checks the bounds again under `field`).
 */
export function readPosition(text: PositionText, own: FieldMessages, prefix: string): [number, number] | undefined {
  const longitude = parseFrenchNumber(text.longitude);
  const latitude = parseFrenchNumber(text.latitude);
  if (longitude === undefined) own[`${prefix}longitude`] = "Ce champ est obligatoire : longitude en degrés, par exemple 5,04.";
  else if (longitude === null || Math.abs(longitude) > 180) own[`${prefix}longitude`] = "Saisissez une longitude en degrés entre -180 et 180, par exemple 5,04.";
  if (latitude === undefined) own[`${prefix}latitude`] = "Ce champ est obligatoire : latitude en degrés, par exemple 47,32.";
  else if (latitude === null || Math.abs(latitude) > 90) own[`${prefix}latitude`] = "Saisissez une latitude en degrés entre -90 et 90, par exemple 47,32.";
  return typeof longitude === "number" && typeof latitude === "number" && Math.abs(longitude) <= 180 && Math.abs(latitude) <= 90 ? [longitude, latitude] : undefined;
}

export function PositionFields({ form, prefix, value, onChange }: { form: RecordForm; prefix: string; value: PositionText; onChange(value: PositionText): void }) {
  return (
    <div className="position-fields">
      <TextField form={form} field={`${prefix}longitude`} label="Longitude (degrés, WGS84)" hint="Par exemple 5,04 ; négative à l'ouest de Greenwich." value={value.longitude} onChange={(longitude) => onChange({ ...value, longitude })} inputMode="decimal" required />
      <TextField form={form} field={`${prefix}latitude`} label="Latitude (degrés, WGS84)" hint="Par exemple 47,32." value={value.latitude} onChange={(latitude) => onChange({ ...value, latitude })} inputMode="decimal" required />
    </div>
  );
}
