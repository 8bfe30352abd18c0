package io.tierdesk.advisory;

import io.tierdesk.api.model.VendorAdvisoryDto;
import io.tierdesk.api.model.VendorAdvisoryStatusDto;
import io.tierdesk.api.model.VendorServiceDto;
import io.tierdesk.common.Enums;
import io.tierdesk.common.Timestamps;
import java.util.List;

final class VendorAdvisoryMapper {

    private VendorAdvisoryMapper() {}

    static VendorAdvisoryDto toApi(VendorAdvisory advisory) {
        return new VendorAdvisoryDto()
                .id(advisory.id)
                .title(advisory.title)
                .service(Enums.same(advisory.service, VendorServiceDto.class))
                .regions(List.copyOf(advisory.regions))
                .status(Enums.same(advisory.status, VendorAdvisoryStatusDto.class))
                .startsAt(Timestamps.utc(advisory.startsAt))
                .endsAt(Timestamps.utc(advisory.endsAt))
                .link(advisory.link)
                .createdBy(advisory.createdBy)
                .version(advisory.version)
                .createdAt(Timestamps.utc(advisory.createdAt))
                .updatedAt(Timestamps.utc(advisory.updatedAt));
    }
}
