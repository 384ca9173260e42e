// Which rows of a long table to render: those in view in its scrolling box, and a few
// around. A preview of 1,000 changes rendered whole cost the page React's render and the
// DSFR script's scan of every new element; windowed, it renders some forty rows whatever
// the count. Rows are of one height (the table's cells do not wrap).
import { useCallback, useState, type UIEvent } from "react";

/** Under this many rows, every row is rendered (nothing to gain, and `tr` counts stay exact). */
export const WINDOW_MIN_ROWS = 100;
const OVERSCAN = 10;

export interface RowWindow {
  first: number;
  /** One past the last row rendered. */
  last: number;
  /** Height (px) of the rows not rendered above and below, kept as two spacer rows. */
  above: number;
  below: number;
  onScroll(event: UIEvent<HTMLElement>): void;
}

/** The rows of `count` to render in a box `viewport` px high, rows `rowHeight` px high. */
export function useRowWindow(count: number, rowHeight: number, viewport: number): RowWindow {
  const [scrollTop, setScrollTop] = useState(0);
  const onScroll = useCallback((event: UIEvent<HTMLElement>) => setScrollTop(event.currentTarget.scrollTop), []);
  if (count <= WINDOW_MIN_ROWS) return { first: 0, last: count, above: 0, below: 0, onScroll };
  const first = Math.max(0, Math.floor(scrollTop / rowHeight) - OVERSCAN);
  const last = Math.min(count, Math.ceil((scrollTop + viewport) / rowHeight) + OVERSCAN);
  return { first, last, above: first * rowHeight, below: (count - last) * rowHeight, onScroll };
}
