package io.tierdesk.contract;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.quarkus.test.junit.QuarkusTest;
import io.tierdesk.support.Management;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ContractTest {

    @Test
    void servedDocumentIsTheCommittedContract() throws Exception {
        JsonNode committed = new ObjectMapper(new YAMLFactory())
                .readTree(Path.of("openapi/openapi.yaml").toFile());
        String served = given().accept("application/json")
                .when()
                .get(Management.url("/q/openapi?format=json"))
                .then()
                .statusCode(200)
                .extract()
                .asString();
        JsonNode servedTree = new ObjectMapper().readTree(served);

        List<String> differences = new ArrayList<>();
        for (String section : List.of("paths", "components", "tags", "servers")) {
            compare("/" + section, committed.get(section), servedTree.get(section), differences);
        }
        assertThat(differences)
                .as("where the served contract differs from openapi/openapi.yaml")
                .isEmpty();
    }

    /** A YAML 1.1 reader (SnakeYAML's resolvers: sexagesimal numbers, yes/no booleans) reads the file as served. */
    @Test
    void aYaml11ReaderReadsTheCommittedFileAsServed() throws Exception {
        Object committed11 = new org.yaml.snakeyaml.Yaml().load(Files.readString(Path.of("openapi/openapi.yaml")));
        JsonNode committed = new ObjectMapper().valueToTree(committed11);
        JsonNode served = new ObjectMapper()
                .readTree(given().accept("application/json")
                        .when()
                        .get(Management.url("/q/openapi?format=json"))
                        .then()
                        .statusCode(200)
                        .extract()
                        .asString());
        List<String> differences = new ArrayList<>();
        for (String section : List.of("paths", "components", "tags", "servers")) {
            compare("/" + section, committed.get(section), served.get(section), differences);
        }
        assertThat(differences)
                .as("where a YAML 1.1 reader of openapi/openapi.yaml differs from the served contract")
                .isEmpty();
    }

    private static void compare(String at, JsonNode expected, JsonNode actual, List<String> differences) {
        if (expected == null || actual == null || expected.getNodeType() != actual.getNodeType()) {
            if (expected != actual) {
                differences.add(at);
            }
            return;
        }
        if (expected.isObject()) {
            TreeSet<String> names = new TreeSet<>();
            expected.fieldNames().forEachRemaining(names::add);
            actual.fieldNames().forEachRemaining(names::add);
            names.forEach(name -> compare(at + "/" + name, expected.get(name), actual.get(name), differences));
        } else if (expected.isArray()) {
            if (expected.size() != actual.size()) {
                differences.add(at);
                return;
            }
            for (int i = 0; i < expected.size(); i++) {
                compare(at + "/" + i, expected.get(i), actual.get(i), differences);
            }
        } else if (!expected.equals(actual)) {
            differences.add(at);
        }
    }
}
