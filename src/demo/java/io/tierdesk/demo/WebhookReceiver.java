package io.tierdesk.demo;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * A local webhook receiver: checks each delivery's Standard Webhooks signature with the subscription's secret (read
 * from a file that bin/demo writes when it creates the subscription) and prints the verified ones.
 */
final class WebhookReceiver {

    private final Path secretFile;

    private WebhookReceiver(Path secretFile) {
        this.secretFile = secretFile;
    }

    static void serve(int port, Path secretFile) throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 0);
        WebhookReceiver receiver = new WebhookReceiver(secretFile);
        server.createContext("/", receiver::handle);
        server.start();
        System.out.println("webhook receiver on http://127.0.0.1:" + port + "/ (secret from " + secretFile + ")");
    }

    private void handle(HttpExchange exchange) throws IOException {
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        String id = exchange.getRequestHeaders().getFirst("webhook-id");
        String timestamp = exchange.getRequestHeaders().getFirst("webhook-timestamp");
        String signatures = exchange.getRequestHeaders().getFirst("webhook-signature");
        boolean verified =
                id != null && timestamp != null && signatures != null && verifies(id, timestamp, body, signatures);
        Map<String, Object> event = verified ? Json.object(body) : Map.of();
        System.out.println(
                verified
                        ? "verified  " + event.get("type") + "  " + subjectOf(event) + "  (" + id + ")"
                        : "REJECTED  delivery " + id + ": the signature does not match the secret");
        exchange.sendResponseHeaders(verified ? 204 : 401, -1);
        exchange.close();
    }

    private boolean verifies(String id, String timestamp, String body, String signatures) {
        try {
            String secret = Files.readString(secretFile).trim();
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(Base64.getDecoder().decode(secret.substring("whsec_".length())), "HmacSHA256"));
            byte[] expected = mac.doFinal((id + "." + timestamp + "." + body).getBytes(StandardCharsets.UTF_8));
            for (String signature : signatures.split(" ")) {
                if (signature.startsWith("v1,")
                        && MessageDigest.isEqual(expected, Base64.getDecoder().decode(signature.substring(3)))) {
                    return true;
                }
            }
            return false;
        } catch (IOException | GeneralSecurityException | IllegalArgumentException e) {
            return false;
        }
    }

    @SuppressWarnings("unchecked")
    private static String subjectOf(Map<String, Object> event) {
        Object data = event.get("data");
        if (data instanceof Map<?, ?> map) {
            Map<String, Object> fields = (Map<String, Object>) map;
            Object title = fields.getOrDefault("title", fields.getOrDefault("display_name", fields.get("name")));
            return (title != null ? title + " " : "") + "[" + fields.getOrDefault("id", fields.get("ticket_id")) + "]";
        }
        return "";
    }
}
