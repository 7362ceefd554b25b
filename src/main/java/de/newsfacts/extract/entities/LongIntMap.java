package de.newsfacts.extract.entities;

import java.util.Arrays;

/**
 * Open-addressing hash map from non-zero 64-bit keys to int values (linear probing, power-of-two capacity).
 * Used for hashed feature and gazetteer lookups without boxing. Not thread-safe while being written; safe to
 * read from many threads once filled.
 */
final class LongIntMap {
    private long[] keys;
    private int[] values;
    private int size;
    private int mask;

    LongIntMap(int expected) {
        int cap = Integer.highestOneBit(Math.max(16, expected * 2 - 1)) << 1;
        keys = new long[cap];
        values = new int[cap];
        mask = cap - 1;
    }

    static int slot(long key, int mask) {
        long h = key * 0x9E3779B97F4A7C15L;
        return (int) (h ^ (h >>> 29)) & mask;
    }

    /** The value of {@code key}, or {@code missing}. Key 0 is never stored. */
    int get(long key, int missing) {
        if (key == 0) return missing;
        int i = slot(key, mask);
        while (true) {
            long k = keys[i];
            if (k == key) return values[i];
            if (k == 0) return missing;
            i = (i + 1) & mask;
        }
    }

    void put(long key, int value) {
        if (key == 0) throw new IllegalArgumentException("key 0");
        if ((size + 1) * 2 > keys.length) grow();
        int i = slot(key, mask);
        while (keys[i] != 0 && keys[i] != key) i = (i + 1) & mask;
        if (keys[i] == 0) size++;
        keys[i] = key;
        values[i] = value;
    }

    /** Adds {@code delta} to the value of {@code key} (0 if absent) and returns the new value. */
    int add(long key, int delta) {
        if (key == 0) return 0;
        if ((size + 1) * 2 > keys.length) grow();
        int i = slot(key, mask);
        while (keys[i] != 0 && keys[i] != key) i = (i + 1) & mask;
        if (keys[i] == 0) {
            size++;
            keys[i] = key;
        }
        return values[i] += delta;
    }

    int size() {
        return size;
    }

    long[] keys() {
        long[] out = new long[size];
        int j = 0;
        for (long k : keys) if (k != 0) out[j++] = k;
        Arrays.sort(out);
        return out;
    }

    private void grow() {
        long[] oldKeys = keys;
        int[] oldValues = values;
        keys = new long[oldKeys.length * 2];
        values = new int[oldKeys.length * 2];
        mask = keys.length - 1;
        size = 0;
        for (int i = 0; i < oldKeys.length; i++) if (oldKeys[i] != 0) put(oldKeys[i], oldValues[i]);
    }
}
