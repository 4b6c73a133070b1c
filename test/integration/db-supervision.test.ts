import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { projectRoot } from '../../src/config';
import { withoutNeo4jTarget } from '../support/environment';
import { freePort } from '../support/ports';

const storeDir = path.join('.neo4j', 'supervision-test');

function javaChild(pid: number): number {
  const found = spawnSync('pgrep', ['-P', String(pid), 'java'], { encoding: 'utf8' })
    .stdout.trim()
    .split('\n')
    .map(Number)
    .filter((child) => child > 0);
  const [child] = found;
  if (child === undefined || found.length !== 1) throw new Error(`expected one java child of ${pid}, found ${JSON.stringify(found)}`);
  return child;
}

let server: ChildProcess | undefined;
let output = '';

async function waitFor(text: string, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!output.includes(text)) {
    if (Date.now() > deadline || server?.exitCode !== null) throw new Error(`no "${text}" in the server's log:\n${output}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

afterAll(() => {
  server?.kill('SIGKILL');
  fs.rmSync(path.join(projectRoot, storeDir), { recursive: true, force: true });
});

it('logs the loss of the local Neo4j, answers UNAVAILABLE at once while it is down, restarts it and answers again', async () => {
  const env: NodeJS.ProcessEnv = {
    ...withoutNeo4jTarget(process.env),
    NEO4J_LOCAL_PORT: String(await freePort()),
    NEO4J_LOCAL_DIR: storeDir,
    NEO4J_LOCAL_HEAP: '512m',
    PORT: '0',
  };
  server = spawn(process.execPath, [path.join(projectRoot, 'dist', 'src', 'cli', 'start.js')], {
    cwd: projectRoot,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  server.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  server.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  await waitFor('GraphQL ready at', 240_000);
  const url = /GraphQL ready at (\S+)/.exec(output)?.[1] ?? '';
  const ask = () =>
    fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ search(text: "Witkoff") { score } }' }),
    }).then((response) => response.json() as Promise<{ data?: unknown; errors?: { extensions?: { code?: string } }[] }>);
  expect((await ask()).errors).toBeUndefined();

  const java = javaChild(server.pid ?? -1);
  process.kill(java, 'SIGKILL');
  await waitFor(`database lost: the local Neo4j (pid ${java}) exited (SIGKILL)`, 10_000);
  expect(output.match(/database lost/g)).toHaveLength(1);

  const started = Date.now();
  const answer = await ask();
  expect(Date.now() - started).toBeLessThan(1_000);
  expect(answer.errors?.[0]?.extensions?.code).toBe('UNAVAILABLE');

  await waitFor('restarting the local Neo4j (try 1 of 3)', 10_000);
  await waitFor('database back:', 120_000);
  expect(output.match(/database lost/g)).toHaveLength(1);
  expect(javaChild(server.pid ?? -1)).not.toBe(java);
  const again = await ask();
  expect(again.errors).toBeUndefined();
  expect((again.data as { search: unknown[] }).search.length).toBeGreaterThan(0);
}, 300_000);
