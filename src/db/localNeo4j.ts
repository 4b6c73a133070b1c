import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import neo4j from 'neo4j-driver';
import { projectRoot } from '../config';
import { keepOutput, mtime, runMaven, waitForExit } from '../process';

const launcherDir = path.join(projectRoot, 'src', 'db', 'local-neo4j');
const classesDir = path.join(launcherDir, 'target', 'classes');
const classpathFile = path.join(launcherDir, 'target', 'classpath.txt');
const buildOutputs = [classpathFile, path.join(classesDir, 'diplomacygraph', 'LocalNeo4j.class')];
const launcherSources = [
  path.join(launcherDir, 'pom.xml'),
  path.join(launcherDir, 'src', 'main', 'java', 'diplomacygraph', 'LocalNeo4j.java'),
];

export interface LocalNeo4jOptions {
  port: number;
  dataDir: string;
  heap: string;
  pageCacheMb: number;
  startTimeoutMs: number;
  log?: (line: string) => void;
}

/** A running local Neo4j; `stop()` shuts it down and resolves once the JVM has exited. */
export interface LocalNeo4j {
  uri: string;
  pid: number;
  auth: LocalAuth;
  /** Settles when the JVM exits, whoever ended it, with its exit code or signal. */
  exited: Promise<string>;
  stop(): Promise<void>;
}

/** How this project logs in to a local store: the user neo4j with the store's generated password. */
export interface LocalAuth {
  user: 'neo4j';
  password: string;
}

/** The password file of the store in `dataDir`. */
export function localPasswordFile(dataDir: string): string {
  return path.join(dataDir, 'neo4j-password');
}

/**
 * The store's password, generated on first use into a file only its owner may read (the store's directory too),
 * so every project command logs in without anyone typing it and other local users cannot.
 */
export function localAuth(dataDir: string): LocalAuth {
  fs.mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  fs.chmodSync(dataDir, 0o700);
  const file = localPasswordFile(dataDir);
  try {
    fs.writeFileSync(file, `${randomBytes(24).toString('base64url')}\n`, { flag: 'wx', mode: 0o600 });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
  }
  // A file copied in or created under a loose umask is tightened rather than trusted as it is.
  fs.chmodSync(file, 0o600);
  const password = fs.readFileSync(file, 'utf8').trim();
  if (password.length < 8) throw new Error(`${file} holds no usable password (delete it and a new one is generated)`);
  return { user: 'neo4j', password };
}

/** What answers on a local Bolt port: our store (it accepts `auth`), another server, or nothing. */
export type BoltState = 'ours' | 'other' | 'none';

export async function boltState(uri: string, auth: LocalAuth): Promise<BoltState> {
  const driver = neo4j.driver(uri, neo4j.auth.basic(auth.user, auth.password), { connectionTimeout: 2000, logging: undefined });
  try {
    await driver.verifyAuthentication();
    return 'ours';
  } catch (error) {
    const code = (error as { code?: unknown } | null | undefined)?.code;
    return typeof code === 'string' && code.startsWith('Neo.ClientError.Security') ? 'other' : 'none';
  } finally {
    await driver.close();
  }
}

/**
 * Compiles the launcher and resolves Neo4j's classpath with Maven, unless a previous build is newer than
 * its sources. The first build downloads Neo4j Community from Maven Central into ~/.m2 (about 170 MB).
 */
export function buildLauncher(log: (line: string) => void = () => {}): void {
  const built = Math.min(...buildOutputs.map(mtime));
  if (built > 0 && launcherSources.every((source) => mtime(source) <= built)) return;
  log('building the local Neo4j launcher with Maven (first run downloads Neo4j Community from Maven Central)');
  runMaven(
    ['-f', path.join(launcherDir, 'pom.xml'), 'compile', 'dependency:build-classpath', `-Dmdep.outputFile=${classpathFile}`],
    'build the local Neo4j launcher',
  );
  // Maven leaves up-to-date outputs untouched; mark the build as done so the next start skips it.
  const now = new Date();
  for (const output of buildOutputs) fs.utimesSync(output, now, now);
}

/**
 * Starts Neo4j Community embedded on 127.0.0.1:`port` with its store under `dataDir`, and resolves once Bolt
 * answers. Rejects with the JVM's last output if it exits early or Bolt does not answer within the timeout.
 */
export async function startLocalNeo4j(options: LocalNeo4jOptions): Promise<LocalNeo4j> {
  const log = options.log ?? (() => {});
  buildLauncher(log);
  const auth = localAuth(options.dataDir);
  const uri = `bolt://127.0.0.1:${options.port}`;
  if ((await boltState(uri, auth)) !== 'none') {
    throw new Error(
      `port ${options.port} already answers Bolt: another Neo4j is running there (set NEO4J_LOCAL_PORT, or NEO4J_URI to use it)`,
    );
  }

  const classpath = `${classesDir}${path.delimiter}${fs.readFileSync(classpathFile, 'utf8').trim()}`;
  const child = spawn(
    'java',
    [
      `-Xmx${options.heap}`,
      '-XX:+UseG1GC',
      '-cp',
      classpath,
      'diplomacygraph.LocalNeo4j',
      options.dataDir,
      String(options.port),
      String(options.pageCacheMb),
      localPasswordFile(options.dataDir),
    ],
    // stdin stays an open pipe: the launcher exits when it closes, so the JVM cannot outlive this process.
    { stdio: ['pipe', 'pipe', 'pipe'] },
  );
  const output = keepOutput(child);
  const exited = new Promise<string>((resolve) => child.once('exit', (code, signal) => resolve(signal ?? `code ${String(code)}`)));
  const spawnFailure = new Promise<Error>((resolve) => child.once('error', resolve));

  const stop = async (): Promise<void> => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    child.kill('SIGTERM');
    if (!(await waitForExit(child, 60_000))) {
      log('Neo4j did not stop within 60 s; killing it');
      child.kill('SIGKILL');
      await waitForExit(child, 10_000);
    }
  };

  const started = Date.now();
  log(`starting Neo4j Community (embedded) on ${uri}, data in ${path.relative(projectRoot, options.dataDir) || options.dataDir}`);
  for (;;) {
    const failure = await Promise.race([spawnFailure, new Promise<null>((resolve) => setTimeout(() => resolve(null), 250))]);
    if (failure) throw new Error(`could not start java for the local Neo4j: ${failure.message}`);
    if (child.exitCode !== null || child.signalCode !== null) {
      throw new Error(
        `the local Neo4j exited during start-up (code ${String(child.exitCode ?? child.signalCode)}):\n${output.join('').slice(-4000)}`,
      );
    }
    if (output.join('').includes('LOCAL_NEO4J_READY') && (await boltState(uri, auth)) === 'ours') break;
    if (Date.now() - started > options.startTimeoutMs) {
      await stop();
      throw new Error(
        `the local Neo4j did not answer on ${uri} within ${options.startTimeoutMs} ms (NEO4J_START_TIMEOUT_MS); its last output:\n${output.join('').slice(-4000)}`,
      );
    }
  }
  log(`Neo4j answers on ${uri} after ${((Date.now() - started) / 1000).toFixed(1)} s`);
  return { uri, pid: child.pid ?? -1, auth, exited, stop };
}
