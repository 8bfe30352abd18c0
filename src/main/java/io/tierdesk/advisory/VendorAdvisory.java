package io.tierdesk.advisory;

import io.tierdesk.common.TrackedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A vendor's service-health advisory: a service, the regions affected (none listed: all), and when. */
@Entity
@Table(name = "vendor_advisories")
public class VendorAdvisory extends TrackedEntity {

    public String title;

    @Enumerated(EnumType.STRING)
    public VendorService service;

    @JdbcTypeCode(SqlTypes.ARRAY)
    public List<String> regions = new ArrayList<>();

    /** Whether the advisory covers every region (it lists none); kept so queries need no array length. */
    @Column(name = "all_regions")
    public boolean allRegions;

    @Enumerated(EnumType.STRING)
    public AdvisoryStatus status;

    @Column(name = "starts_at")
    public OffsetDateTime startsAt;

    @Column(name = "ends_at")
    public OffsetDateTime endsAt;

    public String link;

    @Column(name = "created_by")
    public String createdBy;
}
