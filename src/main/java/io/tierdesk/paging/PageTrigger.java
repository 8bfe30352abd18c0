package io.tierdesk.paging;

/** What raised a page; stored by name. */
enum PageTrigger {
    SLA_BREACH,
    URGENT_RAISE,
    MANUAL
}
