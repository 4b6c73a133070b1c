import { describeValue, type Problem } from './issues';

/**
 * The bounds of one article's input. Each is far above what a news article needs and far below what would hurt:
 * the load is one transaction, held in the memory of the Neo4j server (NEO4J_LOCAL_HEAP for the local one).
 */
export const inputLimits = {
  /** The annotation file: the seed's is 65 KB for 55 nodes; 8 MB holds several thousand annotated entries. */
  annotationBytes: 8 * 1024 * 1024,
  /** The article text: a long report is 50 KB. */
  articleBytes: 1024 * 1024,
  /**
   * Nodes plus relations of one file. One transaction of 20,000 nodes already came near the 1g heap's limit; past
   * this the loader refuses and asks for the article to be split (or the heap raised and the limit with it).
   */
  entries: 10_000,
  /** Any one string (a name, a summary, a quote): a paragraph is 1,000 characters; a 50 MB description is an attack. */
  stringLength: 10_000,
  /** Arrays and objects nested in one another; the format nests five levels. */
  nesting: 64,
  /** Problems listed in one refusal; the message gives the total too. */
  reportedProblems: 100,
} as const;

/** Problems with the size of a parsed annotation file: too many entries, or strings too long. */
export function sizeProblems(document: unknown): Problem[] {
  const { nodes, relations } = (document ?? {}) as { nodes?: unknown; relations?: unknown };
  const entries = (Array.isArray(nodes) ? nodes.length : 0) + (Array.isArray(relations) ? relations.length : 0);
  const problems: Problem[] = [];
  if (entries > inputLimits.entries) {
    problems.push({
      entry: 'document',
      reason:
        `holds ${entries} nodes and relations; one article may hold at most ${inputLimits.entries}. The load is one transaction, and ` +
        'one this large needs more memory than the database server has (NEO4J_LOCAL_HEAP for the local Neo4j, 1g by default): split the article',
    });
  }
  return [...problems, ...oversizedStrings(document)];
}

/** Problems for every string in `document` longer than the limit, named by its JSON path (walked without recursion). */
function oversizedStrings(document: unknown): Problem[] {
  const problems: Problem[] = [];
  const stack: { value: unknown; path: string }[] = [{ value: document, path: '' }];
  for (let item = stack.pop(); item !== undefined; item = stack.pop()) {
    const { value, path } = item;
    if (typeof value === 'string') {
      if (value.length > inputLimits.stringLength) {
        problems.push({
          entry: path.replace(/^\./, '') || 'document',
          reason: `expected at most ${inputLimits.stringLength} characters, got ${value.length}: ${describeValue(value, 40)}`,
        });
      }
    } else if (Array.isArray(value)) {
      value.forEach((item, index) => stack.push({ value: item, path: `${path}[${index}]` }));
    } else if (value !== null && typeof value === 'object') {
      for (const [key, item] of Object.entries(value)) stack.push({ value: item, path: `${path}.${key}` });
    }
  }
  return problems.reverse();
}
