package io.tierdesk.security;

import io.quarkus.runtime.LaunchMode;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * In production the service refuses to start when it honours forwarding headers from any client: with proxy
 * forwarding on and no trusted proxies listed, any client could choose the scheme and host of the links it answers
 * with and the address the access log records.
 */
@ApplicationScoped
class ProxyTrustRequirement {

    void check(
            @Observes StartupEvent event,
            @ConfigProperty(name = "quarkus.http.proxy.proxy-address-forwarding") boolean forwarding,
            @ConfigProperty(name = "quarkus.http.proxy.trusted-proxies") Optional<List<String>> trusted) {
        String problem = problem(LaunchMode.current(), forwarding, trusted);
        if (problem != null) {
            throw new IllegalStateException(problem);
        }
    }

    static String problem(LaunchMode mode, boolean forwarding, Optional<List<String>> trusted) {
        boolean anyone = trusted.map(List::isEmpty).orElse(true);
        if (mode != LaunchMode.NORMAL || !forwarding || !anyone) {
            return null;
        }
        return "TIERDESK_PROXY_FORWARDING=true needs TIERDESK_TRUSTED_PROXIES: the addresses or CIDR ranges of the "
                + "proxies whose Forwarded and X-Forwarded-* headers are honoured.";
    }
}
