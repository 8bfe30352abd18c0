package io.tierdesk.security;

import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProviderManager;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.AuthenticationRequest;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.quarkus.vertx.http.runtime.security.ChallengeData;
import io.quarkus.vertx.http.runtime.security.HttpAuthenticationMechanism;
import io.quarkus.vertx.http.runtime.security.HttpCredentialTransport;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Set;

/**
 * Answers a bearer token the OIDC layer verified before from {@link VerifiedTokens}, ahead of the OIDC mechanism,
 * so that a client repeating its token pays neither the signature check nor OIDC's tenant resolution and token
 * decoding. Any other request (no token, another scheme, a token not remembered or expired) gets no answer here,
 * and the OIDC mechanism that follows authenticates it, or challenges it, in full.
 *
 * <p>The token is read from the {@code Authorization} header exactly as the OIDC layer reads it: the text after the
 * first space, when the scheme before it is {@code Bearer} in any case. So a hit is always a token OIDC accepted
 * from the same kind of header.
 */
@ApplicationScoped
class CachedBearerMechanism implements HttpAuthenticationMechanism {

    private static final String SCHEME = "Bearer";
    private static final String ROUTING_CONTEXT = RoutingContext.class.getName();
    private static final String REQUEST_CONTEXT = AuthenticationRequestContext.class.getName();

    private final VerifiedTokens verified;

    CachedBearerMechanism(VerifiedTokens verified) {
        this.verified = verified;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(RoutingContext context, IdentityProviderManager identityProviderManager) {
        String token = bearerToken(context.request().headers().get(HttpHeaders.AUTHORIZATION));
        SecurityIdentity cached = token == null ? null : verified.get(token);
        if (cached == null) {
            return Uni.createFrom().nullItem();
        }
        // The identity carries the routing context of the request that verified it; this request's replaces it.
        return Uni.createFrom()
                .item(QuarkusSecurityIdentity.builder(cached)
                        .addAttribute(ROUTING_CONTEXT, context)
                        .addAttribute(REQUEST_CONTEXT, context.get(REQUEST_CONTEXT))
                        .build());
    }

    /** The bearer token of an {@code Authorization} header value, or null when it carries none. */
    static String bearerToken(String authorization) {
        if (authorization == null) {
            return null;
        }
        int space = authorization.indexOf(' ');
        if (space != SCHEME.length() || !authorization.regionMatches(true, 0, SCHEME, 0, space)) {
            return null;
        }
        return authorization.substring(space + 1);
    }

    /** No challenge of its own: the OIDC mechanism's {@code WWW-Authenticate: Bearer} is the one sent. */
    @Override
    public Uni<ChallengeData> getChallenge(RoutingContext context) {
        return Uni.createFrom().nullItem();
    }

    /** It asks no identity provider, so it is kept whatever providers exist. */
    @Override
    public Set<Class<? extends AuthenticationRequest>> getCredentialTypes() {
        return Set.of();
    }

    @Override
    public Uni<HttpCredentialTransport> getCredentialTransport(RoutingContext context) {
        return Uni.createFrom().nullItem();
    }

    /** Ahead of the OIDC mechanism, which has the default priority plus one. */
    @Override
    public int getPriority() {
        return DEFAULT_PRIORITY + 1000;
    }
}
