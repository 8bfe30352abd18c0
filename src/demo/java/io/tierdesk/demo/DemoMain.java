package io.tierdesk.demo;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

/**
 * bin/demo's entry point. {@code load URL SIZE WEBHOOK_TARGET SECRET_FILE} loads the demo world into the service at
 * URL (signing tokens with dev/local-keys/private.pem) and writes the webhook secret to SECRET_FILE;
 * {@code receive PORT SECRET_FILE} runs the webhook receiver until interrupted.
 */
public final class DemoMain {

    private DemoMain() {}

    public static void main(String[] args) throws Exception {
        if (args.length == 3 && args[0].equals("receive")) {
            WebhookReceiver.serve(Integer.parseInt(args[1]), Path.of(args[2]));
            Thread.currentThread().join();
        } else if (args.length == 5 && args[0].equals("load")) {
            LocalTokens tokens = new LocalTokens(Path.of("dev/local-keys/private.pem"), "https://tierdesk.local");
            DemoWorld.Size size = args[2].equals("small") ? DemoWorld.Size.SMALL : DemoWorld.Size.FULL;
            long start = System.nanoTime();
            DemoWorld.Loaded loaded = new DemoWorld(args[1], tokens::token, Path.of("dev/demo/people.tsv"), "")
                    .load(size, true, args[3], LocalDate.now());
            Path secret = Path.of(args[4]);
            Files.createDirectories(secret.toAbsolutePath().getParent());
            Files.writeString(secret, loaded.webhookSecret() + "\n");
            System.out.printf(
                    "loaded in %.0f s: %d teams, %d solutions, %d tickets, %d environment requests%n",
                    (System.nanoTime() - start) / 1e9,
                    loaded.teamIds().size(),
                    loaded.solutionIds().size(),
                    loaded.ticketIds().size(),
                    loaded.environmentRequestIds().size());
            System.out.println("teams: " + loaded.teamIds());
            System.out.println("a vendor case: ticket " + loaded.vendorTicketId() + "; graduation waiting: "
                    + loaded.pendingGraduationId() + "; handoff under way: " + loaded.handoffId());
        } else {
            System.err.println(
                    "usage: DemoMain load URL full|small WEBHOOK_TARGET SECRET_FILE | receive PORT SECRET_FILE");
            System.exit(2);
        }
    }
}
