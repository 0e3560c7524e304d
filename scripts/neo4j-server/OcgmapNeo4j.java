import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;

import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;

/**
 * Runs a Neo4j 5.26 Community DBMS with a Bolt connector on 127.0.0.1, for ocgmap's
 * development, tests and CI. Authentication is on; the password of user "neo4j" is read
 * from the file named by OCGMAP_NEO4J_PASSWORD_FILE and set at every start.
 *
 * Settings (memory, transaction state) come from the neo4j.conf-style file CONF, if given.
 *
 * Usage: java -cp 'lib/*' OcgmapNeo4j.java HOME PORT [CONF]
 */
public final class OcgmapNeo4j {
    public static void main(String[] args) throws Exception {
        Path home = Path.of(args[0]).toAbsolutePath();
        int port = Integer.parseInt(args[1]);
        String password = Files.readString(Path.of(System.getenv("OCGMAP_NEO4J_PASSWORD_FILE"))).strip();

        DatabaseManagementServiceBuilder builder = new DatabaseManagementServiceBuilder(home);
        if (args.length > 2 && Files.isRegularFile(Path.of(args[2]))) {
            builder.loadPropertiesFromFile(Path.of(args[2]));
        }
        DatabaseManagementService dbms = builder
                .setConfig(BoltConnector.enabled, true)
                .setConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", port))
                .setConfig(HttpConnector.enabled, false)
                .setConfig(GraphDatabaseSettings.auth_enabled, true)
                .build();
        try {
            dbms.database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME).executeTransactionally(
                    "ALTER USER neo4j SET PASSWORD $pw CHANGE NOT REQUIRED",
                    java.util.Map.of("pw", password));
        } catch (RuntimeException e) {
            // A restart on an existing home: the password is already this one.
            if (!String.valueOf(rootCause(e).getMessage()).contains("cannot be the same")) {
                dbms.shutdown();
                throw e;
            }
        }

        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            dbms.shutdown();
            stopped.countDown();
        }));
        System.out.println("ocgmap-neo4j: bolt listening on 127.0.0.1:" + port);
        System.out.flush();
        stopped.await();
    }

    private static Throwable rootCause(Throwable e) {
        Throwable cause = e;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        return cause;
    }
}
