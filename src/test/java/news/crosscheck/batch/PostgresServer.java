package news.crosscheck.batch;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.test.context.DynamicPropertyRegistry;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import javax.sql.DataSource;

/**
 * A throwaway PostgreSQL server for the job tests that also run on it. Debian's {@code initdb} and {@code pg_ctl}
 * ({@code /usr/lib/postgresql/<version>/bin}; installed with {@code apt-get install postgresql} when missing and the
 * tests run as root) make a cluster in a temporary folder, started on a free port once per test JVM and deleted when
 * it ends; as root, the server runs as the {@code postgres} user, since {@code initdb} refuses root. Each test class
 * asks for a database of its own.
 *
 * <p>The cluster sorts text as en-US (ICU) unless {@code initdb} cannot: the job's own tables sort in the C
 * collation whatever the database's, and the tests check that the reports come out the same as on H2.
 *
 * <p>As an {@link ExecutionCondition} ({@code @ExtendWith(PostgresServer.class)}), it skips the class, with the
 * reason, when no server can be had: never a failure.
 */
final class PostgresServer implements ExecutionCondition {

    private static final String SUPERUSER = "postgres";
    private static Server server;
    private static String unavailable;

    private record Server(Path dir, Path bin, int port, boolean asPostgresUser) {
        String url(String database) {
            return "jdbc:postgresql://127.0.0.1:" + port + "/" + database;
        }

        /** The command, run as the postgres user when this JVM is root's. */
        List<String> as(List<String> command) {
            if (!asPostgresUser) {
                return command;
            }
            List<String> wrapped = new ArrayList<>(List.of("runuser", "-u", SUPERUSER, "--"));
            wrapped.addAll(command);
            return wrapped;
        }
    }

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        return started() ? ConditionEvaluationResult.enabled("PostgreSQL test server on port " + server.port())
                : ConditionEvaluationResult.disabled("PostgreSQL tests skipped: " + unavailable);
    }

    /** Points the Spring test context at a database of its own, made on first use. */
    static void register(DynamicPropertyRegistry registry, String database) {
        registry.add("spring.datasource.url", () -> url(database));
        registry.add("spring.datasource.username", () -> SUPERUSER);
        registry.add("spring.datasource.password", () -> "");
    }

    /** The product name the database behind {@code dataSource} reports: what a job test checks it ran on. */
    static String productName(DataSource dataSource) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            return connection.getMetaData().getDatabaseProductName();
        }
    }

    /** The command-line options that point a crosscheck process at a database of its own, made on first use. */
    static List<String> options(String database) {
        return List.of("--spring.datasource.url=" + url(database), "--spring.datasource.username=" + SUPERUSER,
                "--spring.datasource.password=");
    }

    /** The JDBC URL of {@code database} (lower-case letters, digits and _), made if it does not exist yet. */
    static synchronized String url(String database) {
        if (!started()) {
            throw new IllegalStateException("no PostgreSQL test server: " + unavailable);
        }
        try (Connection admin = DriverManager.getConnection(server.url(SUPERUSER), SUPERUSER, "")) {
            boolean exists;
            try (var query = admin.prepareStatement("SELECT 1 FROM pg_database WHERE datname = ?")) {
                query.setString(1, database);
                exists = query.executeQuery().next();
            }
            if (!exists) {
                admin.createStatement().execute("CREATE DATABASE " + database);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot make the test database " + database + ": " + e.getMessage(), e);
        }
        return server.url(database);
    }

    private static synchronized boolean started() {
        if (server == null && unavailable == null) {
            try {
                server = start();
            } catch (IOException | RuntimeException e) {
                unavailable = e.getMessage();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                unavailable = "interrupted while starting it";
            }
        }
        return server != null;
    }

    private static Server start() throws IOException, InterruptedException {
        boolean root = "root".equals(System.getProperty("user.name"));
        Path bin = binaries().orElse(null);
        if (bin == null && root && Files.isExecutable(Path.of("/usr/bin/apt-get"))) {
            run(List.of("sh", "-c", "DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql "
                    + "|| (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql)"),
                    600);
            bin = binaries().orElse(null);
        }
        if (bin == null) {
            throw new IllegalStateException("no initdb and pg_ctl under /usr/lib/postgresql/*/bin"
                    + (root ? " after apt-get install postgresql" : "; install Debian's postgresql package"));
        }
        Path dir = Files.createTempDirectory("crosscheck-postgres");
        if (root) {
            run(List.of("chown", SUPERUSER, dir.toString()), 30);
        }
        Server started = new Server(dir, bin, freePort(), root);
        Path data = dir.resolve("data");
        List<String> initdb = List.of(bin.resolve("initdb").toString(), "-D", data.toString(), "-A", "trust",
                "-U", SUPERUSER, "-E", "UTF8");
        List<String> icu = new ArrayList<>(initdb);
        icu.addAll(List.of("--locale=C.UTF-8", "--locale-provider=icu", "--icu-locale=en-US"));
        if (!succeeds(started.as(icu))) {
            run(started.as(append(initdb, "--no-locale")), 120);
        }
        Runtime.getRuntime().addShutdownHook(new Thread(() -> stop(started)));
        run(started.as(List.of(bin.resolve("pg_ctl").toString(), "-D", data.toString(), "-w", "-t", "60",
                "-l", dir.resolve("server.log").toString(), "-o", "-p " + started.port() + " -k " + dir
                        + " -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off"
                        + " -c full_page_writes=off", "start")), 90);
        return started;
    }

    private static void stop(Server server) {
        try {
            run(server.as(List.of(server.bin().resolve("pg_ctl").toString(), "-D",
                    server.dir().resolve("data").toString(), "-m", "immediate", "stop")), 60);
            try (Stream<Path> paths = Files.walk(server.dir())) {
                paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        } catch (IOException | InterruptedException | RuntimeException e) {
            // a cluster left in the temp folder is harmless; the JVM is ending
        }
    }

    /** The newest Debian PostgreSQL whose initdb and pg_ctl are there. */
    private static Optional<Path> binaries() throws IOException {
        Path versions = Path.of("/usr/lib/postgresql");
        if (!Files.isDirectory(versions)) {
            return Optional.empty();
        }
        try (Stream<Path> list = Files.list(versions)) {
            return list.map(v -> v.resolve("bin"))
                    .filter(b -> Files.isExecutable(b.resolve("initdb")) && Files.isExecutable(b.resolve("pg_ctl")))
                    .max(Comparator.comparing(b -> versionOf(b.getParent().getFileName().toString())));
        }
    }

    private static int versionOf(String folder) {
        return folder.matches("\\d+") ? Integer.parseInt(folder) : 0;
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static boolean succeeds(List<String> command) throws IOException, InterruptedException {
        try {
            run(command, 120);
            return true;
        } catch (IllegalStateException e) {
            return false;
        }
    }

    private static void run(List<String> command, int seconds) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        process.getOutputStream().close();
        byte[] output = process.getInputStream().readAllBytes();
        if (!process.waitFor(seconds, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IllegalStateException(String.join(" ", command) + " did not finish in " + seconds + " s");
        }
        if (process.exitValue() != 0) {
            String text = new String(output, StandardCharsets.UTF_8).strip();
            throw new IllegalStateException(Path.of(command.get(command.indexOf("--") + 1)).getFileName() + ": "
                    + text.substring(Math.max(0, text.length() - 300)).replaceAll("\\s+", " "));
        }
    }

    private static List<String> append(List<String> list, String item) {
        List<String> all = new ArrayList<>(list);
        all.add(item);
        return all;
    }
}
