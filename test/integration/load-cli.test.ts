import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { projectRoot } from '../../src/config';
import { seedFiles } from '../../src/ingest';
import { seedAnnotations, tempFolder, writeAnnotations } from '../fixtures/annotations';
import { graphSnapshot, removeArticles } from '../fixtures/graph';
import { testDatabase } from '../support/database';

const db = testDatabase();
const folder = tempFolder('load-cli-');
const article = 'article:us-hamas-direct-talks';

function run(script: 'load' | 'seed', args: string[], env: NodeJS.ProcessEnv = process.env) {
  const result = spawnSync('node', [path.join(projectRoot, 'dist', 'src', 'cli', `${script}.js`), ...args], {
    cwd: projectRoot,
    env,
    encoding: 'utf8',
    timeout: 120_000,
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

afterAll(async () => {
  await removeArticles(db, [article]);
  await db.close();
  folder.cleanup();
});

describe('the load command', () => {
  it('prints its usage and exits 2 when the arguments are wrong', () => {
    for (const args of [[], [seedFiles.article], [seedFiles.article, seedFiles.annotations, 'extra']]) {
      const result = run('load', args);
      expect(result.status).toBe(2);
      expect(result.stderr).toMatch(/^usage: npm run load -- <article\.txt> <annotations\.json>/);
    }
  });

  it('reports a bad file and exits 1 before connecting, so it needs no running database', () => {
    const doc = seedAnnotations();
    (doc.nodes[0] as { type: string }).type = 'Persn';
    doc.relations[0]!.to = 'org:nowhere';
    const file = writeAnnotations(folder.dir, 'bad.json', doc);
    const nowhere = { ...process.env, NEO4J_URI: 'bolt://127.0.0.1:9', NEO4J_PASSWORD: 'unused' };
    const result = run('load', [seedFiles.article, file], nowhere);
    expect(result.status).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr).toBe(
      [
        `refused ${file}: 2 errors, nothing written`,
        `  ${file}: nodes[0] (person:karoline-leavitt): type: expected one of Person, Organization, Place, Event, Proposal, Term, Statement, Claim, got "Persn"`,
        `  ${file}: relations[0] (HOLDS_ROLE person:karoline-leavitt -> org:nowhere): to: "org:nowhere" is not declared in this file (nor listed in references)`,
        '',
      ].join('\n'),
    );
  });

  it('loads an article and prints the counts per label and relationship type', async () => {
    await removeArticles(db, [article]);
    const result = run('load', [seedFiles.article, seedFiles.annotations]);
    expect(result.stderr).not.toMatch(/failed/);
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/^loaded article:us-hamas-direct-talks from seed\/us-hamas-direct-talks\.annotations\.json in \d+ ms\n/);
    expect(result.stdout).toContain(
      'wrote the article, 54 nodes, 92 relations, 54 mentions; removed 0 stale relations, 0 mentions, 0 nodes',
    );
    expect(result.stdout).toMatch(/\n {2}Node +55\n/);
    expect(result.stdout).toMatch(/\n {2}MENTIONED_IN +54\n/);
    expect(result.stdout).toMatch(/\n {2}PARTICIPATED_IN +33\n/);

    const before = await graphSnapshot(db);
    const seed = run('seed', []);
    expect(seed.status).toBe(0);
    expect(seed.stdout.replace(/in \d+ ms/, '')).toBe(result.stdout.replace(/in \d+ ms/, ''));
    expect((await graphSnapshot(db)).content).toEqual(before.content);
  });
});
