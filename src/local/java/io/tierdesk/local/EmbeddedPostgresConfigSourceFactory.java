package io.tierdesk.local;

import io.smallrye.config.ConfigSourceContext;
import io.smallrye.config.ConfigSourceFactory;
import io.smallrye.config.ConfigValue;
import io.smallrye.config.PropertiesConfigSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.config.spi.ConfigSource;

/**
 * Local mode only (this source folder is compiled by the {@code local} Maven profile, never into the production
 * build): starts a real PostgreSQL from Maven Central binaries, keeping its data between runs, and points the
 * datasource at it unless a datasource URL is configured.
 */
public class EmbeddedPostgresConfigSourceFactory implements ConfigSourceFactory {

    private static final int ORDINAL = 260;

    /**
     * Dev mode re-reads configuration on every live reload, through a new class loader, so a static field would be
     * forgotten and a second server would fail on the data directory's lock: the running server's URL is kept as a
     * system property, which every class loader of the JVM sees.
     */
    private static final String RUNNING_URL = "io.tierdesk.local.embedded-postgres.jdbc-url";

    @Override
    public Iterable<ConfigSource> getConfigSources(ConfigSourceContext context) {
        if (!"true".equals(value(context, "tierdesk.local.embedded-postgres"))
                || value(context, "quarkus.datasource.jdbc.url") != null) {
            return List.of();
        }
        String dataDir = value(context, "tierdesk.local.data-dir");
        String url = start(Path.of(dataDir == null ? ".tierdesk/postgres" : dataDir));
        return List.of(new PropertiesConfigSource(
                Map.of(
                        "quarkus.datasource.jdbc.url", url,
                        "quarkus.datasource.username", "postgres",
                        "quarkus.datasource.password", "postgres"),
                "embedded-postgres",
                ORDINAL));
    }

    private static String start(Path dataDir) {
        synchronized (System.class) {
            String running = System.getProperty(RUNNING_URL);
            if (running != null) {
                return running;
            }
            EmbeddedPostgres started;
            try {
                Files.createDirectories(dataDir);
                started = EmbeddedPostgres.builder()
                        .setDataDirectory(dataDir)
                        .setCleanDataDirectory(false)
                        .start();
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot start the embedded PostgreSQL in " + dataDir, e);
            }
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    started.close();
                } catch (IOException ignored) {
                    // the JVM is exiting
                }
            }));
            String url = started.getJdbcUrl("postgres", "postgres");
            System.setProperty(RUNNING_URL, url);
            return url;
        }
    }

    private static String value(ConfigSourceContext context, String name) {
        ConfigValue value = context.getValue(name);
        return value == null ? null : value.getValue();
    }
}
