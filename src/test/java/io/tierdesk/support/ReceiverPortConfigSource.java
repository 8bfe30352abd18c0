package io.tierdesk.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.config.spi.ConfigSource;

/**
 * Loopback ports free when the suite starts, on which the tests' webhook receivers listen: {@code
 * tierdesk.test.receiver-port} (http) and {@code tierdesk.test.tls-receiver-port} (https with a certificate nobody
 * trusts). The test profile allow-lists exactly these services, because the allow-list names host and port.
 */
public class ReceiverPortConfigSource implements ConfigSource {

    public static final String PROPERTY = "tierdesk.test.receiver-port";
    public static final String TLS_PROPERTY = "tierdesk.test.tls-receiver-port";
    private static final Map<String, String> PORTS =
            Map.of(PROPERTY, Integer.toString(freePort()), TLS_PROPERTY, Integer.toString(freePort()));

    @Override
    public Map<String, String> getProperties() {
        return PORTS;
    }

    @Override
    public Set<String> getPropertyNames() {
        return PORTS.keySet();
    }

    @Override
    public String getValue(String propertyName) {
        return PORTS.get(propertyName);
    }

    @Override
    public String getName() {
        return "test-webhook-receiver-port";
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
