package io.tierdesk.webhook;

import io.tierdesk.common.InvalidInput;
import io.tierdesk.common.RuleViolation;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Guards against server-side request forgery: a target must be an http(s) URL whose host resolves only to public
 * addresses, unless the service (scheme, host and port) is on the configured allow-list. Checked when a subscription
 * is saved and again before every send, so a name that later resolves to an internal address is not called.
 */
@ApplicationScoped
class WebhookTargets {

    private static final Pattern DIGITS_AND_DOTS = Pattern.compile("[0-9.]+");
    private static final Pattern DOTTED_QUAD = Pattern.compile(
            "((25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])\\.){3}(25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])");

    private final AllowList allowList;

    @Inject
    WebhookTargets(WebhookConfig config) {
        this(AllowList.of(config.allowedHosts().orElse(List.of())));
    }

    WebhookTargets(AllowList allowList) {
        this.allowList = allowList;
    }

    /** Why a target is not called: the category the delivery log shows and a sentence for a 422. */
    record Refusal(WebhookDeliveryError category, String reason) {}

    /** The target as a URI; a 400 problem when it is no http(s) URL, a 422 when it points inside the network. */
    URI check(String url) {
        URI uri = parse(url);
        Refusal refusal = refusal(uri);
        if (refusal != null) {
            throw new RuleViolation("webhook-target-refused", "Webhook target refused", refusal.reason());
        }
        return uri;
    }

    /** Why a send to this target must not happen now, or null when it may. */
    Refusal refusal(URI uri) {
        if (allowList.allows(uri)) {
            return null;
        }
        String host = hostOf(uri);
        if (DIGITS_AND_DOTS.matcher(host).matches()
                && !DOTTED_QUAD.matcher(host).matches()) {
            return new Refusal(
                    WebhookDeliveryError.BLOCKED,
                    "The host " + host
                            + " is a numeric address in another form than four decimal parts; write it as a.b.c.d.");
        }
        InetAddress[] addresses;
        try {
            addresses = InetAddress.getAllByName(host);
        } catch (UnknownHostException e) {
            return new Refusal(WebhookDeliveryError.DNS, "The host " + host + " does not resolve.");
        }
        for (InetAddress address : addresses) {
            if (isInternal(address)) {
                return new Refusal(
                        WebhookDeliveryError.BLOCKED,
                        "The host " + host
                                + " resolves to an internal address; only public addresses and allow-listed services"
                                + " (scheme, host and port) are webhook targets.");
            }
        }
        return null;
    }

    static URI parse(String url) {
        URI uri;
        try {
            uri = new URI(url.trim());
        } catch (URISyntaxException e) {
            throw InvalidInput.field("target_url", "is not a valid URL");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw InvalidInput.field("target_url", "must be an http or https URL");
        }
        if (uri.getHost() == null || uri.getHost().isBlank()) {
            throw InvalidInput.field("target_url", "must name a host");
        }
        if (uri.getRawUserInfo() != null) {
            throw InvalidInput.field("target_url", "must not carry credentials");
        }
        return uri;
    }

    static String hostOf(URI uri) {
        String host = uri.getHost().toLowerCase(Locale.ROOT);
        return host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
    }

    /** Whether the address is in a range webhooks must not reach (see {@link InternalAddresses}). */
    static boolean isInternal(InetAddress address) {
        return InternalAddresses.contains(address);
    }
}
