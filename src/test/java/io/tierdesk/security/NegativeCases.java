package io.tierdesk.security;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;

/**
 * Reads the contract and derives, for every operation, requests that each break exactly one schema constraint of
 * an otherwise valid request: a missing required property, a wrong JSON type, a string too long or too short, a
 * pattern or format violation, a value outside the enum, a number outside its bounds, an array too long or too
 * short, an unknown property, {@code null} where the schema does not allow it, a body that is not JSON or not
 * JSON at all; and for parameters: enum, format, bounds, length and pattern violations, a forged cursor and a
 * time window that ends before it starts.
 *
 * <p>Valid values come from the schema (enum, example, bounds); ids named like a fixture come from {@code ids},
 * so path and body references point at real objects when the caller has them. Pure: no application needed.
 */
final class NegativeCases {

    static final String UNKNOWN_PROPERTY = "negative_probe_unknown";
    static final String NOT_IN_ENUM = "value not in the enum";
    private static final Set<String> METHODS = Set.of("get", "post", "put", "patch", "delete");
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
    private static final int MAX_DEPTH = 6;
    /** Tried in order when a string has a pattern and no example; the first that fits is the valid sample. */
    private static final List<String> PATTERN_CANDIDATES =
            List.of("probe", "09:00", "2026-01-05T09:00", "ticket.created", "*", "P1", "1");

    /** One operation of the contract, its parameters merged from the path item and the operation. */
    record Operation(
            String method,
            String path,
            String operationId,
            List<String> roles,
            boolean isPublic,
            List<Parameter> parameters,
            JsonNode bodySchema,
            String bodyMediaType) {

        boolean hasBody() {
            return bodySchema != null;
        }

        List<Parameter> in(String location) {
            return parameters.stream().filter(p -> p.in().equals(location)).toList();
        }

        @Override
        public String toString() {
            return method.toUpperCase() + " " + path + " (" + operationId + ")";
        }
    }

    record Parameter(String name, String in, boolean required, JsonNode schema) {}

    /**
     * One request that breaks one constraint. {@code pathValues} overrides the valid path values, {@code query} and
     * {@code headers} are complete, {@code body} is the raw text sent with {@code contentType} (null: no body).
     */
    record Case(
            Operation operation,
            String violation,
            Map<String, String> pathValues,
            Map<String, String> query,
            Map<String, String> headers,
            String contentType,
            String body,
            List<String> allowedValues) {

        Case(
                Operation operation,
                String violation,
                Map<String, String> pathValues,
                Map<String, String> query,
                Map<String, String> headers,
                String contentType,
                String body) {
            this(operation, violation, pathValues, query, headers, contentType, body, List.of());
        }

        @Override
        public String toString() {
            return operation + ": " + violation;
        }
    }

    private final JsonNode contract;
    private final Function<String, String> ids;

    /** @param ids the id of a real object for a parameter or property name (e.g. {@code ticket_id}), or null. */
    NegativeCases(JsonNode contract, Function<String, String> ids) {
        this.contract = contract;
        this.ids = ids;
    }

    static JsonNode readContract() throws IOException {
        return new ObjectMapper(new YAMLFactory())
                .readTree(Path.of("openapi/openapi.yaml").toFile());
    }

    List<Operation> operations() {
        List<Operation> operations = new ArrayList<>();
        contract.get("paths")
                .fields()
                .forEachRemaining(path -> path.getValue().fields().forEachRemaining(method -> {
                    if (METHODS.contains(method.getKey())) {
                        operations.add(operation(path.getKey(), path.getValue(), method.getKey(), method.getValue()));
                    }
                }));
        return operations;
    }

    private Operation operation(String path, JsonNode pathItem, String method, JsonNode node) {
        List<Parameter> parameters = new ArrayList<>();
        for (JsonNode list : List.of(pathItem.path("parameters"), node.path("parameters"))) {
            for (JsonNode raw : list) {
                JsonNode p = resolve(raw);
                parameters.add(new Parameter(
                        p.get("name").asText(),
                        p.get("in").asText(),
                        p.path("required").asBoolean(),
                        resolve(p.path("schema"))));
            }
        }
        List<String> roles = new ArrayList<>();
        node.path("x-tierdesk-roles").forEach(r -> roles.add(r.asText()));
        boolean isPublic = node.has("security") && node.get("security").isEmpty();
        JsonNode bodySchema = null;
        String mediaType = null;
        if (node.has("requestBody")) {
            Iterator<Map.Entry<String, JsonNode>> content =
                    resolve(node.get("requestBody")).get("content").fields();
            Map.Entry<String, JsonNode> first = content.next();
            mediaType = first.getKey();
            bodySchema = first.getValue().get("schema");
        }
        return new Operation(
                method,
                path,
                node.path("operationId").asText(),
                List.copyOf(roles),
                isPublic,
                List.copyOf(parameters),
                bodySchema,
                mediaType);
    }

    // ---- valid requests -------------------------------------------------------------------------------------

    /** Valid values for every path parameter. */
    Map<String, String> validPath(Operation operation) {
        Map<String, String> values = new LinkedHashMap<>();
        for (Parameter p : operation.in("path")) {
            String scoped = ids.apply(collectionOf(operation.path(), p.name()) + "/" + p.name());
            values.put(p.name(), scoped != null ? scoped : sampleText(p.name(), p.schema()));
        }
        return values;
    }

    /** Valid values for the required query parameters only. */
    Map<String, String> validQuery(Operation operation) {
        Map<String, String> values = new LinkedHashMap<>();
        for (Parameter p : operation.in("query")) {
            if (p.required()) {
                values.put(p.name(), sampleText(p.name(), p.schema()));
            }
        }
        // A required window must be a sensible one, or the valid request itself would be refused.
        if (values.containsKey("since") && values.containsKey("until")) {
            values.put("since", "2026-01-01T00:00:00Z");
            values.put("until", "2026-01-08T00:00:00Z");
        }
        return values;
    }

    /** The smallest valid body: the required properties, each with a valid sample. */
    JsonNode validBody(Operation operation) {
        return operation.hasBody() ? sample(null, operation.bodySchema(), 0) : null;
    }

    // ---- invalid requests -----------------------------------------------------------------------------------

    List<Case> cases(Operation operation) {
        List<Case> cases = new ArrayList<>();
        Map<String, String> query = validQuery(operation);
        JsonNode body = validBody(operation);
        String bodyText = body == null ? null : body.toString();
        String mediaType = operation.bodyMediaType();

        for (Parameter p : operation.in("path")) {
            for (Map.Entry<String, String> bad : invalidTexts(p, false).entrySet()) {
                cases.add(new Case(
                        operation,
                        "path " + p.name() + ": " + bad.getKey(),
                        Map.of(p.name(), bad.getValue()),
                        query,
                        Map.of(),
                        mediaType,
                        bodyText,
                        allowed(bad.getKey(), p.schema())));
            }
        }
        for (Parameter p : operation.in("query")) {
            if (p.required()) {
                Map<String, String> without = new LinkedHashMap<>(query);
                without.remove(p.name());
                cases.add(new Case(
                        operation,
                        "query " + p.name() + ": missing",
                        Map.of(),
                        without,
                        Map.of(),
                        mediaType,
                        bodyText));
            }
            for (Map.Entry<String, String> bad : invalidTexts(p, true).entrySet()) {
                Map<String, String> with = new LinkedHashMap<>(query);
                with.put(p.name(), bad.getValue());
                cases.add(new Case(
                        operation,
                        "query " + p.name() + ": " + bad.getKey(),
                        Map.of(),
                        with,
                        Map.of(),
                        mediaType,
                        bodyText,
                        allowed(bad.getKey(), p.schema())));
            }
        }
        if (hasParameter(operation, "since") && hasParameter(operation, "until")) {
            Map<String, String> reversed = new LinkedHashMap<>(query);
            reversed.put("since", "2026-01-08T00:00:00Z");
            reversed.put("until", "2026-01-01T00:00:00Z");
            cases.add(new Case(
                    operation,
                    "query since/until: window ends before it starts",
                    Map.of(),
                    reversed,
                    Map.of(),
                    mediaType,
                    bodyText));
        }
        for (Parameter p : operation.in("header")) {
            for (Map.Entry<String, String> bad : invalidTexts(p, false).entrySet()) {
                cases.add(new Case(
                        operation,
                        "header " + p.name() + ": " + bad.getKey(),
                        Map.of(),
                        query,
                        Map.of(p.name(), bad.getValue()),
                        mediaType,
                        bodyText));
            }
        }
        if (body != null) {
            bodyCases(operation, query, body, cases);
        }
        return cases;
    }

    private void bodyCases(Operation operation, Map<String, String> query, JsonNode body, List<Case> cases) {
        String mediaType = operation.bodyMediaType();
        UnaryOperator<JsonNode> root = UnaryOperator.identity();
        List<Violation> violations = new ArrayList<>();
        walk("body", resolve(operation.bodySchema()), body, root, violations, 0);
        for (Violation v : violations) {
            cases.add(new Case(
                    operation,
                    v.label(),
                    Map.of(),
                    query,
                    Map.of(),
                    mediaType,
                    v.document().toString(),
                    v.allowedValues()));
        }
        cases.add(new Case(operation, "body: not JSON", Map.of(), query, Map.of(), mediaType, "{\"broken\": "));
        cases.add(new Case(operation, "body: empty", Map.of(), query, Map.of(), mediaType, ""));
        cases.add(new Case(operation, "body: JSON null", Map.of(), query, Map.of(), mediaType, "null"));
        cases.add(new Case(
                operation, "body: text/plain content type", Map.of(), query, Map.of(), "text/plain", body.toString()));
    }

    private record Violation(String label, JsonNode document, List<String> allowedValues) {

        Violation(String label, JsonNode document) {
            this(label, document, List.of());
        }
    }

    /** For an enum violation, the values the answer must name. */
    private List<String> allowed(String violation, JsonNode schema) {
        List<String> values = new ArrayList<>();
        if (NOT_IN_ENUM.equals(violation)) {
            resolve(schema).get("enum").forEach(v -> values.add(v.asText()));
        }
        return values;
    }

    /**
     * Collects the violations of {@code schema} at {@code where}; {@code embed} puts a value in the place of
     * {@code value} and returns the whole (otherwise valid) document.
     */
    private void walk(
            String where,
            JsonNode schema,
            JsonNode value,
            UnaryOperator<JsonNode> embed,
            List<Violation> out,
            int depth) {
        for (Map.Entry<String, JsonNode> bad : invalidValues(schema).entrySet()) {
            out.add(new Violation(
                    where + ": " + bad.getKey(), embed.apply(bad.getValue()), allowed(bad.getKey(), schema)));
        }
        if (depth >= MAX_DEPTH) {
            return;
        }
        String type = schema.path("type").asText();
        if ("object".equals(type) || schema.has("properties")) {
            walkObject(where, schema, (ObjectNode) value, embed, out, depth);
        } else if ("array".equals(type)) {
            walkArray(where, schema, (ArrayNode) value, embed, out, depth);
        }
    }

    private void walkObject(
            String where,
            JsonNode schema,
            ObjectNode value,
            UnaryOperator<JsonNode> embed,
            List<Violation> out,
            int depth) {
        Set<String> required = new java.util.HashSet<>();
        schema.path("required").forEach(r -> required.add(r.asText()));
        schema.path("properties").fields().forEachRemaining(property -> {
            String name = property.getKey();
            JsonNode propertySchema = resolve(property.getValue());
            String at = where + "." + name;
            if (propertySchema.path("readOnly").asBoolean()) {
                return;
            }
            if (required.contains(name)) {
                ObjectNode without = value.deepCopy();
                without.remove(name);
                out.add(new Violation(at + ": missing required property", embed.apply(without)));
            }
            if (!nullable(property.getValue())) {
                ObjectNode withNull = value.deepCopy();
                withNull.putNull(name);
                out.add(new Violation(at + ": null where not nullable", embed.apply(withNull)));
            }
            JsonNode current = value.has(name) ? value.get(name) : sample(name, propertySchema, depth + 1);
            UnaryOperator<JsonNode> embedHere = v -> {
                ObjectNode copy = value.deepCopy();
                copy.set(name, v);
                return embed.apply(copy);
            };
            walk(at, propertySchema, current, embedHere, out, depth + 1);
        });
        if (closed(schema)) {
            ObjectNode extra = value.deepCopy();
            extra.put(UNKNOWN_PROPERTY, 1);
            out.add(new Violation(where + ": unknown property", embed.apply(extra)));
        }
    }

    private void walkArray(
            String where,
            JsonNode schema,
            ArrayNode value,
            UnaryOperator<JsonNode> embed,
            List<Violation> out,
            int depth) {
        JsonNode itemSchema = resolve(schema.path("items"));
        JsonNode item = !value.isEmpty() ? value.get(0) : sample(null, itemSchema, depth + 1);
        UnaryOperator<JsonNode> embedItem = v -> {
            ArrayNode copy = value.deepCopy();
            if (copy.isEmpty()) {
                copy.add(v);
            } else {
                copy.set(0, v);
            }
            return embed.apply(copy);
        };
        if (!nullable(schema.path("items"))) {
            out.add(new Violation(where + "[0]: null item", embedItem.apply(JSON.nullNode())));
        }
        walk(where + "[0]", itemSchema, item, embedItem, out, depth + 1);
    }

    /** Values that break one constraint of the schema itself, by the constraint they break. */
    Map<String, JsonNode> invalidValues(JsonNode schema) {
        Map<String, JsonNode> bad = new LinkedHashMap<>();
        String type = schema.path("type").asText();
        if (schema.has("enum")) {
            bad.put(NOT_IN_ENUM, JSON.textNode("NOT_IN_ENUM"));
        }
        switch (type) {
            case "string" -> {
                bad.put("wrong type (number)", JSON.numberNode(42));
                bad.put("wrong type (boolean)", JSON.booleanNode(true));
                bad.put("wrong type (object)", JSON.objectNode());
                String valid = sampleString(null, schema);
                if (schema.has("maxLength")) {
                    bad.put(
                            "longer than maxLength",
                            JSON.textNode(pad(valid, schema.get("maxLength").asInt() + 1)));
                }
                if (schema.path("minLength").asInt() > 0) {
                    bad.put(
                            "shorter than minLength",
                            JSON.textNode(
                                    valid.substring(0, schema.get("minLength").asInt() - 1)));
                }
                if (schema.has("pattern") && !matches(schema, "!")) {
                    bad.put("pattern violated", JSON.textNode("!"));
                }
                String badFormat = badFormat(schema.path("format").asText());
                if (badFormat != null) {
                    bad.put("format " + schema.get("format").asText() + " violated", JSON.textNode(badFormat));
                }
                bad.put("contains a NUL character", JSON.textNode(valid + "\u0000"));
                outOfRange(schema.path("format").asText())
                        .forEach((label, text) -> bad.put(label, JSON.textNode(text)));
            }
            case "integer" -> {
                bad.put("wrong type (string)", JSON.textNode("12"));
                bad.put("wrong type (fraction)", JSON.numberNode(1.5));
                bad.put("wrong type (boolean)", JSON.booleanNode(true));
                numberBounds(schema, bad);
                if ("int32".equals(schema.path("format").asText())) {
                    bad.put("format int32 overflowed", JSON.numberNode(2_147_483_648L));
                }
            }
            case "number" -> {
                bad.put("wrong type (string)", JSON.textNode("1.5"));
                bad.put("wrong type (boolean)", JSON.booleanNode(true));
                numberBounds(schema, bad);
            }
            case "boolean" -> {
                bad.put("wrong type (string)", JSON.textNode("true"));
                bad.put("wrong type (number)", JSON.numberNode(1));
            }
            case "array" -> {
                bad.put("wrong type (object)", JSON.objectNode());
                bad.put("wrong type (string)", JSON.textNode("x"));
                JsonNode item = sample(null, resolve(schema.path("items")), 1);
                if (schema.has("maxItems")) {
                    ArrayNode tooMany = JSON.arrayNode();
                    for (int i = 0; i <= schema.get("maxItems").asInt(); i++) {
                        tooMany.add(item.deepCopy());
                    }
                    bad.put("more than maxItems", tooMany);
                }
                if (schema.path("minItems").asInt() > 0) {
                    ArrayNode tooFew = JSON.arrayNode();
                    for (int i = 1; i < schema.get("minItems").asInt(); i++) {
                        tooFew.add(item.deepCopy());
                    }
                    bad.put("fewer than minItems", tooFew);
                }
            }
            case "object" -> {
                bad.put("wrong type (array)", JSON.arrayNode());
                bad.put("wrong type (string)", JSON.textNode("x"));
            }
            default -> {
                // An untyped schema accepts any JSON value.
            }
        }
        return bad;
    }

    /** Texts that break one constraint of a parameter; every parameter value is a string on the wire. */
    Map<String, String> invalidTexts(Parameter parameter, boolean inQuery) {
        JsonNode schema = parameter.schema();
        Map<String, String> bad = new LinkedHashMap<>();
        String type = schema.path("type").asText();
        if (schema.has("enum")) {
            bad.put(NOT_IN_ENUM, "NOT_IN_ENUM");
        }
        switch (type) {
            case "string" -> {
                String valid = sampleText(parameter.name(), schema);
                if (schema.has("maxLength")) {
                    bad.put(
                            "longer than maxLength",
                            pad(valid, schema.get("maxLength").asInt() + 1));
                }
                if (schema.path("minLength").asInt() > 0
                        && (inQuery || schema.get("minLength").asInt() > 1)) {
                    // An empty path segment would match another route, not break this parameter.
                    bad.put(
                            "shorter than minLength",
                            valid.substring(0, schema.get("minLength").asInt() - 1));
                }
                if (schema.has("pattern") && !matches(schema, "!")) {
                    bad.put("pattern violated", "!");
                }
                String badFormat = badFormat(schema.path("format").asText());
                if (badFormat != null) {
                    bad.put("format " + schema.get("format").asText() + " violated", badFormat);
                }
                if (inQuery) {
                    bad.put("contains a NUL character", valid + "\u0000");
                    outOfRange(schema.path("format").asText()).forEach(bad::put);
                }
                if (inQuery && "cursor".equals(parameter.name())) {
                    bad.put("forged cursor", "eyJpZCI6IjEifQ.forged");
                }
            }
            case "integer", "number" -> {
                bad.put("not a number", "abc");
                if ("integer".equals(type)) {
                    bad.put("not an integer", "1.5");
                }
                Map<String, JsonNode> bounds = new LinkedHashMap<>();
                numberBounds(schema, bounds);
                bounds.forEach((label, value) -> bad.put(label, value.asText()));
            }
            case "boolean" -> bad.put("not a boolean", "maybe");
            default -> {}
        }
        return bad;
    }

    // ---- samples --------------------------------------------------------------------------------------------

    private JsonNode sample(String name, JsonNode schema, int depth) {
        schema = resolve(schema);
        if (schema.has("enum")) {
            return schema.get("enum").get(0);
        }
        String type = schema.path("type").asText(schema.has("properties") ? "object" : "");
        switch (type) {
            case "object" -> {
                ObjectNode object = JSON.objectNode();
                Set<String> required = new java.util.HashSet<>();
                schema.path("required").forEach(r -> required.add(r.asText()));
                if (depth < MAX_DEPTH) {
                    schema.path("properties").fields().forEachRemaining(p -> {
                        if (required.contains(p.getKey())) {
                            object.set(p.getKey(), sample(p.getKey(), p.getValue(), depth + 1));
                        }
                    });
                }
                return object;
            }
            case "array" -> {
                ArrayNode array = JSON.arrayNode();
                for (int i = 0; i < schema.path("minItems").asInt(); i++) {
                    array.add(sample(singular(name), schema.path("items"), depth + 1));
                }
                return array;
            }
            case "integer", "number" -> {
                if (schema.has("example") && schema.get("example").isNumber()) {
                    return schema.get("example");
                }
                long value = schema.has("minimum") ? schema.get("minimum").asLong() : 1;
                if (schema.has("maximum")) {
                    value = Math.min(value, schema.get("maximum").asLong());
                }
                return JSON.numberNode(value);
            }
            case "boolean" -> {
                return JSON.booleanNode(false);
            }
            case "string" -> {
                return JSON.textNode(sampleString(name, schema));
            }
            default -> {
                return JSON.objectNode();
            }
        }
    }

    private String sampleText(String name, JsonNode schema) {
        return sample(name, schema, 0).asText();
    }

    private String sampleString(String name, JsonNode schema) {
        String format = schema.path("format").asText();
        if (name != null && ids.apply(name) != null) {
            return ids.apply(name);
        }
        switch (format) {
            case "uuid" -> {
                return UUID.randomUUID().toString();
            }
            case "date-time" -> {
                return "2026-01-05T09:00:00Z";
            }
            case "date" -> {
                return "2026-01-05";
            }
            case "email" -> {
                return "probe@example.com";
            }
            case "uri" -> {
                return "https://example.com/probe";
            }
            default -> {}
        }
        if (schema.has("example")
                && schema.get("example").isTextual()
                && fits(schema, schema.get("example").asText())) {
            return schema.get("example").asText();
        }
        if (schema.has("pattern")) {
            for (String candidate : PATTERN_CANDIDATES) {
                if (fits(schema, candidate)) {
                    return candidate;
                }
            }
            throw new IllegalStateException(
                    "No sample fits the pattern " + schema.get("pattern").asText() + "; give the property an example.");
        }
        int min = Math.max(schema.path("minLength").asInt(), 5);
        int max = schema.has("maxLength") ? schema.get("maxLength").asInt() : Integer.MAX_VALUE;
        return "p".repeat(Math.min(min, max));
    }

    private static boolean fits(JsonNode schema, String value) {
        return value.length() >= schema.path("minLength").asInt()
                && (!schema.has("maxLength")
                        || value.length() <= schema.get("maxLength").asInt())
                && (!schema.has("pattern") || matches(schema, value));
    }

    private static boolean matches(JsonNode schema, String value) {
        return Pattern.compile(schema.get("pattern").asText()).matcher(value).find();
    }

    private static void numberBounds(JsonNode schema, Map<String, JsonNode> bad) {
        if (schema.has("minimum")) {
            bad.put("below minimum", JSON.numberNode(schema.get("minimum").asLong() - 1));
        }
        if (schema.has("maximum")) {
            bad.put("above maximum", JSON.numberNode(schema.get("maximum").asLong() + 1));
        }
    }

    private static String badFormat(String format) {
        return switch (format) {
            case "uuid" -> "not-a-uuid";
            case "date-time" -> "2026-13-45T25:61:00Z";
            case "date" -> "2026-13-01";
            case "email" -> "not-an-email";
            case "uri" -> "not a uri";
            default -> null;
        };
    }

    /** Timestamps and dates that Java parses but that lie outside what RFC 3339 and PostgreSQL accept. */
    private static Map<String, String> outOfRange(String format) {
        return switch (format) {
            case "date-time" ->
                Map.of(
                        "date-time far in the future",
                        "+999999999-12-31T23:59:59Z",
                        "date-time far in the past",
                        "-999999999-01-01T00:00:00Z");
            case "date" ->
                Map.of("date far in the future", "+999999999-12-31", "date far in the past", "-999999999-01-01");
            default -> Map.of();
        };
    }

    /** Longer than {@code length - 1}: the valid sample repeated, so only the length is wrong. */
    private static String pad(String valid, int length) {
        String seed = valid.isEmpty() ? "p" : valid;
        StringBuilder text = new StringBuilder(seed);
        while (text.length() < length) {
            text.append(seed.charAt(seed.length() - 1));
        }
        return text.toString();
    }

    private static String singular(String name) {
        return name != null && name.endsWith("ids") ? name.substring(0, name.length() - 1) : null;
    }

    private boolean nullable(JsonNode propertySchema) {
        return propertySchema.path("nullable").asBoolean()
                || resolve(propertySchema).path("nullable").asBoolean();
    }

    private static boolean closed(JsonNode schema) {
        JsonNode additional = schema.get("additionalProperties");
        return additional == null || additional.isBoolean() && !additional.asBoolean();
    }

    /** The path segment before {@code {name}}: {@code escalation-policies} for its {@code policy_id}. */
    static String collectionOf(String path, String name) {
        String before = path.substring(0, path.indexOf("{" + name + "}"));
        String[] segments = before.split("/");
        return segments.length == 0 ? "" : segments[segments.length - 1];
    }

    private static boolean hasParameter(Operation operation, String name) {
        return operation.parameters().stream()
                .anyMatch(p -> p.in().equals("query") && p.name().equals(name));
    }

    JsonNode resolve(JsonNode node) {
        while (node != null && node.has("$ref")) {
            JsonNode target = contract;
            for (String part : node.get("$ref").asText().substring(2).split("/")) {
                target = target.get(part);
            }
            node = target;
        }
        return node;
    }
}
