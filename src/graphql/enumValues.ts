import type { DatePrecision, GraphNodeType } from '../ingest/types';

/**
 * The SDL enums whose values resolvers see as other values: a search type as the node label it names, a date
 * precision as the annotation format writes it. The resolver map hands these to graphql-js, and codegen.ts to GraphQL
 * Code Generator, so that the generated argument and field types carry the values resolvers really get.
 */
export const enumValues = {
  SearchType: {
    PERSON: 'Person',
    ORGANIZATION: 'Organization',
    PLACE: 'Place',
    EVENT: 'Event',
    PROPOSAL: 'Proposal',
    TERM: 'Term',
    STATEMENT: 'Statement',
    CLAIM: 'Claim',
    ARTICLE: 'Article',
  },
  // Every precision, each under its upper-case name: the type refuses a missing or misspelt one.
  DatePrecision: { DAY: 'day', MONTH: 'month', YEAR: 'year', RANGE: 'range', UNKNOWN: 'unknown' } satisfies {
    [P in DatePrecision as Uppercase<P>]: P;
  },
} as const satisfies Record<string, Record<string, string>> & { SearchType: Record<string, GraphNodeType> };
