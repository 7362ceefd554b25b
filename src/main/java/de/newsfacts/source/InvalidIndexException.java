package de.newsfacts.source;

import java.nio.file.Path;

/**
 * The INDEX as a whole cannot be used (missing, unreadable, not UTF-8, a tabular header without a {@code path}
 * column, ...): the run must stop before anything is published. The message is one line and starts with the
 * INDEX file, then the line when one is to blame: {@code "seeds/INDEX: line 3: ..."}.
 */
public final class InvalidIndexException extends Exception {

    private static final long serialVersionUID = 1L;

    private final transient Path indexFile;
    private final int lineNo;

    public InvalidIndexException(Path indexFile, int lineNo, String problem, Throwable cause) {
        super(format(indexFile, lineNo, problem), cause);
        this.indexFile = indexFile;
        this.lineNo = lineNo;
    }

    public InvalidIndexException(Path indexFile, int lineNo, String problem) {
        this(indexFile, lineNo, problem, null);
    }

    /** The INDEX file the message is about. */
    public Path indexFile() {
        return indexFile;
    }

    /** 1-based INDEX line to blame, 0 when the problem is the file as a whole. */
    public int lineNo() {
        return lineNo;
    }

    private static String format(Path indexFile, int lineNo, String problem) {
        String text = indexFile + ": " + (lineNo > 0 ? "line " + lineNo + ": " : "") + problem;
        return text.replaceAll("[\\r\\n]+", " ");
    }
}
