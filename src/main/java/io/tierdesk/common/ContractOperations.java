package io.tierdesk.common;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.quarkus.runtime.Startup;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The contract's operations, read once at startup from the contract the application serves
 * ({@code META-INF/openapi.yaml}): for each operationId its route and the roles ({@code x-tierdesk-roles}) that may
 * call it. The contract is the only place a role list is written; a contract that leaves an operation without a
 * role list, or names an unknown role, stops the application from starting.
 */
@Startup
@Singleton
public class ContractOperations {

    static final String CONTRACT = "META-INF/openapi.yaml";
    private static final Set<String> METHODS = Set.of("get", "put", "post", "patch", "delete", "head", "options");

    /**
     * One operation of the contract.
     *
     * @param route  the HTTP method and path template, e.g. {@code POST /tickets/{ticket_id}/comments}
     * @param roles  the roles that may call it; empty for an operation its own token authorises
     * @param bearer whether the operation takes the bearer token ({@code security: []} says it does not)
     */
    public record Operation(String id, String route, Set<String> roles, boolean bearer) {}

    private final Map<String, Operation> byId;
    private final String basePath;

    ContractOperations() {
        this(readContract());
    }

    ContractOperations(JsonNode contract) {
        this.byId = Map.copyOf(operationsOf(contract));
        this.basePath = contract.path("servers").path(0).path("url").asText("");
    }

    /** The methods the contract offers at this request path (for a 405's {@code Allow}), sorted. */
    public Set<String> methodsAt(String requestPath) {
        Set<String> methods = new TreeSet<>();
        if (!requestPath.startsWith(basePath)) {
            return methods;
        }
        String path = requestPath.substring(basePath.length());
        for (Operation operation : byId.values()) {
            String[] route = operation.route().split(" ", 2);
            if (path.matches(route[1].replaceAll("\\{[^}]+}", "[^/]+"))) {
                methods.add(route[0]);
            }
        }
        return methods;
    }

    /** The operation of this operationId (the generated interface names its methods after it), or null. */
    public Operation named(String operationId) {
        return byId.get(operationId);
    }

    public Set<String> ids() {
        return byId.keySet();
    }

    private static JsonNode readContract() {
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(CONTRACT)) {
            if (in == null) {
                throw new IllegalStateException("The contract " + CONTRACT + " is not on the classpath");
            }
            return new ObjectMapper(new YAMLFactory()).readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the contract " + CONTRACT, e);
        }
    }

    static Map<String, Operation> operationsOf(JsonNode contract) {
        Map<String, Operation> operations = new HashMap<>();
        contract.path("paths")
                .properties()
                .forEach(path -> path.getValue().properties().forEach(entry -> {
                    if (!METHODS.contains(entry.getKey())) {
                        return;
                    }
                    String route = entry.getKey().toUpperCase(Locale.ROOT) + " " + path.getKey();
                    Operation operation = operationOf(route, entry.getValue());
                    if (operations.put(operation.id(), operation) != null) {
                        throw new IllegalStateException("The contract names two operations " + operation.id());
                    }
                }));
        return operations;
    }

    private static Operation operationOf(String route, JsonNode node) {
        String id = node.path("operationId").asText(null);
        if (id == null || id.isBlank()) {
            throw new IllegalStateException("The contract's " + route + " has no operationId");
        }
        JsonNode listed = node.get("x-tierdesk-roles");
        if (listed == null || !listed.isArray()) {
            throw new IllegalStateException("The contract's " + id + " lists no x-tierdesk-roles");
        }
        Set<String> roles = new LinkedHashSet<>();
        listed.forEach(role -> {
            if (!Roles.ALL.contains(role.asText())) {
                throw new IllegalStateException("The contract's " + id + " names an unknown role " + role);
            }
            roles.add(role.asText());
        });
        JsonNode security = node.get("security");
        boolean bearer = security == null || !security.isArray() || !security.isEmpty();
        if (bearer == roles.isEmpty()) {
            throw new IllegalStateException("The contract's " + id
                    + (bearer ? " takes a bearer token but lists no role" : " takes no bearer token but lists roles"));
        }
        return new Operation(id, route, Set.copyOf(roles), bearer);
    }
}
