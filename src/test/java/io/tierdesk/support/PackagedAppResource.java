package io.tierdesk.support;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * What the packaged artifact (JVM jar, or native binary where a GraalVM exists) needs in the production profile
 * besides its database, which the run's one {@link EmbeddedPostgresResource} provides: the key its tokens are
 * verified with (the local development key, whose private half signs the tests' tokens), the issuer and the
 * cursor secret. Restricted to the integration tests that name it, so the {@code @QuarkusTest} run never sees it.
 */
public class PackagedAppResource implements QuarkusTestResourceLifecycleManager {

    @Override
    public Map<String, String> start() {
        return Map.of(
                "quarkus.oidc.public-key",
                publicKeyBody(Path.of("dev/local-keys/public.pem")),
                "quarkus.oidc.token.issuer",
                Tokens.ISSUER,
                "quarkus.oidc.token.audience",
                Tokens.AUDIENCE,
                "tierdesk.cursor.secret",
                "packaged-test-cursor-secret",
                "quarkus.management.port",
                "0");
    }

    @Override
    public void stop() {
        // nothing was started
    }

    private static String publicKeyBody(Path pem) {
        try {
            return Files.readAllLines(pem).stream()
                    .filter(line -> !line.startsWith("-----"))
                    .reduce("", String::concat);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
