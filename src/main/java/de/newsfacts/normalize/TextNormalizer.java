package de.newsfacts.normalize;

import java.util.List;
import java.util.Objects;

/**
 * Normalizes raw German news text for structure detection and extraction: a fixed chain of small
 * {@link NormalizationStage}s, applied in order.
 *
 * <p>The order of {@link #standard()} and why:
 * <ol>
 *   <li>{@link HtmlEntityDecoder} first: a reference can stand for any character, including mojibake
 *       ({@code &Atilde;&frac14;}), CR, invisible chars and combining marks, so every later stage must see
 *       the decoded text. Mojibake repair only ever produces non-ASCII chars, so it cannot create a new
 *       reference; the reverse is not true, hence entities before mojibake.</li>
 *   <li>{@link MojibakeRepair}: before line breaks and invisible-char removal, because double-encoded
 *       text spells NBSP, soft hyphen, NEL and LINE SEPARATOR as two or three visible chars ({@code Â­},
 *       {@code â€¨}) that must be repaired before those stages look for them, and because the C1 controls
 *       in Latin-1 mojibake ({@code Ã\u009F} for ß) are bytes of the repair, not noise to delete.</li>
 *   <li>{@link LineBreakNormalizer}: after both decoders (either can produce CR, NEL or U+2028) and before
 *       {@link InvisibleCharRemover}, which would otherwise delete CR as a control char.</li>
 *   <li>{@link InvisibleCharRemover}: before NFC, so that a base letter and a combining mark separated by
 *       a zero-width char are composed once it is gone; before spaces (it turns TAB into a space) and
 *       hyphenation (so {@code "Ge-\u00AD\nfangene"} is seen as {@code "Ge-\nfangene"}).</li>
 *   <li>{@link NfcNormalizer}: after everything that can produce combining marks (entities, mojibake,
 *       removal of joiners); it also maps EN/EM QUAD to EN/EM SPACE, which the next stage handles.</li>
 *   <li>{@link SpaceNormalizer}: needs LF-only text; after it lines have no leading or trailing blanks.</li>
 *   <li>{@link PunctuationNormalizer}: after spaces so the spaced ellipsis {@code ". . ."} has single
 *       spaces.</li>
 *   <li>{@link HyphenationJoiner} last: it relies on clean line ends (no CR, no soft hyphen, no trailing
 *       space) and on canonical hyphens ({@code U+2010} already mapped to {@code -}).</li>
 * </ol>
 * This deviates from the first draft (line breaks first, mojibake before entities, NFC before removal) for
 * the reasons given above; each reason has a test in {@code TextNormalizerTest}.
 *
 * <p>{@link #normalize} is idempotent: {@code normalize(normalize(x)).equals(normalize(x))} for every string.
 * A later stage can, in contrived input, create work for an earlier one (removing a soft hyphen inside
 * {@code &am\u00ADp;}, or turning {@code Ã...} into {@code Ã…}, which is mojibake of Å). So after a pass
 * that changed the text, the chain runs again until a pass changes nothing (at most {@value #MAX_PASSES}
 * passes). On text that is already normal, a pass costs one allocation-free scan per stage, since every
 * stage returns its input instance when it has nothing to do.
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class TextNormalizer {

    /**
     * Upper bound on passes, a safety net only: real text settles after the second pass (which finds
     * nothing to do); contrived input needs one more pass per level of nesting like {@code &am&shy;p;}.
     */
    static final int MAX_PASSES = 16;

    private static final TextNormalizer STANDARD = new TextNormalizer(List.of(
            new HtmlEntityDecoder(),
            new MojibakeRepair(),
            new LineBreakNormalizer(),
            new InvisibleCharRemover(),
            new NfcNormalizer(),
            new SpaceNormalizer(),
            new PunctuationNormalizer(),
            new HyphenationJoiner()));

    private final List<NormalizationStage> stages;

    private TextNormalizer(List<NormalizationStage> stages) {
        this.stages = List.copyOf(stages);
    }

    /** The standard chain for German news text (order documented on the class). */
    public static TextNormalizer standard() {
        return STANDARD;
    }

    /** A chain of the given stages in the given order, e.g. for tests or a reduced pipeline. */
    public static TextNormalizer of(List<? extends NormalizationStage> stages) {
        stages.forEach(stage -> Objects.requireNonNull(stage, "stage"));
        return new TextNormalizer(List.copyOf(stages));
    }

    /** Normalized text; {@code raw} itself if it is already normal. Never null for non-null input. */
    public String normalize(String raw) {
        Objects.requireNonNull(raw, "raw");
        String text = raw;
        for (int pass = 0; pass < MAX_PASSES; pass++) {
            String result = applyOnce(text);
            if (result == text || result.equals(text)) {
                return text;
            }
            text = result;
        }
        return text;
    }

    /** One pass through all stages; returns the input instance if no stage changed anything. */
    String applyOnce(String text) {
        String current = text;
        for (NormalizationStage stage : stages) {
            current = stage.apply(current);
        }
        return current;
    }

    /** The stages in the order they run. */
    public List<NormalizationStage> stages() {
        return stages;
    }
}
