import { ConfigError } from '../errors';

/** Where the drafter finds CoreNLP: a server someone else runs, or the local one it starts itself. */
export type CoreNlpTarget = { kind: 'external'; url: string } | { kind: 'local'; port: number; heap: string; startTimeoutMs: number };

type Env = Record<string, string | undefined>;

function whole(env: Env, name: string, fallback: number, min: number, max: number): number {
  const raw = env[name]?.trim();
  if (raw === undefined || raw === '') return fallback;
  if (!/^\d+$/.test(raw)) throw new ConfigError(name, `expected a whole number, got "${raw}"`);
  const value = Number(raw);
  if (value < min || value > max) throw new ConfigError(name, `expected a number from ${min} to ${max}, got ${value}`);
  return value;
}

/** Reads CORENLP_URL, or CORENLP_PORT / CORENLP_HEAP / CORENLP_START_TIMEOUT_MS for the local server. */
export function coreNlpTarget(env: Env = process.env): CoreNlpTarget {
  const url = env.CORENLP_URL?.trim();
  if (url) {
    if (!/^https?:\/\/[^/\s]+/.test(url))
      throw new ConfigError('CORENLP_URL', `expected an http(s) URL such as http://127.0.0.1:9000, got "${url}"`);
    return { kind: 'external', url: url.replace(/\/+$/, '') };
  }
  const heap = env.CORENLP_HEAP?.trim() || '4g';
  if (!/^\d+[mg]$/i.test(heap)) throw new ConfigError('CORENLP_HEAP', `expected a JVM size such as 3g or 4096m, got "${heap}"`);
  return {
    kind: 'local',
    port: whole(env, 'CORENLP_PORT', 9000, 1, 65535),
    heap,
    startTimeoutMs: whole(env, 'CORENLP_START_TIMEOUT_MS', 300_000, 1_000, 3_600_000),
  };
}
