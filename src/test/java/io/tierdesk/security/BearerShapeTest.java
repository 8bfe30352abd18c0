package io.tierdesk.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The shape a bearer token must have before it is verified at all: a compact JWS. */
class BearerShapeTest {

    @ParameterizedTest
    @ValueSource(strings = {"eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJhIn0.c2lnbmF0dXJl", "a.b.", "A-_z.09_-.x"})
    void threeBase64UrlSegmentsAreACompactJws(String token) {
        assertThat(BearerShapeFilter.isCompactJws(token)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "", "abc", "a.b", ".b.c", "a..c", "a.b.c.d", "a.b.c.", "a+b.c.d", "a/b.c.d", "a.b=.c", "a.b.c d",
                "a.b.cé", "a.b.c\n"
            })
    void anythingElseIsNot(String token) {
        assertThat(BearerShapeFilter.isCompactJws(token)).isFalse();
    }
}
