import fs from 'node:fs';
import path from 'node:path';
import { fromWhereTyped, main, type CommandSpec, type OptionValues } from '../command';
import { loadConfig } from '../config';
import { applySchema, connect, type Connection } from '../db';
import { UsageError } from '../errors';
import { checkArticle, coreNlpTarget, draftArticle, DraftInputError, formatDiff, startCoreNlp, type CoreNlpServer } from '../draft';
import { log } from './log';
import { onShutdown } from './shutdown';

export const draftCommand = {
  name: 'draft',
  summary: [
    'Drafts an annotation file for the article with Stanford CoreNLP (started on first use, or CORENLP_URL), resolving',
    'people, organizations and places against the graph (the local Neo4j unless NEO4J_URI is set). The draft is marked',
    'as such: review it, then delete its "draft" block or load it with --accept-draft.',
  ].join('\n'),
  positionals: { usage: '<article.txt>', min: 1, max: 1 },
  options: {
    source: { type: 'string', value: 'NAME', description: "the publisher, for the draft's article record" },
    url: { type: 'string', value: 'URL', description: 'where the article was published (http or https)' },
    published: { type: 'string', value: 'YYYY-MM-DD', description: 'the day it was published' },
    out: { type: 'string', value: 'FILE', description: "where to write the draft (default: the article's name with .draft.json)" },
    diff: { type: 'boolean', description: 'print what the draft would add to the graph (new vs resolved entities) and write nothing' },
    'no-graph': { type: 'boolean', description: 'draft without resolving against the graph (every entity gets a new id)' },
  },
  examples: ['npm run draft -- seed/us-hamas-direct-talks.txt --published 2025-03-05 --diff'],
} as const satisfies CommandSpec;

export interface DraftOptions {
  article: string;
  out: string;
  source?: string;
  url?: string;
  published?: string;
  diff: boolean;
  graph: boolean;
}

/** The options of a draft from its command line; paths are taken from where the user typed the command. */
export function draftOptions(values: OptionValues<typeof draftCommand.options>, article: string): DraftOptions {
  const { url, published } = values;
  if (url !== undefined && !/^https?:\/\/\S+$/.test(url)) throw new UsageError(`--url: expected an http(s) URL, got "${url}"`);
  if (published !== undefined && (!/^\d{4}-\d{2}-\d{2}$/.test(published) || Number.isNaN(Date.parse(`${published}T00:00:00Z`)))) {
    throw new UsageError(`--published: expected a date YYYY-MM-DD, got "${published}"`);
  }
  const articleFile = fromWhereTyped(article);
  return {
    article: articleFile,
    out: values.out === undefined ? articleFile.replace(/(\.txt)?$/, '.draft.json') : fromWhereTyped(values.out),
    ...(values.source === undefined ? {} : { source: values.source }),
    ...(url === undefined ? {} : { url }),
    ...(published === undefined ? {} : { published }),
    diff: values.diff ?? false,
    graph: !(values['no-graph'] ?? false),
  };
}

/** Drafts one article; returns the exit status. Bad input is refused before CoreNLP or Neo4j start. */
export async function runDraft(options: DraftOptions): Promise<number> {
  let text: string;
  try {
    const bytes = fs.readFileSync(options.article);
    text = checkArticle(path.relative(process.cwd(), options.article) || options.article, bytes);
  } catch (error) {
    if (error instanceof DraftInputError) {
      process.stderr.write(`${error.message}\n`);
      return 1;
    }
    process.stderr.write(`${options.article}: cannot be read: ${(error as Error).message}\n`);
    return 1;
  }
  let server: CoreNlpServer | undefined;
  let connection: Connection | undefined;
  onShutdown(async () => {
    await connection?.close();
    await server?.stop();
  });
  try {
    server = await startCoreNlp(coreNlpTarget(), log);
    if (options.graph) {
      connection = await connect(loadConfig(), log);
      await applySchema(connection.db);
    }
    const result = await draftArticle(
      server.url,
      text,
      { articleFile: options.article, outFile: options.out, ...pick(options) },
      connection?.db,
    );
    log(`annotated in ${(result.timings.annotateMs / 1000).toFixed(1)} s, drafted in ${(result.timings.draftMs / 1000).toFixed(1)} s`);
    if (options.diff) {
      process.stdout.write(formatDiff(result.file, result.resolutions));
      return 0;
    }
    fs.writeFileSync(options.out, `${JSON.stringify(result.file, null, 2)}\n`);
    process.stdout.write(
      `wrote ${options.out}: ${result.file.nodes.length} nodes, ${result.file.relations.length} relations (a draft: review it before loading)\n`,
    );
    return 0;
  } finally {
    await connection?.close();
    await server?.stop();
  }
}

function pick(options: DraftOptions): { source?: string; url?: string; published?: string } {
  return {
    ...(options.source ? { source: options.source } : {}),
    ...(options.url ? { url: options.url } : {}),
    ...(options.published ? { published: options.published } : {}),
  };
}

if (require.main === module) main(draftCommand, (values, [article = '']) => runDraft(draftOptions(values, article)));
