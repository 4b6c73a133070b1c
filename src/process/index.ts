import { spawnSync, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';

/**
 * What the project's own JVMs (the local Neo4j, the CoreNLP server) share: Maven builds cached by file times,
 * the last output kept for error messages, and a bounded wait for exit.
 */

/** A file's modification time in ms, 0 when it does not exist (so a missing output is always stale). */
export function mtime(file: string): number {
  return fs.existsSync(file) ? fs.statSync(file).mtimeMs : 0;
}

/** Runs Maven quietly in batch mode; `what` names the job in the error that a missing mvn or a failed build gives. */
export function runMaven(args: string[], what: string): void {
  const result = spawnSync('mvn', ['-q', '-B', ...args], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  if (result.error) throw new Error(`could not run Maven (mvn) to ${what}: ${result.error.message}`);
  if (result.status !== 0)
    throw new Error(
      `Maven failed to ${what} (exit ${result.status ?? result.signal ?? 'unknown'}):\n${(result.stdout + result.stderr).slice(-4000)}`,
    );
}

/** Keeps the last 200 chunks a child writes, so that a failed start can say what the JVM said last. */
export function keepOutput(child: ChildProcess): string[] {
  const output: string[] = [];
  const keep = (chunk: Buffer) => {
    output.push(chunk.toString());
    if (output.length > 200) output.shift();
  };
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  return output;
}

/** True once the child has exited, false if it is still running after `timeoutMs`. */
export function waitForExit(child: ChildProcess, timeoutMs: number): Promise<boolean> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve(true);
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve(false), timeoutMs);
    child.once('exit', () => {
      clearTimeout(timer);
      resolve(true);
    });
  });
}
