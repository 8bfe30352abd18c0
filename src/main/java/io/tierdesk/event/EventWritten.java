package io.tierdesk.event;

/**
 * Fired synchronously, in the writer's transaction, for every event written to the outbox, however it was written:
 * for observers that settle a transaction's events before it commits.
 */
public record EventWritten(OutboxEvent event) {}
