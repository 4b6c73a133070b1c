import { log } from './log';

/**
 * Runs `stop` once on the first SIGINT or SIGTERM, then exits. A second signal while stopping exits at once
 * (the local Neo4j still stops: it watches its stdin, which closes with this process).
 */
export function onShutdown(stop: () => Promise<void>): void {
  let stopping = false;
  const handle = (signal: NodeJS.Signals) => {
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
  process.on('SIGINT', handle);
  process.on('SIGTERM', handle);
}
