package io.pimento.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The real PostgreSQL and OpenSearch the tests run against, driven through {@code bin/services}
 * with their own data folder and ports (so a running dev instance is left alone). Ports can be
 * moved with PIMENTO_TEST_PG_PORT / PIMENTO_TEST_OS_PORT, the folder with PIMENTO_TEST_DATA_DIR
 * (the same variables bin/test reads).
 */
public final class TestServices {

    public static final int PG_PORT = intEnv("PIMENTO_TEST_PG_PORT", 55433);
    public static final int OS_PORT = intEnv("PIMENTO_TEST_OS_PORT", 59201);

    private TestServices() {
    }

    public static void start() {
        run("start");
    }

    public static void stopOpenSearch() {
        run("stop-opensearch");
    }

    public static void startOpenSearch() {
        run("start-opensearch");
    }

    public static void stopPostgres() {
        run("stop-postgres");
    }

    public static void startPostgres() {
        run("start-postgres");
    }

    public static String jdbcUrl() {
        return "jdbc:postgresql://127.0.0.1:" + PG_PORT + "/pimento";
    }

    public static String openSearchHost() {
        return "127.0.0.1:" + OS_PORT;
    }

    private static void run(String command) {
        Path root = projectRoot();
        List<String> cmd = new ArrayList<>(List.of("bash", root.resolve("bin/services").toString(), command));
        ProcessBuilder builder = new ProcessBuilder(cmd).inheritIO();
        Map<String, String> env = builder.environment();
        // Never the data folder of a dev instance (PIMENTO_DATA_DIR): the tests wipe their database.
        String dataDir = System.getenv("PIMENTO_TEST_DATA_DIR");
        env.put("PIMENTO_DATA_DIR", dataDir == null || dataDir.isBlank() ? root.resolve(".data/test").toString() : dataDir);
        env.put("PIMENTO_PG_PORT", String.valueOf(PG_PORT));
        env.put("PIMENTO_OS_PORT", String.valueOf(OS_PORT));
        env.remove("PIMENTO_OS_TRANSPORT_PORT");
        try {
            Process process = builder.start();
            if (!process.waitFor(15, TimeUnit.MINUTES) || process.exitValue() != 0) {
                throw new IllegalStateException("bin/services " + command + " failed; see the output above");
            }
        } catch (IOException e) {
            throw new IllegalStateException("could not run bin/services " + command, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static Path projectRoot() {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null && !Files.exists(dir.resolve("bin/services"))) {
            dir = dir.getParent();
        }
        if (dir == null) {
            throw new IllegalStateException("bin/services not found above " + Path.of("").toAbsolutePath());
        }
        return dir;
    }

    private static int intEnv(String name, int fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : Integer.parseInt(value.trim());
    }
}
