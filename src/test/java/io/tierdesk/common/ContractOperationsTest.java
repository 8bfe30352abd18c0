package io.tierdesk.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.quarkus.security.Authenticated;
import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Path;
import java.io.IOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The contract is the only place a role list is written: every operation lists its roles, every operation has a
 * resource, every resource method is an operation of the contract, and no resource writes a role list of its own.
 */
class ContractOperationsTest {

    private static final String API_PACKAGE = "io.tierdesk.api.";
    private static ContractOperations contract;
    private static List<Class<?>> classes;

    @BeforeAll
    static void readContractAndClasses() throws IOException {
        contract = new ContractOperations();
        java.nio.file.Path root = Paths.get("target/classes");
        try (Stream<java.nio.file.Path> files = Files.walk(root.resolve("io/tierdesk"))) {
            classes = files.map(root::relativize)
                    .map(java.nio.file.Path::toString)
                    .filter(name -> name.endsWith(".class"))
                    .map(name ->
                            name.substring(0, name.length() - ".class".length()).replace('/', '.'))
                    .map(ContractOperationsTest::load)
                    .toList();
        }
    }

    @Test
    void everyOperationOfTheContractHasAResourceMethod() {
        Map<Class<?>, List<Class<?>>> implementations = apiInterfaces().stream()
                .collect(Collectors.toMap(
                        api -> api,
                        api -> classes.stream()
                                .filter(type -> isResource(type) && api.isAssignableFrom(type))
                                .toList()));
        assertThat(implementations)
                .allSatisfy((api, resources) -> assertThat(resources)
                        .as("resources implementing %s", api.getSimpleName())
                        .hasSize(1));
        Set<String> methods = apiInterfaces().stream()
                .flatMap(api -> Arrays.stream(api.getDeclaredMethods()))
                .filter(ContractOperationsTest::isHttpMethod)
                .map(Method::getName)
                .collect(Collectors.toSet());
        assertThat(methods).containsExactlyInAnyOrderElementsOf(contract.ids());
    }

    @Test
    void everyResourceMethodIsAnOperationOfTheContract() {
        List<String> strays = new ArrayList<>();
        for (Class<?> type : classes) {
            if (type.getName().startsWith(API_PACKAGE)) {
                continue;
            }
            if (type.isAnnotationPresent(Path.class)) {
                strays.add(type.getName());
            }
            for (Method method : type.getDeclaredMethods()) {
                if (isHttpMethod(method) && contract.named(method.getName()) == null) {
                    strays.add(type.getName() + "." + method.getName());
                }
            }
        }
        assertThat(strays)
                .as("JAX-RS endpoints outside the generated interfaces")
                .isEmpty();
    }

    /**
     * The contract decides who may call an operation, and {@code ContractRoleFilter} enforces it: a security
     * annotation on a resource would be a second rule that can disagree with the contract (and would put a reactive
     * security check on the event loop in front of every request).
     */
    @Test
    void resourcesCarryNoSecurityAnnotation() {
        List<Class<? extends Annotation>> security =
                List.of(RolesAllowed.class, Authenticated.class, PermitAll.class, DenyAll.class);
        List<String> wrong = new ArrayList<>();
        for (Class<?> resource :
                classes.stream().filter(ContractOperationsTest::isResource).toList()) {
            for (Class<? extends Annotation> annotation : security) {
                if (resource.isAnnotationPresent(annotation)) {
                    wrong.add(resource.getSimpleName() + " is @" + annotation.getSimpleName());
                }
                for (Method method : resource.getDeclaredMethods()) {
                    if (method.isAnnotationPresent(annotation)) {
                        wrong.add(resource.getSimpleName() + "." + method.getName() + " is @"
                                + annotation.getSimpleName());
                    }
                }
            }
        }
        assertThat(wrong).isEmpty();
    }

    @Test
    void everyPostThatChangesStateTakesAnIdempotencyKey() throws IOException {
        List<String> without = new ArrayList<>();
        contractPaths().fields().forEachRemaining(path -> {
            JsonNode post = path.getValue().path("post");
            if (!post.isMissingNode()
                    && !post.path("x-tierdesk-changes-nothing").asBoolean()
                    && !takesAnIdempotencyKey(post)) {
                without.add(post.path("operationId").asText());
            }
        });
        assertThat(without).as("POSTs without an Idempotency-Key").isEmpty();
    }

    @Test
    void everyOperationTakingAnIdempotencyKeyRunsUnderIt() throws IOException {
        Set<String> takingAKey = new TreeSet<>();
        contractPaths()
                .fields()
                .forEachRemaining(path -> path.getValue().fields().forEachRemaining(operation -> {
                    if (takesAnIdempotencyKey(operation.getValue())) {
                        takingAKey.add(operation.getValue().path("operationId").asText());
                    }
                }));
        Set<String> runningUnderIt = classes.stream()
                .filter(ContractOperationsTest::isResource)
                .flatMap(resource -> Arrays.stream(resource.getDeclaredMethods()))
                .filter(method -> !method.isSynthetic() && method.isAnnotationPresent(Idempotent.class))
                .map(Method::getName)
                .collect(Collectors.toCollection(TreeSet::new));
        assertThat(runningUnderIt).isEqualTo(takingAKey);
    }

    private static JsonNode contractPaths() throws IOException {
        return new ObjectMapper(new YAMLFactory())
                .readTree(Paths.get("openapi/openapi.yaml").toFile())
                .path("paths");
    }

    private static boolean takesAnIdempotencyKey(JsonNode operation) {
        for (JsonNode parameter : operation.path("parameters")) {
            if (parameter.path("$ref").asText().endsWith("/IdempotencyKey")) {
                return true;
            }
        }
        return false;
    }

    @Test
    void anOperationWithoutARoleListStopsTheStart() {
        assertThatThrownBy(() -> ContractOperations.operationsOf(yaml("""
                paths:
                  /things:
                    get:
                      operationId: listThings
                """)))
                .hasMessageContaining("listThings lists no x-tierdesk-roles");
        assertThatThrownBy(() -> ContractOperations.operationsOf(yaml("""
                paths:
                  /things:
                    get:
                      operationId: listThings
                      x-tierdesk-roles: [admin, janitor]
                """))).hasMessageContaining("unknown role");
        assertThatThrownBy(() -> ContractOperations.operationsOf(yaml("""
                paths:
                  /things:
                    get:
                      operationId: listThings
                      x-tierdesk-roles: []
                """))).hasMessageContaining("lists no role");
    }

    @Test
    void readsRouteRolesAndBearer() {
        var operations = ContractOperations.operationsOf(yaml("""
                paths:
                  /things/{thing_id}:
                    parameters:
                      - name: thing_id
                    post:
                      operationId: addThing
                      x-tierdesk-roles: [admin, platform]
                    get:
                      operationId: thingFeed
                      x-tierdesk-roles: []
                      security: []
                """));
        assertThat(operations.get("addThing"))
                .isEqualTo(new ContractOperations.Operation(
                        "addThing", "POST /things/{thing_id}", Set.of(Roles.ADMIN, Roles.PLATFORM), true));
        assertThat(operations.get("thingFeed").bearer()).isFalse();
    }

    private static JsonNode yaml(String text) {
        try {
            return new ObjectMapper(new YAMLFactory()).readTree(text);
        } catch (IOException e) {
            throw new IllegalArgumentException(e);
        }
    }

    private static List<Class<?>> apiInterfaces() {
        return classes.stream()
                .filter(type -> type.isInterface()
                        && type.getName().startsWith(API_PACKAGE)
                        && type.getPackageName().equals("io.tierdesk.api"))
                .toList();
    }

    private static boolean isResource(Class<?> type) {
        return !type.isInterface()
                && !Modifier.isAbstract(type.getModifiers())
                && Arrays.stream(type.getInterfaces())
                        .anyMatch(api -> api.getName().startsWith(API_PACKAGE));
    }

    private static boolean isHttpMethod(Method method) {
        return Arrays.stream(method.getAnnotations())
                .map(Annotation::annotationType)
                .anyMatch(annotation -> annotation.isAnnotationPresent(HttpMethod.class));
    }

    private static Class<?> load(String name) {
        try {
            return Class.forName(name, false, ContractOperationsTest.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }
}
