import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.Writer;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.Executors;

/**
 * A webhook receiver on loopback for the scripts: answers every POST with 204 and appends its webhook-id header to
 * a file, one line per delivery, in arrival order. Usage: java bin/lib/WebhookReceiver.java PORT FILE
 */
public class WebhookReceiver {

    public static void main(String[] args) throws IOException {
        int port = Integer.parseInt(args[0]);
        Writer out = Files.newBufferedWriter(
                Path.of(args[1]), StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 64);
        server.createContext("/", exchange -> {
            try (InputStream body = exchange.getRequestBody()) {
                body.readAllBytes();
            }
            synchronized (out) {
                out.write(exchange.getRequestHeaders().getFirst("webhook-id") + "\n");
                out.flush();
            }
            exchange.sendResponseHeaders(204, -1);
            exchange.close();
        });
        server.setExecutor(Executors.newFixedThreadPool(8));
        server.start(); // its dispatcher thread keeps the JVM running until the script kills it
    }
}
