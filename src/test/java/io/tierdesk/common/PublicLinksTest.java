package io.tierdesk.common;

import static io.tierdesk.support.Fixtures.as;
import static io.tierdesk.support.Fixtures.jsonAs;
import static io.tierdesk.support.Fixtures.uniqueName;
import static io.tierdesk.support.Tokens.uniqueSubject;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.tierdesk.support.Paths;
import java.net.URI;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Behind the TLS ingress the links the service answers with name the public address: from the forwarding headers of
 * a trusted proxy (the tests' client is one), or from the configured public base URL.
 */
@QuarkusTest
class PublicLinksTest {

    @Test
    void locationAndLinkFollowTheForwardingHeadersOfATrustedProxy() {
        String admin = uniqueSubject("admin");
        String location = jsonAs(admin, "admin")
                .header("X-Forwarded-Proto", "https")
                .header("X-Forwarded-Host", "tierdesk.example.org")
                .body(Map.of("name", uniqueName("Forwarded"), "kind", "BUSINESS_UNIT"))
                .when()
                .post(Paths.TEAMS)
                .then()
                .statusCode(201)
                .extract()
                .header("Location");
        assertThat(location).startsWith("https://tierdesk.example.org/api/v1/teams/");

        jsonAs(admin, "admin")
                .body(Map.of("name", uniqueName("Forwarded"), "kind", "BUSINESS_UNIT"))
                .post(Paths.TEAMS)
                .then()
                .statusCode(201);
        String link = as(admin, "admin")
                .header("X-Forwarded-Proto", "https")
                .header("X-Forwarded-Host", "tierdesk.example.org")
                .queryParam("limit", 1)
                .when()
                .get(Paths.TEAMS)
                .then()
                .statusCode(200)
                .extract()
                .header("Link");
        assertThat(link)
                .startsWith("<https://tierdesk.example.org/api/v1/teams?")
                .endsWith(">; rel=\"next\"");
    }

    @Test
    void aPublicBaseUrlReplacesSchemeAuthorityAndPrefixesThePath() {
        URI base = URI.create("https://support.example.org/tierdesk/");
        assertThat(PublicLinks.rebase(base, URI.create("http://10.0.0.7:8080/api/v1/teams?limit=1&cursor=a%2Bb")))
                .hasToString("https://support.example.org/tierdesk/api/v1/teams?limit=1&cursor=a%2Bb");
        assertThat(PublicLinks.rebase(URI.create("https://api.example.org:8443"), URI.create("/api/v1/tickets/1")))
                .hasToString("https://api.example.org:8443/api/v1/tickets/1");
    }
}
