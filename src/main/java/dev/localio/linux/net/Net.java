package dev.localio.linux.net;

import dev.localio.linux.kernel.KasanObject;
import dev.localio.linux.kernel.Kernel;
import dev.localio.linux.kernel.KernelSymbol;
import java.util.Arrays;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A network namespace: the per-namespace data of every subsystem ({@code net_generic()}), a
 * counted lifetime, and KASAN tracking, so a pointer kept past {@code cleanup_net()} (as
 * LOCALIO's uncounted {@code nfs_uuid_t.net} can be) reports a use-after-free when followed.
 *
 * <p>Models include/net/net_namespace.h and include/net/netns/generic.h: {@code struct net},
 * {@code net_generic()}, {@code ns.count}.
 */
@KernelSymbol(value = "struct net", file = "include/net/net_namespace.h")
public final class Net extends KasanObject {

    private final String name;
    private final long inum;
    final AtomicInteger count = new AtomicInteger(1);
    /**
     * {@code net->gen}: each subsystem's data, found by identity of its operations in a short
     * array (the kernel indexes {@code ng->ptr} by the id {@code register_pernet_subsys()} gave
     * the subsystem). No hashing: it behaves the same under a model checker, which gives objects
     * hash codes of its own. Replaced whole on every change, so readers need no lock.
     */
    private volatile Object[][] gen = new Object[0][];

    Net(Kernel kernel, String name, long inum) {
        super(kernel, "struct net \"" + name + "\"");
        this.name = name;
        this.inum = inum;
    }

    /** The namespace's name (the container's, or {@code init_net}). Not an access. */
    public String name() {
        return name;
    }

    /** {@code net->ns.inum}: the namespace's number, as {@code /proc/<pid>/ns/net} shows it. */
    public long inum() {
        kasanCheck("net->ns.inum");
        return inum;
    }

    /**
     * {@code net_generic(net, id)}: the data {@code ops}' init created for this namespace, or
     * {@code null} if {@code ops} is not registered.
     *
     * @throws dev.localio.linux.kernel.KasanUseAfterFree if the namespace was freed
     */
    @KernelSymbol(value = "net_generic()", file = "include/net/netns/generic.h")
    @SuppressWarnings("unchecked")
    public <T> T netGeneric(PernetOperations<T> ops) {
        kasanCheck("net_generic(net, " + ops.name() + "_id)");
        for (Object[] slot : gen) {
            if (slot[0] == ops) {
                return (T) slot[1];
            }
        }
        return null;
    }

    /** Sets {@code ops}' data; callers serialise (the namespaces' {@code pernet_ops_rwsem}). */
    void setGeneric(PernetOperations<?> ops, Object data) {
        Object[][] now = gen;
        for (int i = 0; i < now.length; i++) {
            if (now[i][0] == ops) {
                Object[][] next = now.clone();
                next[i] = new Object[] {ops, data};
                gen = next;
                return;
            }
        }
        Object[][] next = Arrays.copyOf(now, now.length + 1);
        next[now.length] = new Object[] {ops, data};
        gen = next;
    }

    /** Removes and returns {@code ops}' data; callers serialise as for {@link #setGeneric}. */
    Object removeGeneric(PernetOperations<?> ops) {
        Object[][] now = gen;
        for (int i = 0; i < now.length; i++) {
            if (now[i][0] == ops) {
                Object[][] next = new Object[now.length - 1][];
                System.arraycopy(now, 0, next, 0, i);
                System.arraycopy(now, i + 1, next, i, now.length - i - 1);
                gen = next;
                return now[i][1];
            }
        }
        return null;
    }

    /** {@code refcount_read(&net->ns.count)}: how many counted references there are. */
    public int refcount() {
        return count.get();
    }

    @Override
    public String toString() {
        return "net " + name + (isFreed() ? " (freed)" : "");
    }
}
