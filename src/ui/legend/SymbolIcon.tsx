import { symbolPath, type SymbolShape } from "../../map/symbols.ts";

/** A map symbol as the legend shows it (decorative: its label is beside it). */
export function SymbolIcon({ shape, size = shape.size }: { shape: SymbolShape; size?: number }) {
  return (
    <svg className="symbol-icon" width={size} height={size} viewBox={`0 0 ${size} ${size}`} aria-hidden="true" focusable="false">
      <path d={symbolPath(shape, size)} fill={shape.fill} stroke={shape.stroke === "#ffffff" ? "#3a3a3a" : shape.stroke} strokeWidth={Math.max(1, size / 10)} />
    </svg>
  );
}
