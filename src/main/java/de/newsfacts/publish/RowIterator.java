package de.newsfacts.publish;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.NoSuchElementException;

/**
 * An iterator over rows read from files: subclasses only say how to get the next row ({@code null} at the end);
 * look-ahead, {@link #peek()} and turning I/O errors into unchecked ones happen here.
 */
abstract class RowIterator<T> implements Iterator<T> {

    private T next;
    private boolean done;

    /** The next row, or {@code null} when there is none. */
    protected abstract T computeNext() throws IOException;

    /** The row {@link #next()} would return, without consuming it; {@code null} at the end. */
    final T peek() {
        if (next == null && !done) {
            try {
                next = computeNext();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            done = next == null;
        }
        return next;
    }

    @Override
    public final boolean hasNext() {
        return peek() != null;
    }

    @Override
    public final T next() {
        T row = peek();
        if (row == null) {
            throw new NoSuchElementException();
        }
        next = null;
        return row;
    }
}
