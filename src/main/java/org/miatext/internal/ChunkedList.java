package org.miatext.internal;

import java.util.AbstractList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.RandomAccess;

/**
 * A list kept in arrays of at most {@value #CHUNK} references, growable until frozen, then
 * unmodifiable. Not part of the API: the tree hands it out only as a {@link List}.
 *
 * <p>Why: the G1 collector places an array of a megabyte or more (about 262,000 references with
 * compressed pointers, less with a small heap) outside the young generation. On Java 17 such an
 * array, once dead, is not freed before the next concurrent marking, and until then it keeps every
 * young object it points to alive: each young collection copies the nodes of earlier parses of a
 * large page again. Measured on a 5 MB page of markers, parsed over and over: 57 ms per MB with
 * one large list, 23 with no array over a megabyte.
 */
public final class ChunkedList<E> extends AbstractList<E> implements RandomAccess {

    private static final int SHIFT = 12;
    /** References per chunk: 16 KB with compressed pointers, far under any G1 region. */
    static final int CHUNK = 1 << SHIFT;
    private static final int MASK = CHUNK - 1;
    private static final Object[] NONE = {};

    /**
     * The first {@value #CHUNK} elements. It grows by doubling until it is a chunk; only a list
     * that outgrows it gets {@link #chunks}, so a short list is two objects, as an ArrayList is.
     */
    private Object[] first = NONE;
    /** Every chunk from the first on, each full but the last; null while the first suffices. */
    private Object[][] chunks;
    private int size;
    private boolean frozen;

    /** An empty list, growable until {@link #freeze()}. */
    public ChunkedList() {
    }

    /** An empty list with room for {@code expected} elements in its first chunk (at most a chunk). */
    public ChunkedList(int expected) {
        first = expected <= 0 ? NONE : new Object[Math.min(expected, CHUNK)];
    }

    /**
     * An unmodifiable copy, like {@link List#copyOf}, whose arrays are all small: a frozen
     * chunked list is returned as it is (its maker vouches for it), a short list as
     * {@code List.copyOf} gives it.
     *
     * @throws NullPointerException if the collection or an element of a list copied is null
     */
    @SuppressWarnings("unchecked")
    public static <E> List<E> copyOf(Collection<? extends E> elements) {
        if (elements instanceof ChunkedList<?> chunked && chunked.frozen) {
            return chunked.size <= CHUNK ? List.copyOf(elements) : (List<E>) chunked;
        }
        if (elements.size() <= CHUNK) {
            return List.copyOf(elements);
        }
        ChunkedList<E> copy = new ChunkedList<>();
        for (E element : elements) {
            copy.add(Objects.requireNonNull(element));
        }
        return copy.freeze();
    }

    /** Makes the list unmodifiable and returns it. */
    public ChunkedList<E> freeze() {
        frozen = true;
        return this;
    }

    @Override
    public boolean add(E element) {
        if (frozen) {
            throw new UnsupportedOperationException("the list is frozen");
        }
        int at = size;
        if (at < CHUNK) {
            if (at == first.length) {
                first = Arrays.copyOf(first, Math.max(8, Math.min(2 * at, CHUNK)));
            }
            first[at] = element;
        } else {
            int chunk = at >>> SHIFT;
            if (chunks == null) {
                chunks = new Object[8][];
                chunks[0] = first;
            } else if (chunk == chunks.length) {
                chunks = Arrays.copyOf(chunks, 2 * chunk);
            }
            if (chunks[chunk] == null) {
                chunks[chunk] = new Object[CHUNK];
            }
            chunks[chunk][at & MASK] = element;
        }
        size = at + 1;
        modCount++;
        return true;
    }

    @Override
    @SuppressWarnings("unchecked")
    public E get(int index) {
        Objects.checkIndex(index, size);
        return (E) (index < CHUNK ? first[index] : chunks[index >>> SHIFT][index & MASK]);
    }

    @Override
    public E set(int index, E element) {
        if (frozen) {
            throw new UnsupportedOperationException("the list is frozen");
        }
        E old = get(index);
        if (index < CHUNK) {
            first[index] = element;
        } else {
            chunks[index >>> SHIFT][index & MASK] = element;
        }
        return old;
    }

    @Override
    public int size() {
        return size;
    }

    @Override
    public void clear() {
        if (frozen) {
            throw new UnsupportedOperationException("the list is frozen");
        }
        first = NONE;
        chunks = null;
        size = 0;
        modCount++;
    }
}
