package io.tierdesk.common;

import jakarta.enterprise.context.RequestScoped;
import java.util.UUID;
import java.util.regex.Pattern;

/** The id of the current request: the caller's X-Request-Id when it is sane, else a new one. */
@RequestScoped
public class RequestId {

    public static final String HEADER = "X-Request-Id";
    private static final Pattern SANE = Pattern.compile("[A-Za-z0-9._:-]{1,100}");

    private String value;

    public String value() {
        if (value == null) {
            value = UUID.randomUUID().toString();
        }
        return value;
    }

    void accept(String fromHeader) {
        if (fromHeader != null && SANE.matcher(fromHeader).matches()) {
            value = fromHeader;
        }
    }
}
