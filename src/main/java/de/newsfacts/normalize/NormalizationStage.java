package de.newsfacts.normalize;

/**
 * One step of German text normalization: a pure function {@code text -> text}.
 *
 * <p>Contract every implementation keeps (the tests check it for each stage):
 * <ul>
 *   <li>never returns {@code null}; accepts any string, including the empty string, unpaired surrogates and
 *       control characters, without throwing;</li>
 *   <li>returns the <em>same instance</em> when nothing changes, so callers can detect "no change" with
 *       {@code ==} and clean text costs one scan and no allocation;</li>
 *   <li>is idempotent on its own: {@code apply(apply(x)).equals(apply(x))};</li>
 *   <li>is stateless, deterministic and thread-safe.</li>
 * </ul>
 */
@FunctionalInterface
public interface NormalizationStage {

    /** Returns the normalized text; the argument itself if nothing had to change. */
    String apply(String text);

    /** A short stable name for logs and reports; defaults to the simple class name. */
    default String name() {
        return getClass().getSimpleName();
    }
}
