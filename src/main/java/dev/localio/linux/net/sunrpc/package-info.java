/**
 * ONC RPC (RFC 5531) over TCP on 127.0.0.1, as the Linux kernel's net/sunrpc provides it to nfsd and the
 * NFS client: real records on real sockets, encoded with oncrpc4j's XDR, so that LOCALIO's handshake is an
 * RPC on the wire and not a method call. This package knows no NFS: programs, versions and procedures are
 * numbers, arguments and results are {@link org.dcache.oncrpc4j.xdr.XdrAble} objects. The NFSv3 and
 * LOCALIO wire types live one level up, in {@link dev.localio.linux.net.sunrpc.xdr}.
 *
 * <h2>Serving a program</h2>
 * A server ({@link dev.localio.linux.net.sunrpc.SvcServ}, {@code struct svc_serv}) hosts
 * {@link dev.localio.linux.net.sunrpc.SvcProgram}s, each with {@link dev.localio.linux.net.sunrpc.SvcVersion}s
 * of {@link dev.localio.linux.net.sunrpc.SvcProcedure}s. A procedure names the type its arguments decode into
 * and a function from the request ({@link dev.localio.linux.net.sunrpc.SvcRqst}) and the arguments to the
 * results. A version may be hidden ({@code vs_hidden}): served, but not registered with rpcbind.
 * <pre>{@code
 * SvcProgram localio = new SvcProgram(NFS_LOCALIO_PROGRAM, "nfslocalio", List.of(
 *         new SvcVersion(LOCALIO_V1, true, List.of(
 *                 SvcProcedure.procNull(),
 *                 new SvcProcedure<>(LOCALIOPROC_UUID_IS_LOCAL, "UUID_IS_LOCAL", LocalioUuidArg::new,
 *                         (rqstp, arg) -> { isLocal(arg.uuid(), rqstp.rqClient()); return XdrVoid.XDR_VOID; })))),
 *         rqstp -> { rqstp.setRqClient(domainOf(rqstp)); return SvcAuthStatus.SVC_OK; });
 * SvcServ serv = SvcServ.svcCreate(kernel, List.of(nfs, localio), SvcServ.RPCSVC_MAXPAYLOAD);
 * int port = SvcXprt.svcXprtCreate(serv, rpcbind); // 127.0.0.1, ephemeral port; NFS registered, LOCALIO not
 * ...
 * serv.svcDestroy();                               // port free, rpcbind cleared, every thread ended
 * }</pre>
 * The request carries what nfsd needs: program, version, procedure, the decoded credential
 * ({@link dev.localio.linux.net.sunrpc.SvcCred}: flavor, uid, gid, groups, machine name, GSS principal), the
 * caller's address, the connection ({@link dev.localio.linux.net.sunrpc.SvcXprt}, the same object for
 * every call on one TCP connection), and the {@code rq_client} slot that the program's
 * {@link dev.localio.linux.net.sunrpc.SvcProgram.PgAuthenticate} hook fills with an
 * {@link dev.localio.linux.net.sunrpc.AuthDomain}, handing one reference to the request; the server drops
 * it when the call is done ({@code svc_authorise()}). The hook may refuse a caller with an auth_stat
 * (AUTH_TOOWEAK for a flavor it does not accept).
 *
 * <h2>Lifetimes</h2>
 * The objects LOCALIO's interlock touches live in a {@link dev.localio.linux.kernel.Kernel} and are
 * KASAN-tracked: an {@link dev.localio.linux.net.sunrpc.AuthDomain} is counted with the kernel's
 * {@link dev.localio.linux.kernel.Kref} (a client that negotiated LOCALIO holds one on the server's
 * {@code rq_client}), {@link dev.localio.linux.net.sunrpc.AuthDomainTable} is the kernel's table of domains by name,
 * and a {@link dev.localio.linux.net.sunrpc.SvcServ} ({@code nn->nfsd_serv}) is freed by
 * {@code svcDestroy}, so code that follows a stale pointer to it gets a use-after-free report. nfsd tears a
 * server down in the kernel's steps: {@code SvcXprt.svcXprtDestroyAll} (port free, callers reset),
 * {@code svcRpcbCleanup}, then {@code svcDestroy} (threads ended, structure freed).
 *
 * <p>Wrong calls get what a kernel server answers, checked in the kernel's order (the server's
 * {@code svcProcessCommon}). A record larger than {@code sv_max_mesg} or too short for a call header
 * closes its connection; the server goes on.
 *
 * <h2>Calling a program</h2>
 * <pre>{@code
 * RpcClnt nfs = RpcClnt.rpcCreate(serverAddress, NFS_RPC_PROGRAM, 3,
 *         RpcAuth.authUnix(1000, 1000, new int[0], "client")).value();   // one TCP connection
 * Getattr3Res res = new Getattr3Res();
 * RpcStatus status = nfs.rpcCallSync(NFS3PROC_GETATTR, new Getattr3Args(fh), res);
 * RpcResult<RpcClnt> clone = nfs.rpcBindNewProgram(NFSLOCALIO_RPC_PROGRAM, LOCALIO_V1); // same connection,
 * if (!clone.isErr()) {                                                               // NULL ping, no rpcbind
 *     status = clone.value().rpcCallSync(LOCALIOPROC_UUID_IS_LOCAL, new LocalioUuidArg(uuid), new XdrVoid());
 *     clone.value().rpcShutdownClient();   // the connection stays open for nfs
 * }
 * }</pre>
 * {@link dev.localio.linux.net.sunrpc.RpcClnt#rpcCallSync} never throws for an RPC failure: it returns an
 * {@link dev.localio.linux.net.sunrpc.RpcStatus} (success, accept_stat, reject_stat with auth_stat, or a
 * transport error such as ECONNREFUSED or ETIMEDOUT), whose {@code tkStatus()} is the kernel's return value.
 * Any number of threads may call one client; a clone and its parent share the connection, which closes
 * when the last of them is shut down, and reconnects to the same address after the server restarts.
 *
 * <h2>Credentials</h2>
 * {@link dev.localio.linux.net.sunrpc.RpcAuth}: AUTH_NULL, AUTH_UNIX, and RPCSEC_GSS with the Kerberos
 * pseudoflavors krb5, krb5i, krb5p ({@link dev.localio.linux.net.sunrpc.RpcAuthFlavor}). GSS is modelled by
 * flavor alone: the call carries a real RPCSEC_GSS version 1 DATA credential with the chosen service and the
 * principal in its context handle, so the server sees flavor 6 and the service; there is no Kerberos, no
 * context negotiation, no checksum, and krb5i/krb5p bodies travel unwrapped.
 *
 * <h2>Namespaces and the model's network</h2>
 * The sunrpc module ({@link dev.localio.linux.net.sunrpc.Sunrpc}) keeps per-namespace state
 * ({@link dev.localio.linux.net.sunrpc.SunrpcNet}, {@code struct sunrpc_net}): the namespace's
 * {@link dev.localio.linux.net.sunrpc.Rpcbind} and its {@link dev.localio.linux.net.sunrpc.Wire}. Every
 * socket is on 127.0.0.1, so the model's addresses live in the wire (not a kernel structure: routing and
 * NAT): a client asks it for an {@link dev.localio.linux.net.sunrpc.XprtRoute} to an address, and a transport
 * created through a route asks the route's rpcbind for its port at every connect (autobind; the model's
 * servers come back on new ports) and reports each connection, so that a server, through its own wire,
 * sees the caller's address as its namespace would ({@link dev.localio.linux.net.sunrpc.SvcRqst#rqAddr()}).
 *
 * <h2>Observing</h2>
 * {@link dev.localio.linux.net.sunrpc.RpcIostats} counts calls per (program, version, procedure), the real
 * bytes of call and reply records, and replies per outcome: one per client, one per connection (all clients
 * on it), one per server, like /proc/net/rpc/{nfs,nfsd}. "No UUID_IS_LOCAL was sent" is
 * {@code calls(400122, 1, 1) == 0}. {@link dev.localio.linux.net.sunrpc.RpcTraceListener}s receive every call
 * and reply with its header, flavor, addresses and size, for an upper layer's own trace.
 * {@link dev.localio.linux.net.sunrpc.Rpcbind} is the rpcbind of one network namespace as a table, with a
 * count of lookups.
 *
 * <h2>Threads</h2>
 * A server runs one Grizzly selector thread and a small pool of server threads (two unless
 * {@code svcSetNumThreads}), all named after the server and all ended by {@code svcDestroy}. A client
 * connection runs one receive thread, ended when the connection closes. Nothing is static: servers and
 * clients of many model hosts coexist in one JVM.
 *
 * <h2>Where the model is simpler than the kernel</h2>
 * TCP only, one listener per server; the client connects at {@code rpcCreate} rather than at the first call,
 * sends a call again only once after its connection was reset, and fails a refused connect at once (the
 * kernel tries again after a delay, until a soft mount's timeout or, on a hard mount, for ever), and
 * otherwise behaves as a soft mount (a call without a reply fails with ETIMEDOUT after the client's
 * timeout); no privileged source ports; no duplicate reply cache; reply verifiers are not checked; a
 * procedure that throws is answered with SYSTEM_ERR (the kernel would oops and answer nothing).
 * No ip_map cache and no upcall to rpc.mountd: the program hook asks the export table directly. Asking a
 * server for zero threads only records the number; its threads end with {@code svcDestroy}.
 *
 * <p>Models net/sunrpc: clnt.c, xprt.c, xprtsock.c, svc.c, svc_xprt.c, svcsock.c, svcauth.c,
 * svcauth_unix.c, auth_null.c, auth_unix.c, auth_gss/, rpcb_clnt.c, stats.c.
 */
package dev.localio.linux.net.sunrpc;
