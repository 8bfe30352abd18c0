package io.tierdesk.oncall.schedule;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;

public final class Times {

    public static final ZoneId MADRID = ZoneId.of("Europe/Madrid");
    public static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    public static final ZoneId LORD_HOWE = ZoneId.of("Australia/Lord_Howe");

    private Times() {}

    public static Instant utc(String isoInstant) {
        return Instant.parse(isoInstant);
    }

    public static LocalDateTime local(String isoLocalDateTime) {
        return LocalDateTime.parse(isoLocalDateTime);
    }
}
