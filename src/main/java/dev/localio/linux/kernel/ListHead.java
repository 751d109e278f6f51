package dev.localio.linux.kernel;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

/**
 * The head of a doubly linked list: entries in insertion order. Like {@code list_head}, it does no
 * locking of its own: the lock the owner documents guards every call.
 *
 * <p>Models include/linux/list.h: {@code LIST_HEAD}, {@code list_add_tail()},
 * {@code list_del_init()}, {@code list_empty()}, {@code list_splice_init()},
 * {@code list_for_each_entry()}. Entries record which head they are on themselves (as an
 * embedded {@code list_head} would), so {@code list_move()} is a delete plus an add.
 *
 * @param <T> the entry type
 */
public final class ListHead<T> {

    private final String name;
    private final LinkedHashSet<T> entries = new LinkedHashSet<>();

    /** An empty list called {@code name} (e.g. {@code nn->local_clients}). */
    public ListHead(String name) {
        this.name = name;
    }

    public String name() {
        return name;
    }

    /** {@code list_add_tail()}. */
    public void listAddTail(T entry) {
        entries.add(entry);
    }

    /** {@code list_del_init()} of {@code entry} from this head; whether it was on it. */
    public boolean listDel(T entry) {
        return entries.remove(entry);
    }

    /** {@code list_empty()}. */
    public boolean listEmpty() {
        return entries.isEmpty();
    }

    /** Whether {@code entry} is on this list. */
    public boolean contains(T entry) {
        return entries.contains(entry);
    }

    /** {@code list_splice_init()}: takes every entry off, in order. */
    public List<T> listSpliceInit() {
        List<T> out = new ArrayList<>(entries);
        entries.clear();
        return out;
    }

    /** A copy of the entries, in order ({@code list_for_each_entry()} without the lock held). */
    public List<T> entries() {
        return new ArrayList<>(entries);
    }

    public int size() {
        return entries.size();
    }

    @Override
    public String toString() {
        return name + entries;
    }
}
