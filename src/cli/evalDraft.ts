import fs from 'node:fs';
import path from 'node:path';
import { fromWhereTyped, main, type CommandSpec } from '../command';
import { checkArticle, coreNlpTarget, draftArticle, startCoreNlp } from '../draft';
import { evaluateDraft, formatEvaluation } from '../draft/evaluate';
import type { AnnotationFile } from '../ingest';
import { log } from './log';

export const evalDraftCommand = {
  name: 'eval:draft',
  summary: [
    'Drafts the article (CoreNLP started on first use, or CORENLP_URL; no graph, so every match is by evidence), or reads',
    'the draft FILE, and prints precision, recall and F1 per node type and relation type against the curated file, then',
    "the drafter's goals.",
  ].join('\n'),
  positionals: { usage: '<article.txt> <curated.annotations.json>', min: 2, max: 2 },
  options: {
    draft: { type: 'string', value: 'FILE', description: 'evaluate this draft instead of drafting the article again' },
    published: { type: 'string', value: 'YYYY-MM-DD', description: "the day the article was published (default: the curated file's)" },
  },
  examples: ['npm run eval:draft -- seed/us-hamas-direct-talks.txt seed/us-hamas-direct-talks.annotations.json'],
} as const satisfies CommandSpec;

async function evaluate(
  articleFile: string,
  curatedFile: string,
  draftFile: string | undefined,
  publishedOption: string | undefined,
): Promise<void> {
  const text = checkArticle(path.relative(process.cwd(), articleFile), fs.readFileSync(articleFile));
  const curated = JSON.parse(fs.readFileSync(curatedFile, 'utf8')) as AnnotationFile;
  let drafted: AnnotationFile;
  if (draftFile) {
    drafted = JSON.parse(fs.readFileSync(draftFile, 'utf8')) as AnnotationFile;
  } else {
    const server = await startCoreNlp(coreNlpTarget(), log);
    try {
      const published = publishedOption ?? curated.article.published ?? undefined;
      const result = await draftArticle(server.url, text, { articleFile, outFile: curatedFile, ...(published ? { published } : {}) });
      log(`annotated in ${(result.timings.annotateMs / 1000).toFixed(1)} s, drafted in ${(result.timings.draftMs / 1000).toFixed(1)} s`);
      drafted = result.file;
    } finally {
      await server.stop();
    }
  }
  process.stdout.write(formatEvaluation(evaluateDraft(text, drafted, curated)));
}

if (require.main === module) {
  main(evalDraftCommand, ({ draft, published }, [article = '', curated = '']) =>
    evaluate(fromWhereTyped(article), fromWhereTyped(curated), draft === undefined ? undefined : fromWhereTyped(draft), published),
  );
}
