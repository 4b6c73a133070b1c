import { buildASTSchema, getNamedType, isInterfaceType, isObjectType, Kind, type DocumentNode, type GraphQLField } from 'graphql';
import { argumentRanges, type Range } from '../../../src/graphql/argumentRanges';
import { loadTypeDefs } from '../../../src/graphql';

const typeDefs: DocumentNode = { kind: Kind.DOCUMENT, definitions: loadTypeDefs().flatMap((document) => document.definitions) };
const schema = buildASTSchema(typeDefs);

const fields = Object.values(schema.getTypeMap())
  .filter((type) => (isObjectType(type) || isInterfaceType(type)) && !type.name.startsWith('__'))
  .flatMap((type) =>
    Object.values((type as { getFields: () => Record<string, GraphQLField<unknown, unknown>> }).getFields()).map((field) => ({
      coordinate: `${type.name}.${field.name}`,
      field,
    })),
  );

interface Stated {
  argument: string;
  min: number;
  max: number;
  default: number | null;
}

// "1 to 100", "1 to 100 (default 20)", "(1 to 100, default 5)".
const rangeText = /(\d+) to (\d+)(?:,? \(?default (\d+)\)?)?/g;

/**
 * The ranges a field's descriptions state, each with the argument it is about: an argument's own description, or
 * in the field's description the argument named last before the range ("first: 1 to 50", "depth relations away
 * (1 to 3)"), with any names listed just before that one ("publishers, languages: ... 1 to 50 of each").
 */
function statedRanges(field: GraphQLField<unknown, unknown>): Stated[] {
  const stated: Stated[] = [];
  const read = (text: string, about: (before: string) => string[]) => {
    for (const match of text.replace(/\s+/g, ' ').matchAll(rangeText)) {
      for (const argument of about(text.replace(/\s+/g, ' ').slice(0, match.index))) {
        stated.push({ argument, min: Number(match[1]), max: Number(match[2]), default: match[3] ? Number(match[3]) : null });
      }
    }
  };
  for (const argument of field.args) if (argument.description) read(argument.description, () => [argument.name]);
  const names = field.args.filter((argument) => !argument.description).map((argument) => argument.name);
  read(field.description ?? '', (before) => {
    const mention = new RegExp(`\\b(${names.join('|')})\\b`, 'g');
    const last = [...before.matchAll(mention)].at(-1);
    if (!last) return [];
    const listed = /((?:\w+, )*)$/.exec(before.slice(0, last.index))?.[1] ?? '';
    return [...listed.split(', ').filter((name) => names.includes(name)), last[0]];
  });
  return stated;
}

function shownRange(range: Range | Stated | undefined): string {
  if (!range) return 'none';
  return `${range.min} to ${range.max}${range.default === undefined || range.default === null ? '' : ` (default ${range.default})`}`;
}

describe('argument ranges (src/graphql/argumentRanges.ts) and the SDL', () => {
  it('has a range for every whole-number argument, with the SDL default as its default', () => {
    const wrong: string[] = [];
    for (const { coordinate, field } of fields) {
      for (const argument of field.args) {
        const range = argumentRanges[coordinate]?.[argument.name];
        if (!range) {
          if (getNamedType(argument.type).name === 'Int') wrong.push(`${coordinate}(${argument.name}): no range in the code`);
        } else if (argument.defaultValue !== range.default) {
          wrong.push(`${coordinate}(${argument.name}): SDL default ${String(argument.defaultValue)}, code ${shownRange(range)}`);
        }
      }
    }
    expect(wrong).toEqual([]);
  });

  it('names only arguments the SDL has', () => {
    const known = new Set(fields.flatMap(({ coordinate, field }) => field.args.map((argument) => `${coordinate}(${argument.name})`)));
    const stale = Object.entries(argumentRanges)
      .flatMap(([coordinate, ranges]) => Object.keys(ranges).map((argument) => `${coordinate}(${argument})`))
      .filter((name) => !known.has(name));
    expect(stale).toEqual([]);
  });

  it('states in the descriptions exactly the ranges and defaults the code enforces', () => {
    const wrong: string[] = [];
    for (const { coordinate, field } of fields) {
      const stated = statedRanges(field);
      for (const statement of stated) {
        const range = argumentRanges[coordinate]?.[statement.argument];
        const same =
          range?.min === statement.min &&
          range.max === statement.max &&
          (statement.default === null || statement.default === range.default);
        if (!same) wrong.push(`${coordinate}(${statement.argument}): SDL says ${shownRange(statement)}, code ${shownRange(range)}`);
      }
      for (const argument of Object.keys(argumentRanges[coordinate] ?? {})) {
        if (!stated.some((statement) => statement.argument === argument)) wrong.push(`${coordinate}(${argument}): no range stated`);
      }
    }
    expect(wrong).toEqual([]);
  });

  it('reads the ranges a description states, and the argument each is about', () => {
    const neighborhood = schema.getQueryType()?.getFields().neighborhood;
    const articles = schema.getQueryType()?.getFields().articles;
    expect(neighborhood && statedRanges(neighborhood)).toEqual([
      { argument: 'depth', min: 1, max: 3, default: null },
      { argument: 'first', min: 1, max: 500, default: null },
    ]);
    expect(articles && statedRanges(articles)).toEqual([
      { argument: 'publishers', min: 1, max: 50, default: null },
      { argument: 'languages', min: 1, max: 50, default: null },
      { argument: 'first', min: 1, max: 100, default: 20 },
    ]);
  });
});
