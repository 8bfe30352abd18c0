package io.tierdesk.support;

import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.util.KeyUtils;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.util.Set;
import java.util.UUID;

/** Real RS256 tokens signed by the local key that the test profile trusts. */
public final class Tokens {

    public static final String ISSUER = "https://tierdesk.local";
    /** The audience the test profile requires ({@code quarkus.oidc.token.audience}). */
    public static final String AUDIENCE = "tierdesk-api";

    private static final PrivateKey LOCAL_KEY = load(Path.of("dev/local-keys/private.pem"));

    private Tokens() {}

    public static String token(String subject, String... roles) {
        return sign(subject, LOCAL_KEY, ISSUER, roles);
    }

    public static String sign(String subject, PrivateKey key, String issuer, String... roles) {
        return Jwt.issuer(issuer)
                .audience(AUDIENCE)
                .subject(subject)
                .groups(Set.of(roles))
                .expiresIn(3600)
                .sign(key);
    }

    public static PrivateKey localKey() {
        return LOCAL_KEY;
    }

    /** A subject no other test uses, so tests stay isolated on the shared database. */
    public static String uniqueSubject(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    private static PrivateKey load(Path pem) {
        try {
            return KeyUtils.decodePrivateKey(Files.readString(pem));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
