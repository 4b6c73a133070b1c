import type { Resolvers } from '../generated/resolvers';
import type { Context } from '../context';
import { decodeRank, encodeRank } from '../cursor';
import { narrow, toNode } from '../mapping';
import type { ArticleModel, EvidenceModel, NodeModel } from '../models';
import { passageContext, queryRanges } from '../argumentRanges';
import { dateRange, intInRange, nodeId, optionalList } from '../validation';

interface StatedRow {
  article: string;
  published: string | null;
  figure: string;
  value: number | null;
}

async function nodeOrThrow(id: string, { loaders }: Context): Promise<NodeModel> {
  const node = await loaders.node.load(id);
  // The query returned the id a moment ago; a node gone since is a concurrent unload, not bad input.
  if (!node) throw new Error(`${id} left the graph while the answer was being read`);
  return node;
}

/** Disagreeing figures, and articles as records: their text, and any quote read in its context. */
export const sourceResolvers = {
  Query: {
    articles: async (_parent, args, context: Context) => {
      const publishers = optionalList('publishers', args.publishers, queryRanges.articles.publishers, 'publishers');
      const languages = optionalList('languages', args.languages, queryRanges.articles.languages, 'language tags such as "en"');
      const { from, to } = dateRange('from', args.from, 'to', args.to);
      const first = intInRange('first', args.first, queryRanges.articles.first);
      const after = decodeRank('after', args.after);
      // One row more than asked says whether another page follows.
      const rows = await context.read('articles', { publishers, languages, from, to, after, limit: first + 1 });
      const edges = rows
        .slice(0, first)
        .map((row) => ({ node: narrow(toNode(row.article), 'Article'), cursor: encodeRank(String(row.rank)) }));
      return { edges, pageInfo: { hasNextPage: rows.length > first, endCursor: edges.at(-1)?.cursor ?? null } };
    },
    claimDisagreements: async (_parent, args, context: Context) => {
      const subjectId = args.subjectId === null || args.subjectId === undefined ? null : nodeId('subjectId', args.subjectId);
      const first = intInRange('first', args.first, queryRanges.claimDisagreements.first);
      const rows = await context.read('claim-disagreements', { subjectId, limit: first });
      return Promise.all(
        rows.map(async (row) => ({
          subject: await nodeOrThrow(String(row.subject), context),
          unit: String(row.unit),
          claims: await Promise.all(
            (row.claims as { claim: string; statedIn: StatedRow[] }[]).map(async (entry) => ({
              claim: narrow(await nodeOrThrow(entry.claim, context), 'Claim'),
              statedIn: await Promise.all(
                entry.statedIn.map(async (stated) => ({
                  article: narrow(await nodeOrThrow(stated.article, context), 'Article'),
                  published: stated.published,
                  figure: stated.figure,
                  value: stated.value,
                })),
              ),
            })),
          ),
        })),
      );
    },
  },
  Article: {
    text: (article: ArticleModel, _args: unknown, { loaders }: Context) => loaders.articleText.load(article.id),
  },
  Evidence: {
    passage: async (quote: EvidenceModel, args, { loaders }: Context) => {
      const context = intInRange('context', args.context, passageContext);
      if (quote.start === null || quote.end === null) return null;
      // Offsets count code points; Array.from splits the text into code points, not UTF-16 units.
      const points = Array.from(await loaders.articleText.load(quote.articleId));
      if (points.length === 0) return null;
      return {
        before: points.slice(Math.max(0, quote.start - context), quote.start).join(''),
        quote: points.slice(quote.start, quote.end).join(''),
        after: points.slice(quote.end, quote.end + context).join(''),
      };
    },
  },
} satisfies Resolvers;
