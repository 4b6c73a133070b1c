package diplomacygraph;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import inet.ipaddr.IPAddressString;
import org.neo4j.configuration.GraphDatabaseInternalSettings;
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
 * Usage: LocalNeo4j <home-directory> <bolt-port> <page-cache-mb> <password-file>
 *
 * Authentication is on: the user neo4j gets the password read from the password file (the project generates it,
 * readable by its owner only), so other local users cannot reach the store through the loopback port. LOAD CSV
 * reads files only under <home>/import and fetches nothing remote.
 *
 * Stops cleanly on SIGTERM/SIGINT (shutdown hook) and also when its standard input closes, so that a
 * parent that dies without signalling (kill -9, a crashed test runner) never leaves a JVM behind.
 */
public final class LocalNeo4j {
  private LocalNeo4j() {}

  public static void main(String[] args) throws InterruptedException {
    if (args.length != 4) {
      System.err.println("usage: LocalNeo4j <home-directory> <bolt-port> <page-cache-mb> <password-file>");
      System.exit(2);
    }
    Path home = Path.of(args[0]).toAbsolutePath();
    int port = Integer.parseInt(args[1]);
    long pageCacheMb = Long.parseLong(args[2]);
    String password = readPassword(Path.of(args[3]));
    Path importDir = home.resolve("import");
    createDirectories(importDir);

    DatabaseManagementService dbms = new DatabaseManagementServiceBuilder(home)
        .setConfig(BoltConnector.enabled, true)
        .setConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", port))
        .setConfig(BoltConnector.advertised_address, new SocketAddress("127.0.0.1", port))
        .setConfig(HttpConnector.enabled, false)
        // Loopback only and no HTTP; and, since every local user can reach loopback, a password.
        .setConfig(GraphDatabaseSettings.auth_enabled, true)
        // Embedded Neo4j sets no import root, so file:/// would reach any file the JVM can read.
        .setConfig(GraphDatabaseSettings.load_csv_file_url_root, importDir)
        // Community has no LOAD privilege; blocking every address turns remote LOAD CSV off.
        .setConfig(GraphDatabaseInternalSettings.cypher_ip_blocklist, List.of(new IPAddressString("0.0.0.0/0"), new IPAddressString("::/0")))
        .setConfig(GraphDatabaseSettings.pagecache_memory, ByteUnit.mebiBytes(pageCacheMb))
        // Bolt otherwise waits about ten seconds for idle connections at shutdown; Ctrl-C should be quick.
        .setConfig(BoltConnectorInternalSettings.connection_shutdown_wait_time, Duration.ofSeconds(1))
        .setConfig(BoltConnectorInternalSettings.thread_pool_shutdown_wait_time, Duration.ofSeconds(1))
        .build();

    setPassword(dbms, password);

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

  private static String readPassword(Path file) {
    try {
      String password = Files.readString(file, StandardCharsets.UTF_8).trim();
      if (password.length() < 8) throw new IOException("shorter than 8 characters");
      return password;
    } catch (IOException e) {
      System.err.println("cannot read the password file " + file + ": " + e.getMessage());
      System.exit(2);
      return "";
    }
  }

  private static void createDirectories(Path dir) {
    try {
      Files.createDirectories(dir);
    } catch (IOException e) {
      System.err.println("cannot create " + dir + ": " + e.getMessage());
      System.exit(2);
    }
  }

  /**
   * Gives neo4j the project's password on every start: a store first opened with authentication off (or by an older
   * launcher) still has the default password, and a regenerated password file must win over the old one.
   */
  private static void setPassword(DatabaseManagementService dbms, String password) {
    try {
      dbms.database("system").executeTransactionally(
          "ALTER USER neo4j SET PASSWORD $password CHANGE NOT REQUIRED", Map.of("password", password));
    } catch (RuntimeException e) {
      // Neo4j refuses to set the password the user already has; that is the state we want.
      if (!String.valueOf(e.getMessage()).contains("Old password and new password cannot be the same")) throw e;
    }
  }
}
