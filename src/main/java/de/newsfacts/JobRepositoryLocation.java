package de.newsfacts;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

import java.nio.file.Path;
import java.util.Map;

/**
 * Resolves {@code newsfacts.job-repository} to an absolute path ({@code newsfacts.job-repository-absolute}) for
 * the H2 URL: H2 refuses paths that are implicitly relative ({@code data/jobrepo} must be written
 * {@code ./data/jobrepo}), and a user should not have to know that.
 */
public final class JobRepositoryLocation implements EnvironmentPostProcessor {

    static final String PROPERTY = "newsfacts.job-repository";
    static final String ABSOLUTE = "newsfacts.job-repository-absolute";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        String location = environment.getProperty(PROPERTY);
        if (location == null || location.isBlank()) {
            return;
        }
        String absolute = Path.of(location).toAbsolutePath().normalize().toString();
        environment.getPropertySources().addFirst(new MapPropertySource("newsfactsJobRepository",
                Map.of(ABSOLUTE, absolute)));
    }
}
