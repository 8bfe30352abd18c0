package io.tierdesk.webhook;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.tierdesk.support.ReceiverPortConfigSource;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * A webhook receiver on the loopback port the test profile allow-lists ({@code tierdesk.test.receiver-port}), and
 * a Standard Webhooks signature check written from the specification (independent of the production signer).
 */
public final class Receiver implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();

    final WireMockServer server;

    public Receiver() {
        int port = ConfigProvider.getConfig().getValue(ReceiverPortConfigSource.PROPERTY, Integer.class);
        server = new WireMockServer(options().port(port).bindAddress("127.0.0.1"));
        server.start();
    }

    /** A fresh path that answers 200. */
    public String acceptingUrl() {
        String path = "/hooks/" + UUID.randomUUID();
        server.stubFor(
                post(urlEqualTo(path)).willReturn(aResponse().withStatus(200).withBody("thanks")));
        return url(path);
    }

    String url(String path) {
        return "http://127.0.0.1:" + server.port() + path;
    }

    static String pathOf(String url) {
        return url.substring(url.indexOf('/', "http://".length()));
    }

    /** Requests received at the URL's path, in arrival order. */
    public List<LoggedRequest> received(String url) {
        List<LoggedRequest> requests = new ArrayList<>(server.findAll(postRequestedFor(urlEqualTo(pathOf(url)))));
        requests.sort(Comparator.comparing(LoggedRequest::getLoggedDate));
        return requests;
    }

    public static JsonNode body(LoggedRequest request) {
        try {
            return JSON.readTree(request.getBodyAsString());
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
    }

    /** Whether one of the request's {@code v1} signatures is the HMAC-SHA256 of {@code id.timestamp.body} under the secret. */
    public static boolean signedWith(LoggedRequest request, String secret) {
        String id = request.getHeader("webhook-id");
        String timestamp = request.getHeader("webhook-timestamp");
        String body = new String(request.getBody(), StandardCharsets.UTF_8);
        byte[] expected = hmac(
                Base64.getDecoder().decode(secret.substring("whsec_".length())), id + "." + timestamp + "." + body);
        for (String signature : request.getHeader("webhook-signature").split(" ")) {
            String[] parts = signature.split(",", 2);
            if (parts.length == 2
                    && parts[0].equals("v1")
                    && MessageDigest.isEqual(expected, Base64.getDecoder().decode(parts[1]))) {
                return true;
            }
        }
        return false;
    }

    static int signatureCount(LoggedRequest request) {
        return request.getHeader("webhook-signature").split(" ").length;
    }

    private static byte[] hmac(byte[] key, String content) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac.doFinal(content.getBytes(StandardCharsets.UTF_8));
        } catch (java.security.GeneralSecurityException e) {
            throw new AssertionError(e);
        }
    }

    @Override
    public void close() {
        server.stop();
    }
}
