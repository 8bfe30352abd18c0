package io.tierdesk.oncall;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;

final class Times {

    static final ZoneId MADRID = ZoneId.of("Europe/Madrid");
    static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    static final ZoneId LORD_HOWE = ZoneId.of("Australia/Lord_Howe");

    private Times() {
    }

    static Instant utc(String isoInstant) {
        return Instant.parse(isoInstant);
    }

    static LocalDateTime local(String isoLocalDateTime) {
        return LocalDateTime.parse(isoLocalDateTime);
    }
}
