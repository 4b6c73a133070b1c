import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { loadConfig, projectRoot } from '../../src/config';
import { connect, Database, localPasswordFile } from '../../src/db';
import { testDatabase } from '../support/database';

/** The test store globalSetup runs, as a project command configured for the local Neo4j sees it. */
const localEnv: NodeJS.ProcessEnv = { ...process.env, NEO4J_URI: '', NEO4J_PASSWORD: '' };
const localConfig = () => loadConfig(localEnv);

function localTarget() {
  const target = localConfig().neo4j;
  if (target.kind !== 'local') throw new Error('expected the local target');
  return target;
}

describe('the local Neo4j store', () => {
  const db = testDatabase();
  afterAll(() => db.close());

  it('keeps a generated password in a file only its owner can read, in a directory only its owner can enter', () => {
    const { dataDir } = localTarget();
    expect(fs.statSync(localPasswordFile(dataDir)).mode & 0o777).toBe(0o600);
    expect(fs.statSync(dataDir).mode & 0o777).toBe(0o700);
    expect(fs.readFileSync(localPasswordFile(dataDir), 'utf8').trim()).toMatch(/^[A-Za-z0-9_-]{32}$/);
  });

  it('refuses a login without that password', async () => {
    const guest = Database.connect(
      `bolt://127.0.0.1:${localTarget().port}`,
      { user: 'neo4j', password: 'neo4j' },
      { queryTimeoutMs: 5_000 },
    );
    try {
      await expect(guest.read('RETURN 1 AS one')).rejects.toMatchObject({ code: 'Neo.ClientError.Security.Unauthorized' });
    } finally {
      await guest.close();
    }
  });

  it('lets LOAD CSV read files in its import directory only', async () => {
    const file = path.join(localTarget().dataDir, 'import', 'local-store-test.csv');
    fs.writeFileSync(file, 'a,b\n');
    try {
      expect(await db.read("LOAD CSV FROM 'file:///local-store-test.csv' AS row RETURN row")).toEqual([{ row: ['a', 'b'] }]);
    } finally {
      fs.rmSync(file);
    }
    // file:/// paths resolve inside the import directory, where no etc/passwd exists.
    await expect(db.read("LOAD CSV FROM 'file:///etc/passwd' AS row RETURN row LIMIT 1")).rejects.toMatchObject({
      message: expect.stringContaining("Couldn't load the external resource at: file:///etc/passwd"),
    });
  });

  it('does not let LOAD CSV fetch remote URLs', async () => {
    await expect(db.read("LOAD CSV FROM 'http://127.0.0.1:9/x.csv' AS row RETURN row")).rejects.toMatchObject({
      message: expect.stringMatching(/blocked via the configuration property internal.dbms.cypher_ip_blocklist/),
    });
  });

  it('is what connect attaches to while it runs, without starting another or asking for a password', async () => {
    const lines: string[] = [];
    const connection = await connect(localConfig(), (line) => lines.push(line));
    try {
      expect(connection.local).toBeUndefined();
      expect(lines).toEqual([`using the local Neo4j already running at bolt://127.0.0.1:${localTarget().port}`]);
      expect(await connection.db.read('RETURN 1 AS one')).toEqual([{ one: 1 }]);
    } finally {
      await connection.close();
    }
    // Closing an attached connection leaves the store running for its owner.
    expect(await db.ping()).toBe(true);
  });

  it('serves the cypher, seed and export commands, run as a user runs them, with no NEO4J variables', () => {
    const env = { ...localEnv };
    delete env.NEO4J_URI;
    delete env.NEO4J_PASSWORD;
    delete env.NEO4J_USER;
    const cli = (script: string, args: string[]) =>
      spawnSync('node', [path.join(projectRoot, 'dist', 'src', 'cli', `${script}.js`), ...args], {
        cwd: projectRoot,
        env,
        encoding: 'utf8',
        timeout: 120_000,
      });
    const cypher = cli('cypher', ['mediators', '--example', '--json']);
    expect(cypher.stderr).toContain('using the local Neo4j already running at');
    expect(cypher.status).toBe(0);
    const seeded = cli('seed', []);
    expect(seeded.stderr).toContain('using the local Neo4j already running at');
    expect(seeded.status).toBe(0);
    const exported = cli('export', ['--format', 'json']);
    expect(exported.stderr).toContain('using the local Neo4j already running at');
    expect(exported.status).toBe(0);
  }, 240_000);
});
