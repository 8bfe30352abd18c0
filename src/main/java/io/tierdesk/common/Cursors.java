package io.tierdesk.common;

import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Opaque, tamper-proof list cursors. A cursor holds only the sort key of the last item returned; it is signed
 * together with the list's scope (which list, which filters) and the caller's subject, so it cannot be forged,
 * moved to another query, or replayed by another caller. It grants nothing: every page re-applies the caller's
 * access filter.
 */
@ApplicationScoped
public class Cursors {

    private static final char SEPARATOR = '\u001f';
    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DECODER = Base64.getUrlDecoder();

    private final byte[] secret;

    Cursors(@ConfigProperty(name = "tierdesk.cursor.secret") String secret) {
        this.secret = secret.getBytes(StandardCharsets.UTF_8);
    }

    public String encode(String scope, String subject, List<String> key) {
        String payload = String.join(String.valueOf(SEPARATOR), key);
        byte[] payloadBytes = payload.getBytes(StandardCharsets.UTF_8);
        return ENCODER.encodeToString(payloadBytes) + "." + ENCODER.encodeToString(sign(scope, subject, payloadBytes));
    }

    /** The sort key in the cursor, or a 400 problem when the cursor was not issued for this list and caller. */
    public List<String> decode(String scope, String subject, String cursor, int keyParts) {
        int dot = cursor.indexOf('.');
        try {
            if (dot > 0) {
                byte[] payload = DECODER.decode(cursor.substring(0, dot));
                byte[] signature = DECODER.decode(cursor.substring(dot + 1));
                if (MessageDigest.isEqual(signature, sign(scope, subject, payload))) {
                    List<String> key = new ArrayList<>(Arrays.asList(
                            new String(payload, StandardCharsets.UTF_8).split(String.valueOf(SEPARATOR), -1)));
                    if (key.size() == keyParts) {
                        return key;
                    }
                }
            }
        } catch (IllegalArgumentException malformed) {
            // falls through to the problem below
        }
        throw new InvalidInput(
                "invalid-cursor",
                "Invalid cursor",
                "The cursor is not valid for this list; start again without a cursor.",
                List.of(new FieldError("cursor", "is not a cursor of this list")));
    }

    private byte[] sign(String scope, String subject, byte[] payload) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret, "HmacSHA256"));
            mac.update(scope.getBytes(StandardCharsets.UTF_8));
            mac.update((byte) 0);
            mac.update(subject.getBytes(StandardCharsets.UTF_8));
            mac.update((byte) 0);
            return mac.doFinal(payload);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 unavailable", e);
        }
    }
}
