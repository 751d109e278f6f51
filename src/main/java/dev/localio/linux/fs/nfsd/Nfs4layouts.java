package dev.localio.linux.fs.nfsd;

import dev.localio.linux.net.sunrpc.xdr.FfDeviceAddr4;
import dev.localio.linux.net.sunrpc.xdr.FfLayout4;
import dev.localio.linux.net.sunrpc.xdr.Nfs3;
import dev.localio.linux.net.sunrpc.xdr.Nfs4;
import dev.localio.linux.net.sunrpc.xdr.NfsFh;
import dev.localio.linux.net.sunrpc.xdr.Stateid4;
import java.nio.ByteBuffer;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The flexible file layouts one namespace's nfsd hands out, as an administrator configured them:
 * for a file, the data server that holds its data (an address) and the file's handle there
 * (NFSv3). Every client that asks gets the same layout: the server does not know, and does not
 * try to know, where a client runs (localio.rst FAQ 5); the client's own LOCALIO handshake with
 * the data server decides whether its IO goes local. Device ids are numbered per data server
 * address. Thread-safe.
 *
 * <p>Models fs/nfsd/nfs4layouts.c and fs/nfsd/flexfilelayout.c: {@code nfsd4_ff_proc_layoutget()},
 * {@code nfsd4_ff_proc_getdeviceinfo()}, with a table in place of Linux nfsd's own choice (it
 * names itself as the data server); a metadata server pointing at other data servers is what
 * flexfiles deployments (e.g. Hammerspace's) do.
 */
public final class Nfs4layouts {

    /** The data servers' NFS port as the device address advertises it ({@code NFS_PORT}). */
    private static final int NFS_PORT = 2049;
    /** What a data server reads and writes per call, as the device address advertises it. */
    private static final int DS_RWSIZE = 1 << 20;

    /** The layout of one file: its data server and its handle there. */
    public record FfLayoutConfig(String dsAddress, NfsFh dsFh) {
    }

    private record FileKey(int fsid, long ino) {
    }

    private final Map<FileKey, FfLayoutConfig> layouts = new HashMap<>();
    private final Map<String, Integer> deviceIds = new HashMap<>();

    Nfs4layouts() {
    }

    /** Hands out {@code layout} for the file {@code inode} of the export with id {@code fsid}. */
    public synchronized void setLayout(int fsid, Inode inode, FfLayoutConfig layout) {
        layouts.put(new FileKey(fsid, inode.ino()), layout);
        deviceIds.computeIfAbsent(layout.dsAddress(), a -> deviceIds.size() + 1);
    }

    /** Forgets every layout (the service stopped; they are loaded again at the next start). */
    public synchronized void clear() {
        layouts.clear();
    }

    /**
     * {@code nfsd4_ff_proc_layoutget()}: the {@code ff_layout4} of the file, one mirror of one data
     * server (tightly coupled: the data server checks the user's own credential, so no synthetic
     * user or group), or {@code null} if the file has no layout.
     */
    synchronized FfLayout4 nfsd4FfProcLayoutget(int fsid, Inode inode) {
        FfLayoutConfig cfg = layouts.get(new FileKey(fsid, inode.ino()));
        if (cfg == null) {
            return null;
        }
        FfLayout4.FfDataServer4 ds = new FfLayout4.FfDataServer4(deviceid(deviceIds.get(cfg.dsAddress())), 1,
                Stateid4.ANONYMOUS, List.of(cfg.dsFh()), "", "");
        return new FfLayout4(0, List.of(List.of(ds)), 0, 0);
    }

    /**
     * {@code nfsd4_ff_proc_getdeviceinfo()}: the address of device {@code deviceid} (TCP, NFS port)
     * and the versions it speaks (NFSv3, tightly coupled), or {@code null} if the id is unknown.
     */
    synchronized FfDeviceAddr4 nfsd4FfProcGetdeviceinfo(byte[] deviceid) {
        for (Map.Entry<String, Integer> e : deviceIds.entrySet()) {
            if (ByteBuffer.wrap(deviceid(e.getValue())).equals(ByteBuffer.wrap(deviceid))) {
                return new FfDeviceAddr4(List.of(FfDeviceAddr4.Netaddr4.tcp(e.getKey(), NFS_PORT)),
                        List.of(new FfDeviceAddr4.FfDeviceVersions4(Nfs3.NFS3_VERSION, 0, DS_RWSIZE, DS_RWSIZE,
                                true)));
            }
        }
        return null;
    }

    private static byte[] deviceid(int n) {
        return ByteBuffer.allocate(Nfs4.NFS4_DEVICEID4_SIZE).putLong(0).putLong(n).array();
    }
}
