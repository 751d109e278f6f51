package dev.localio.linux.net.sunrpc;

import dev.localio.linux.kernel.Kernel;
import dev.localio.linux.net.sunrpc.xdr.Fattr3;
import dev.localio.linux.net.sunrpc.xdr.Ftype3;
import dev.localio.linux.net.sunrpc.xdr.Getattr3Args;
import dev.localio.linux.net.sunrpc.xdr.Getattr3Res;
import dev.localio.linux.net.sunrpc.xdr.LocalioUuidArg;
import dev.localio.linux.net.sunrpc.xdr.Nfs;
import dev.localio.linux.net.sunrpc.xdr.Nfs3;
import dev.localio.linux.net.sunrpc.xdr.Nfsstat3;
import dev.localio.linux.net.sunrpc.xdr.Nfstime3;
import dev.localio.linux.net.sunrpc.xdr.StableHow;
import dev.localio.linux.net.sunrpc.xdr.WccData;
import dev.localio.linux.net.sunrpc.xdr.Write3Args;
import dev.localio.linux.net.sunrpc.xdr.Write3Res;
import org.dcache.oncrpc4j.xdr.XdrVoid;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.List;
import java.util.Queue;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArraySet;

/**
 * A small nfsd-like server for the sunrpc tests: NFS versions 3 and 4 (registered with rpcbind) and
 * LOCALIO version 1 (hidden), on 127.0.0.1, in a kernel of its own (for KASAN and the auth domain's
 * kref), with clients that are all shut down by {@link #close()}
 * (tests hold it in an {@code @AutoClose} field).
 * Every request that reaches a procedure is kept in {@link #served}.
 */
final class SunrpcFixture implements AutoCloseable {

    static final Fattr3 ATTRS = new Fattr3(Ftype3.NF3REG, 0644, 1, 1000, 1000, 4096, 4096, 0, 0, 7, 42,
            new Nfstime3(1, 0), new Nfstime3(2, 0), new Nfstime3(3, 0));
    static final int NFS4_VERSION = 4;
    static final long WRITE_VERF = 0x5eed_0000_0000_0001L;

    final Kernel kernel = new Kernel("sunrpc-test");
    final Rpcbind rpcbind = new Rpcbind();
    final AuthDomain domain = new AuthDomainTable(kernel).unixDomainFind("127.0.0.1");
    final Queue<SvcRqst> served = new ConcurrentLinkedQueue<>();
    final Queue<UUID> uuids = new ConcurrentLinkedQueue<>();
    /** Flavors the NFS program refuses with AUTH_TOOWEAK. */
    final Set<RpcAuthFlavor> tooWeak = new CopyOnWriteArraySet<>();
    final SvcServ serv;
    final InetSocketAddress address;
    private final Queue<RpcClnt> clients = new ConcurrentLinkedQueue<>();

    SunrpcFixture() {
        serv = SvcServ.svcCreate(kernel, List.of(nfsProgram(), localioProgram()), SvcServ.RPCSVC_MAXPAYLOAD);
        try {
            address = new InetSocketAddress("127.0.0.1", SvcXprt.svcXprtCreate(serv, rpcbind));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private SvcProgram nfsProgram() {
        SvcVersion v3 = new SvcVersion(Nfs3.NFS3_VERSION, false, List.of(
                served(SvcProcedure.procNull()),
                new SvcProcedure<>(Nfs3.NFS3PROC_GETATTR, "GETATTR", Getattr3Args::new, (rqstp, argp) -> {
                    served.add(rqstp);
                    return argp.object().size() == 0 ? Getattr3Res.fail(Nfsstat3.NFS3ERR_BADHANDLE)
                            : Getattr3Res.ok(ATTRS);
                }),
                new SvcProcedure<>(Nfs3.NFS3PROC_WRITE, "WRITE", Write3Args::new, (rqstp, argp) -> {
                    served.add(rqstp);
                    return Write3Res.ok(WccData.NONE, argp.count(), StableHow.NFS_FILE_SYNC, WRITE_VERF);
                })));
        SvcVersion v4 = new SvcVersion(NFS4_VERSION, false, List.of(served(SvcProcedure.procNull())));
        return new SvcProgram(Nfs.NFS_PROGRAM, "nfsd", List.of(v3, v4), rqstp -> {
            if (tooWeak.contains(rqstp.rqCred().crFlavor())) {
                rqstp.setRqAuthStat(RpcAuthStat.RPC_AUTH_TOOWEAK);
                return SvcAuthStatus.SVC_DENIED;
            }
            domain.ref().krefGet(); // the request's reference, dropped by svc_authorise()
            rqstp.setRqClient(domain);
            return SvcAuthStatus.SVC_OK;
        });
    }

    private SvcProgram localioProgram() {
        SvcVersion v1 = new SvcVersion(Nfs.LOCALIO_V1, true, List.of(
                served(SvcProcedure.procNull()),
                new SvcProcedure<>(Nfs.LOCALIOPROC_UUID_IS_LOCAL, "UUID_IS_LOCAL", LocalioUuidArg::new,
                        (rqstp, argp) -> {
                            served.add(rqstp);
                            uuids.add(argp.uuid());
                            return XdrVoid.XDR_VOID;
                        })));
        return new SvcProgram(Nfs.NFS_LOCALIO_PROGRAM, "nfslocalio", List.of(v1), rqstp -> {
            domain.ref().krefGet(); // the request's reference, dropped by svc_authorise()
            rqstp.setRqClient(domain);
            return SvcAuthStatus.SVC_OK;
        });
    }

    /** {@code procedure} with every request it serves kept in {@link #served}. */
    private SvcProcedure<XdrVoid> served(SvcProcedure<XdrVoid> procedure) {
        return new SvcProcedure<>(procedure.pcProc(), procedure.pcName(), procedure.pcArgp(), (rqstp, argp) -> {
            served.add(rqstp);
            return procedure.pcFunc().pcFunc(rqstp, argp);
        });
    }

    static RpcAuth unix() {
        return RpcAuth.authUnix(1000, 100, new int[] {10, 20}, "client.example");
    }

    /** An NFSv3 client with {@code auth}, shut down by {@link #close()}. */
    RpcClnt nfsClient(RpcAuth auth) {
        return client(RpcCreateArgs.of(address, Nfs.NFS_RPC_PROGRAM, Nfs3.NFS3_VERSION, auth));
    }

    /** A client made from {@code args}, shut down by {@link #close()}. */
    RpcClnt client(RpcCreateArgs args) {
        return track(RpcClnt.rpcCreate(args.withTimeout(Duration.ofSeconds(5))).value());
    }

    /** Shuts {@code clnt} down with the fixture. */
    RpcClnt track(RpcClnt clnt) {
        clients.add(clnt);
        return clnt;
    }

    @Override
    public void close() {
        clients.forEach(RpcClnt::rpcShutdownClient);
        serv.svcDestroy();
        kernel.close();
    }
}
