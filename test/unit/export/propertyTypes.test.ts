import { PropertyColumns, propertyTypeOf, widen } from '../../../src/export';

describe('propertyTypeOf', () => {
  it("maps Cypher's valueType() names to export types", () => {
    expect(propertyTypeOf('STRING NOT NULL')).toBe('string');
    expect(propertyTypeOf('INTEGER NOT NULL')).toBe('int');
    expect(propertyTypeOf('FLOAT NOT NULL')).toBe('float');
    expect(propertyTypeOf('BOOLEAN NOT NULL')).toBe('boolean');
    expect(propertyTypeOf('DATE NOT NULL')).toBe('date');
    expect(propertyTypeOf('LIST<STRING NOT NULL> NOT NULL')).toBe('string[]');
    expect(propertyTypeOf('LIST<INTEGER NOT NULL> NOT NULL')).toBe('int[]');
    expect(propertyTypeOf('LIST<NOTHING> NOT NULL')).toBeNull();
    expect(propertyTypeOf('ZONED DATETIME NOT NULL')).toBe('string');
    expect(propertyTypeOf('POINT NOT NULL')).toBe('point');
    // Point lists have no typed form in any format: text, not a mistyped column.
    expect(propertyTypeOf('LIST<POINT NOT NULL> NOT NULL')).toBe('string[]');
  });
});

describe('widen', () => {
  it('widens integers to floats and falls back to text for any other mix', () => {
    expect(widen('int', 'int')).toBe('int');
    expect(widen('int', 'float')).toBe('float');
    expect(widen('int[]', 'float[]')).toBe('float[]');
    expect(widen('date', 'string')).toBe('string');
    expect(widen('boolean[]', 'int[]')).toBe('string[]');
    expect(widen('string', 'string[]')).toBe('string');
    expect(widen('point', 'point')).toBe('point');
    expect(widen('point', 'string')).toBe('string');
    expect(widen('int', 'point')).toBe('string');
    expect(widen('point', 'date[]')).toBe('string');
  });
});

describe('PropertyColumns', () => {
  it('lists every property once, in name order, with the type that holds all its values', () => {
    const columns = new PropertyColumns();
    columns.see('value', 'int');
    columns.see('aliases', null);
    columns.see('value', 'float');
    columns.see('evidence', 'string[]');
    columns.see('placeAliases', null);
    columns.see('aliases', 'string[]');
    expect(columns.columns()).toEqual([
      { name: 'aliases', type: 'string[]' },
      { name: 'evidence', type: 'string[]' },
      { name: 'placeAliases', type: 'string[]' },
      { name: 'value', type: 'float' },
    ]);
  });
});
