package de.newsfacts.extract.quotes;

import de.newsfacts.extract.DocumentContext;
import de.newsfacts.extract.Quote;

/** Prints the quotes of the text given as argument (development aid). */
public final class DebugQuotes {
    public static void main(String[] args) {
        String text = String.join(" ", args);
        DocumentContext ctx = new DocumentContext("d", text, SimpleSentenceSplitter.split("d", text), null);
        for (Quote q : new QuoteExtractor().extract(ctx)) {
            System.out.println(q.kind() + " | " + q.text() + " | spk=" + q.speaker() + " | cue=" + q.cue());
        }
    }
}
