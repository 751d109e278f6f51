package dev.localio.linux.net;

import dev.localio.linux.kernel.KasanObject;
import dev.localio.linux.kernel.Kernel;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A network namespace: the per-namespace data of every subsystem ({@code net_generic()}), a
 * counted lifetime, and KASAN tracking, so a pointer kept past {@code cleanup_net()} (as
 * LOCALIO's uncounted {@code nfs_uuid_t.net} can be) reports a use-after-free when followed.
 *
 * <p>Models include/net/net_namespace.h and include/net/netns/generic.h: {@code struct net},
 * {@code net_generic()}, {@code ns.count}.
 */
public final class Net extends KasanObject {

    private final String name;
    private final long inum;
    final AtomicInteger count = new AtomicInteger(1);
    private final ConcurrentHashMap<PernetOperations<?>, Object> gen = new ConcurrentHashMap<>();

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
    @SuppressWarnings("unchecked")
    public <T> T netGeneric(PernetOperations<T> ops) {
        kasanCheck("net_generic(net, " + ops.name() + "_id)");
        return (T) gen.get(ops);
    }

    void setGeneric(PernetOperations<?> ops, Object data) {
        gen.put(ops, data);
    }

    Object removeGeneric(PernetOperations<?> ops) {
        return gen.remove(ops);
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
