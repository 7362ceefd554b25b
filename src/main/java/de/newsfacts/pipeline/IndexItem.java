package de.newsfacts.pipeline;

import de.newsfacts.source.IndexEntry;
import de.newsfacts.source.Reject;

/**
 * One document line of INDEX in the order of the file: either an entry to read or a row already rejected while
 * parsing INDEX (duplicate id, bad row). {@code ordinal} is the 0-based position among all such lines; it fixes
 * the order of every published table, whatever the number of workers.
 */
public record IndexItem(int ordinal, IndexEntry entry, Reject reject) {

    public IndexItem {
        if ((entry == null) == (reject == null)) {
            throw new IllegalArgumentException("exactly one of entry and reject must be set");
        }
    }

    public int lineNo() {
        return entry != null ? entry.lineNo() : reject.indexLine();
    }
}
