import neo4j from 'neo4j-driver';
import { bindParameters, loadQueryFile, queryFileNames } from '../../../src/research';
import { cypherLiteral } from '../../../src/db';
import { printedStatement } from '../../../src/research/printStatement';

describe('cypher --print, without a database', () => {
  it.each([
    [neo4j.int(20), '20'],
    [2, '2.0'],
    [-1.25, '-1.25'],
    [1e21, '1e21'],
    [new neo4j.types.Date(2023, 10, 7), "date('2023-10-07')"],
    ["it's \\ here\n\tand\u0001", "'it\\'s \\\\ here\\n\\tand\\u0001'"],
    [true, 'true'],
    [null, 'null'],
    [[neo4j.int(1), 'x', null], "[1, 'x', null]"],
    [{ 'odd key': neo4j.int(2), 'back`tick': false, plain: 'x' }, "{`odd key`: 2, `back``tick`: false, plain: 'x'}"],
  ])('writes %p as %s', (value, literal) => {
    expect(cypherLiteral(value)).toBe(literal);
  });

  it.each(queryFileNames())('prints %s with its example: parameters in header order, includes expanded, one statement', (name) => {
    const file = loadQueryFile(name);
    const printed = printedStatement(file, bindParameters(file, file.example));
    expect(printed).not.toContain('{{');
    const paramLines = printed.split('\n').filter((line) => line.startsWith(':param '));
    expect(paramLines.map((line) => line.split(' ')[1])).toEqual(file.parameters.map((spec) => spec.name));
    expect(printed.endsWith(`${file.text.trimEnd()}\n;\n`)).toBe(true);
  });
});
