package io.tierdesk.intake;

import io.tierdesk.api.model.FieldErrorDto;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Checks submitted values against a form schema made by {@link IntakeFormTemplate}. It understands exactly the
 * keywords those schemas use: required, additionalProperties false, and string properties with enum, minLength
 * and maxLength (counted in code points, as JSON Schema counts characters).
 */
final class IntakeFormValidator {

    private IntakeFormValidator() {}

    @SuppressWarnings("unchecked")
    static List<FieldErrorDto> errors(Map<String, Object> schema, Map<String, Object> values) {
        Map<String, Object> properties = (Map<String, Object>) schema.get("properties");
        List<FieldErrorDto> errors = new ArrayList<>();
        for (String field : values.keySet()) {
            if (!properties.containsKey(field)) {
                errors.add(new FieldErrorDto(field, "is not a field of this form"));
            }
        }
        for (String field : (List<String>) schema.get("required")) {
            if (values.get(field) == null) {
                errors.add(new FieldErrorDto(field, "is required"));
            }
        }
        for (Map.Entry<String, Object> property : properties.entrySet()) {
            Object value = values.get(property.getKey());
            if (value != null) {
                check(property.getKey(), (Map<String, Object>) property.getValue(), value, errors);
            }
        }
        return errors;
    }

    @SuppressWarnings("unchecked")
    private static void check(String field, Map<String, Object> rule, Object value, List<FieldErrorDto> errors) {
        if (!(value instanceof String text)) {
            errors.add(new FieldErrorDto(field, "must be a string"));
            return;
        }
        List<String> choices = (List<String>) rule.get("enum");
        if (choices != null && !choices.contains(text)) {
            errors.add(new FieldErrorDto(field, "must be one of " + choices));
        }
        int length = text.codePointCount(0, text.length());
        Integer min = (Integer) rule.get("minLength");
        Integer max = (Integer) rule.get("maxLength");
        if (min != null && length < min) {
            errors.add(new FieldErrorDto(field, "must have at least " + min + " characters"));
        }
        if (max != null && length > max) {
            errors.add(new FieldErrorDto(field, "must have at most " + max + " characters"));
        }
    }
}
