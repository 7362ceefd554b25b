package de.newsfacts.source;

import java.util.Locale;

/** Why an INDEX entry did not become a document; {@link #code()} is written to {@code rejects.reason}. */
public enum RejectReason {
    MISSING, OUTSIDE_SEEDS, NOT_A_FILE, BINARY, EMPTY, UNDECODABLE, TOO_LARGE, DUPLICATE_ID, BAD_INDEX_ROW, UNREADABLE;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
