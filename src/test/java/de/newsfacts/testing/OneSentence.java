package de.newsfacts.testing;

import de.newsfacts.extract.DocumentContext;
import de.newsfacts.structure.Sentence;

import java.time.LocalDate;
import java.util.List;

/**
 * A document of one sentence after a short first line ("Meldung."), so that extractors see a sentence that
 * does not start at offset 0 and offset mistakes show.
 */
public final class OneSentence {

    private OneSentence() {
    }

    public static DocumentContext context(String sentence, LocalDate published) {
        String text = "Meldung.\n" + sentence;
        int start = text.length() - sentence.length();
        return new DocumentContext("d", text, List.of(new Sentence("d", 2, 1, sentence, start, text.length())),
                published);
    }
}
