package io.tierdesk.paging;

/** Where a page stands; stored by name. */
enum PageStatus {
    TRIGGERED,
    ACKNOWLEDGED,
    RESOLVED
}
