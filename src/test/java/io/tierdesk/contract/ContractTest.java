package io.tierdesk.contract;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.quarkus.test.junit.QuarkusTest;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ContractTest {

    @Test
    void servedDocumentIsTheCommittedContract() throws Exception {
        JsonNode committed = new ObjectMapper(new YAMLFactory()).readTree(Path.of("openapi/openapi.yaml").toFile());
        String served = given().accept("application/json").when().get("/q/openapi?format=json")
                .then().statusCode(200).extract().asString();
        JsonNode servedTree = new ObjectMapper().readTree(served);

        java.nio.file.Files.writeString(Path.of("target/served-openapi.json"), served);
        assertThat(servedTree.get("paths")).as("paths").isEqualTo(committed.get("paths"));
        assertThat(servedTree.get("components")).as("components").isEqualTo(committed.get("components"));
        assertThat(servedTree.get("tags")).as("tags").isEqualTo(committed.get("tags"));
        assertThat(servedTree.get("servers")).as("servers").isEqualTo(committed.get("servers"));
    }
}
