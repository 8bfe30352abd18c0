package io.tierdesk.contract;

import static io.tierdesk.support.Fixtures.as;
import static io.tierdesk.support.Tokens.uniqueSubject;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The event table of docs/integrations.md is the catalogue the service answers with: every type it names exists, no
 * type is missing from it, and each type's {@code data} schema is the one {@code GET /event-types} names and the
 * contract defines.
 */
@QuarkusTest
class IntegrationsDocTest {

    private static final Pattern CODE = Pattern.compile("`([^`]+)`");

    @Test
    void theDocsEventTableIsTheServedCatalogue() throws IOException {
        Map<String, String> documented = documentedEventTypes();
        Map<String, String> served = new TreeMap<>();
        List<Map<String, String>> items = as(uniqueSubject("reader"), "integration")
                .when()
                .get("/api/v1/event-types")
                .then()
                .statusCode(200)
                .extract()
                .path("items");
        items.forEach(item -> served.put(item.get("type"), item.get("data_schema")));

        assertThat(documented.keySet()).containsExactlyInAnyOrderElementsOf(served.keySet());
        JsonNode schemas = new ObjectMapper(new YAMLFactory())
                .readTree(Path.of("openapi/openapi.yaml").toFile())
                .path("components")
                .path("schemas");
        documented.values().forEach(column -> {
            Matcher named = CODE.matcher(column);
            while (named.find()) {
                assertThat(schemas.has(named.group(1)))
                        .as("the contract defines %s, which the docs name", named.group(1))
                        .isTrue();
            }
        });
        served.forEach((type, schema) -> {
            assertThat(documented.get(type))
                    .as("the data schema the docs give %s", type)
                    .contains(schema);
            assertThat(schemas.has(schema))
                    .as("the contract defines %s", schema)
                    .isTrue();
        });
    }

    /** Each type of the table (written out, or as {@code family.a/b/c}) with the text of its row's data column. */
    private static Map<String, String> documentedEventTypes() throws IOException {
        String doc = Files.readString(Path.of("docs/integrations.md"));
        int table = doc.indexOf("| Family | Types | `data` |");
        assertThat(table).as("the event table of docs/integrations.md").isNotNegative();
        Map<String, String> types = new TreeMap<>();
        for (String row : doc.substring(table).split("\n")) {
            if (!row.startsWith("|")) {
                break;
            }
            String[] cells = row.split("\\|");
            if (cells.length < 4 || cells[2].contains("Types") || cells[2].contains("---")) {
                continue;
            }
            Matcher names = CODE.matcher(cells[2]);
            while (names.find()) {
                String name = names.group(1);
                String family = name.substring(0, name.indexOf('.') + 1);
                for (String member : name.substring(family.length()).split("/")) {
                    types.put(family + member, cells[3]);
                }
            }
        }
        return types;
    }
}
