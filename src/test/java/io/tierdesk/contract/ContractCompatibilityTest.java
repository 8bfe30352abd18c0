package io.tierdesk.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.openapitools.openapidiff.core.OpenApiCompare;
import org.openapitools.openapidiff.core.model.ChangedOpenApi;
import org.openapitools.openapidiff.core.output.MarkdownRender;

/**
 * The contract must stay compatible with the last released one (kept in {@code openapi/released/}); a breaking
 * change passes only together with a deliberate bump of {@code info.version}. On a release, copy the contract
 * there as {@code openapi-<version>.yaml}.
 */
class ContractCompatibilityTest {

    private static final Path CONTRACT = Path.of("openapi/openapi.yaml");
    private static final Path RELEASED = Path.of("openapi/released");

    @Test
    void theContractIsCompatibleWithTheLastReleaseUnlessItsVersionWasBumped() throws IOException {
        Path released = lastRelease();
        ChangedOpenApi diff = OpenApiCompare.fromContents(Files.readString(released), Files.readString(CONTRACT));
        String releasedVersion = diff.getOldSpecOpenApi().getInfo().getVersion();
        String version = diff.getNewSpecOpenApi().getInfo().getVersion();
        if (diff.isIncompatible()) {
            assertThat(version)
                    .as(
                            "The contract breaks clients of %s; bump info.version deliberately if that is intended:%n%s",
                            released.getFileName(), new MarkdownRender().render(diff))
                    .isNotEqualTo(releasedVersion);
        }
    }

    @Test
    void theCheckNoticesARemovedOperation() throws IOException {
        String contract = Files.readString(CONTRACT);
        String withoutAudit = contract.replace("  /audit-events:\n    get:\n", "  /audit-events:\n    x-removed:\n");
        assertThat(withoutAudit).isNotEqualTo(contract);
        assertThat(OpenApiCompare.fromContents(contract, withoutAudit).isIncompatible())
                .isTrue();
        assertThat(OpenApiCompare.fromContents(contract, contract).isIncompatible())
                .isFalse();
    }

    private static Path lastRelease() throws IOException {
        try (Stream<Path> files = Files.list(RELEASED)) {
            return files.filter(file -> file.getFileName().toString().matches("openapi-.*\\.yaml"))
                    .max(Comparator.comparing(ContractCompatibilityTest::versionKey))
                    .orElseThrow(() -> new AssertionError("No released contract in " + RELEASED));
        }
    }

    /** Orders {@code openapi-1.10.0.yaml} after {@code openapi-1.9.0.yaml}. */
    private static String versionKey(Path file) {
        String version = file.getFileName().toString().replaceAll("^openapi-|\\.yaml$", "");
        StringBuilder key = new StringBuilder();
        for (String part : version.split("\\.")) {
            key.append(String.format("%010d", part.matches("\\d+") ? Long.parseLong(part) : 0))
                    .append('.');
        }
        return key.toString();
    }
}
