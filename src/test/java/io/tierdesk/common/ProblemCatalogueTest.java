package io.tierdesk.common;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The contract lists every problem type the code answers with, at the status the code answers it, and the docs page
 * lists the same: a client can branch on {@code type} knowing the whole set.
 */
class ProblemCatalogueTest {

    /** Where the code names a problem type, and the status that kind of refusal answers with (0: any). */
    private static final Map<Pattern, Integer> TYPES_IN_CODE = Map.of(
            Pattern.compile("\"/problems/([a-z-]+)\""), 0,
            Pattern.compile("super\\(\\s*\"([a-z-]+)\""), 0,
            Pattern.compile("new Conflict\\(\\s*\"([a-z-]+)\""), 409,
            Pattern.compile("new RuleViolation\\(\\s*\"([a-z-]+)\""), 422,
            Pattern.compile("unprocessable\\(\\s*\"([a-z-]+)\""), 422,
            Pattern.compile("new InvalidInput\\(\\s*\"([a-z-]+)\""), 400);

    private static Map<String, Integer> catalogue;

    @BeforeAll
    static void readCatalogue() throws IOException {
        JsonNode contract = new ObjectMapper(new YAMLFactory())
                .readTree(Path.of("openapi/openapi.yaml").toFile());
        catalogue = new TreeMap<>();
        for (JsonNode entry : contract.path("components").path("x-tierdesk-problem-types")) {
            assertThat(entry.path("when").asText()).as(entry.toString()).isNotBlank();
            catalogue.put(entry.path("type").asText(), entry.path("status").asInt());
        }
    }

    @Test
    void everyTypeTheCodeAnswersWithIsListedAtItsStatusAndNothingElseIs() throws IOException {
        Map<String, Integer> inCode = new TreeMap<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                String source = Files.readString(file);
                TYPES_IN_CODE.forEach((pattern, status) -> {
                    Matcher matcher = pattern.matcher(source);
                    while (matcher.find()) {
                        inCode.merge("/problems/" + matcher.group(1), status, Math::max);
                    }
                });
            }
        }
        assertThat(catalogue.keySet()).containsExactlyInAnyOrderElementsOf(inCode.keySet());
        inCode.forEach((type, status) -> {
            if (status != 0) {
                assertThat(catalogue.get(type)).as(type).isEqualTo(status);
            }
        });
    }

    @Test
    void theDocsPageListsTheSameTypes() throws IOException {
        Matcher rows = Pattern.compile("^\\| `(/problems/[a-z-]+)` \\| (\\d{3}) \\|", Pattern.MULTILINE)
                .matcher(Files.readString(Path.of("docs/problems.md")));
        Map<String, Integer> documented = new TreeMap<>();
        while (rows.find()) {
            documented.put(rows.group(1), Integer.parseInt(rows.group(2)));
        }
        assertThat(documented).isEqualTo(catalogue);
    }

    @Test
    void statusesWithoutATypeOfTheirOwnHaveOneInTheCatalogue() {
        for (int status :
                new int[] {400, 401, 403, 404, 405, 406, 409, 412, 413, 414, 415, 418, 422, 429, 431, 500, 503}) {
            assertThat(catalogue).as("status %d", status).containsKey(Problems.typeFor(status));
        }
    }
}
