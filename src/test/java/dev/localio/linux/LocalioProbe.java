package dev.localio.linux;

import dev.localio.linux.fs.nfs_common.NfsUuid;
import dev.localio.linux.fs.nfsd.NfsdRqst;
import dev.localio.linux.net.sunrpc.SvcCred;
import java.net.InetAddress;

/**
 * Test helper for the unit tests of nfs_common and nfsd: a probe without the NFS client and without
 * RPC. It begins a probe on the client's host, hands UUID_IS_LOCAL's uuid to the server's nfsd as
 * its RPC procedure would (request from the loopback address, AUTH_UNIX), and ends the probe. The
 * real probe is {@code Localio.nfsLocalProbe()}, over the client's connection.
 */
public final class LocalioProbe {

    private LocalioProbe() {
    }

    /** The loopback address the model's requests come from. */
    public static InetAddress loopback() {
        return InetAddress.getLoopbackAddress();
    }

    /** A probe by a new client on {@code clientHost} against the nfsd of container {@code server}. */
    public static NfsUuid probe(Host clientHost, Container server) {
        NfsUuid uuid = clientHost.subsystems().nfsLocalio().nfsUuidInit();
        reprobe(uuid, server);
        return uuid;
    }

    /** A probe by a new client on {@code clientHost} against the host {@code server}'s own nfsd. */
    public static NfsUuid probe(Host clientHost, Host server) {
        NfsUuid uuid = clientHost.subsystems().nfsLocalio().nfsUuidInit();
        reprobe(uuid, server.subsystems(), server.hostNfsd());
        return uuid;
    }

    /** Probes container {@code server} again with an existing client uuid (what the client does after {@code -ENXIO}). */
    public static void reprobe(NfsUuid uuid, Container server) {
        reprobe(uuid, server.subsystems(), server.nfsd());
    }

    private static void reprobe(NfsUuid uuid, Subsystems serverKernel, NfsdInstance server) {
        uuid.nfsUuidInvalidateOneClient();
        if (!uuid.nfsUuidBegin()) {
            throw new IllegalStateException("probe already in flight");
        }
        NfsdRqst rqst = server.rqst(loopback(), SvcCred.authUnix(0, 0), false, 3);
        serverKernel.nfsd().localio().localioProcUuidIsLocal(rqst, uuid.uuid());
        uuid.nfsUuidEnd();
    }
}
