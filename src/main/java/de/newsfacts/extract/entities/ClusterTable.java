package de.newsfacts.extract.entities;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;

/** Serialized form of {@link WordClusters}: word-hash keys, cluster ids and the coarse-cluster map. */
record ClusterTable(long[] keys, int[] ids, int[] coarse) {

    static ClusterTable of(WordClusters clusters) {
        return clusters.table();
    }

    static void write(ClusterTable table, DataOutputStream out) throws IOException {
        if (table == null) {
            out.writeInt(0);
            return;
        }
        out.writeInt(table.keys.length);
        for (long k : table.keys) out.writeLong(k);
        for (int id : table.ids) out.writeShort(id);
        out.writeInt(table.coarse.length);
        for (int c : table.coarse) out.writeShort(c);
    }

    static WordClusters read(DataInputStream in) throws IOException {
        int n = in.readInt();
        if (n == 0) return null;
        long[] keys = new long[n];
        int[] ids = new int[n];
        for (int i = 0; i < n; i++) keys[i] = in.readLong();
        for (int i = 0; i < n; i++) ids[i] = in.readShort();
        int c = in.readInt();
        int[] coarse = new int[c];
        for (int i = 0; i < c; i++) coarse[i] = in.readShort();
        return WordClusters.of(new ClusterTable(keys, ids, coarse));
    }
}
