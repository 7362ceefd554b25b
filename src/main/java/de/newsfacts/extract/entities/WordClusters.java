package de.newsfacts.extract.entities;

/**
 * Word-to-cluster map computed from unlabeled German text (see the training tool), looked up by the hash of the
 * lower-cased word; {@link #coarse} gives a coarser cluster id; the capitalisation habit of the word (share of
 * non-initial occurrences written capitalised, 4 buckets) rides along in the stored id. Immutable and thread-safe.
 */
final class WordClusters {
    /** Stored ids carry the capitalisation bucket (0-3) above this bit; {@link #clusterOf} returns the combined id. */
    static final int CAP_SHIFT = 12;
    static final int CLUSTER_MASK = (1 << CAP_SHIFT) - 1;

    private final ClusterTable table;
    private final LongIntMap clusterByWord;

    private WordClusters(ClusterTable table) {
        this.table = table;
        this.clusterByWord = new LongIntMap(table.keys().length);
        for (int i = 0; i < table.keys().length; i++) clusterByWord.put(table.keys()[i], table.ids()[i]);
    }

    static WordClusters of(ClusterTable table) {
        return new WordClusters(table);
    }

    ClusterTable table() {
        return table;
    }

    int clusterOf(CharSequence text, int start, int end) {
        return clusterByWord.get(Gazetteer.hashLower(text, start, end, Gazetteer.FNV_BASIS), -1);
    }

    int coarse(int cluster) {
        if (cluster >= 0) cluster &= CLUSTER_MASK;
        return cluster < 0 || cluster >= table.coarse().length ? cluster : table.coarse()[cluster];
    }
}
