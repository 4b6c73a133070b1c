import { isDate, isDateTime, isLocalDateTime, isPoint } from 'neo4j-driver';

/** A load's footprint: `<kind> <id>` -> properties, as cypher/ingest/footprint.cypher returns them. */
export type Footprint = Map<string, Record<string, unknown>>;

/** One property that a load changes. */
export interface PropertyChange {
  name: string;
  old: unknown;
  new: unknown;
}

/**
 * What a load adds, changes and removes: articles, nodes (their resolved view), facts (their resolved
 * properties and `sources` count), and the article's own assertions (mention) and fact records (evidence).
 */
export interface LoadChanges {
  added: string[];
  changed: { item: string; properties: PropertyChange[] }[];
  removed: string[];
}

/** Neo4j values (DATE, POINT) as plain, comparable JSON. */
function plain(value: unknown): unknown {
  if (value === null || value === undefined) return null;
  if (Array.isArray(value)) return value.map(plain);
  if (isDate(value) || isDateTime(value) || isLocalDateTime(value)) return value.toString();
  if (isPoint(value)) return `point(${value.x}, ${value.y})`;
  if (typeof value === 'object') {
    return Object.fromEntries(Object.entries(value as Record<string, unknown>).map(([key, inner]) => [key, plain(inner)]));
  }
  return value;
}

/** Compares two footprints, item by item and property by property; sorted, so the report is stable. */
export function diffFootprints(before: Footprint, after: Footprint): LoadChanges {
  const changes: LoadChanges = { added: [], changed: [], removed: [] };
  for (const item of [...new Set([...before.keys(), ...after.keys()])].sort()) {
    const old = before.get(item);
    const now = after.get(item);
    if (!old) changes.added.push(item);
    else if (!now) changes.removed.push(item);
    else {
      const properties: PropertyChange[] = [];
      for (const name of [...new Set([...Object.keys(old), ...Object.keys(now)])].sort()) {
        const from = plain(old[name]);
        const to = plain(now[name]);
        if (JSON.stringify(from) !== JSON.stringify(to)) properties.push({ name, old: from, new: to });
      }
      if (properties.length > 0) changes.changed.push({ item, properties });
    }
  }
  return changes;
}

function shown(value: unknown): string {
  const text = JSON.stringify(value);
  return text.length > 80 ? `${text.slice(0, 77)}...` : text;
}

/**
 * The dry run's report: `+` added, `~` changed with every property `old -> new`, `-` removed. A node's
 * `resolvedFrom` and `datedFrom` name the source whose values it shows, so a change of view names its source.
 */
export function formatChanges(article: string, changes: LoadChanges): string {
  const lines = [`dry run of ${article}: nothing was written`];
  for (const item of changes.added) lines.push(`+ ${item}`);
  for (const { item, properties } of changes.changed) {
    lines.push(`~ ${item}`);
    for (const change of properties) lines.push(`    ${change.name}: ${shown(change.old)} -> ${shown(change.new)}`);
  }
  for (const item of changes.removed) lines.push(`- ${item}`);
  lines.push(`${changes.added.length} added, ${changes.changed.length} changed, ${changes.removed.length} removed`, '');
  return lines.join('\n');
}
