import { findJsonSyntaxError } from '../../../src/ingest/jsonSyntax';

describe('findJsonSyntaxError', () => {
  it('accepts valid JSON', () => {
    expect(findJsonSyntaxError('{"a": [1, -2.5e3, "x\\n\\u00e9", true, false, null], "b": {}}')).toBeUndefined();
  });

  it.each([
    ['{\n  "a": 1,\n}', 3, 1, 'expected another property after \',\' (JSON allows no trailing comma), got "}"'],
    ['[1,]', 1, 4, 'expected another element after \',\' (JSON allows no trailing comma), got "]"'],
    ['{"a" 1}', 1, 6, 'expected \':\' after the property name, got "1"'],
    ['{"a": 1\n "b": 2}', 2, 2, "expected ',' or '}' after a property value, got \"\\\"\""],
    ["{'a': 1}", 1, 2, 'expected a property name in double quotes, got "\'"'],
    ['{"a": tru}', 1, 7, 'expected a value (string, number, object, array, true, false or null), got "t"'],
    ['{"a": "line\nbreak"}', 1, 12, 'expected no raw control character inside a string (escape line breaks and tabs), got "\\n"'],
    ['{"a": [1, 2', 1, 12, "expected ',' or ']' after an array element, got the end of the file"],
    ['', 1, 1, 'expected a value (string, number, object, array, true, false or null), got the end of the file'],
    ['{} {}', 1, 4, 'expected nothing after the JSON value, got "{"'],
  ])('finds the error in %j at line %i, column %i', (text, line, column, message) => {
    expect(() => JSON.parse(text)).toThrow();
    expect(findJsonSyntaxError(text)).toEqual({ line, column, message });
  });
});
