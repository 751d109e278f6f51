package dev.localio.linux;

import dev.localio.linux.fs.nfs.NfsFs;
import dev.localio.linux.fs.nfs_common.NfsLocalio;
import dev.localio.linux.fs.nfsd.Nfsd;
import dev.localio.linux.kernel.Kernel;
import dev.localio.linux.net.NetNamespace;
import dev.localio.linux.net.sunrpc.Sunrpc;

/**
 * One kernel and the parts of it LOCALIO runs on, as a {@link Host} boots them: what the host hands
 * its containers and servers instead of itself. Two namespaces are on the same machine exactly when
 * they share these.
 *
 * <p>Not a kernel structure: the kernel image with its loaded modules.
 *
 * @param kernel     RCU, KASAN, the trace, the kernel's configuration
 * @param netns      the network namespaces, {@code init_net} among them (net/core/net_namespace.c)
 * @param sunrpc     the sunrpc module: per-namespace rpcbind and wire, the auth domains
 * @param nfsLocalio nfs_common's LOCALIO state: the uuid lists, {@code nfs_to}, the design
 * @param nfsd       the nfsd module
 * @param nfs        the NFS client module: {@code localio_enabled}, the clients and mounts of every namespace
 */
public record Subsystems(Kernel kernel, NetNamespace netns, Sunrpc sunrpc, NfsLocalio nfsLocalio, Nfsd nfsd,
        NfsFs nfs) {
}
