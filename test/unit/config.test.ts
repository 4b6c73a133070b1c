import path from 'node:path';
import { loadConfig, projectRoot } from '../../src/config';

describe('loadConfig', () => {
  it('defaults to a local Neo4j and GraphQL on 127.0.0.1:4000', () => {
    const config = loadConfig({});
    expect(config.neo4j).toEqual({
      kind: 'local',
      port: 7687,
      dataDir: path.join(projectRoot, '.neo4j', 'data'),
      heap: '1g',
      pageCacheMb: 256,
      startTimeoutMs: 180_000,
    });
    expect(config.http).toEqual({ host: '127.0.0.1', port: 4000 });
    expect(config.corsOrigins).toEqual([]);
  });

  it('uses an external database when NEO4J_URI is set', () => {
    const config = loadConfig({ NEO4J_URI: 'neo4j+s://abc.databases.neo4j.io', NEO4J_USER: 'reader', NEO4J_PASSWORD: 'secret' });
    expect(config.neo4j).toEqual({
      kind: 'external',
      uri: 'neo4j+s://abc.databases.neo4j.io',
      user: 'reader',
      password: 'secret',
      connectTimeoutMs: 120_000,
    });
  });

  it('reads CORS_ORIGINS as * or a list of origins', () => {
    expect(loadConfig({ CORS_ORIGINS: '*' }).corsOrigins).toBe('*');
    expect(loadConfig({ CORS_ORIGINS: ' https://a.example, http://B.example:8080 ' }).corsOrigins).toEqual([
      'https://a.example',
      'http://b.example:8080',
    ]);
  });

  it.each([
    [
      { CORS_ORIGINS: 'https://a.example/path' },
      'CORS_ORIGINS: expected *, or origins such as https://example.org:8443 separated by commas, got "https://a.example/path"',
    ],
    [
      { CORS_ORIGINS: 'a.example' },
      'CORS_ORIGINS: expected *, or origins such as https://example.org:8443 separated by commas, got "a.example"',
    ],
    [{ PORT: 'eighty' }, 'PORT: expected a whole number, got "eighty"'],
    [{ PORT: '70000' }, 'PORT: expected a number from 0 to 65535, got 70000'],
    [{ NEO4J_LOCAL_PORT: '-1' }, 'NEO4J_LOCAL_PORT: expected a whole number, got "-1"'],
    [{ NEO4J_URI: 'http://localhost:7474', NEO4J_PASSWORD: 'x' }, 'NEO4J_URI: expected a URI with scheme'],
    [{ NEO4J_URI: 'bolt://localhost:7687' }, 'NEO4J_PASSWORD: must be set when NEO4J_URI is set'],
    [{ NEO4J_LOCAL_HEAP: 'lots' }, 'NEO4J_LOCAL_HEAP: expected a JVM size such as 512m or 2g, got "lots"'],
  ])('refuses %j, naming the variable', (env, message) => {
    expect(() => loadConfig(env)).toThrow(message);
  });
});
