package dev.localio.linux.net.sunrpc;

import dev.localio.linux.kernel.ErrPtr;
import dev.localio.linux.kernel.Kernel;
import dev.localio.linux.net.Net;
import dev.localio.linux.net.NetNamespace;
import dev.localio.linux.net.PernetOperations;

/**
 * The sunrpc module of one kernel: loading it registers its per-namespace state
 * ({@link SunrpcNet}) and makes the table of auth domains ({@link AuthDomainTable}).
 *
 * <p>Models net/sunrpc/sunrpc_syms.c: {@code init_sunrpc()}, {@code sunrpc_net_ops},
 * {@code sunrpc_net_id} ({@code net_generic(net, sunrpc_net_id)}).
 */
public final class Sunrpc {

    private final Kernel kernel;
    private final AuthDomainTable svcauth;
    private final PernetOperations<SunrpcNet> sunrpcNetOps;

    /** {@code init_sunrpc()}: registers {@code sunrpc_net_ops} with {@code netns}. */
    public Sunrpc(Kernel kernel, NetNamespace netns) {
        this.kernel = kernel;
        this.svcauth = new AuthDomainTable(kernel);
        this.sunrpcNetOps = new PernetOperations<>() {
            @Override
            public String name() {
                return "sunrpc_net";
            }

            @Override
            public ErrPtr<SunrpcNet> init(Net net) {
                return ErrPtr.ptr(new SunrpcNet(kernel, net));
            }
        };
        netns.registerPernetSubsys(sunrpcNetOps).value();
    }

    /** {@code net_generic(net, sunrpc_net_id)}: sunrpc's state in {@code net}. */
    public SunrpcNet sunrpcNet(Net net) {
        return net.netGeneric(sunrpcNetOps);
    }

    /** The kernel's auth domains. */
    public AuthDomainTable authDomainTable() {
        return svcauth;
    }

    /** The kernel this module runs in. */
    public Kernel kernel() {
        return kernel;
    }
}
