package io.tierdesk.security;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.runtime.LaunchMode;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ProxyTrustRequirementTest {

    @Test
    void productionRefusesForwardingHeadersFromAnyone() {
        assertThat(ProxyTrustRequirement.problem(LaunchMode.NORMAL, true, Optional.empty()))
                .contains("TIERDESK_TRUSTED_PROXIES");
        assertThat(ProxyTrustRequirement.problem(LaunchMode.NORMAL, true, Optional.of(List.of())))
                .isNotNull();
    }

    @Test
    void listedProxiesNoForwardingOrALocalRunStart() {
        assertThat(ProxyTrustRequirement.problem(LaunchMode.NORMAL, true, Optional.of(List.of("10.0.0.0/8"))))
                .isNull();
        assertThat(ProxyTrustRequirement.problem(LaunchMode.NORMAL, false, Optional.empty()))
                .isNull();
        assertThat(ProxyTrustRequirement.problem(LaunchMode.DEVELOPMENT, true, Optional.empty()))
                .isNull();
    }
}
