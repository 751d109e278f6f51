package dev.localio.linux.kernel;

import java.util.ArrayList;
import java.util.List;

/**
 * The head of a doubly linked list: entries in insertion order. Like {@code list_head}, it does no
 * locking of its own: the lock the owner documents guards every call.
 *
 * <p>Models include/linux/list.h: {@code LIST_HEAD}, {@code list_add_tail()},
 * {@code list_del_init()}, {@code list_empty()}, {@code list_for_each_entry()}. Entries record which head they are on themselves (as an
 * embedded {@code list_head} would), so {@code list_move()} is a delete plus an add. Entries are
 * found by identity, never by hash code: like the kernel's list it needs no hashing, and so it
 * behaves the same under a model checker, which gives objects hash codes of its own.
 *
 * @param <T> the entry type
 */
public final class ListHead<T> {

    private final String name;
    private final List<T> entries = new ArrayList<>();

    /** An empty list called {@code name} (e.g. {@code nn->local_clients}). */
    public ListHead(String name) {
        this.name = name;
    }

    public String name() {
        return name;
    }

    /** {@code list_add_tail()}; an entry already on the list stays where it is. */
    public void listAddTail(T entry) {
        if (indexOf(entry) < 0) {
            entries.add(entry);
        }
    }

    /** {@code list_del_init()} of {@code entry} from this head; whether it was on it. */
    public boolean listDel(T entry) {
        int i = indexOf(entry);
        if (i < 0) {
            return false;
        }
        entries.remove(i);
        return true;
    }

    /** {@code list_empty()}. */
    public boolean listEmpty() {
        return entries.isEmpty();
    }

    /** Whether {@code entry} is on this list. */
    public boolean contains(T entry) {
        return indexOf(entry) >= 0;
    }

    private int indexOf(T entry) {
        for (int i = 0; i < entries.size(); i++) {
            if (entries.get(i) == entry) {
                return i;
            }
        }
        return -1;
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
