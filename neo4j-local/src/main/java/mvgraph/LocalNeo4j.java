package mvgraph;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.Duration;

import org.neo4j.configuration.Config;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.BoltConnectorInternalSettings;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.io.fs.DefaultFileSystemAbstraction;
import org.neo4j.kernel.impl.security.User;
import org.neo4j.logging.NullLogProvider;
import org.neo4j.memory.EmptyMemoryTracker;
import org.neo4j.server.security.SecureHasher;
import org.neo4j.server.security.SystemGraphCredential;
import org.neo4j.server.security.auth.CommunitySecurityModule;
import org.neo4j.server.security.auth.FileUserRepository;

/**
 * Runs a real Neo4j 5 engine with Bolt on 127.0.0.1 for local development and tests.
 *
 * Usage: LocalNeo4j <boltPort> <homeDir>, with the password of the `neo4j` user in the
 * MVGRAPH_NEO4J_PASSWORD environment variable and that of the product's own user (`mvgraph`) in
 * MVGRAPH_NEO4J_PRODUCT_PASSWORD (never on the command line, which `ps` shows).
 *
 * The product connects as `mvgraph`, never as `neo4j`: wrong logins as `neo4j` (any local process
 * can try them) then cannot lock the product out. The user is made, or given the password again,
 * at every start through the embedded API (no login). Neo4j Community has no roles: every user may
 * do everything, so this separates credentials, not privileges.
 *
 * Failed logins lock no user here (auth_max_failed_attempts = 0; Neo4j's default locks a user for
 * 5 s after 3). Both passwords are random, 192 bits: guessing is hopeless with or without a lock,
 * so the lock would only let any local process shut the product out by failing three logins as
 * `mvgraph` (a name anyone can read in this file). See docs/operations.md.
 *
 * Authentication is on. The password is written as Neo4j's initial password (`auth.ini`, what
 * `neo4j-admin dbms set-initial-password` writes) before the engine starts, so Bolt never
 * listens with the default `neo4j/neo4j` credentials; Neo4j applies it when it creates the
 * system database, or to an existing one whose `neo4j` user still has the default password
 * (a data directory from before authentication was on).
 *
 * The parent process (Node) keeps our stdin open. When the parent goes away for any reason,
 * including SIGKILL, stdin reaches end-of-file and we shut the database down, so no orphan JVM
 * is left behind. SIGTERM / SIGINT also shut down cleanly through the shutdown hook.
 */
public final class LocalNeo4j {
    public static void main(String[] args) throws Exception {
        if (args.length != 2) {
            System.err.println("usage: LocalNeo4j <boltPort> <homeDir>");
            System.exit(2);
        }
        int port = Integer.parseInt(args[0]);
        Path home = Path.of(args[1]).toAbsolutePath();
        String password = System.getenv("MVGRAPH_NEO4J_PASSWORD");
        if (password == null || password.length() < 8) {
            System.err.println("MVGRAPH_NEO4J_PASSWORD must hold the neo4j user's password (8 characters or more)");
            System.exit(2);
        }
        String productPassword = System.getenv("MVGRAPH_NEO4J_PRODUCT_PASSWORD");
        if (productPassword == null || productPassword.length() < 8) {
            System.err.println("MVGRAPH_NEO4J_PRODUCT_PASSWORD must hold the mvgraph user's password (8 characters or more)");
            System.exit(2);
        }
        writeInitialPassword(home, password);

        DatabaseManagementService service = new DatabaseManagementServiceBuilder(home)
                .setConfig(BoltConnector.enabled, true)
                .setConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", port))
                .setConfig(BoltConnector.advertised_address, new SocketAddress("127.0.0.1", port))
                .setConfig(HttpConnector.enabled, false)
                .setConfig(GraphDatabaseSettings.auth_enabled, true)
                .setConfig(GraphDatabaseSettings.auth_max_failed_attempts, 0)
                .setConfig(GraphDatabaseSettings.transaction_timeout, Duration.ofSeconds(60))
                .setConfig(GraphDatabaseSettings.pagecache_memory, 256L * 1024 * 1024)
                // Bolt waits 5 s per phase on shutdown by default; a local engine has nobody to wait for.
                .setConfig(BoltConnectorInternalSettings.thread_pool_shutdown_wait_time, Duration.ofSeconds(1))
                .setConfig(BoltConnectorInternalSettings.connection_shutdown_wait_time, Duration.ofSeconds(1))
                .build();

        ensurePassword(service, password);
        ensureProductUser(service, productPassword);
        Runtime.getRuntime().addShutdownHook(new Thread(service::shutdown, "neo4j-shutdown"));
        System.out.println("mvgraph-neo4j ready bolt://127.0.0.1:" + port);
        System.out.flush();

        waitForParentToGo(System.in);
        System.exit(0);
    }

    private static void writeInitialPassword(Path home, String password) throws Exception {
        Config config = Config.newBuilder().set(GraphDatabaseSettings.neo4j_home, home).build();
        Path file = CommunitySecurityModule.getInitialUserRepositoryFile(config);
        try (DefaultFileSystemAbstraction fs = new DefaultFileSystemAbstraction()) {
            fs.mkdirs(file.getParent());
            if (fs.fileExists(file)) fs.deleteFile(file);
            FileUserRepository users = new FileUserRepository(fs, file, NullLogProvider.getInstance(), EmptyMemoryTracker.INSTANCE);
            users.start();
            SystemGraphCredential credential = SystemGraphCredential.createCredentialForPassword(
                    password.getBytes(java.nio.charset.StandardCharsets.UTF_8), new SecureHasher());
            users.create(new User("neo4j", null, credential, false, false));
            users.shutdown();
        }
    }

    /**
     * The initial password only replaces the default one. If the data directory's `neo4j` user has
     * another password (its password file was deleted and a new one made), set the new one through
     * the embedded API, which needs no login.
     */
    private static void ensurePassword(DatabaseManagementService service, String password) {
        try {
            service.database("system").executeTransactionally(
                    "ALTER USER neo4j SET PLAINTEXT PASSWORD $password CHANGE NOT REQUIRED", java.util.Map.of("password", password));
        } catch (RuntimeException refused) {
            // Usually the password is already this one (Neo4j refuses such a "change"); otherwise
            // the Node side reports the failed login.
            System.err.println("password unchanged: " + refused.getMessage());
        }
    }

    /** The product's own user, made once and given the password file's password at every start. */
    private static void ensureProductUser(DatabaseManagementService service, String password) {
        var system = service.database("system");
        var params = java.util.Map.<String, Object>of("password", password);
        system.executeTransactionally("CREATE USER mvgraph IF NOT EXISTS SET PLAINTEXT PASSWORD $password CHANGE NOT REQUIRED", params);
        try {
            system.executeTransactionally("ALTER USER mvgraph SET PLAINTEXT PASSWORD $password CHANGE NOT REQUIRED", params);
        } catch (RuntimeException refused) {
            // Neo4j refuses to "change" a password to itself: it is already this one.
        }
    }

    private static void waitForParentToGo(InputStream in) {
        byte[] buffer = new byte[256];
        try {
            while (in.read(buffer) != -1) {
                // Input is ignored; only end-of-file matters.
            }
        } catch (IOException ignored) {
            // A broken pipe means the parent is gone too.
        }
    }
}
