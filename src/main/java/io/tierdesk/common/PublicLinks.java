package io.tierdesk.common;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.ext.Provider;
import java.net.URI;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * With {@code TIERDESK_PUBLIC_BASE_URL} set, the {@code Location} and {@code Link} headers point at the public address
 * (scheme, host, port and path prefix) whatever the request arrived as. Without it they are built from the request,
 * which behind a trusted proxy honours its {@code Forwarded}/{@code X-Forwarded-*} headers ({@code
 * TIERDESK_PROXY_FORWARDING}, {@code TIERDESK_TRUSTED_PROXIES}).
 */
@Provider
public class PublicLinks implements ContainerResponseFilter {

    private static final Pattern LINK_TARGET = Pattern.compile("<([^>]*)>");

    private final Optional<URI> base;

    PublicLinks(@ConfigProperty(name = "tierdesk.http.public-base-url") Optional<URI> base) {
        this.base = base.filter(uri -> uri.getScheme() != null && uri.getRawAuthority() != null);
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        if (base.isEmpty()) {
            return;
        }
        Object location = response.getHeaders().getFirst("Location");
        if (location != null) {
            response.getHeaders().putSingle("Location", rebase(base.get(), URI.create(location.toString())));
        }
        Object link = response.getHeaders().getFirst("Link");
        if (link != null) {
            Matcher target = LINK_TARGET.matcher(link.toString());
            StringBuilder rebased = new StringBuilder();
            while (target.find()) {
                String uri = rebase(base.get(), URI.create(target.group(1))).toString();
                target.appendReplacement(rebased, Matcher.quoteReplacement("<" + uri + ">"));
            }
            target.appendTail(rebased);
            response.getHeaders().putSingle("Link", rebased.toString());
        }
    }

    /** The link's path and query under the public base: its scheme, authority and path prefix. */
    static URI rebase(URI base, URI link) {
        String prefix = base.getRawPath() == null ? "" : base.getRawPath().replaceAll("/+$", "");
        String path = link.getRawPath() == null ? "" : link.getRawPath();
        String query = link.getRawQuery() == null ? "" : "?" + link.getRawQuery();
        return URI.create(base.getScheme() + "://" + base.getRawAuthority() + prefix + path + query);
    }
}
