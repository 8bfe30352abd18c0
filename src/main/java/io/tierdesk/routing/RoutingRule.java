package io.tierdesk.routing;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A rule of one routing-table version. Each condition list must contain the ticket's value; empty matches all. */
@Entity
@Table(name = "routing_rules")
public class RoutingRule {

    @EmbeddedId
    public Key key;

    @JdbcTypeCode(SqlTypes.ARRAY)
    public List<String> categories = new ArrayList<>();

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "tier_ids")
    public List<String> tierIds = new ArrayList<>();

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "solution_kinds")
    public List<String> solutionKinds = new ArrayList<>();

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "business_units")
    public List<String> businessUnits = new ArrayList<>();

    @Column(name = "requires_solution")
    public Boolean requiresSolution;

    @Enumerated(EnumType.STRING)
    @Column(name = "route_to")
    public RouteTarget routeTo;

    @Column(name = "team_id")
    public UUID teamId;

    public String reason;

    public int position() {
        return key.position();
    }

    /** Whether routing to the target needs the ticket's solution (its maker, owning team or tier's channel). */
    public boolean needsSolution() {
        return routeTo == RouteTarget.SOLUTION_CHANNEL
                || routeTo == RouteTarget.MAKER
                || (routeTo == RouteTarget.TEAM && teamId == null);
    }

    @Embeddable
    public record Key(
            @Column(name = "table_version") int tableVersion,
            @Column(name = "position") int position) {}
}
