package io.tierdesk.webhook;

import java.net.URI;
import java.util.List;
import java.util.UUID;

/**
 * A delivery claimed for one attempt, with everything the send needs, so the HTTP call runs outside any database
 * transaction.
 *
 * @param messageId the {@code webhook-id}: the event's id, the same on every attempt
 * @param secrets   the secrets that sign this attempt (two during a rotation's overlap)
 */
record Claim(UUID deliveryId, String messageId, URI target, List<String> secrets, String body) {}
