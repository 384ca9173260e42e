// The State's block on the summary sheet's canvas (the PNG): the DSFR's Marianne, « République
// française », the devise (io/marianne-block.ts holds the shapes and words).
import { BLOCK_DEVISE, BLOCK_NAME, FLAG, MARIANNE_PATH, MARIANNE_SHADE_COLOUR, MARIANNE_SHADE_PATH, MARIANNE_VIEWBOX } from "../../io/marianne-block.ts";

/**
 * Draws the block on a canvas whose unit is the millimetre, its top-left corner at (x, y),
 * the Marianne `width` mm wide; returns the block's height, mm.
 */
export function drawMarianneBlock(context: CanvasRenderingContext2D, x: number, y: number, width: number, font: string): number {
  const k = width / MARIANNE_VIEWBOX.width;
  context.save();
  context.translate(x, y);
  context.scale(k, k);
  context.fillStyle = FLAG.blue;
  context.fillRect(0, 0, MARIANNE_VIEWBOX.width / 2, FLAG.height);
  context.fillStyle = FLAG.red;
  context.fillRect(MARIANNE_VIEWBOX.width / 2, 0, MARIANNE_VIEWBOX.width / 2, FLAG.height);
  context.fillStyle = "#ffffff";
  context.fill(new Path2D(MARIANNE_PATH));
  context.fillStyle = MARIANNE_SHADE_COLOUR;
  context.fill(new Path2D(MARIANNE_SHADE_PATH));
  context.restore();
  let bottom = y + FLAG.height * k + width * 0.12;
  context.fillStyle = "#161616";
  const nameSize = width * 0.22;
  context.font = `bold ${nameSize}px ${font}`;
  for (const line of BLOCK_NAME) {
    bottom += nameSize;
    context.fillText(line, x, bottom);
  }
  const deviseSize = width * 0.15;
  context.font = `italic ${deviseSize}px ${font}`;
  bottom += deviseSize * 0.5;
  for (const line of BLOCK_DEVISE) {
    bottom += deviseSize * 1.1;
    context.fillText(line, x, bottom);
  }
  return bottom - y;
}
