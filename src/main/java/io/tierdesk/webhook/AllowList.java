package io.tierdesk.webhook;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Locale;

/**
 * Internal targets the operator allows, each an exact service: {@code scheme://host:port}, {@code host:port} (http or
 * https), {@code scheme://host} (that scheme's default port) or {@code host} (port 80 over http, 443 over https).
 * Hosts are compared as written in the target URL, without resolving them. An entry with a path, query, user or
 * another scheme is a configuration error that stops start-up.
 */
final class AllowList {

    private final List<Entry> entries;

    private AllowList(List<Entry> entries) {
        this.entries = entries;
    }

    static AllowList of(List<String> configured) {
        return new AllowList(configured.stream()
                .map(String::trim)
                .filter(entry -> !entry.isEmpty())
                .map(Entry::parse)
                .toList());
    }

    boolean allows(URI target) {
        String scheme = target.getScheme().toLowerCase(Locale.ROOT);
        String host = WebhookTargets.hostOf(target);
        int port = target.getPort() == -1 ? defaultPort(scheme) : target.getPort();
        return entries.stream().anyMatch(entry -> entry.matches(scheme, host, port));
    }

    private static int defaultPort(String scheme) {
        return scheme.equals("https") ? 443 : 80;
    }

    /** One allowed service; a null scheme allows http and https, port -1 the scheme's default port. */
    private record Entry(String scheme, String host, int port) {

        static Entry parse(String text) {
            boolean withScheme = text.contains("://");
            URI uri;
            try {
                uri = new URI(withScheme ? text : "http://" + text);
            } catch (URISyntaxException e) {
                throw invalid(text);
            }
            String scheme =
                    withScheme && uri.getScheme() != null ? uri.getScheme().toLowerCase(Locale.ROOT) : null;
            boolean bare = uri.getHost() != null
                    && uri.getRawUserInfo() == null
                    && uri.getRawQuery() == null
                    && uri.getRawFragment() == null
                    && (uri.getRawPath() == null
                            || uri.getRawPath().isEmpty()
                            || uri.getRawPath().equals("/"));
            if (!bare || (withScheme && !"http".equals(scheme) && !"https".equals(scheme))) {
                throw invalid(text);
            }
            return new Entry(scheme, WebhookTargets.hostOf(uri), uri.getPort());
        }

        private static IllegalArgumentException invalid(String text) {
            return new IllegalArgumentException(
                    "tierdesk.webhooks.allowed-hosts: '" + text + "' is no [http|https://]host[:port] entry");
        }

        boolean matches(String targetScheme, String targetHost, int targetPort) {
            if ((scheme != null && !scheme.equals(targetScheme)) || !host.equals(targetHost)) {
                return false;
            }
            return targetPort == (port == -1 ? defaultPort(scheme == null ? targetScheme : scheme) : port);
        }
    }
}
