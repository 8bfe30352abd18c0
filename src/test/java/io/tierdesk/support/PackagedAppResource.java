package io.tierdesk.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * The one resource of the integration tests that run the packaged artifact (JVM jar, or native binary where a
 * GraalVM exists): a throw-away PostgreSQL, and the production settings that the artifact needs and the
 * repository does not hold -- the key its tokens are verified with (the local development key, whose private
 * half signs the tests' tokens), the issuer and the cursor secret.
 */
public class PackagedAppResource extends EmbeddedPostgresResource {

    @Override
    public Map<String, String> start() {
        Map<String, String> config = new HashMap<>(super.start());
        config.put("quarkus.oidc.public-key", publicKeyBody(Path.of("dev/local-keys/public.pem")));
        config.put("quarkus.oidc.token.issuer", Tokens.ISSUER);
        config.put("tierdesk.cursor.secret", "packaged-test-cursor-secret");
        return config;
    }

    private static String publicKeyBody(Path pem) {
        try {
            return Files.readAllLines(pem).stream().filter(line -> !line.startsWith("-----")).reduce("", String::concat);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
