package io.tierdesk.security;

import io.quarkus.oidc.AccessTokenCredential;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.SecurityIdentityAugmentor;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Remembers every identity the OIDC layer built from a verified bearer token in {@link VerifiedTokens}. Augmentors
 * only see identities that passed authentication, so a token that failed any check never enters.
 */
@ApplicationScoped
class VerifiedTokenAugmentor implements SecurityIdentityAugmentor {

    private final VerifiedTokens verified;

    VerifiedTokenAugmentor(VerifiedTokens verified) {
        this.verified = verified;
    }

    @Override
    public Uni<SecurityIdentity> augment(SecurityIdentity identity, AuthenticationRequestContext context) {
        AccessTokenCredential token =
                identity.isAnonymous() ? null : identity.getCredential(AccessTokenCredential.class);
        if (token != null && token.getToken() != null && identity.getPrincipal() instanceof JsonWebToken jwt) {
            verified.put(token.getToken(), jwt.getExpirationTime(), identity);
        }
        return Uni.createFrom().item(identity);
    }
}
