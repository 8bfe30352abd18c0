package io.tierdesk.intake;

import static org.assertj.core.api.Assertions.assertThat;

import io.tierdesk.api.model.FieldErrorDto;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class IntakeFormValidatorTest {

    private static final Map<String, Object> IMPORTANT = IntakeFormTemplate.schema(
            new IntakeFormTemplate.Subject("id", "Expenses", "important", "/api/v1/intake-forms/id"));

    private static List<String> fields(Map<String, Object> values) {
        return IntakeFormValidator.errors(IMPORTANT, values).stream()
                .map(FieldErrorDto::getField)
                .toList();
    }

    private static Map<String, Object> valid() {
        Map<String, Object> values = new HashMap<>();
        values.put("category", "BUG");
        values.put("priority", "P2");
        values.put("title", "Broken");
        values.put("description", "It is broken.");
        return values;
    }

    @Test
    void acceptsWhatTheSchemaAllows() {
        assertThat(fields(valid())).isEmpty();
        Map<String, Object> withoutPriority = valid();
        withoutPriority.remove("priority");
        assertThat(fields(withoutPriority)).isEmpty();
    }

    @Test
    void rejectsPrioritiesTheTierDoesNotOffer() {
        Map<String, Object> values = valid();
        values.put("priority", "P1");
        assertThat(fields(values)).containsExactly("priority");
    }

    @Test
    void countsCharactersNotUtf16Units() {
        Map<String, Object> values = valid();
        values.put("title", "😀".repeat(IntakeFormTemplate.TITLE_MAX));
        assertThat(fields(values)).isEmpty();
        values.put("title", "😀".repeat(IntakeFormTemplate.TITLE_MAX + 1));
        assertThat(fields(values)).containsExactly("title");
    }

    @Test
    void rejectsUnknownMissingAndNonTextValues() {
        Map<String, Object> values = valid();
        values.remove("description");
        values.put("team_id", "x");
        values.put("category", List.of("BUG"));
        assertThat(fields(values)).containsExactlyInAnyOrder("team_id", "description", "category");
    }
}
