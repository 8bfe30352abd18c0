package io.tierdesk.security;

import static io.restassured.RestAssured.given;
import static io.tierdesk.support.Fixtures.jsonAs;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.config.EncoderConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import io.tierdesk.security.NegativeCases.Case;
import io.tierdesk.security.NegativeCases.Operation;
import io.tierdesk.support.Fixtures;
import io.tierdesk.support.SlaFixtures;
import io.tierdesk.support.Tokens;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/**
 * Contract-driven negative testing: every operation of {@code openapi/openapi.yaml} gets the requests
 * {@link NegativeCases} derives from its schemas, each breaking one constraint, sent with a token of a role the
 * operation lists and, where a fixture exists, against real objects. Every answer must be a 4xx problem, a
 * rejection of the input (400, 413, 415 or 422) when the path names real objects, and the database must be
 * unchanged after each operation's batch (but for the caller's last-known roles). A new operation is covered without touching this class; only a new
 * kind of path parameter needs a fixture below, or its cases run against a random id.
 */
@QuarkusTest
class ContractNegativeTest {

    private static final Set<Integer> INPUT_REJECTED = Set.of(400, 413, 415, 422);
    /**
     * Tables that note the caller rather than anything a request asks for: {@code subject_roles} keeps every
     * authenticated caller's roles as of its latest request, refused or not (see {@code KnownRoles}).
     */
    private static final Set<String> CALLER_BOOKKEEPING = Set.of("subject_roles");

    private static final Pattern PATH_PARAM = Pattern.compile("\\{([^}]+)}");
    /** Encodes text bodies as given: no charset appended, so a text/plain body stays text/plain. */
    private static final RestAssuredConfig RAW = RestAssuredConfig.config()
            .encoderConfig(EncoderConfig.encoderConfig().appendDefaultContentCharsetToContentTypeIfUndefined(false));

    @Inject
    DataSource dataSource;

    private static Set<String> declaredStatuses(JsonNode contract, Operation operation) {
        Set<String> statuses = new TreeSet<>();
        contract.path("paths")
                .path(operation.path())
                .path(operation.method().toLowerCase(Locale.ROOT))
                .path("responses")
                .fieldNames()
                .forEachRemaining(statuses::add);
        return statuses;
    }

    /** The path or query parameter a case breaks, when it breaks exactly one. */
    private static String parameterOf(Case c) {
        String violation = c.violation();
        for (String in : List.of("path ", "query ")) {
            if (violation.startsWith(in)) {
                String name = violation.substring(in.length(), violation.indexOf(':'));
                return name.contains("/") ? null : name;
            }
        }
        return null;
    }

    @Test
    void everyViolationOfTheContractIsRefusedAndChangesNothing() throws Exception {
        long started = System.nanoTime();
        Map<String, String> ids = fixtures();
        JsonNode contract = NegativeCases.readContract();
        NegativeCases generator = new NegativeCases(contract, ids::get);
        String snapshotQuery = snapshotQuery();

        List<String> failures = new ArrayList<>();
        Map<Integer, Integer> byStatus = new TreeMap<>();
        Set<String> randomIdOperations = new TreeSet<>();
        int operations = 0;
        int covered = 0;
        int cases = 0;
        int rejectedAsInput = 0;
        for (Operation operation : generator.operations()) {
            List<Case> batch = generator.cases(operation);
            if (batch.isEmpty()) {
                continue;
            }
            operations++;
            Map<String, String> validPath = generator.validPath(operation);
            boolean realObjects = validPath.entrySet().stream().allMatch(e -> isFixture(ids, operation, e));
            if (realObjects) {
                covered++;
            } else {
                randomIdOperations.add(operation.toString());
            }
            String before = snapshot(snapshotQuery);
            for (Case c : batch) {
                cases++;
                Response response = send(c, validPath);
                int status = response.statusCode();
                byStatus.merge(status, 1, Integer::sum);
                String contentType = response.contentType() == null ? "" : response.contentType();
                if (INPUT_REJECTED.contains(status)) {
                    rejectedAsInput++;
                }
                if (!declaredStatuses(contract, operation).contains(String.valueOf(status))) {
                    failures.add(c + " -> " + status + ", a status the contract does not declare for it");
                } else if (response.header("X-Request-Id") == null) {
                    failures.add(c + " -> " + status + " without X-Request-Id");
                } else if (status < 400 || status >= 500) {
                    failures.add(c + " -> " + status + " " + abbreviate(response.asString()));
                } else if (!contentType.startsWith(Fixtures.PROBLEM_JSON)) {
                    failures.add(c + " -> " + status + " without problem+json (" + contentType + ")");
                } else if (!c.allowedValues().stream().allMatch(response.asString()::contains)) {
                    failures.add(c + " -> " + status + " does not name the allowed values " + c.allowedValues() + ": "
                            + abbreviate(response.asString()));
                } else if (status == 400
                        && parameterOf(c) != null
                        && !response.asString().contains("\"field\":\"" + parameterOf(c) + "\"")) {
                    failures.add(c + " -> 400 does not name the parameter: " + abbreviate(response.asString()));
                } else if (realObjects && !INPUT_REJECTED.contains(status)) {
                    failures.add(
                            c + " -> " + status + " before the input was checked: " + abbreviate(response.asString()));
                }
            }
            String after = snapshot(snapshotQuery);
            if (!before.equals(after)) {
                failures.add(operation + ": the database changed: " + difference(before, after));
            }
        }
        System.out.printf(
                "Contract negative testing: %d operations, %d generated cases; %d operations against "
                        + "real objects, %d with a random id %s; answers by status %s; %d rejected as bad input; %d s%n",
                operations,
                cases,
                covered,
                randomIdOperations.size(),
                randomIdOperations,
                byStatus,
                rejectedAsInput,
                (System.nanoTime() - started) / 1_000_000_000L);
        assertThat(failures).isEmpty();
        assertThat(operations).isGreaterThanOrEqualTo(100);
        assertThat(cases).isGreaterThan(operations * 5);
        assertThat(randomIdOperations).hasSizeLessThanOrEqualTo(RANDOM_ID_PARAMETERS.size() * 3);
    }

    // ---- requests -------------------------------------------------------------------------------------------

    private final Map<String, String> tokens = new HashMap<>();

    private Response send(Case c, Map<String, String> validPath) {
        Operation operation = c.operation();
        RequestSpecification request = given().config(RAW);
        if (!operation.isPublic()) {
            request.auth()
                    .oauth2(tokens.computeIfAbsent(
                            roleFor(operation), role -> Tokens.token(Tokens.uniqueSubject("negative-" + role), role)));
        }
        request.queryParams(c.query());
        c.headers().forEach(request::header);
        if (c.body() != null) {
            request.contentType(c.contentType()).body(c.body());
        }
        Map<String, String> path = new HashMap<>(validPath);
        path.putAll(c.pathValues());
        return request.urlEncodingEnabled(true)
                .when()
                .request(operation.method().toUpperCase(), "/api/v1" + expand(operation.path(), path));
    }

    /** Admin where allowed (it reaches every object), otherwise the first listed role. */
    private static String roleFor(Operation operation) {
        return operation.roles().contains("admin") ? "admin" : operation.roles().get(0);
    }

    private static String expand(String template, Map<String, String> values) {
        Matcher matcher = PATH_PARAM.matcher(template);
        StringBuilder url = new StringBuilder();
        int last = 0;
        while (matcher.find()) {
            url.append(template, last, matcher.start())
                    .append(java.net.URLEncoder.encode(
                                    values.get(matcher.group(1)), java.nio.charset.StandardCharsets.UTF_8)
                            .replace("+", "%20"));
            last = matcher.end();
        }
        return url.append(template.substring(last)).toString();
    }

    // ---- fixtures -------------------------------------------------------------------------------------------

    /** Path parameters whose objects are hard to create here; their operations run against a random id. */
    private static final Set<String> RANDOM_ID_PARAMETERS = Set.of("shift_handoff_id", "delivery_id");

    private static boolean isFixture(Map<String, String> ids, Operation operation, Map.Entry<String, String> value) {
        String scoped = NegativeCases.collectionOf(operation.path(), value.getKey()) + "/" + value.getKey();
        return value.getValue().equals(ids.get(scoped))
                || value.getValue().equals(ids.get(value.getKey()))
                || operation.parameters().stream()
                        .anyMatch(p ->
                                p.name().equals(value.getKey()) && p.schema().has("enum"))
                || Set.of("system", "external_id").contains(value.getKey());
    }

    /**
     * Real objects, by the parameter or property name that refers to them ({@code collection/name} where one
     * name means different things, like {@code policy_id}).
     */
    private static Map<String, String> fixtures() {
        String admin = Tokens.uniqueSubject("negative-admin");
        String maker = Tokens.uniqueSubject("negative-maker");
        Map<String, String> ids = new LinkedHashMap<>();
        ids.put("tier_id", "important");
        ids.put("to_tier_id", "critical");
        ids.put("routing_table_version", "1");
        String teamId = Fixtures.createTeam("PLATFORM");
        String member = Tokens.uniqueSubject("negative-member");
        Fixtures.addMember(teamId, member, "LEAD");
        ids.put("team_id", teamId);
        ids.put("to_team_id", teamId);
        ids.put("subject", member);
        ids.put("member", member);
        String calendarId = SlaFixtures.createCalendar(SlaFixtures.officeCalendar());
        ids.put("calendar_id", calendarId);
        ids.put("sla-policies/policy_id", SlaFixtures.createPolicy(SlaFixtures.policy(calendarId)));
        String solutionId = Fixtures.register(maker, "maker", Fixtures.solution("negative"));
        ids.put("solution_id", solutionId);
        String rotationId = create(
                member,
                "maker",
                "/rotations",
                Map.of(
                        "team_id",
                        teamId,
                        "name",
                        Fixtures.uniqueName("rotation"),
                        "time_zone",
                        "Europe/Amsterdam",
                        "members",
                        List.of(member),
                        "shift_length",
                        Map.of("amount", 1, "unit", "WEEKS"),
                        "handoff_anchor",
                        "2026-01-05T09:00"));
        ids.put("rotation_id", rotationId);
        ids.put(
                "override_id",
                create(
                        member,
                        "maker",
                        "/rotations/" + rotationId + "/overrides",
                        Map.of("start", "2026-03-02T09:00:00Z", "end", "2026-03-02T17:00:00Z", "member", member)));
        ids.put(
                "escalation-policies/policy_id",
                create(
                        member,
                        "maker",
                        "/escalation-policies",
                        Map.of(
                                "team_id",
                                teamId,
                                "name",
                                Fixtures.uniqueName("policy"),
                                "levels",
                                List.of(Map.of("delay_minutes", 0, "rotation_id", rotationId)))));
        ids.put("feed_token_id", create(member, "maker", "/feed-tokens", Map.of("name", "negative")));
        ids.put(
                "ticket_id",
                create(
                        maker,
                        "maker",
                        "/tickets",
                        Map.of("category", "HOW_TO", "title", Fixtures.uniqueName("negative"))));
        String pagedTicket =
                create(maker, "maker", "/tickets", Map.of("category", "HOW_TO", "title", Fixtures.uniqueName("paged")));
        jsonAs(admin, "helpdesk")
                .body(Map.of("to_level", "PLATFORM", "team_id", teamId, "reason", "Negative testing"))
                .when()
                .post("/api/v1/tickets/" + pagedTicket + "/reroute")
                .then()
                .statusCode(200);
        ids.put("page_id", create(admin, "admin", "/tickets/" + pagedTicket + "/pages", Map.of("reason", "Negative")));
        ids.put(
                "article_id",
                create(
                        admin,
                        "helpdesk",
                        "/knowledge-articles",
                        Map.of("title", Fixtures.uniqueName("article"), "body", "Some text.", "language", "english")));
        ids.put(
                "environment_request_id",
                create(
                        maker,
                        "maker",
                        "/environment-requests",
                        Map.of(
                                "display_name",
                                "negative",
                                "type",
                                "SANDBOX",
                                "region",
                                "europe",
                                "purpose",
                                "Negative testing",
                                "requested_admins",
                                List.of("alice"),
                                "dataverse",
                                true)));
        ids.put(
                "webhook_id",
                create(
                        admin,
                        "integration",
                        "/webhooks",
                        Map.of("target_url", "http://127.0.0.1:9/negative", "event_types", List.of("ticket.created"))));
        ids.put(
                "graduation_request_id",
                create(
                        maker,
                        "maker",
                        "/graduation-requests",
                        Map.of(
                                "solution_id",
                                solutionId,
                                "to_tier_id",
                                "critical",
                                "justification",
                                "Negative testing")));
        ids.put(
                "handoff_id",
                create(
                        maker,
                        "maker",
                        "/handoffs",
                        Map.of("solution_id", solutionId, "to_team_id", teamId, "to_level", "PLATFORM")));
        ids.put(
                "escalation_graph_id",
                create(
                        admin,
                        "admin",
                        "/escalation-graphs",
                        Map.of(
                                "steps",
                                List.of(Map.of("from_level", "HELP_DESK", "to_level", "PLATFORM")),
                                "note",
                                "Negative testing")));
        String advisory = create(
                admin,
                "automation",
                "/vendor-advisories",
                Map.of(
                        "title",
                        "Negative testing",
                        "service",
                        "COPILOT_STUDIO",
                        "regions",
                        List.of("negative-testing"),
                        "starts_at",
                        "2020-01-01T00:00:00Z",
                        "link",
                        "https://status.example.com/negative"));
        ids.put("vendor_advisory_id", advisory);
        ids.put("advisory_id", advisory);
        ids.values().removeIf(Objects::isNull);
        return ids;
    }

    private static String create(String subject, String role, String path, Map<String, Object> body) {
        Response response = jsonAs(subject, role).body(body).when().post("/api/v1" + path);
        if (response.statusCode() != 201) {
            throw new AssertionError("fixture " + path + ": " + response.statusCode() + " " + response.asString());
        }
        return response.path("id");
    }

    // ---- database snapshot ----------------------------------------------------------------------------------

    /** One row per table: its row count and an order-independent sum of the hashes of its rows. */
    private String snapshotQuery() throws SQLException {
        List<String> parts = new ArrayList<>();
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement();
                ResultSet tables = statement.executeQuery(
                        "select tablename from pg_tables where schemaname = current_schema() order by tablename")) {
            while (tables.next()) {
                String table = tables.getString(1);
                if (CALLER_BOOKKEEPING.contains(table)) {
                    continue;
                }
                parts.add("select '" + table
                        + "' || ':' || count(*) || ':' || coalesce(sum(hashtext(t::text)::bigint), 0)" + " from \""
                        + table + "\" t");
            }
        }
        return String.join(" union all ", parts);
    }

    private String snapshot(String query) throws SQLException {
        StringBuilder state = new StringBuilder();
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(query)) {
            while (rows.next()) {
                state.append(rows.getString(1)).append('\n');
            }
        }
        return state.toString();
    }

    private static String difference(String before, String after) {
        List<String> changed = new ArrayList<>(List.of(after.split("\n")));
        changed.removeAll(List.of(before.split("\n")));
        return changed.toString();
    }

    private static String abbreviate(String text) {
        return text.length() > 300 ? text.substring(0, 300) + "…" : text;
    }
}
