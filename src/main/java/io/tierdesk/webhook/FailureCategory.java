package io.tierdesk.webhook;

import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.UnknownHostException;
import java.net.http.HttpTimeoutException;
import java.nio.channels.UnresolvedAddressException;
import javax.net.ssl.SSLException;

/** Names why an attempt got no answer; the exception's own text is never kept (it may describe the inside). */
final class FailureCategory {

    private FailureCategory() {}

    static WebhookDeliveryError of(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof HttpTimeoutException) {
                return WebhookDeliveryError.TIMEOUT;
            }
            if (cause instanceof SSLException) {
                return WebhookDeliveryError.TLS;
            }
            if (cause instanceof UnknownHostException || cause instanceof UnresolvedAddressException) {
                return WebhookDeliveryError.DNS;
            }
            if (cause instanceof ConnectException || cause instanceof NoRouteToHostException) {
                return WebhookDeliveryError.REFUSED;
            }
        }
        return WebhookDeliveryError.OTHER;
    }
}
