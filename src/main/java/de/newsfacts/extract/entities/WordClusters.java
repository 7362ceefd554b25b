package de.newsfacts.extract.entities;

/**
 * Word-to-cluster map computed from unlabeled German text (see the training tool), looked up by the hash of the
 * lower-cased word; {@link #coarse} gives a coarser cluster id. Immutable and thread-safe.
 */
final class WordClusters {
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
        return cluster < 0 || cluster >= table.coarse().length ? cluster : table.coarse()[cluster];
    }
}
