import { log } from './log';

/** The signals a user stops a process with: Ctrl-C, kill, a closed terminal. */
const stopSignals: NodeJS.Signals[] = ['SIGINT', 'SIGTERM', 'SIGHUP'];

/**
 * Runs `stop` once on the first SIGINT, SIGTERM or SIGHUP, or when the parent process (npm) is gone, then exits. A
 * second signal while stopping exits at once (the local Neo4j still stops: it watches its stdin, which closes
 * with this process).
 */
export function onShutdown(stop: () => Promise<void>): void {
  let stopping = false;
  const handle = (signal: string) => {
    if (stopping) {
      log(`${signal} again: exiting now`);
      process.exit(130);
    }
    stopping = true;
    log(`${signal}: shutting down`);
    stop()
      .then(() => {
        log('stopped');
        process.exit(0);
      })
      .catch((error: unknown) => {
        log(`error while stopping: ${error instanceof Error ? error.message : String(error)}`);
        process.exit(1);
      });
  };
  for (const signal of stopSignals) process.on(signal, handle);
  // npm passes SIGINT and SIGTERM on (the scripts exec node, so no shell sits between), but not SIGHUP or SIGKILL:
  // when npm dies of those, this process is re-parented, and stops too rather than keep the port and the store.
  const parent = process.ppid;
  setInterval(() => {
    if (process.ppid !== parent && !stopping) handle('parent process exited');
  }, 1_000).unref();
}
