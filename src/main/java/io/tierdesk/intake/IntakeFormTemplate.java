package io.tierdesk.intake;

import io.tierdesk.ticketterms.TicketCategory;
import io.tierdesk.ticketterms.TicketPriority;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The contact-support form of one solution: a JSON Schema (draft 2020-12) and rendering hints. Users choose among
 * the questions about a solution (platform issues and environment requests have channels of their own), the
 * priorities the solution's tier allows a requester, and describe the impact for solutions the business relies on.
 */
final class IntakeFormTemplate {

    static final String DIALECT = "https://json-schema.org/draft/2020-12/schema";
    static final List<TicketCategory> CATEGORIES = List.of(
            TicketCategory.HOW_TO,
            TicketCategory.ACCESS_REQUEST,
            TicketCategory.BUG,
            TicketCategory.CHANGE_REQUEST,
            TicketCategory.CONNECTOR_REQUEST);
    static final int TITLE_MAX = 300;
    static final int DESCRIPTION_MAX = 20000;

    private static final Map<TicketCategory, String> LABELS = Map.of(
            TicketCategory.HOW_TO, "How do I…",
            TicketCategory.ACCESS_REQUEST, "I need access",
            TicketCategory.BUG, "Something is broken",
            TicketCategory.CHANGE_REQUEST, "Please change something",
            TicketCategory.CONNECTOR_REQUEST, "I need a new connector");

    private IntakeFormTemplate() {}

    /** What the form depends on; the same inputs always give the same form (and ETag). */
    record Subject(String solutionId, String solutionName, String tierId, String path) {}

    /** The priorities a requester may choose: the more critical the solution, the higher they may go. */
    static List<TicketPriority> priorities(String tierId) {
        return switch (tierId) {
            case "critical" -> List.of(TicketPriority.P1, TicketPriority.P2, TicketPriority.P3, TicketPriority.P4);
            case "important" -> List.of(TicketPriority.P2, TicketPriority.P3, TicketPriority.P4);
            default -> List.of(TicketPriority.P3, TicketPriority.P4);
        };
    }

    static boolean descriptionRequired(String tierId) {
        return !"productivity".equals(tierId);
    }

    static Map<String, Object> schema(Subject subject) {
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put(
                "category",
                choice(
                        "What do you need?",
                        CATEGORIES.stream().map(Object::toString).toList()));
        Map<String, Object> priority = choice(
                "How urgent is it?",
                priorities(subject.tierId()).stream().map(Object::toString).toList());
        priority.put("default", TicketPriority.P3.toString());
        properties.put("priority", priority);
        properties.put("title", text("Subject", TITLE_MAX));
        properties.put(
                "description",
                text(
                        descriptionRequired(subject.tierId())
                                ? "Describe the problem and its impact"
                                : "Describe the problem",
                        DESCRIPTION_MAX));
        Map<String, Object> schema = new LinkedHashMap<>();
        schema.put("$schema", DIALECT);
        schema.put("$id", subject.path());
        schema.put("title", "Contact support about " + subject.solutionName());
        schema.put("type", "object");
        schema.put("additionalProperties", false);
        schema.put(
                "required",
                descriptionRequired(subject.tierId())
                        ? List.of("category", "title", "description")
                        : List.of("category", "title"));
        schema.put("properties", properties);
        return schema;
    }

    static Map<String, Object> ui(Subject subject) {
        Map<String, Object> labels = new LinkedHashMap<>();
        CATEGORIES.forEach(category -> labels.put(category.toString(), LABELS.get(category)));
        Map<String, Object> widgets = new LinkedHashMap<>();
        widgets.put("category", "radio");
        widgets.put("description", "textarea");
        widgets.put("priority", "select");
        Map<String, Object> ui = new LinkedHashMap<>();
        ui.put("order", List.of("category", "title", "description", "priority"));
        ui.put("widgets", widgets);
        ui.put("labels", labels);
        ui.put("submit_to", subject.path() + "/submissions");
        return ui;
    }

    private static Map<String, Object> choice(String title, List<String> values) {
        Map<String, Object> property = new LinkedHashMap<>();
        property.put("type", "string");
        property.put("title", title);
        property.put("enum", values);
        return property;
    }

    private static Map<String, Object> text(String title, int maxLength) {
        Map<String, Object> property = new LinkedHashMap<>();
        property.put("type", "string");
        property.put("title", title);
        property.put("minLength", 1);
        property.put("maxLength", maxLength);
        return property;
    }
}
