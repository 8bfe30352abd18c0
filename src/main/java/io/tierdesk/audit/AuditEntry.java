package io.tierdesk.audit;

import java.time.OffsetDateTime;
import java.util.Map;

/**
 * An audit entry ready to be written: who did what to which resource, when, in which request, and the resource's
 * API form before and after, reduced to the fields that changed (either may be null).
 */
public record AuditEntry(
        OffsetDateTime occurredAt,
        String actor,
        String action,
        String resourceType,
        String resourceId,
        String requestId,
        String clientRequestId,
        Map<String, Object> before,
        Map<String, Object> after) {}
