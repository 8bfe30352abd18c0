package io.tierdesk.common;

import jakarta.enterprise.util.Nonbinding;
import jakarta.interceptor.InterceptorBinding;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Makes a resource method safe to retry with an {@code Idempotency-Key} (see {@link Idempotency}): the key is
 * claimed for the caller and the matched operation of the contract, and the request's path values and body decide
 * whether a retry is a replay or a reuse of the key.
 */
@InterceptorBinding
@Target({ElementType.METHOD, ElementType.TYPE})
@Retention(RetentionPolicy.RUNTIME)
public @interface Idempotent {

    /** Top-level properties of the response that it shows once (secrets): a replay answers without them. */
    @Nonbinding
    String[] shownOnce() default {};
}
