package io.tierdesk.security;

import io.quarkus.arc.Unremovable;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jose4j.jwt.MalformedClaimException;
import org.jose4j.jwt.NumericDate;
import org.jose4j.jwt.consumer.JwtContext;
import org.jose4j.jwt.consumer.Validator;

/**
 * Refuses tokens issued in the future. The OIDC layer checks {@code exp} and {@code nbf} but accepts any
 * {@code iat}; a future one means a skewed or forged issuer. Checked against the real time, with the same grace
 * as the expiry check.
 */
@ApplicationScoped
@Unremovable
class IssuedAtValidator implements Validator {

    private final int graceSeconds;

    IssuedAtValidator(
            @ConfigProperty(name = "quarkus.oidc.token.lifespan-grace", defaultValue = "0") int graceSeconds) {
        this.graceSeconds = graceSeconds;
    }

    @Override
    public String validate(JwtContext context) throws MalformedClaimException {
        NumericDate issuedAt = context.getJwtClaims().getIssuedAt();
        if (issuedAt == null) {
            return null;
        }
        NumericDate latest = NumericDate.now();
        latest.addSeconds(graceSeconds);
        return issuedAt.isAfter(latest) ? "The token was issued in the future (iat " + issuedAt + ")." : null;
    }
}
