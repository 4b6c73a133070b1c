import {
  isDate,
  isDateTime,
  isDuration,
  isInt,
  isLocalDateTime,
  isLocalTime,
  isNode,
  isPath,
  isPoint,
  isRelationship,
  isTime,
} from 'neo4j-driver';

/** A value as JSON can hold it. */
export type PlainValue = null | string | number | boolean | PlainValue[] | { [key: string]: PlainValue };

/**
 * Turns what the driver returns into plain JSON values: temporal values become their ISO text
 * (a DATE is `2023-10-07`), integers numbers (text when beyond 2^53), nodes `{labels, properties}`,
 * relationships `{type, properties}`, paths `{nodes, relationships}`, points `{srid, x, y, z?}`.
 */
export function toPlain(value: unknown): PlainValue {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string' || typeof value === 'boolean') return value;
  if (typeof value === 'number') return Number.isFinite(value) ? value : String(value);
  if (typeof value === 'bigint') return Number.isSafeInteger(Number(value)) ? Number(value) : value.toString();
  if (isInt(value)) return value.inSafeRange() ? value.toNumber() : value.toString();
  if (isDate(value) || isDateTime(value) || isLocalDateTime(value) || isTime(value) || isLocalTime(value) || isDuration(value)) {
    return value.toString();
  }
  if (isPoint(value)) {
    const point = { srid: toPlain(value.srid), x: value.x, y: value.y };
    return value.z === undefined ? point : { ...point, z: value.z };
  }
  if (isNode(value)) return { labels: [...value.labels], properties: toPlain(value.properties) };
  if (isRelationship(value)) return { type: value.type, properties: toPlain(value.properties) };
  if (isPath(value)) {
    return {
      nodes: [value.start, ...value.segments.map((segment) => segment.end)].map(toPlain),
      relationships: value.segments.map((segment) => toPlain(segment.relationship)),
    };
  }
  if (Array.isArray(value)) return value.map(toPlain);
  if (typeof value === 'object') {
    return Object.fromEntries(Object.entries(value as Record<string, unknown>).map(([key, item]) => [key, toPlain(item)]));
  }
  // Left: a symbol or a function, which no query returns; named by its kind.
  return typeof value;
}
