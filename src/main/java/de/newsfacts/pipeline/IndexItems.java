package de.newsfacts.pipeline;

import de.newsfacts.source.IndexEntry;
import de.newsfacts.source.Reject;
import de.newsfacts.source.SeedIndex;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Puts the entries and the parse-time rejects of an INDEX back into file order and numbers them. */
public final class IndexItems {

    private IndexItems() {
    }

    public static List<IndexItem> of(SeedIndex index) {
        record Line(int lineNo, IndexEntry entry, Reject reject) {
        }
        List<Line> lines = new ArrayList<>(index.entries().size() + index.rejects().size());
        index.entries().forEach(e -> lines.add(new Line(e.lineNo(), e, null)));
        index.rejects().forEach(r -> lines.add(new Line(r.indexLine(), null, r)));
        lines.sort(Comparator.comparingInt(Line::lineNo));
        List<IndexItem> items = new ArrayList<>(lines.size());
        for (Line line : lines) {
            items.add(new IndexItem(items.size(), line.entry(), line.reject()));
        }
        return items;
    }
}
