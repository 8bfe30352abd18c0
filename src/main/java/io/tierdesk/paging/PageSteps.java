package io.tierdesk.paging;

import io.tierdesk.api.model.PageDto;
import io.tierdesk.oncall.OnCallDirectory;
import io.tierdesk.ticket.TicketPaging;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.OffsetDateTime;
import java.util.Optional;

/**
 * The escalation of a page: notifies the next level of its policy (looking up who is on call at that moment, so
 * overrides and rotation changes made meanwhile count), schedules the step after it, and after the last level of
 * the last run reports the page unanswered. Every step is recorded by {@link PageRecorder}.
 */
@ApplicationScoped
class PageSteps {

    private final OnCallDirectory onCall;
    private final PageRecorder recorder;

    PageSteps(OnCallDirectory onCall, PageRecorder recorder) {
        this.onCall = onCall;
        this.recorder = recorder;
    }

    /** Takes the page's next step now; {@code before} is its form before this transaction changed it. */
    void next(Page page, PageDto before) {
        PageLadder ladder = ladder(page);
        Optional<PageLadder.Position> next = ladder.after(page.level, page.cycle);
        if (next.isEmpty()) {
            unanswered(page, before);
            return;
        }
        notify(page, before, ladder, next.get());
    }

    private void notify(Page page, PageDto before, PageLadder ladder, PageLadder.Position position) {
        OffsetDateTime now = recorder.now();
        boolean first = page.run == 0 && page.level == 0 && position.cycle() == 0;
        Optional<OnCallDirectory.Responder> responder = responder(page, position.level(), now);
        page.level = position.level();
        page.cycle = position.cycle();
        page.nextNotificationAt = now.plusMinutes(ladder.minutesOf(position.level()));
        String subject = responder.map(OnCallDirectory.Responder::subject).orElse(null);
        var notified = new TicketPaging.Notified(
                subject,
                responder.map(OnCallDirectory.Responder::rotationId).orElse(null),
                responder.map(OnCallDirectory.Responder::escalationPolicyId).orElse(null));
        String where = "Level " + position.level() + (position.cycle() > 0 ? " (repeat " + position.cycle() + ")" : "")
                + " of page " + page.id;
        String reason = responder
                .map(r -> where + ": on call "
                        + (r.rotationId() != null
                                ? "by rotation " + r.rotationId()
                                : "as named by escalation policy " + r.escalationPolicyId())
                        + ".")
                .orElse(where + ": nobody was on call to notify.");
        recorder.record(
                page,
                before,
                new PageRecorder.Step(
                        first ? PageEventKind.TRIGGERED : PageEventKind.ESCALATED,
                        position.level(),
                        position.cycle(),
                        subject,
                        responder.isEmpty() ? "Nobody was on call at this level." : null),
                notified,
                reason);
    }

    private void unanswered(Page page, PageDto before) {
        page.unansweredAt = recorder.now();
        page.nextNotificationAt = null;
        recorder.record(
                page,
                before,
                new PageRecorder.Step(PageEventKind.UNANSWERED, page.level, page.cycle, null, null),
                null,
                "Page " + page.id + " went unanswered: nobody acknowledged it through every level and repeat.");
    }

    private PageLadder ladder(Page page) {
        if (page.escalationPolicyId == null) {
            return PageLadder.TEAM_ROTATIONS;
        }
        return onCall.policy(page.escalationPolicyId)
                .map(policy -> new PageLadder(policy.delayMinutes(), policy.repeat()))
                .orElse(PageLadder.TEAM_ROTATIONS);
    }

    private Optional<OnCallDirectory.Responder> responder(Page page, int level, OffsetDateTime at) {
        if (page.escalationPolicyId != null
                && onCall.policy(page.escalationPolicyId).isPresent()) {
            return onCall.atLevel(page.escalationPolicyId, level, at.toInstant());
        }
        return page.teamId == null ? Optional.empty() : onCall.fromRotations(page.teamId, at.toInstant());
    }
}
