package io.tierdesk.support;

import org.eclipse.microprofile.config.ConfigProvider;

/** The management interface of the application under test, where metrics and the served contract live. */
public final class Management {

    private Management() {}

    public static String url(String path) {
        int port = ConfigProvider.getConfig().getValue("quarkus.management.test-port", Integer.class);
        return "http://localhost:" + port + path;
    }
}
