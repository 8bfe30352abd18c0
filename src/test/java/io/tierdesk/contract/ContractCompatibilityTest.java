package io.tierdesk.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.openapitools.openapidiff.core.OpenApiCompare;
import org.openapitools.openapidiff.core.model.ChangedOpenApi;
import org.openapitools.openapidiff.core.output.MarkdownRender;

/**
 * The contract must stay compatible with the last released one (kept in {@code openapi/released/}); a breaking
 * change passes only together with a deliberate bump of {@code info.version} and a section of {@code CHANGELOG.md}
 * for that version that names every operation it breaks. On a release, copy the contract there as
 * {@code openapi-<version>.yaml}.
 */
class ContractCompatibilityTest {

    private static final Path CONTRACT = Path.of("openapi/openapi.yaml");
    private static final Path RELEASED = Path.of("openapi/released");
    private static final Path CHANGELOG = Path.of("CHANGELOG.md");

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
            String section = changelogSection(version);
            for (String operation : brokenOperations(diff)) {
                assertThat(section)
                        .as(
                                "CHANGELOG.md lists `%s` among the changes of %s that break clients of %s:%n%s",
                                operation, version, releasedVersion, new MarkdownRender().render(diff))
                        .contains("`" + operation + "`");
            }
        }
    }

    @Test
    void anUnlistedBreakingChangeIsRefused() throws IOException {
        String contract = Files.readString(CONTRACT);
        String withoutAudit = contract.replace("  /audit-events:\n    get:\n", "  /audit-events:\n    x-removed:\n");
        ChangedOpenApi diff = OpenApiCompare.fromContents(contract, withoutAudit);
        assertThat(brokenOperations(diff)).containsExactly("GET /audit-events");
        assertThat(changelogSection(diff.getNewSpecOpenApi().getInfo().getVersion()))
                .doesNotContain("`GET /audit-events`");
    }

    /** Each operation a client of the old contract may trip over, as {@code METHOD /path}. */
    private static List<String> brokenOperations(ChangedOpenApi diff) {
        List<String> broken = new ArrayList<>();
        diff.getMissingEndpoints().forEach(endpoint -> broken.add(endpoint.getMethod() + " " + endpoint.getPathUrl()));
        diff.getChangedOperations().stream()
                .filter(operation -> operation.isIncompatible())
                .forEach(operation -> broken.add(operation.getHttpMethod() + " " + operation.getPathUrl()));
        return broken;
    }

    /** The text of the changelog's section for a version: from its {@code ## <version>} heading to the next one. */
    private static String changelogSection(String version) throws IOException {
        String changelog = Files.readString(CHANGELOG);
        Matcher heading =
                Pattern.compile("(?m)^## " + Pattern.quote(version) + "\\b.*$").matcher(changelog);
        assertThat(heading.find())
                .as("CHANGELOG.md has a section for %s", version)
                .isTrue();
        int next = changelog.indexOf("\n## ", heading.end());
        return changelog.substring(heading.end(), next < 0 ? changelog.length() : next);
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
