import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { projectRoot } from '../config';
import { keepOutput, mtime, runMaven, waitForExit } from '../process';
import type { CoreNlpTarget } from './config';
import { annotators } from './coreNlpClient';

const serverDir = path.join(projectRoot, 'src', 'draft', 'corenlp');
const pomFile = path.join(serverDir, 'pom.xml');
const classpathFile = path.join(serverDir, 'target', 'classpath.txt');
const blockListFile = path.join(serverDir, 'target', 'non-loopback.txt');

/**
 * The server has no option to bind one address, so it refuses every IPv4 client outside 127.0.0.0/8 (its
 * -blockList) and the JVM runs IPv4 only, which keeps it loopback-only in effect.
 */
const nonLoopbackSubnets = [
  '0.0.0.0/2',
  '64.0.0.0/3',
  '96.0.0.0/4',
  '112.0.0.0/5',
  '120.0.0.0/6',
  '124.0.0.0/7',
  '126.0.0.0/8',
  '128.0.0.0/1',
];

/** A CoreNLP server this process can send text to; `stop()` ends it when this process started it. */
export interface CoreNlpServer {
  url: string;
  /** The JVM's pid when started here, so callers can report its memory. */
  pid?: number;
  stop(): Promise<void>;
}

/**
 * Resolves CoreNLP's classpath with Maven unless a previous resolution is newer than the pom. The first run
 * downloads stanford-corenlp and its English models jar (~475 MB) from Maven Central into ~/.m2.
 */
function buildCoreNlpClasspath(log: (line: string) => void = () => {}): void {
  if (mtime(classpathFile) > mtime(pomFile)) return;
  log('resolving Stanford CoreNLP with Maven (the first run downloads ~480 MB from Maven Central)');
  runMaven(['-f', pomFile, 'dependency:build-classpath', `-Dmdep.outputFile=${classpathFile}`], 'fetch CoreNLP');
  const now = new Date();
  fs.utimesSync(classpathFile, now, now);
}

async function ready(url: string): Promise<boolean> {
  try {
    const response = await fetch(`${url}/ready`, { signal: AbortSignal.timeout(2000) });
    return response.ok;
  } catch {
    return false;
  }
}

/**
 * Gives a CoreNLP server: the one CORENLP_URL names (checked to answer), or a local one started on
 * 127.0.0.1:`port` with the drafter's annotators preloaded, resolved once it answers /ready.
 */
export async function startCoreNlp(target: CoreNlpTarget, log: (line: string) => void = () => {}): Promise<CoreNlpServer> {
  if (target.kind === 'external') {
    if (!(await ready(target.url))) throw new Error(`the CoreNLP server at CORENLP_URL=${target.url} does not answer /ready`);
    return { url: target.url, stop: () => Promise.resolve() };
  }
  const url = `http://127.0.0.1:${target.port}`;
  if (await ready(url))
    throw new Error(`port ${target.port} already answers as a CoreNLP server (set CORENLP_PORT, or CORENLP_URL to use it)`);
  buildCoreNlpClasspath(log);
  fs.writeFileSync(blockListFile, `${nonLoopbackSubnets.join('\n')}\n`);
  const classpath = fs.readFileSync(classpathFile, 'utf8').trim();
  const child = spawn(
    'java',
    [
      `-Xmx${target.heap}`,
      '-Djava.net.preferIPv4Stack=true',
      '-cp',
      classpath,
      'edu.stanford.nlp.pipeline.StanfordCoreNLPServer',
      ...['-port', String(target.port), '-timeout', '120000', '-quiet', 'true', '-blockList', blockListFile, '-preload', annotators],
    ],
    { stdio: ['ignore', 'pipe', 'pipe'] },
  );
  const output = keepOutput(child);
  const spawnFailure = new Promise<Error>((resolve) => child.once('error', resolve));
  // Nothing else stops this JVM: if this process exits without calling stop(), take the server with it.
  const orphanGuard = () => child.kill('SIGKILL');
  process.once('exit', orphanGuard);

  const stop = async (): Promise<void> => {
    process.removeListener('exit', orphanGuard);
    if (child.exitCode !== null || child.signalCode !== null) return;
    child.kill('SIGTERM');
    if (!(await waitForExit(child, 20_000))) {
      child.kill('SIGKILL');
      await waitForExit(child, 10_000);
    }
  };

  const started = Date.now();
  log(`starting the CoreNLP server on ${url} (annotators ${annotators})`);
  for (;;) {
    const failure = await Promise.race([spawnFailure, new Promise<null>((resolve) => setTimeout(() => resolve(null), 500))]);
    if (failure) throw new Error(`could not start java for CoreNLP: ${failure.message}`);
    if (child.exitCode !== null || child.signalCode !== null) {
      process.removeListener('exit', orphanGuard);
      throw new Error(
        `the CoreNLP server exited during start-up (code ${String(child.exitCode ?? child.signalCode)}):\n${output.join('').slice(-4000)}`,
      );
    }
    if (await ready(url)) break;
    if (Date.now() - started > target.startTimeoutMs) {
      await stop();
      throw new Error(
        `the CoreNLP server did not answer on ${url} within ${target.startTimeoutMs} ms (CORENLP_START_TIMEOUT_MS):\n${output.join('').slice(-4000)}`,
      );
    }
  }
  log(`CoreNLP answers on ${url} after ${((Date.now() - started) / 1000).toFixed(1)} s`);
  return { url, pid: child.pid, stop };
}
