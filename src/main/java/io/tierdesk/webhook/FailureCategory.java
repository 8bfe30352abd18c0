package io.tierdesk.webhook;

import io.tierdesk.api.model.WebhookDeliveryErrorDto;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.UnknownHostException;
import java.net.http.HttpTimeoutException;
import java.nio.channels.UnresolvedAddressException;
import javax.net.ssl.SSLException;

/** Names why an attempt got no answer; the exception's own text is never kept (it may describe the inside). */
final class FailureCategory {

    private FailureCategory() {}

    static WebhookDeliveryErrorDto of(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof HttpTimeoutException) {
                return WebhookDeliveryErrorDto.TIMEOUT;
            }
            if (cause instanceof SSLException) {
                return WebhookDeliveryErrorDto.TLS;
            }
            if (cause instanceof UnknownHostException || cause instanceof UnresolvedAddressException) {
                return WebhookDeliveryErrorDto.DNS;
            }
            if (cause instanceof ConnectException || cause instanceof NoRouteToHostException) {
                return WebhookDeliveryErrorDto.REFUSED;
            }
        }
        return WebhookDeliveryErrorDto.OTHER;
    }
}
