package io.tierdesk.webhook;

import io.tierdesk.common.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Guards against server-side request forgery: a target must be an http(s) URL whose host resolves only to public
 * addresses, unless the host is on the configured allow-list. Checked when a subscription is saved and again before
 * every send, so a name that later resolves to an internal address is not called.
 */
@ApplicationScoped
class WebhookTargets {

    private final Set<String> allowedHosts;

    WebhookTargets(WebhookConfig config) {
        this.allowedHosts = config.allowedHosts().orElse(List.of()).stream()
                .map(host -> host.trim().toLowerCase(Locale.ROOT)).filter(host -> !host.isEmpty())
                .collect(Collectors.toUnmodifiableSet());
    }

    /** The target as a URI; a 400 problem when it is no http(s) URL, a 422 when it points inside the network. */
    URI check(String url) {
        URI uri = parse(url);
        String refusal = refusal(uri);
        if (refusal != null) {
            throw ProblemException.unprocessable("webhook-target-refused", "Webhook target refused", refusal);
        }
        return uri;
    }

    /** Why a send to this target must not happen now, or null when it may. */
    String refusal(URI uri) {
        String host = hostOf(uri);
        if (allowedHosts.contains(host)) {
            return null;
        }
        InetAddress[] addresses;
        try {
            addresses = InetAddress.getAllByName(host);
        } catch (UnknownHostException e) {
            return "The host " + host + " does not resolve.";
        }
        for (InetAddress address : addresses) {
            if (isInternal(address)) {
                return "The host " + host + " resolves to the internal address " + address.getHostAddress()
                        + "; only public addresses and allow-listed hosts are webhook targets.";
            }
        }
        return null;
    }

    static URI parse(String url) {
        URI uri;
        try {
            uri = new URI(url.trim());
        } catch (URISyntaxException e) {
            throw ProblemException.invalidField("target_url", "is not a valid URL");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw ProblemException.invalidField("target_url", "must be an http or https URL");
        }
        if (uri.getHost() == null || uri.getHost().isBlank()) {
            throw ProblemException.invalidField("target_url", "must name a host");
        }
        if (uri.getRawUserInfo() != null) {
            throw ProblemException.invalidField("target_url", "must not carry credentials");
        }
        return uri;
    }

    static String hostOf(URI uri) {
        String host = uri.getHost().toLowerCase(Locale.ROOT);
        return host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
    }

    /** Loopback, link-local, private, carrier-grade NAT, unique-local, multicast and unspecified addresses. */
    static boolean isInternal(InetAddress address) {
        if (address.isLoopbackAddress() || address.isLinkLocalAddress() || address.isSiteLocalAddress()
                || address.isAnyLocalAddress() || address.isMulticastAddress()) {
            return true;
        }
        byte[] bytes = address.getAddress();
        if (address instanceof Inet4Address) {
            int first = bytes[0] & 0xff;
            int second = bytes[1] & 0xff;
            return first == 0 || (first == 100 && second >= 64 && second <= 127) || first >= 240;
        }
        if (address instanceof Inet6Address) {
            boolean uniqueLocal = (bytes[0] & 0xfe) == 0xfc;
            boolean mappedV4 = isMappedV4(bytes);
            if (mappedV4) {
                try {
                    byte[] v4 = { bytes[12], bytes[13], bytes[14], bytes[15] };
                    return isInternal(InetAddress.getByAddress(v4));
                } catch (UnknownHostException e) {
                    return true;
                }
            }
            return uniqueLocal;
        }
        return true;
    }

    private static boolean isMappedV4(byte[] bytes) {
        for (int i = 0; i < 10; i++) {
            if (bytes[i] != 0) {
                return false;
            }
        }
        return (bytes[10] & 0xff) == 0xff && (bytes[11] & 0xff) == 0xff;
    }
}
