package dev.localio.linux.fs.nfs;

import dev.localio.linux.kernel.Cred;
import dev.localio.linux.kernel.ErrPtr;
import dev.localio.linux.kernel.Kernel;
import dev.localio.linux.kernel.KernelSymbol;
import dev.localio.linux.net.sunrpc.RpcAuthFlavor;
import dev.localio.linux.net.sunrpc.RpcClnt;
import dev.localio.linux.net.sunrpc.RpcStatus;
import dev.localio.linux.net.sunrpc.xdr.Compound4Args;
import dev.localio.linux.net.sunrpc.xdr.Compound4Res;
import dev.localio.linux.net.sunrpc.xdr.FfDeviceAddr4;
import dev.localio.linux.net.sunrpc.xdr.FfLayout4;
import dev.localio.linux.net.sunrpc.xdr.Nfs3;
import dev.localio.linux.net.sunrpc.xdr.Nfs4;
import dev.localio.linux.net.sunrpc.xdr.NfsFh;
import java.io.IOException;
import java.util.List;

/**
 * pNFS with the flexible file layout, on the client: a file's layout comes from the metadata server
 * (LAYOUTGET), its data server's address from GETDEVICEINFO, and the data server is reached through
 * an {@link NfsClient} of its own, found or made by {@link NfsFs#nfsGetClient} (NFSv3, AUTH_UNIX, the
 * mount's namespace) and therefore probed for LOCALIO like any other: a data server on the client's
 * host is local, whatever the metadata server is. The layout is the same whoever asks; locality is
 * the client's own discovery (localio.rst FAQ 4 and 5).
 *
 * <p>A data server is connected once ({@link Nfs4PnfsDs}, shared by every layout naming it), and
 * v6.12 probes its client twice then: {@code nfs_get_client()} probes the client it makes, and
 * {@code nfs4_ff_layout_prepare_ds()} probes again once the connect succeeded, whether the client is
 * new or not. A client the first probe made local is disabled and runs the handshake anew.
 *
 * <p>Models fs/nfs/pnfs.c: {@code pnfs_update_layout()} (LAYOUTGET, one segment per file and iomode,
 * kept until unmount); fs/nfs/flexfilelayout/flexfilelayout.c: {@code ff_layout_alloc_lseg()};
 * fs/nfs/flexfilelayout/flexfilelayoutdev.c: {@code nfs4_ff_alloc_deviceid_node()},
 * {@code nfs4_ff_layout_prepare_ds()}; fs/nfs/pnfs_nfs.c: {@code nfs4_pnfs_ds_connect()} (which sets
 * {@code ds_clp});
 * fs/nfs/nfs3client.c: {@code nfs3_set_ds_client()}. One mirror, one data server; no layout
 * return, recall or commit through the data server.
 */
final class FlexfileLayout {

    /** The most bytes of a layout or device address the client accepts. */
    private static final int MAXCOUNT = 4096;

    /**
     * One file's layout segment once its data server is connected: the data server (holding a
     * reference on it) and the file's handle there.
     */
    record Nfs4FfLayoutSegment(Nfs4PnfsDs ds, NfsFh dsFh) {

        /** {@code ds->ds_clp}: the data server's client. */
        NfsClient dsClp() {
            return ds.dsClp;
        }
    }

    private FlexfileLayout() {
    }

    /**
     * {@code pnfs_update_layout()} then {@code nfs4_ff_layout_prepare_ds()}: the segment for
     * {@code fh} with {@code iomode}, or {@code null} when the IO goes to the metadata server (no
     * layout, or no usable data server).
     */
    static Nfs4FfLayoutSegment pnfsUpdateLayout(NfsFs nfs, NfsServer server, Cred cred, NfsFh fh, int iomode) {
        Kernel kernel = nfs.kernel();
        NfsClient mds = server.nfsClient();
        RpcClnt clnt = mds.clRpcclient();
        int minor = server.ctx().minorversion();
        Compound4Res layoutget = compound(clnt, mds, cred, new Compound4Args("layoutget", minor, List.of(
                new Compound4Args.Putfh(fh), new Compound4Args.Layoutget(Nfs4.LAYOUT4_FLEX_FILES, iomode, 0,
                        Nfs4.NFS4_MAX_UINT64, 0, MAXCOUNT))));
        FfLayout4 layout = layoutget == null ? null : ffLayoutAllocLseg(layoutget);
        kernel.trace().event(new NfsTrace.PnfsUpdateLayout(mds.clId(), fh, iomode,
                layoutget == null ? null : layoutget.status(), layout != null));
        if (layout == null) {
            return null;
        }
        FfLayout4.FfDataServer4 ds = layout.mirrors().get(0).get(0);
        Compound4Res info = compound(clnt, mds, cred, new Compound4Args("getdeviceinfo", minor, List.of(
                new Compound4Args.Getdeviceinfo(ds.deviceid(), Nfs4.LAYOUT4_FLEX_FILES, MAXCOUNT))));
        FfDeviceAddr4 addr = info == null ? null : nfs4FfAllocDeviceidNode(info);
        if (addr == null) {
            kernel.trace().event(new NfsTrace.Nfs4FfLayoutPrepareDs(mds.clId(), fh, null, null, null, null));
            return null;
        }
        String dsAddress = addr.netaddrs().get(0).host();
        Nfs4PnfsDs pnfsDs = nfs.nfs4PnfsDsAdd(server.net(), dsAddress);
        ErrPtr<NfsClient> dsClp = nfs4FfLayoutPrepareDs(nfs, server, pnfsDs);
        kernel.trace().event(new NfsTrace.Nfs4FfLayoutPrepareDs(mds.clId(), fh, dsAddress, ds.fhVers().get(0),
                dsClp.isErr() ? dsClp.errno() : null, dsClp.isErr() ? null : dsClp.value().clId()));
        if (dsClp.isErr()) {
            nfs.nfs4PnfsDsPut(pnfsDs);
            return null;
        }
        return new Nfs4FfLayoutSegment(pnfsDs, ds.fhVers().get(0));
    }

    /**
     * {@code nfs4_ff_layout_prepare_ds()}: the data server's client, connecting it first if no layout
     * has yet ({@code nfs4_pnfs_ds_connect()}, under the data server's connecting bit). After a
     * connect, v6.12 probes the client for LOCALIO ({@code nfs_local_probe()}), which keeps it for RPC
     * either way: a client {@code nfs_get_client()} has just made and probed is probed a second time,
     * and if the first probe made it local, it is disabled and the handshake runs again. [D] queues
     * that probe on nfsiod ({@code nfs_local_probe_async()}), and it returns early for a local client.
     */
    @KernelSymbol(value = "nfs4_ff_layout_prepare_ds()", file = "fs/nfs/flexfilelayout/flexfilelayoutdev.c")
    private static ErrPtr<NfsClient> nfs4FfLayoutPrepareDs(NfsFs nfs, NfsServer server, Nfs4PnfsDs ds) {
        synchronized (ds) {
            if (ds.dsClp != null) {
                return ErrPtr.ptr(ds.dsClp);
            }
            ErrPtr<NfsClient> clp = nfs3SetDsClient(nfs, server, ds.dsRemotestr());
            if (clp.isErr()) {
                return clp;
            }
            ds.dsClp = clp.value();
            if (nfs.nfsLocalio().design().newest()) {
                Localio.nfsLocalProbeAsync(ds.dsClp); // [D]: returns early, the client is local already
            } else {
                Localio.nfsLocalProbe(ds.dsClp);
            }
            return clp;
        }
    }

    /** {@code ff_layout_alloc_lseg()}: the first flexible file layout of a LAYOUTGET reply, or null. */
    private static FfLayout4 ffLayoutAllocLseg(Compound4Res res) {
        if (res.status() != Nfs4.NFS4_OK || res.results().size() != 2
                || !(res.results().get(1) instanceof Compound4Res.LayoutgetRes lg) || lg.layouts().isEmpty()) {
            return null;
        }
        Compound4Res.Layout4 first = lg.layouts().get(0);
        if (first.type() != Nfs4.LAYOUT4_FLEX_FILES) {
            return null;
        }
        try {
            FfLayout4 layout = FfLayout4.decode(first.body());
            boolean usable = !layout.mirrors().isEmpty() && !layout.mirrors().get(0).isEmpty()
                    && !layout.mirrors().get(0).get(0).fhVers().isEmpty();
            return usable ? layout : null;
        } catch (IOException e) {
            return null;
        }
    }

    /**
     * {@code nfs4_ff_alloc_deviceid_node()}: the device's address, if it is reachable by TCP and speaks
     * NFSv3 (the only data server version the model's client uses), else null.
     */
    private static FfDeviceAddr4 nfs4FfAllocDeviceidNode(Compound4Res res) {
        if (res.status() != Nfs4.NFS4_OK || res.results().isEmpty()
                || !(res.results().get(0) instanceof Compound4Res.GetdeviceinfoRes gd)) {
            return null;
        }
        try {
            FfDeviceAddr4 addr = FfDeviceAddr4.decode(gd.addrBody());
            boolean tcp = addr.netaddrs().stream().anyMatch(a -> a.netid().equals("tcp"));
            boolean v3 = addr.versions().stream().anyMatch(v -> v.version() == Nfs3.NFS3_VERSION);
            return tcp && v3 ? addr : null;
        } catch (IOException e) {
            return null;
        }
    }

    /**
     * {@code nfs3_set_ds_client()}: the NFSv3 client of data server {@code dsAddress}, in the mount's
     * namespace, AUTH_UNIX. A new one is probed for LOCALIO at once ({@code nfs_get_client()}), like
     * every client.
     */
    private static ErrPtr<NfsClient> nfs3SetDsClient(NfsFs nfs, NfsServer server, String dsAddress) {
        return nfs.nfsGetClient(new NfsClientInitdata(dsAddress, server.net(), Nfs3.NFS3_VERSION, 0,
                RpcAuthFlavor.RPC_AUTH_UNIX, server.ctx().resvport()));
    }

    private static Compound4Res compound(RpcClnt clnt, NfsClient mds, Cred cred, Compound4Args args) {
        Compound4Res res = new Compound4Res();
        RpcStatus status = clnt.rpcCallSync(Nfs4.NFSPROC4_COMPOUND, args, res, mds.rpcauthLookupcred(cred));
        return status.isSuccess() ? res : null;
    }
}
