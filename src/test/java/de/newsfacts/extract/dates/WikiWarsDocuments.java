package de.newsfacts.extract.dates;

import de.newsfacts.extract.DocumentContext;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The WikiWarsDE documents as {@link DocumentContext}s, for tools outside this package. */
public final class WikiWarsDocuments {

    private WikiWarsDocuments() {
    }

    public static List<DocumentContext> load(Path corpora) throws IOException {
        List<DocumentContext> docs = new ArrayList<>();
        for (WikiWarsDe.Doc d : WikiWarsDe.load(corpora)) {
            docs.add(d.context());
        }
        return docs;
    }
}
