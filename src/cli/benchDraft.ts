import fs from 'node:fs';
import path from 'node:path';
import { main, type CommandSpec, type OptionValues } from '../command';
import { median } from '../bench/stats';
import { projectRoot } from '../config';
import { annotators, coreNlpTarget, draftArticle, startCoreNlp } from '../draft';
import { annotate } from '../draft/coreNlpClient';
import { log } from './log';

export const benchDraftCommand = {
  name: 'bench:draft',
  summary: [
    "The CoreNLP server's cold start, its first and warm drafts of the seed, and its memory; starts its own server",
    '(CORENLP_PORT / CORENLP_URL).',
  ].join('\n'),
  options: {
    coref: { type: 'boolean', description: "also time annotation with coreference beside the drafter's own annotators" },
  },
  examples: ['CORENLP_PORT=9034 npm run bench:draft -- --coref'],
} as const satisfies CommandSpec;

/**
 * `npm run bench:draft [-- --coref]`: the CoreNLP server's cold start, its first and warm drafts of the seed
 * (1,014 words), its memory, and with --coref the annotation time with coreference beside the drafter's own
 * annotators, so the choice of annotators can be checked. Starts its own server (CORENLP_PORT / CORENLP_URL).
 */
async function measure({ coref = false }: OptionValues<typeof benchDraftCommand.options>): Promise<void> {
  const articleFile = path.join(projectRoot, 'seed', 'us-hamas-direct-talks.txt');
  const text = fs.readFileSync(articleFile, 'utf8');
  const words = text.split(/\s+/).filter(Boolean).length;
  const startedAt = Date.now();
  const server = await startCoreNlp(coreNlpTarget(), log);
  const coldStart = Date.now() - startedAt;
  try {
    const meta = { articleFile, outFile: path.join(projectRoot, 'bench.draft.json') };
    const timed = async () => {
      const began = Date.now();
      await draftArticle(server.url, text, meta);
      return Date.now() - began;
    };
    const first = await timed();
    const warm = median([await timed(), await timed(), await timed()]);
    const rows: [string, string][] = [
      ['article', `${path.relative(projectRoot, articleFile)} (${words} words)`],
      ['server start to /ready (models preloaded)', `${(coldStart / 1000).toFixed(1)} s`],
      ['first draft (pipeline warm-up)', `${(first / 1000).toFixed(1)} s`],
      ['warm draft, median of 3', `${(warm / 1000).toFixed(1)} s`],
    ];
    if (coref) {
      const timeWith = async (set: string) => {
        await annotate(server.url, text, undefined, set);
        const began = Date.now();
        await annotate(server.url, text, undefined, set);
        return Date.now() - began;
      };
      const plain = await timeWith(annotators);
      const coref = await timeWith(`${annotators},coref`);
      rows.push([`warm annotation: ${annotators}`, `${(plain / 1000).toFixed(1)} s`]);
      rows.push(['warm annotation: the same plus coref', `${(coref / 1000).toFixed(1)} s (x${(coref / plain).toFixed(1)})`]);
    }
    if (server.pid) {
      const status = fs.readFileSync(`/proc/${server.pid}/status`, 'utf8');
      const kb = (field: string) => Number(new RegExp(`${field}:\\s+(\\d+)`).exec(status)?.[1] ?? 0);
      rows.push([
        'server memory now / peak (RSS)',
        `${(kb('VmRSS') / 1024 / 1024).toFixed(2)} GiB / ${(kb('VmHWM') / 1024 / 1024).toFixed(2)} GiB`,
      ]);
    }
    process.stdout.write(`| measure | value |\n|---|---|\n${rows.map(([k, v]) => `| ${k} | ${v} |`).join('\n')}\n`);
  } finally {
    await server.stop();
  }
}

if (require.main === module) main(benchDraftCommand, measure);
