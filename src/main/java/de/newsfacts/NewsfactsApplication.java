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
            Throwable root = e;
            while (root.getCause() != null && root.getCause() != root) {
                root = root.getCause();
            }
            System.err.println("newsfacts: could not start: " + root.getMessage());
            code = ExitCode.BAD_CONFIGURATION.code();
        }
        System.exit(code);
    }
}
