package io.tierdesk.report;

import io.tierdesk.api.ReportsApi;
import io.tierdesk.api.model.AutomationCandidateReportDto;
import io.tierdesk.api.model.BusinessUnitReportDto;
import io.tierdesk.api.model.EscalationReportDto;
import io.tierdesk.api.model.PageReportDto;
import io.tierdesk.api.model.RepeatIssueReportDto;
import io.tierdesk.api.model.SlaAttainmentReportDto;
import io.tierdesk.api.model.TicketVolumeReportDto;
import io.tierdesk.api.model.TopVolumeReportDto;
import io.tierdesk.api.model.VendorAdvisoryReportDto;
import io.tierdesk.api.model.WorkloadReportDto;
import io.tierdesk.common.Timestamps;
import jakarta.ws.rs.core.Response;
import java.time.OffsetDateTime;
import java.util.UUID;

class ReportResource implements ReportsApi {

    private final ReportService reports;
    private final FeedbackReports feedback;
    private final CapacityReports capacity;
    private final PagingReports paging;
    private final BusinessUnitReports businessUnits;
    private final AdvisoryReports advisories;

    ReportResource(
            ReportService reports,
            FeedbackReports feedback,
            CapacityReports capacity,
            PagingReports paging,
            BusinessUnitReports businessUnits,
            AdvisoryReports advisories) {
        this.advisories = advisories;
        this.reports = reports;
        this.businessUnits = businessUnits;
        this.feedback = feedback;
        this.capacity = capacity;
        this.paging = paging;
    }

    @Override
    public Response reportPages(OffsetDateTime since, OffsetDateTime until) {
        ReportPeriod period = new ReportPeriod(since, until);
        return Response.ok(new PageReportDto()
                        .since(Timestamps.utc(since))
                        .until(Timestamps.utc(until))
                        .byTeam(paging.byTeam(period))
                        .byTier(paging.byTier(period))
                        .byPerson(paging.byPerson(period)))
                .build();
    }

    @Override
    public Response reportSlaAttainment(OffsetDateTime since, OffsetDateTime until, String groupBy) {
        ReportPeriod period = new ReportPeriod(since, until);
        return Response.ok(new SlaAttainmentReportDto()
                        .since(Timestamps.utc(since))
                        .until(Timestamps.utc(until))
                        .groupBy(groupBy)
                        .rows(reports.slaAttainment(period, groupBy)))
                .build();
    }

    @Override
    public Response reportTicketVolume(OffsetDateTime since, OffsetDateTime until, String bucket) {
        ReportPeriod period = new ReportPeriod(since, until);
        return Response.ok(new TicketVolumeReportDto()
                        .since(Timestamps.utc(since))
                        .until(Timestamps.utc(until))
                        .bucket(bucket)
                        .rows(reports.ticketVolume(period, bucket)))
                .build();
    }

    @Override
    public Response reportVendorAdvisories(OffsetDateTime since, OffsetDateTime until) {
        ReportPeriod period = new ReportPeriod(since, until);
        return Response.ok(new VendorAdvisoryReportDto()
                        .since(Timestamps.utc(since))
                        .until(Timestamps.utc(until))
                        .rows(advisories.ticketsPerAdvisory(period)))
                .build();
    }

    @Override
    public Response reportEscalations(OffsetDateTime since, OffsetDateTime until) {
        ReportPeriod period = new ReportPeriod(since, until);
        return Response.ok(new EscalationReportDto()
                        .since(Timestamps.utc(since))
                        .until(Timestamps.utc(until))
                        .rows(reports.escalations(period)))
                .build();
    }

    @Override
    public Response reportKnowledgeCandidates(OffsetDateTime since, OffsetDateTime until) {
        return Response.ok(feedback.knowledgeCandidates(new ReportPeriod(since, until)))
                .build();
    }

    @Override
    public Response reportWorkload(OffsetDateTime since, OffsetDateTime until, UUID teamId) {
        ReportPeriod period = new ReportPeriod(since, until);
        return Response.ok(new WorkloadReportDto()
                        .since(Timestamps.utc(since))
                        .until(Timestamps.utc(until))
                        .rows(capacity.workload(period, teamId)))
                .build();
    }

    @Override
    public Response reportBusinessUnits(OffsetDateTime since, OffsetDateTime until) {
        return Response.ok(new BusinessUnitReportDto()
                        .since(Timestamps.utc(since))
                        .until(Timestamps.utc(until))
                        .rows(businessUnits.workload(new ReportPeriod(since, until))))
                .build();
    }

    @Override
    public Response reportTopVolume(OffsetDateTime since, OffsetDateTime until, UUID teamId, String by, Integer top) {
        ReportPeriod period = new ReportPeriod(since, until);
        return Response.ok(new TopVolumeReportDto()
                        .since(Timestamps.utc(since))
                        .until(Timestamps.utc(until))
                        .by(by)
                        .rows(capacity.topVolume(period, teamId, by, top)))
                .build();
    }

    @Override
    public Response reportRepeatIssues(OffsetDateTime since, OffsetDateTime until, UUID teamId, Integer minTickets) {
        ReportPeriod period = new ReportPeriod(since, until);
        return Response.ok(new RepeatIssueReportDto()
                        .since(Timestamps.utc(since))
                        .until(Timestamps.utc(until))
                        .minTickets(minTickets)
                        .rows(capacity.repeatIssues(period, teamId, minTickets)))
                .build();
    }

    @Override
    public Response reportAutomationCandidates(OffsetDateTime since, OffsetDateTime until, UUID teamId) {
        ReportPeriod period = new ReportPeriod(since, until);
        return Response.ok(new AutomationCandidateReportDto()
                        .since(Timestamps.utc(since))
                        .until(Timestamps.utc(until))
                        .rows(capacity.automationCandidates(period, teamId)))
                .build();
    }
}
