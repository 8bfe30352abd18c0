package io.tierdesk.security;

import io.quarkus.arc.Unremovable;
import io.tierdesk.common.Caller;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jose4j.jwt.consumer.JwtContext;
import org.jose4j.jwt.consumer.Validator;

/**
 * The caller's identity is one stable id claim ({@code sub} unless {@code TIERDESK_IDENTITY_CLAIM} names another,
 * such as {@code oid} for Entra ID); display names never identify anyone. A token whose identity claim is missing,
 * not a string, blank, too long for the columns that store it, holds control characters, or names the reserved
 * actor of background jobs is refused with 401 before anything is read.
 */
@ApplicationScoped
@Unremovable
class SubjectValidator implements Validator {

    static final int MAX_LENGTH = 255;

    private final String claim;

    SubjectValidator(@ConfigProperty(name = "quarkus.oidc.token.principal-claim") String claim) {
        this.claim = claim;
    }

    @Override
    public String validate(JwtContext context) {
        Object value = context.getJwtClaims().getClaimValue(claim);
        return value instanceof String subject
                ? refusal(subject)
                : "The token has no '" + claim + "' claim identifying the caller.";
    }

    static String refusal(String subject) {
        if (subject.isBlank()) {
            return "The token's subject is blank.";
        }
        if (subject.length() > MAX_LENGTH) {
            return "The token's subject is longer than " + MAX_LENGTH + " characters.";
        }
        if (subject.chars().anyMatch(Character::isISOControl)) {
            return "The token's subject contains control characters.";
        }
        if (!subject.equals(subject.strip()) || subject.equalsIgnoreCase(Caller.SYSTEM)) {
            return "The token's subject is reserved.";
        }
        return null;
    }
}
