package io.tierdesk.security;

import io.quarkus.arc.Unremovable;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jose4j.jwt.consumer.JwtContext;
import org.jose4j.jwt.consumer.Validator;
import org.jose4j.jwx.JsonWebStructure;

/**
 * Accepts only the signature algorithms the operator names ({@code TIERDESK_OIDC_SIGNATURE_ALGORITHMS}, RS256 by
 * default), so what the README promises and what the verifier accepts are the same list: a token signed with another
 * algorithm, even by a trusted key, is refused with 401.
 */
@ApplicationScoped
@Unremovable
class SignatureAlgorithmValidator implements Validator {

    private final List<String> allowed;

    SignatureAlgorithmValidator(@ConfigProperty(name = "tierdesk.oidc.signature-algorithms") List<String> allowed) {
        this.allowed = allowed;
    }

    @Override
    public String validate(JwtContext context) {
        for (JsonWebStructure structure : context.getJoseObjects()) {
            String algorithm = structure.getAlgorithmHeaderValue();
            if (!allowed.contains(algorithm)) {
                return "Tokens signed with " + algorithm + " are not accepted.";
            }
        }
        return null;
    }
}
