package io.tierdesk.common;

import jakarta.annotation.Priority;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * Runs an {@link Idempotent} resource method under its Idempotency-Key. The operation is the contract's route of the
 * matched method (its operationId); the hashed request is every argument of the method, so another path value or
 * another body under the same key is a reuse (422), as is the same key on another operation. Runs inside the
 * validation of the parameters, so an invalid request is refused before its key is looked at.
 */
@Idempotent
@Interceptor
@Priority(Interceptor.Priority.PLATFORM_AFTER + 900)
class IdempotentInterceptor {

    static final String HEADER = "Idempotency-Key";

    private final Idempotency idempotency;
    private final ContractOperations operations;
    private final HttpHeaders headers;

    IdempotentInterceptor(Idempotency idempotency, ContractOperations operations, HttpHeaders headers) {
        this.idempotency = idempotency;
        this.operations = operations;
        this.headers = headers;
    }

    @AroundInvoke
    Object run(InvocationContext context) {
        ContractOperations.Operation operation =
                operations.named(context.getMethod().getName());
        if (operation == null) {
            throw new IllegalStateException("@Idempotent on " + context.getMethod() + ", not an operation");
        }
        Idempotent idempotent = context.getInterceptorBinding(Idempotent.class);
        return idempotency.run(
                key(),
                operation.route(),
                Arrays.asList(context.getParameters()),
                Set.of(idempotent.shownOnce()),
                () -> proceed(context));
    }

    private String key() {
        List<String> keys = headers.getRequestHeader(HEADER);
        return keys == null || keys.isEmpty() ? null : keys.get(0);
    }

    private static Response proceed(InvocationContext context) {
        try {
            return (Response) context.proceed();
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
