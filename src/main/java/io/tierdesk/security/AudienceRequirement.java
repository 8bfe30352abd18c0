package io.tierdesk.security;

import io.quarkus.runtime.LaunchMode;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * In production the service refuses to start without an expected token audience: without one, any token the issuer
 * signs for any other application of the same tenant or realm would be accepted here. An operator whose identity
 * provider cannot put an audience in access tokens opts out explicitly with {@code TIERDESK_OIDC_AUDIENCE_OPTIONAL=true}.
 */
@ApplicationScoped
class AudienceRequirement {

    void check(
            @Observes StartupEvent event,
            @ConfigProperty(name = "quarkus.oidc.token.audience") Optional<List<String>> audience,
            @ConfigProperty(name = "tierdesk.oidc.audience-optional") boolean optional) {
        String problem = problem(LaunchMode.current(), audience, optional);
        if (problem != null) {
            throw new IllegalStateException(problem);
        }
    }

    static String problem(LaunchMode mode, Optional<List<String>> audience, boolean optional) {
        boolean missing = audience.map(List::isEmpty).orElse(true);
        if (mode != LaunchMode.NORMAL || optional || !missing) {
            return null;
        }
        return "No token audience is configured: set QUARKUS_OIDC_TOKEN_AUDIENCE to the audience your identity provider "
                + "puts in tierdesk's access tokens, or TIERDESK_OIDC_AUDIENCE_OPTIONAL=true to accept tokens for any "
                + "audience of the issuer.";
    }
}
