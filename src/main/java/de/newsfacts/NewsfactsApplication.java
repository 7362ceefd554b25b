package de.newsfacts;

import de.newsfacts.job.ExitCode;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** Runs the ingest job once and exits with its {@link ExitCode}. */
@SpringBootApplication
public class NewsfactsApplication {

    public static void main(String[] args) {
        int code;
        try {
            code = SpringApplication.exit(SpringApplication.run(NewsfactsApplication.class, args));
        } catch (RuntimeException e) {
            System.err.println("newsfacts: could not start: " + reason(e));
            code = ExitCode.BAD_CONFIGURATION.code();
        }
        System.exit(code);
    }

    /** The most telling message of a start-up failure: a property binding problem names the property. */
    static String reason(Throwable error) {
        Throwable root = error;
        String binding = null;
        for (Throwable t = error; t != null; t = t.getCause() == t ? null : t.getCause()) {
            root = t;
            if (binding == null && t.getMessage() != null && t.getMessage().startsWith("Failed to bind properties")) {
                binding = t.getMessage();
            }
        }
        String rootMessage = root.getMessage() != null ? root.getMessage() : root.getClass().getSimpleName();
        return (binding != null ? binding + ": " + rootMessage : rootMessage).replaceAll("\\s+", " ");
    }
}
