package io.tierdesk.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The remembered-token path reads the header as the OIDC layer does, so it never accepts a header OIDC would not. */
class CachedBearerMechanismTest {

    @Test
    void readsTheTextAfterTheBearerSchemeInAnyCase() {
        assertThat(CachedBearerMechanism.bearerToken("Bearer abc.def.ghi")).isEqualTo("abc.def.ghi");
        assertThat(CachedBearerMechanism.bearerToken("bearer abc.def.ghi")).isEqualTo("abc.def.ghi");
        assertThat(CachedBearerMechanism.bearerToken("BEARER abc.def.ghi")).isEqualTo("abc.def.ghi");
    }

    @Test
    void keepsEverythingAfterTheFirstSpaceAsOidcDoes() {
        assertThat(CachedBearerMechanism.bearerToken("Bearer  abc")).isEqualTo(" abc");
        assertThat(CachedBearerMechanism.bearerToken("Bearer abc def")).isEqualTo("abc def");
        assertThat(CachedBearerMechanism.bearerToken("Bearer ")).isEmpty();
    }

    @Test
    void findsNoTokenUnderAnotherSchemeOrWithoutOne() {
        assertThat(CachedBearerMechanism.bearerToken(null)).isNull();
        assertThat(CachedBearerMechanism.bearerToken("")).isNull();
        assertThat(CachedBearerMechanism.bearerToken("abc.def.ghi")).isNull();
        assertThat(CachedBearerMechanism.bearerToken("Basic abc.def.ghi")).isNull();
        assertThat(CachedBearerMechanism.bearerToken("Bearerx abc")).isNull();
        assertThat(CachedBearerMechanism.bearerToken("Bear abc")).isNull();
        assertThat(CachedBearerMechanism.bearerToken(" Bearer abc")).isNull();
        assertThat(CachedBearerMechanism.bearerToken("DPoP abc.def.ghi")).isNull();
    }
}
