import path from 'node:path';
import { defaultExportDir, parseExportArguments } from '../../../src/export';

describe('parseExportArguments', () => {
  it('writes the whole graph to export/ by default, one default name per format', () => {
    expect(parseExportArguments(['--format', 'graphml'])).toEqual({
      format: 'graphml',
      out: path.join(defaultExportDir, 'diplomacy-graph.graphml'),
    });
    expect(parseExportArguments(['--format', 'json']).out).toBe(path.join(defaultExportDir, 'diplomacy-graph.cyjs'));
    expect(parseExportArguments(['--format', 'csv']).out).toBe(path.join(defaultExportDir, 'diplomacy-graph-csv'));
  });

  it('exports a neighbourhood with a depth (2 by default) and a bound', () => {
    expect(parseExportArguments(['--format', 'graphml', '--entity', 'person:adam-boehler'])).toEqual({
      format: 'graphml',
      out: path.join(defaultExportDir, 'person-adam-boehler-depth2.graphml'),
      entity: 'person:adam-boehler',
      depth: 2,
    });
    expect(parseExportArguments(['--entity', 'org:hamas', '--depth', '1', '--max-nodes', '50', '--format', 'csv'])).toMatchObject({
      entity: 'org:hamas',
      depth: 1,
      maxNodes: 50,
    });
  });

  it('takes --out relative to the working folder; a folder gets the default file name', () => {
    expect(parseExportArguments(['--format', 'graphml', '--out', 'out/g.graphml'], '/tmp/work').out).toBe('/tmp/work/out/g.graphml');
    expect(parseExportArguments(['--format', 'json', '--out', 'exports/'], '/tmp/work').out).toBe('/tmp/work/exports/diplomacy-graph.cyjs');
    expect(parseExportArguments(['--format', 'json', '--out', '.'], __dirname).out).toBe(path.join(__dirname, 'diplomacy-graph.cyjs'));
    expect(parseExportArguments(['--format', 'csv', '--out', 'csv-here'], '/tmp/work').out).toBe('/tmp/work/csv-here');
  });

  it.each([
    [[], '--format: is required'],
    [['--format', 'gexf'], '--format: expected one of graphml, csv, json, got "gexf"'],
    [['--format', 'csv', '--depth', '2'], '--depth: only applies with --entity'],
    [['--format', 'csv', '--max-nodes', '20'], '--max-nodes: only applies with --entity'],
    [['--format', 'csv', '--entity', 'org:hamas', '--depth', 'two'], '--depth: expected a whole number of at least 0, got "two"'],
    [['--format', 'csv', '--entity', '--depth'], '--entity: expected a value after it'],
    [['--format', 'csv', '--verbose'], '--verbose: unknown option'],
  ])('refuses %j', (argv, message) => {
    expect(() => parseExportArguments(argv)).toThrow(message);
  });
});
