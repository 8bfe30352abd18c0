package io.tierdesk.report;

import io.tierdesk.api.ReportsApi;
import io.tierdesk.api.model.EscalationReport;
import io.tierdesk.api.model.SlaAttainmentReport;
import io.tierdesk.api.model.TicketVolumeReport;
import io.tierdesk.common.Roles;
import io.tierdesk.common.Timestamps;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.core.Response;
import java.time.OffsetDateTime;

@RolesAllowed({ Roles.HELPDESK, Roles.PLATFORM, Roles.ADMIN, Roles.AUDITOR })
class ReportResource implements ReportsApi {

    private final ReportService reports;
    private final FeedbackReports feedback;

    ReportResource(ReportService reports, FeedbackReports feedback) {
        this.reports = reports;
        this.feedback = feedback;
    }

    @Override
    public Response reportSlaAttainment(OffsetDateTime since, OffsetDateTime until, String groupBy) {
        ReportPeriod period = new ReportPeriod(since, until);
        return Response.ok(new SlaAttainmentReport().since(Timestamps.utc(since)).until(Timestamps.utc(until))
                .groupBy(groupBy).rows(reports.slaAttainment(period, groupBy))).build();
    }

    @Override
    public Response reportTicketVolume(OffsetDateTime since, OffsetDateTime until, String bucket) {
        ReportPeriod period = new ReportPeriod(since, until);
        return Response.ok(new TicketVolumeReport().since(Timestamps.utc(since)).until(Timestamps.utc(until))
                .bucket(bucket).rows(reports.ticketVolume(period, bucket))).build();
    }

    @Override
    public Response reportEscalations(OffsetDateTime since, OffsetDateTime until) {
        ReportPeriod period = new ReportPeriod(since, until);
        return Response.ok(new EscalationReport().since(Timestamps.utc(since)).until(Timestamps.utc(until))
                .rows(reports.escalations(period))).build();
    }

    @Override
    public Response reportKnowledgeCandidates(OffsetDateTime since, OffsetDateTime until) {
        return Response.ok(feedback.knowledgeCandidates(new ReportPeriod(since, until))).build();
    }
}
