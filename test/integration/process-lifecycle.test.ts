import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { projectRoot } from '../../src/config';
import { withoutNeo4jTarget } from '../support/environment';
import { freePort } from '../support/ports';

/** The environment of a user who runs the project's own local Neo4j, on a store and port of this test. */
function userEnv(storeDir: string, neo4jPort: number, extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv {
  return {
    ...withoutNeo4jTarget(process.env),
    NEO4J_LOCAL_PORT: String(neo4jPort),
    NEO4J_LOCAL_DIR: storeDir,
    NEO4J_LOCAL_HEAP: '512m',
    ...extra,
  };
}

function descendants(pid: number): number[] {
  const children = spawnSync('ps', ['-o', 'pid=', '--ppid', String(pid)], { encoding: 'utf8' })
    .stdout.split('\n')
    .map((line) => Number(line.trim()))
    .filter((child) => child > 0);
  return children.flatMap((child) => [child, ...descendants(child)]);
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

const storeDir = path.join('.neo4j', 'lifecycle-test');

beforeAll(() => {
  const build = spawnSync(process.execPath, ['scripts/build.js'], { cwd: projectRoot, encoding: 'utf8' });
  if (build.status !== 0) throw new Error(`npm run build failed:\n${build.stdout}${build.stderr}`);
}, 120_000);

afterAll(() => fs.rmSync(path.join(projectRoot, storeDir), { recursive: true, force: true }));

describe('npm start checks HOST and PORT before it starts Neo4j', () => {
  const start = (env: NodeJS.ProcessEnv) =>
    spawnSync('node', [path.join(projectRoot, 'dist', 'src', 'cli', 'start.js')], {
      cwd: projectRoot,
      env,
      encoding: 'utf8',
      timeout: 60_000,
    });

  it('names PORT when the port is taken, and starts no Neo4j', async () => {
    const busy = net.createServer();
    await new Promise<void>((resolve) => busy.listen(0, '127.0.0.1', resolve));
    const { port } = busy.address() as net.AddressInfo;
    try {
      const result = start(userEnv(storeDir, await freePort(), { HOST: '127.0.0.1', PORT: String(port) }));
      expect(result.status).toBe(1);
      expect(result.stderr).toContain(`start failed: PORT: ${port} is already in use on 127.0.0.1`);
      expect(result.stderr).not.toContain('starting Neo4j');
    } finally {
      await new Promise((resolve) => busy.close(resolve));
    }
  });

  it('names HOST when it is no address of this machine', async () => {
    const result = start(userEnv(storeDir, await freePort(), { HOST: 'no-such-host.invalid', PORT: '0' }));
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/start failed: HOST: cannot listen on "no-such-host.invalid" \((ENOTFOUND|EAI_AGAIN)\)/);
    expect(result.stderr).not.toContain('starting Neo4j');
  });
});

describe('stopping npm start by a signal to the PID the user sees', () => {
  it.each(['SIGTERM', 'SIGHUP'] as const)(
    '%s to npm stops node and the Neo4j JVM',
    async (signal) => {
      const npm = spawn('npm', ['start'], {
        cwd: projectRoot,
        env: userEnv(storeDir, await freePort(), { PORT: '0' }),
        detached: true,
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      let output = '';
      npm.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
      npm.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
      const pid = npm.pid ?? -1;
      try {
        const deadline = Date.now() + 240_000;
        while (!output.includes('GraphQL ready at')) {
          if (Date.now() > deadline || npm.exitCode !== null) throw new Error(`npm start did not get ready:\n${output}`);
          await new Promise((resolve) => setTimeout(resolve, 250));
        }
        const tree = descendants(pid);
        expect(tree.length).toBeGreaterThanOrEqual(2); // node, and the JVM under it
        process.kill(pid, signal);
        const stopBy = Date.now() + 60_000;
        while ([pid, ...tree].some(alive) && Date.now() < stopBy) await new Promise((resolve) => setTimeout(resolve, 250));
        expect(tree.filter(alive)).toEqual([]);
      } finally {
        // Whatever the outcome, leave no process of this test behind.
        try {
          process.kill(-pid, 'SIGKILL');
        } catch {
          // the group is gone already
        }
      }
    },
    400_000,
  );
});
