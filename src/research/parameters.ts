import neo4j from 'neo4j-driver';
import type { ParameterSpec, ParameterType, Params, QueryFile, ScalarType } from '../db';
import { BadUserInputError } from '../errors';
import { calendarSpan } from '../ingest';

/**
 * Reads one `--param name=value`: the value is JSON when it parses as JSON (`20`, `null`, `["a","b"]`,
 * `"12"`), else the text as written (`person:adam-boehler`).
 */
export function parseParamArgument(argument: string): { name: string; value: unknown } {
  const match = /^\$?([A-Za-z_][A-Za-z0-9_]*)=([\s\S]*)$/.exec(argument);
  if (!match) throw new BadUserInputError('--param', `expected name=value, got "${argument}"`);
  const [, name = '', text = ''] = match;
  try {
    return { name, value: JSON.parse(text) };
  } catch {
    return { name, value: text };
  }
}

function describe(value: unknown): string {
  return typeof value === 'string' ? `"${value}"` : JSON.stringify(value);
}

function typeName(type: ParameterType): string {
  return `${type.list ? `LIST<${type.base}>` : type.base}${type.nullable ? '|null' : ''}`;
}

// Neo4j tells integers from floats, JavaScript does not: a number sent as is arrives as a FLOAT, which
// LIMIT and range() refuse. So INTEGER parameters go out as driver integers, and DATE ones as driver dates.
/** A JSON value as Cypher should see it: its whole numbers as integers, in lists and maps too. */
function wholeNumbersAsIntegers(value: unknown): unknown {
  if (typeof value === 'number' && Number.isSafeInteger(value)) return neo4j.int(value);
  if (Array.isArray(value)) return value.map(wholeNumbersAsIntegers);
  if (typeof value === 'object' && value !== null)
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, wholeNumbersAsIntegers(item)]));
  return value;
}

function scalar(base: ScalarType, value: unknown, fail: (expected: string) => never): unknown {
  switch (base) {
    case 'STRING':
      return typeof value === 'string' ? value : fail('a string');
    case 'INTEGER':
      return typeof value === 'number' && Number.isSafeInteger(value) ? neo4j.int(value) : fail('a whole number');
    case 'FLOAT':
      return typeof value === 'number' && Number.isFinite(value) ? value : fail('a number');
    case 'BOOLEAN':
      return typeof value === 'boolean' ? value : fail('true or false');
    case 'DATE': {
      // The driver does not check the day: 2023-02-30 would reach Neo4j as 2023-03-02.
      if (typeof value !== 'string' || typeof calendarSpan(value, 'day') === 'string') return fail('a date as YYYY-MM-DD');
      const [year, month, day] = value.split('-').map(Number) as [number, number, number];
      return new neo4j.types.Date(year, month, day);
    }
    case 'MAP':
      return typeof value === 'object' && value !== null && !Array.isArray(value) ? value : fail('a JSON object');
    case 'ANY':
      return wholeNumbersAsIntegers(value);
    default: {
      const unknownType: never = base;
      throw new Error(`unhandled parameter type ${String(unknownType)}`);
    }
  }
}

function bindOne(spec: ParameterSpec, value: unknown): unknown {
  const fail = (expected: string): never => {
    throw new BadUserInputError(`$${spec.name}`, `expected ${typeName(spec.type)} (${expected}), got ${describe(value)}`);
  };
  if (value === null) return spec.type.nullable ? null : fail('not null');
  if (!spec.type.list) return scalar(spec.type.base, value, fail);
  if (!Array.isArray(value)) return fail('a JSON list');
  return value.map((item) => scalar(spec.type.base, item, fail));
}

/**
 * Checks `given` against the parameters the file declares and converts each value to what the driver must
 * send. A parameter left out is null when its type allows null; otherwise it is an error, as is a name the
 * file does not declare.
 */
export function bindParameters(file: QueryFile, given: Record<string, unknown>): Params {
  const declared = new Map(file.parameters.map((spec) => [spec.name, spec]));
  const [unknown] = Object.keys(given).filter((name) => !declared.has(name));
  if (unknown !== undefined) {
    const names = file.parameters.map((spec) => `$${spec.name}`).join(', ') || 'none';
    throw new BadUserInputError(`$${unknown}`, `${file.name} takes no such parameter (it takes ${names})`);
  }
  const params: Params = {};
  for (const spec of file.parameters) {
    if (!(spec.name in given) && !spec.type.nullable) {
      const example = spec.name in file.example ? ` (e.g. --param ${spec.name}=${JSON.stringify(file.example[spec.name])})` : '';
      throw new BadUserInputError(`$${spec.name}`, `${file.name} needs it: ${spec.typeText}, ${spec.description}${example}`);
    }
    params[spec.name] = bindOne(spec, spec.name in given ? given[spec.name] : null);
  }
  return params;
}
