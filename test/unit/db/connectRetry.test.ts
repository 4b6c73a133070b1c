import { loadConfig } from '../../../src/config';
import { connect } from '../../../src/db';

describe('connect to a NEO4J_URI that does not answer', () => {
  it('retries with backoff, logging each retry, for NEO4J_CONNECT_TIMEOUT_MS, then names the variables', async () => {
    // Port 9 (discard) has nothing listening here: the database "has not started yet".
    const config = loadConfig({ NEO4J_URI: 'bolt://127.0.0.1:9', NEO4J_PASSWORD: 'unused-password', NEO4J_CONNECT_TIMEOUT_MS: '2000' });
    const lines: string[] = [];
    const started = Date.now();
    await expect(connect(config, (line) => lines.push(line))).rejects.toThrow(
      'NEO4J_URI: bolt://127.0.0.1:9 did not answer within 2000 ms (NEO4J_CONNECT_TIMEOUT_MS)',
    );
    expect(Date.now() - started).toBeGreaterThanOrEqual(1_400);
    expect(lines).toEqual([
      'using the Neo4j at bolt://127.0.0.1:9 (NEO4J_URI)',
      'bolt://127.0.0.1:9 does not answer yet; retrying in 0.5 s',
      'bolt://127.0.0.1:9 does not answer yet; retrying in 1 s',
    ]);
  }, 30_000);
});
