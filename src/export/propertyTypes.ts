/** The property types an export distinguishes; each format maps them to its own (neo4j-admin, GraphML). */
export type ElementPropertyType = 'string' | 'int' | 'float' | 'boolean' | 'date';
export type ScalarPropertyType = ElementPropertyType | 'point';
// No point[]: the graph holds no point lists, and each format would need its own list-of-points syntax;
// such a list is exported as text (string[]) rather than typed wrongly.
export type PropertyType = ScalarPropertyType | `${ElementPropertyType}[]`;

/** The element type of a list type, or null for a scalar type. */
export function elementType(type: PropertyType): ElementPropertyType | null {
  return type.endsWith('[]') ? (type.slice(0, -2) as ElementPropertyType) : null;
}

const elementOf: Record<string, ElementPropertyType> = {
  STRING: 'string',
  INTEGER: 'int',
  FLOAT: 'float',
  BOOLEAN: 'boolean',
  DATE: 'date',
};
const scalarOf: Record<string, ScalarPropertyType> = { ...elementOf, POINT: 'point' };

/**
 * Maps a type as Cypher's valueType() names it (`LIST<INTEGER NOT NULL> NOT NULL`) to an export type; null for
 * an empty list, whose element type nothing tells. Types this graph does not use (datetimes, point lists) are
 * exported as their text.
 */
export function propertyTypeOf(valueType: string): PropertyType | null {
  const type = valueType.replace(/ NOT NULL/g, '');
  const list = /^LIST<(.+)>$/.exec(type);
  if (list) {
    if (list[1] === 'NOTHING') return null;
    return `${elementOf[list[1] ?? ''] ?? 'string'}[]`;
  }
  return scalarOf[type] ?? 'string';
}

/** A point as the driver's value reads it (toPlain): `{srid, x, y}`, with `z` for a 3-D point. */
export interface PlainPoint {
  srid: number;
  x: number;
  y: number;
  z?: number;
}

/** Whether an exported value is a point as toPlain gives it. */
export function isPlainPoint(value: unknown): value is PlainPoint {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return false;
  const { srid, x, y } = value as Record<string, unknown>;
  return typeof srid === 'number' && typeof x === 'number' && typeof y === 'number';
}

/**
 * The type of a column that holds values of both types: integers widen to floats; any other mix falls back
 * to text (`string`, or `string[]` for lists), so that nothing is lost, only typed more loosely.
 */
export function widen(a: PropertyType, b: PropertyType): PropertyType {
  if (a === b) return a;
  const [ea, eb] = [elementType(a), elementType(b)];
  if ((ea === null) !== (eb === null)) return 'string';
  const scalars = [ea ?? a, eb ?? b].sort().join('+');
  const widened: ElementPropertyType = scalars === 'float+int' ? 'float' : 'string';
  return ea === null ? widened : `${widened}[]`;
}

/** The properties seen under one name in an export, with the type that holds them all, in name order. */
export class PropertyColumns {
  private readonly types = new Map<string, PropertyType | null>();

  /** Records that a property `name` of type `type` (null: an empty list) was exported. */
  see(name: string, type: PropertyType | null): void {
    const known = this.types.get(name);
    if (known === undefined || known === null) this.types.set(name, type);
    else if (type !== null) this.types.set(name, widen(known, type));
  }

  /** Name and type of every column; a column that only ever held empty lists is a list of strings. */
  columns(): { name: string; type: PropertyType }[] {
    return [...this.types.entries()]
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([name, type]) => ({ name, type: type ?? 'string[]' }));
  }
}
