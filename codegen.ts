/**
 * GraphQL Code Generator: the resolver and argument types of src/graphql/generated/resolvers.ts, from schema/*.graphql,
 * with the models resolvers return (src/graphql/models.ts) as the parent types, and the type of the dashboard panel's
 * answer. `npm run codegen` writes both files; test/unit/graphql/generatedTypes.test.ts fails when one is stale.
 */
import fs from 'node:fs';
import path from 'node:path';
import { Kind, parse } from 'graphql';
import type { CodegenConfig } from '@graphql-codegen/cli';
import { panelQuery } from './src/dashboard/client/queries';
import { enumValues } from './src/graphql/enumValues';
import { sourcedTypes } from './src/graphql/sourcedTypes';

const models = '../models#';

/** The page types that say how long their list is: resolvers return their totalCount as a function (paging.ts). */
const countedPages = fs
  .readdirSync('schema')
  .filter((file) => file.endsWith('.graphql'))
  .flatMap((file) => parse(fs.readFileSync(path.join('schema', file), 'utf8')).definitions)
  .filter((definition) => definition.kind === Kind.OBJECT_TYPE_DEFINITION)
  .filter((definition) => definition.fields?.some((field) => field.name.value === 'totalCount'))
  .map((definition) => definition.name.value);

const config: CodegenConfig = {
  schema: 'schema/*.graphql',
  generates: {
    'src/graphql/generated/resolvers.ts': {
      plugins: ['typescript', 'typescript-resolvers'],
      config: {
        contextType: '../context#Context',
        useTypeImports: true,
        // The counted pages' mappers use the {T} placeholder, which the unused-mapper check does not see being used.
        showUnusedMappers: false,
        enumsAsTypes: true,
        enumValues,
        // Enum values reach resolvers as the internal values the resolver map gives (DatePrecision's day, month, ...).
        mappers: {
          // A stated relation carries its fact (Stated); those with a model of their own (a participation, an edge) too.
          ...Object.fromEntries(sourcedTypes.map((name) => [name, `${models}Stated<{T}>`])),
          Person: `${models}PersonModel`,
          Organization: `${models}OrganizationModel`,
          Place: `${models}PlaceModel`,
          Event: `${models}EventModel`,
          Proposal: `${models}ProposalModel`,
          Term: `${models}TermModel`,
          Statement: `${models}StatementModel`,
          Claim: `${models}ClaimModel`,
          Article: `${models}ArticleModel`,
          FuzzyDate: `${models}FuzzyDateModel`,
          Evidence: `${models}EvidenceModel`,
          Mention: `${models}MentionModel`,
          Account: `${models}AccountModel`,
          Participation: `${models}ParticipationModel`,
          GraphEdge: `${models}EdgeModel`,
          GraphNode: `${models}GraphNodeModel`,
          Graph: `${models}GraphModel`,
          Path: `${models}PathModel`,
          Negotiation: `${models}NegotiationModel`,
          NegotiationRole: `${models}NegotiationRoleModel`,
          NegotiationEdge: `${models}NegotiationEdgeModel`,
          ...Object.fromEntries(countedPages.map((name) => [name, `${models}Counted<{T}>`])),
        },
      },
    },
    // The dashboard's panel query, as the panel reads its answer (the document is built from fragments in queries.ts).
    'src/dashboard/client/generated/operations.ts': {
      documents: [panelQuery],
      plugins: ['typescript-operations'],
      config: { enumsAsTypes: true },
    },
  },
};

export default config;
