import { openEnd } from '../db';

/** A square of the OVERLAPS quadrant, in units of its level's side (2^level days): [column, row]. */
export type Cell = [column: number, row: number];

/** Cells at least this many sides from the quadrant's corner are far enough from the diagonal, where short events lie. */
const cornerDistance = 3;

/**
 * The squares that cover the quadrant of events that began before a range and end in or after it (timeline.cypher,
 * OVERLAPS), as a Whitney decomposition: at every level, the cells at least `cornerDistance` sides from the
 * corner whose parent (the cell of the next level holding them) is not such a cell itself, which makes the
 * levels tile the quadrant without overlap; level 0 alone adds the cells nearer the corner. A square's side thus
 * grows with its distance from the corner, so none reaches the short events along the diagonal.
 */
function quadrantCells(): { cells: Cell[]; cornerCells: Cell[] } {
  const far = (column: number, row: number) => column + row >= cornerDistance;
  const span = 4 * cornerDistance;
  const all: Cell[] = [];
  for (let column = 0; column < span; column += 1) for (let row = 0; row < span; row += 1) all.push([column, row]);
  return {
    cells: all.filter(([column, row]) => far(column, row) && !far(Math.floor(column / 2), Math.floor(row / 2))),
    cornerCells: all.filter(([column, row]) => !far(column, row)),
  };
}

/** The parameters of timeline.cypher that do not depend on the request: the open-end day and the quadrant's cells. */
export const timelineFixedParams = { openEnd, ...quadrantCells() };
