import { answerIds } from '../../../src/bench/apiWorkloads';
import { latency, latencySvg, markdownTable, resultRows, textTable, type WorkloadResult } from '../../../src/bench/apiReport';
import { cypherLiteral, explainable } from '../../../src/db/cypherLiteral';

const result = (workload: string, events: number, apiP50: number, handP50: number): WorkloadResult => ({
  workload,
  variant: 'API',
  events,
  api: { p50: apiP50, p95: apiP50 * 2, p99: apiP50 * 3 },
  hand: { p50: handP50, p95: handP50 * 2, p99: handP50 * 3 },
  statements: 3,
  agrees: true,
  split: { parseValidate: 0.5, execute: 10, database: 8, serialiseHttp: 1 },
});

describe('latency percentiles', () => {
  it('takes p50, p95 and p99 of unsorted timings by the rule of stats.ts (upper middle)', () => {
    const times = Array.from({ length: 100 }, (_, i) => 100 - i); // 100 .. 1, unsorted
    expect(latency(times)).toEqual({ p50: 51, p95: 96, p99: 100 });
    expect(latency([4, 1, 3, 2])).toEqual({ p50: 3, p95: 4, p99: 4 });
  });

  it('gives NaN for no timings rather than a made-up figure', () => {
    expect(latency([]).p50).toBeNaN();
  });
});

describe('answerIds', () => {
  it('collects id, source and target values at any depth, sorted and without repeats', () => {
    const graphql = {
      timeline: {
        edges: [{ node: { id: 'event:b', title: 'not an id', participants: [{ actor: { id: 'org:x' } }] } }, { node: { id: 'event:a' } }],
      },
    };
    expect(answerIds(graphql)).toEqual(['event:a', 'event:b', 'org:x']);
    expect(answerIds([{ nodes: [{ id: 'p:1' }], edges: [{ type: 'HOLDS_ROLE', source: 'p:1', target: 'o:2' }] }])).toEqual(['o:2', 'p:1']);
  });

  it('tells answers apart that differ by one id', () => {
    expect(answerIds({ id: 'a', more: [{ id: 'b' }] })).not.toEqual(answerIds({ id: 'a', more: [{ id: 'c' }] }));
  });
});

describe('the result table', () => {
  const results = [result('one actor', 100_000, 20, 5), result('one actor', 1_000_000, 40, 8)];

  it('shows the ratio API / hand and the statements per request', () => {
    const rows = resultRows(results);
    expect(rows[0]).toContain('API/hand p50');
    expect(rows[1]).toEqual(
      expect.arrayContaining(['one actor', '100,000', '20.0 / 40.0 / 60.0', '5.0 / 10.0 / 15.0', '4.00x', '3', 'yes']),
    );
    expect(rows[2]).toContain('5.00x');
  });

  it("splits the first server's p50 into parts that add up to it, and leaves the split out where the statements were not sent alone", () => {
    const measured = { ...result('one actor', 1_000_000, 7, 4), alone: latency([5.5]), floor: latency([0.5]) };
    const [header, split, unsplit] = resultRows([measured, { ...result('one actor', 1_000_000, 9, 4), variant: 'API, no look-ahead' }]);
    const column = header?.indexOf('API p50 = hand + its statements beyond hand + request floor + rest, ms') ?? -1;
    expect(column).toBeGreaterThan(0);
    expect(split?.[column]).toBe('7.0 = 4.0 + 1.5 + 0.5 + 1.0');
    expect(unsplit?.[column]).toBe('-');
  });

  it('aligns the text table and escapes pipes in the markdown one', () => {
    const lines = textTable([
      ['a', 'bb'],
      ['ccc', 'd'],
    ]).split('\n');
    expect(lines).toEqual(['a   | bb', 'ccc | d']);
    expect(
      markdownTable([
        ['x|y', 'z'],
        ['1', '2'],
      ]),
    ).toBe('| x\\|y | z |\n| --- | --- |\n| 1 | 2 |');
  });
});

describe('latencySvg', () => {
  const svg = latencySvg([
    result('one actor <&>', 100_000, 20, 5),
    result('one actor <&>', 1_000_000, 40, 8),
    result('month', 100_000, 30, 60),
    result('month', 1_000_000, 31, 70),
  ]);

  it('draws an API line and a dashed hand line per workload, one point per size', () => {
    expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
    expect(svg.match(/<polyline /g)).toHaveLength(4);
    expect(svg.match(/stroke-dasharray/g)).toHaveLength(2);
    expect(svg.match(/<circle /g)).toHaveLength(8);
    expect(svg).toContain('1,000,000');
  });

  it('draws another server variant dotted in the workload colour, and the hand line only once', () => {
    const other = (base: WorkloadResult): WorkloadResult => ({
      ...base,
      variant: 'API, no look-ahead',
      api: { p50: 50, p95: 60, p99: 70 },
    });
    const base = [result('one', 100_000, 20, 5), result('one', 1_000_000, 40, 8)];
    const drawn = latencySvg([...base, ...base.map(other)]);
    expect(drawn.match(/<polyline /g)).toHaveLength(3);
    expect(drawn.match(/stroke-dasharray="1 3"/g)).toHaveLength(1);
    expect(drawn).toContain('dotted: API, no look-ahead');
  });

  it('escapes names and loads nothing from outside (no links, scripts or fonts)', () => {
    expect(svg).toContain('one actor &lt;&amp;&gt;');
    expect(svg).not.toMatch(/<script|href=|@import|url\(/);
  });

  it('puts the slower point higher on the plot', () => {
    const points =
      /<polyline points="([^"]+)"/
        .exec(svg)?.[1]
        ?.split(' ')
        .map((point) => point.split(',').map(Number)) ?? [];
    expect(points).toHaveLength(2);
    // 20 ms at 100k, 40 ms at 1M: further right and higher (smaller y) for the larger graph.
    expect(points[1]?.[0]).toBeGreaterThan(points[0]?.[0] ?? Infinity);
    expect(points[1]?.[1]).toBeLessThan(points[0]?.[1] ?? -Infinity);
  });
});

describe('EXPLAIN-ready statements', () => {
  it('writes parameters as a Cypher map literal, quoting what needs it', () => {
    // A JavaScript number is sent as a float, so it is written as one: the logged statement replays what ran.
    expect(cypherLiteral({ ids: ["o'brien", 'a\\b'], limit: 50, roles: null, rollUp: true, 'odd key': { x: 1.5 } })).toBe(
      "{ids: ['o\\'brien', 'a\\\\b'], limit: 50.0, roles: null, rollUp: true, `odd key`: {x: 1.5}}",
    );
  });

  it('puts the file name, the :param line and EXPLAIN before the first clause, after the header comment', () => {
    expect(explainable('entities-by-id', '\nMATCH (n) RETURN n\n', { ids: ['x'] })).toBe(
      "// entities-by-id\n:param {ids: ['x']}\nEXPLAIN MATCH (n) RETURN n\n",
    );
    expect(explainable('f', '// f: what\n// Parameters: none\nMATCH (n)\n// why\nRETURN n', {})).toBe(
      '// f\n:param {}\n// f: what\n// Parameters: none\nEXPLAIN MATCH (n)\n// why\nRETURN n\n',
    );
  });

  it('refuses a value that has no Cypher literal', () => {
    expect(() => cypherLiteral({ f: () => 1 })).toThrow('no Cypher literal for a function parameter');
  });
});
