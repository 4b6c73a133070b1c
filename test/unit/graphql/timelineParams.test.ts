import fs from 'node:fs';
import path from 'node:path';
import { queriesDir } from '../../../src/db';
import { timelineFixedParams } from '../../../src/graphql/timelineParams';

const sorted = (cells: number[][]) => cells.map((cell) => cell.join(',')).sort();

describe('timeline parameters built in TypeScript', () => {
  it('covers the OVERLAPS quadrant with the squares the query used to spell out: 18 at every level, 6 more at the corner', () => {
    // The table timeline.cypher held as literal data before the rule replaced it.
    const levelCells = [
      [0, 3],
      [1, 2],
      [1, 3],
      [3, 0],
      [2, 1],
      [3, 1],
      [0, 4],
      [0, 5],
      [1, 4],
      [1, 5],
      [4, 0],
      [5, 0],
      [4, 1],
      [5, 1],
      [2, 2],
      [2, 3],
      [3, 2],
      [3, 3],
    ];
    expect(sorted(timelineFixedParams.cells)).toEqual(sorted(levelCells));
    expect(sorted(timelineFixedParams.cornerCells)).toEqual(
      sorted([
        [0, 0],
        [0, 1],
        [1, 0],
        [0, 2],
        [1, 1],
        [2, 0],
      ]),
    );
  });

  it('tiles the quadrant: every day pair up to 2^12 days from the corner lies in exactly one square', () => {
    const limit = 2 ** 12;
    const covered = new Map<string, number>();
    for (let level = 0; level <= 12; level += 1) {
      const side = 2 ** level;
      for (const [column, row] of [...timelineFixedParams.cells, ...(level === 0 ? timelineFixedParams.cornerCells : [])]) {
        // Sampled on a coarse grid of 16-day steps (and every day near the corner) to keep the test quick.
        for (let a = column * side; a < (column + 1) * side && a < limit; a += a < 64 ? 1 : 16) {
          for (let b = row * side; b < (row + 1) * side && b < limit; b += b < 64 ? 1 : 16) {
            const key = `${a},${b}`;
            covered.set(key, (covered.get(key) ?? 0) + 1);
          }
        }
      }
    }
    const samples: string[] = [];
    for (let a = 0; a < limit; a += a < 64 ? 1 : 16) for (let b = 0; b < limit; b += b < 64 ? 1 : 16) samples.push(`${a},${b}`);
    expect(samples.filter((key) => covered.get(key) !== 1)).toEqual([]);
  });

  it('gives timeline.cypher’s Example the same constants, so a researcher runs what the API runs', () => {
    const text = fs.readFileSync(path.join(queriesDir, 'timeline.cypher'), 'utf8');
    const example = JSON.parse(/^\/\/ Example: (.*)$/m.exec(text)?.[1] ?? '{}') as Record<string, unknown>;
    expect({ openEnd: example.openEnd, cells: example.cells, cornerCells: example.cornerCells }).toEqual(timelineFixedParams);
  });
});
