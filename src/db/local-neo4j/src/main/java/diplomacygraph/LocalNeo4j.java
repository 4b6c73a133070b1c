package diplomacygraph;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.BoltConnectorInternalSettings;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.io.ByteUnit;

/**
 * Runs Neo4j Community embedded with Bolt on 127.0.0.1 until it is told to stop.
 *
 * Usage: LocalNeo4j <home-directory> <bolt-port> <page-cache-mb>
 *
 * Stops cleanly on SIGTERM/SIGINT (shutdown hook) and also when its standard input closes, so that a
 * parent that dies without signalling (kill -9, a crashed test runner) never leaves a JVM behind.
 */
public final class LocalNeo4j {
  private LocalNeo4j() {}

  public static void main(String[] args) throws InterruptedException {
    if (args.length != 3) {
      System.err.println("usage: LocalNeo4j <home-directory> <bolt-port> <page-cache-mb>");
      System.exit(2);
    }
    Path home = Path.of(args[0]).toAbsolutePath();
    int port = Integer.parseInt(args[1]);
    long pageCacheMb = Long.parseLong(args[2]);

    DatabaseManagementService dbms = new DatabaseManagementServiceBuilder(home)
        .setConfig(BoltConnector.enabled, true)
        .setConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", port))
        .setConfig(BoltConnector.advertised_address, new SocketAddress("127.0.0.1", port))
        .setConfig(HttpConnector.enabled, false)
        // Loopback only and no HTTP: the local database is a developer's scratch store, reached by this project alone.
        .setConfig(GraphDatabaseSettings.auth_enabled, false)
        .setConfig(GraphDatabaseSettings.pagecache_memory, ByteUnit.mebiBytes(pageCacheMb))
        // Bolt otherwise waits about ten seconds for idle connections at shutdown; Ctrl-C should be quick.
        .setConfig(BoltConnectorInternalSettings.connection_shutdown_wait_time, Duration.ofSeconds(1))
        .setConfig(BoltConnectorInternalSettings.thread_pool_shutdown_wait_time, Duration.ofSeconds(1))
        .build();

    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      dbms.shutdown();
      stopped.countDown();
    }, "neo4j-shutdown"));

    Thread stdinWatch = new Thread(() -> {
      try (InputStream in = System.in) {
        while (in.read() != -1) {
          // Nothing is expected on stdin; it only tells us the parent is alive.
        }
      } catch (IOException ignored) {
        // A broken pipe means the parent is gone, the same as end of input.
      }
      System.exit(0);
    }, "parent-watch");
    stdinWatch.setDaemon(true);
    stdinWatch.start();

    System.out.println("LOCAL_NEO4J_READY bolt://127.0.0.1:" + port);
    System.out.flush();
    stopped.await();
  }
}
