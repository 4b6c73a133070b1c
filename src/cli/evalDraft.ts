import fs from 'node:fs';
import path from 'node:path';
import { checkArticle, coreNlpTarget, draftArticle, DraftInputError, startCoreNlp } from '../draft';
import { evaluateDraft, formatEvaluation } from '../draft/evaluate';
import type { AnnotationFile } from '../ingest';
import { log } from './log';

const usage = `usage: npm run eval:draft -- <article.txt> <curated.annotations.json> [--draft FILE] [--published YYYY-MM-DD]
  Drafts the article (CoreNLP started on first use, or CORENLP_URL; no graph, so every match is by evidence),
  or reads the draft FILE, and prints precision, recall and F1 per node type and relation type against the
  curated file, then the drafter's goals. Exit status: 0 evaluated, 1 failed, 2 usage.`;

async function main(args: string[]): Promise<number> {
  const from = (arg: string) => path.resolve(process.env.INIT_CWD ?? process.cwd(), arg);
  const positional = args.filter((arg, i) => !arg.startsWith('--') && !['--draft', '--published'].includes(args[i - 1] ?? ''));
  const option = (name: string) => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);
  if (positional.length !== 2) {
    process.stderr.write(`${usage}\n`);
    return 2;
  }
  const [articleFile, curatedFile] = positional.map(from) as [string, string];
  const text = checkArticle(path.relative(process.cwd(), articleFile), fs.readFileSync(articleFile));
  const curated = JSON.parse(fs.readFileSync(curatedFile, 'utf8')) as AnnotationFile;
  const draftFile = option('--draft');
  let drafted: AnnotationFile;
  if (draftFile) {
    drafted = JSON.parse(fs.readFileSync(from(draftFile), 'utf8')) as AnnotationFile;
  } else {
    const server = await startCoreNlp(coreNlpTarget(), log);
    try {
      const published = option('--published') ?? curated.article.published ?? undefined;
      const result = await draftArticle(server.url, text, { articleFile, outFile: curatedFile, ...(published ? { published } : {}) });
      log(`annotated in ${(result.timings.annotateMs / 1000).toFixed(1)} s, drafted in ${(result.timings.draftMs / 1000).toFixed(1)} s`);
      drafted = result.file;
    } finally {
      await server.stop();
    }
  }
  process.stdout.write(formatEvaluation(evaluateDraft(text, drafted, curated)));
  return 0;
}

main(process.argv.slice(2))
  .then((status) => {
    process.exitCode = status;
  })
  .catch((error: unknown) => {
    if (error instanceof DraftInputError) process.stderr.write(`${error.message}\n`);
    else log(`eval failed: ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 1;
  });
