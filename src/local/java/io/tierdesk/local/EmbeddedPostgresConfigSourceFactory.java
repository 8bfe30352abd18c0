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

    // Dev mode re-reads configuration on every live reload; the database must start once per JVM.
    private static EmbeddedPostgres running;

    @Override
    public Iterable<ConfigSource> getConfigSources(ConfigSourceContext context) {
        if (!"true".equals(value(context, "tierdesk.local.embedded-postgres"))
                || value(context, "quarkus.datasource.jdbc.url") != null) {
            return List.of();
        }
        String dataDir = value(context, "tierdesk.local.data-dir");
        EmbeddedPostgres postgres = start(Path.of(dataDir == null ? ".tierdesk/postgres" : dataDir));
        return List.of(new PropertiesConfigSource(Map.of(
                "quarkus.datasource.jdbc.url", postgres.getJdbcUrl("postgres", "postgres"),
                "quarkus.datasource.username", "postgres",
                "quarkus.datasource.password", "postgres"), "embedded-postgres", ORDINAL));
    }

    private static synchronized EmbeddedPostgres start(Path dataDir) {
        if (running == null) {
            try {
                Files.createDirectories(dataDir);
                running = EmbeddedPostgres.builder()
                        .setDataDirectory(dataDir)
                        .setCleanDataDirectory(false)
                        .start();
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot start the embedded PostgreSQL in " + dataDir, e);
            }
            EmbeddedPostgres started = running;
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    started.close();
                } catch (IOException ignored) {
                    // the JVM is exiting
                }
            }));
        }
        return running;
    }

    private static String value(ConfigSourceContext context, String name) {
        ConfigValue value = context.getValue(name);
        return value == null ? null : value.getValue();
    }
}
