package io.tierdesk.security;

import io.tierdesk.support.Tokens;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.security.Signature;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Hand-built JWTs for attacks: the header, claims and signature are written byte by byte, so each forged token
 * differs from a valid one in exactly one respect.
 */
final class ForgedTokens {

    private static final Base64.Encoder B64 = Base64.getUrlEncoder().withoutPadding();

    private ForgedTokens() {}

    /** Claims of a valid admin token, with the given times (seconds since the epoch). */
    static String claims(String issuer, String audience, long issuedAt, Long notBefore, long expiresAt) {
        return "{\"iss\":\"" + issuer + "\",\"aud\":\"" + audience + "\",\"sub\":\"attacker\",\"groups\":[\"admin\"],"
                + "\"iat\":" + issuedAt + (notBefore == null ? "" : ",\"nbf\":" + notBefore) + ",\"exp\":" + expiresAt
                + "}";
    }

    static String validClaims() {
        long now = now();
        return claims(Tokens.ISSUER, Tokens.AUDIENCE, now, null, now + 600);
    }

    static long now() {
        return System.currentTimeMillis() / 1000;
    }

    static String rs256(String header, String claims, PrivateKey key) {
        String signingInput = encode(header) + "." + encode(claims);
        try {
            Signature signature = Signature.getInstance("SHA256withRSA");
            signature.initSign(key);
            signature.update(signingInput.getBytes(StandardCharsets.US_ASCII));
            return signingInput + "." + B64.encodeToString(signature.sign());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    static String rs256(String claims) {
        return rs256("{\"alg\":\"RS256\",\"typ\":\"JWT\"}", claims, Tokens.localKey());
    }

    /** The classic key-confusion attack: HMAC-SHA256 keyed with the issuer's public key as it is published. */
    static String hs256WithPublicKey(String claims) {
        String signingInput = encode("{\"alg\":\"HS256\",\"typ\":\"JWT\"}") + "." + encode(claims);
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(Files.readAllBytes(Path.of("dev/local-keys/public.pem")), "HmacSHA256"));
            return signingInput + "."
                    + B64.encodeToString(mac.doFinal(signingInput.getBytes(StandardCharsets.US_ASCII)));
        } catch (GeneralSecurityException | java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static String unsigned(String claims) {
        return encode("{\"alg\":\"none\",\"typ\":\"JWT\"}") + "." + encode(claims) + ".";
    }

    /** Replaces the claims of a signed token while keeping its header and signature. */
    static String withClaims(String token, String claims) {
        String[] parts = token.split("\\.");
        return parts[0] + "." + encode(claims) + "." + parts[2];
    }

    static String encode(String json) {
        return B64.encodeToString(json.getBytes(StandardCharsets.UTF_8));
    }
}
