import fs from 'node:fs';
import path from 'node:path';
import { loadConfig } from '../config';
import { applySchema, connect, type Connection } from '../db';
import { checkArticle, coreNlpTarget, draftArticle, DraftInputError, formatDiff, startCoreNlp, type CoreNlpServer } from '../draft';
import { log } from './log';
import { onShutdown } from './shutdown';

const usage = `usage: npm run draft -- <article.txt> [--source NAME] [--url URL] [--published YYYY-MM-DD] [--out FILE] [--diff] [--no-graph]
  Drafts an annotation file for the article with Stanford CoreNLP (started on first use, or CORENLP_URL),
  resolving people, organizations and places against the graph (the local Neo4j unless NEO4J_URI is set).
  --out FILE   where to write the draft (default: the article's name with .draft.json)
  --diff       print what the draft would add to the graph (new vs resolved entities) and write nothing
  --no-graph   draft without resolving against the graph (every entity gets a new id)
  The draft is marked as such: review it, then delete its "draft" block or load it with --accept-draft.
  Exit status: 0 drafted, 1 refused or failed, 2 usage.`;

export interface DraftOptions {
  article: string;
  out: string;
  source?: string;
  url?: string;
  published?: string;
  diff: boolean;
  graph: boolean;
}

function parse(args: string[], from: (arg: string) => string): DraftOptions | string {
  const options: Partial<DraftOptions> = { diff: false, graph: true };
  const valued = ['--source', '--url', '--published', '--out'];
  for (let i = 0; i < args.length; i += 1) {
    const arg = args[i]!;
    if (arg === '--diff') options.diff = true;
    else if (arg === '--no-graph') options.graph = false;
    else if (valued.includes(arg)) {
      const value = args[i + 1];
      if (value === undefined || value.startsWith('--')) return `${arg}: expected a value`;
      i += 1;
      if (arg === '--source') options.source = value;
      if (arg === '--url') {
        if (!/^https?:\/\/\S+$/.test(value)) return `--url: expected an http(s) URL, got "${value}"`;
        options.url = value;
      }
      if (arg === '--out') options.out = from(value);
      if (arg === '--published') {
        if (!/^\d{4}-\d{2}-\d{2}$/.test(value) || Number.isNaN(Date.parse(`${value}T00:00:00Z`))) return `--published: expected a date YYYY-MM-DD, got "${value}"`;
        options.published = value;
      }
    } else if (arg.startsWith('-')) return `unknown option ${arg}`;
    else if (options.article === undefined) options.article = from(arg);
    else return `unexpected argument "${arg}"`;
  }
  if (!options.article) return 'expected the article file';
  options.out ??= options.article.replace(/(\.txt)?$/, '.draft.json');
  return options as DraftOptions;
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
    const result = await draftArticle(server.url, text, { articleFile: options.article, outFile: options.out, ...pick(options) }, connection?.db);
    log(`annotated in ${(result.timings.annotateMs / 1000).toFixed(1)} s, drafted in ${(result.timings.draftMs / 1000).toFixed(1)} s`);
    if (options.diff) {
      process.stdout.write(formatDiff(result.file, result.resolutions));
      return 0;
    }
    fs.writeFileSync(options.out, `${JSON.stringify(result.file, null, 2)}\n`);
    process.stdout.write(`wrote ${options.out}: ${result.file.nodes.length} nodes, ${result.file.relations.length} relations (a draft: review it before loading)\n`);
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

if (require.main === module) {
  const args = process.argv.slice(2);
  const from = (arg: string) => path.resolve(process.env.INIT_CWD ?? process.cwd(), arg);
  if (args.length === 1 && (args[0] === '-h' || args[0] === '--help')) {
    process.stdout.write(`${usage}\n`);
  } else {
    const options = parse(args, from);
    if (typeof options === 'string') {
      process.stderr.write(`${options}\n${usage}\n`);
      process.exitCode = 2;
    } else {
      runDraft(options)
        .then((status) => {
          process.exitCode = status;
        })
        .catch((error: unknown) => {
          log(`draft failed: ${error instanceof Error ? error.message : String(error)}`);
          process.exitCode = 1;
        });
    }
  }
}
