import { buildASTSchema, concatAST, getOperationAST, parse, validate } from 'graphql';
import * as queries from '../../../src/dashboard/client/queries';
import { operationCost } from '../../../src/graphql/queryCost';
import { loadTypeDefs } from '../../../src/graphql/typeDefs';

const schema = buildASTSchema(concatAST(loadTypeDefs()));

describe("the dashboard's queries", () => {
  it('are valid against the schema', () => {
    const texts = Object.entries(queries).flatMap(([name, text]) => (typeof text === 'string' ? [[name, text] as const] : []));
    expect(texts.length).toBeGreaterThan(3);
    for (const [name, text] of texts) expect([name, validate(schema, parse(text)).map((error) => error.message)]).toEqual([name, []]);
  });

  it('ask every nested list of the panel at the panel size, within the default cost limit', () => {
    const document = parse(queries.panelQuery);
    const operation = getOperationAST(document);
    if (!operation) throw new Error('no operation');
    // A list left at its default (20) would be cut below panelListSize without the panel saying "the first 25".
    for (const field of [
      'partOf',
      'parts',
      'proposedBy',
      'addressedTo',
      'terms',
      'binds',
      'speakers',
      'sources',
      'members',
      'participants',
      'places',
      'causes',
      'consequences',
      'follows',
      'followedBy',
    ]) {
      expect(queries.panelQuery).toMatch(new RegExp(`\\b${field}\\(first: \\$first\\)`));
    }
    // Every relation's quotes are asked for its first panelSourcesSize sources, with how many there are (the node's
    // own evidence, its mentions, is the one other evidence field).
    const relationEvidence = queries.panelQuery.match(/\bsources evidence\(first: \$sources\)/g) ?? [];
    expect(relationEvidence.length).toBeGreaterThan(10);
    expect(queries.panelQuery.match(/\bevidence\b/g)).toHaveLength(relationEvidence.length + 1);
    const variables = { id: 'org:hamas', first: queries.panelListSize, sources: queries.panelSourcesSize };
    expect(operationCost(schema, document, operation, variables)).toBeLessThanOrEqual(50_000);
  });
});
