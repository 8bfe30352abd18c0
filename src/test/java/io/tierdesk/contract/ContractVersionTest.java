package io.tierdesk.contract;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class ContractVersionTest {

    @Test
    void contractVersionIsThePomVersionWithoutTheSnapshot() throws Exception {
        String contractVersion = new ObjectMapper(new YAMLFactory())
                .readTree(Path.of("openapi/openapi.yaml").toFile())
                .at("/info/version")
                .asText();
        Matcher pom = Pattern.compile("<artifactId>tierdesk</artifactId>\\s*<version>([^<]+)</version>")
                .matcher(Files.readString(Path.of("pom.xml")));
        assertThat(pom.find()).isTrue();
        assertThat(contractVersion).isEqualTo(pom.group(1).replace("-SNAPSHOT", ""));
    }
}
