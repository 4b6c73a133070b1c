import { loadConfig } from '../../src/config';
import { checkStoreModel, storeModelVersion } from '../../src/db';
import { loadArticle, seedFiles, unloadArticle } from '../../src/ingest';
import { testDatabase } from '../support/database';

/**
 * The store model marker: commands that write check which model of the graph the store holds before they write,
 * and refuse a store of another model with a message naming it and what to do.
 */
const db = testDatabase();
// As a local store would be described; the test database itself is reached through NEO4J_URI.
const localConfig = loadConfig({ NEO4J_LOCAL_DIR: '.neo4j/test' });
const seedId = 'article:us-hamas-direct-talks';

const markers = async () => (await db.read('MATCH (m:StoreModel) RETURN m.version AS version')).map((row) => row.version);
const removeMarker = () => db.write('MATCH (m:StoreModel) DELETE m');
const removeLegacy = () => db.write("MATCH (n:Node) WHERE n.id IN ['article:test-legacy', 'org:test-legacy'] DETACH DELETE n");

beforeAll(async () => {
  await unloadArticle(db, seedId);
  await removeLegacy();
});

afterAll(async () => {
  await unloadArticle(db, seedId);
  await removeLegacy();
  await db.write('MERGE (m:StoreModel {key: $key}) SET m.version = toInteger($version)', { key: 'store', version: storeModelVersion });
  await db.close();
});

describe('the store model marker', () => {
  it('is written on a store with none yet that holds nothing', async () => {
    await removeMarker();
    await checkStoreModel(db, localConfig);
    expect(await markers()).toEqual([storeModelVersion]);
    // Checked again, it stays one marker.
    await checkStoreModel(db, localConfig);
    expect(await markers()).toEqual([storeModelVersion]);
  });

  it('is written on a store the many-sources model wrote before markers existed', async () => {
    await loadArticle(db, seedFiles);
    await removeMarker();
    await checkStoreModel(db, localConfig);
    expect(await markers()).toEqual([storeModelVersion]);
    await unloadArticle(db, seedId);
  });

  it('refuses a store written before the many-sources model, naming the store directory and what to do, and marks nothing', async () => {
    await removeMarker();
    // The old model's shape: an article without a rank, quotes on the relationships, no Evidence records.
    await db.write(
      "CREATE (a:Node:Article {id: 'article:test-legacy', title: 'Old load'}) " +
        "CREATE (:Node:Entity:Organization {id: 'org:test-legacy', name: 'Old'})-[:MENTIONED_IN {article: 'article:test-legacy', evidence: ['Old']}]->(a)",
    );
    const refusal = checkStoreModel(db, localConfig);
    await expect(refusal).rejects.toThrow(/^the store in \.neo4j\/test holds a graph written before the many-sources model/);
    await expect(checkStoreModel(db, localConfig)).rejects.toThrow(
      /delete \.neo4j\/test, then load your articles again \(npm run seed, npm run load\)/,
    );
    // Against NEO4J_URI there is no directory to delete: the message says to empty the database.
    await expect(checkStoreModel(db, loadConfig())).rejects.toThrow(
      /^the database at bolt:\/\/\S+ \(NEO4J_URI\) holds a graph .*empty that database/,
    );
    expect(await markers()).toEqual([]);
    await removeLegacy();
  });

  it('refuses a store marked with another model version, naming both versions', async () => {
    await db.write("MERGE (m:StoreModel {key: 'store'}) SET m.version = 1");
    await expect(checkStoreModel(db, localConfig)).rejects.toThrow(
      new RegExp(
        `^the store in \\.neo4j/test was written by model 1 of the graph; this project reads and writes model ${storeModelVersion}: .*delete \\.neo4j/test`,
      ),
    );
    expect(await markers()).toEqual([1]);
  });
});
