package io.tierdesk.webhook;

import io.tierdesk.event.EventType;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/**
 * Which events a subscription receives: event-type patterns ({@code ticket.created}, {@code ticket.*} or {@code *})
 * and optional tier and team filters. An empty tier or team filter lets everything through; a non-empty one only
 * events that carry a matching tier or team.
 */
final class EventFilter {

    private EventFilter() {}

    static boolean matches(WebhookSubscription subscription, String type, String tierId, UUID teamId) {
        return subscription.eventTypes.stream().anyMatch(pattern -> typeMatches(pattern, type))
                && (subscription.tierIds.isEmpty() || (tierId != null && subscription.tierIds.contains(tierId)))
                && (subscription.teamIds.isEmpty() || (teamId != null && subscription.teamIds.contains(teamId)));
    }

    static boolean typeMatches(String pattern, String type) {
        if (pattern.equals("*")) {
            return true;
        }
        if (pattern.endsWith(".*")) {
            return type.startsWith(pattern.substring(0, pattern.length() - 1));
        }
        return pattern.equals(type);
    }

    /** Whether the pattern names at least one catalogued event. */
    static boolean isKnown(String pattern) {
        return Arrays.stream(EventType.values()).anyMatch(type -> typeMatches(pattern, type.eventName()));
    }

    static List<String> unknown(List<String> patterns) {
        return patterns.stream().filter(pattern -> !isKnown(pattern)).toList();
    }
}
