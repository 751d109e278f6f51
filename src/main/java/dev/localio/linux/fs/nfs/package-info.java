/**
 * fs/nfs as of v6.12 (design [A]), the client side of LOCALIO: the module and its
 * {@code localio_enabled} parameter ({@link dev.localio.linux.fs.nfs.NfsFs}), the per-server client
 * ({@link dev.localio.linux.fs.nfs.NfsClient}: {@code cl_rpcclient}, {@code cl_uuid},
 * {@code cl_nfssvc_boot}, {@code NFS_CS_LOCAL_IO}, and the functions of fs/nfs/localio.c), mounts
 * ({@link dev.localio.linux.fs.nfs.NfsServer}) and open files
 * ({@link dev.localio.linux.fs.nfs.NfsOpenContext}).
 *
 * <h2>What happens</h2>
 * A mount asks the server's mountd for the export's root handle (MNT), then
 * {@link dev.localio.linux.fs.nfs.NfsFs#nfsGetClient} finds the client for (address, version,
 * flavor, namespace) or makes one: it connects and, right away, probes ({@code nfs_local_probe()}):
 * nothing is sent when {@code localio_enabled} is N or the flavor is not AUTH_UNIX; otherwise a
 * fresh uuid goes on the host's list ({@code nfs_uuid_begin()}), the RPC client is cloned for
 * LOCALIO on the same connection ({@code rpc_bind_new_program()}, which pings NULL: a server without
 * the program answers PROG_UNAVAIL and nothing more is sent), UUID_IS_LOCAL carries the 16 bytes,
 * and the client is local only if the call succeeded and the server wrote {@code net} and
 * {@code dom} into the shared {@code nfs_uuid_t} — which only an nfsd of the same kernel can.
 *
 * <p>Every read, write and commit first calls {@code nfs_local_open_fh()} (no client-side file cache
 * in [A]): on success the client reads or writes the file nfsd opened (a write's reply carries the
 * client's own boot verifier; a commit syncs the file) and puts the file and its serv reference;
 * {@code -ENXIO} (the server's namespace or nfsd went away), {@code -ENOMEM} or {@code -ENOENT}
 * disables LOCALIO and probes again, and that IO goes over RPC; any other error sends that IO over RPC. Lookup, create and getattr always go
 * over RPC. Each IO reports the path it took ({@link dev.localio.linux.fs.nfs.NfsIo}); the host's trace
 * records probes, {@code nfs_local_enable}/{@code nfs_local_disable}, {@code nfs_local_open_fh},
 * local IO, fallbacks with their errno, and every RPC call and reply ({@link dev.localio.linux.fs.nfs.NfsTrace}).
 *
 * <p>pNFS flexible files ({@link dev.localio.linux.fs.nfs.FlexfileLayout}): on an NFSv4.1/4.2 mount, a
 * file's layout (LAYOUTGET, then GETDEVICEINFO, over NFSv4.1 COMPOUNDs) names a data server and the
 * file's NFSv3 handle there; the data server gets an {@code nfs_client} of its own through
 * {@code nfs_get_client()}, probed like any other and, as v6.12's {@code nfs4_ff_layout_prepare_ds()}
 * does, probed once more after its first connect, so the data path goes local exactly when the data
 * server is on the client's host. The layout is the same for every client.
 *
 * <p>The package reaches nfsd only through nfs_common's {@code nfs_to} table, as the kernel does.
 *
 * <p>Simplified against the kernel: no page cache, no readahead or write-back: each IO is one
 * synchronous request, as in [A]'s local path, and unstable writes are not resent when a verifier
 * changes (the verifier is reported, the caller decides); NFSv4.1 and 4.2 mounts are probed as in the
 * kernel but get their root handle with MNT and send NFSv3 procedures on the same connection
 * (no OPEN, no state, no sessions); (as in the kernel, an NFSv3 {@code nfs_client}'s own RPC client is
 * AUTH_UNIX whatever {@code sec=} says, an NFSv4 one krb5i when the host has a Kerberos machine
 * credential, and that flavor is what the probe checks; each mount sends with its own flavor); flexfiles keeps one layout segment per file and iomode until
 * unmount, uses the first mirror's first data server, tightly coupled (the user's own credential),
 * with no layout return, recall, error reporting or data-server commit; Kerberos users are sent as principals
 * with no ids, which nfsd
 * maps to the anonymous user (no idmapper); a commit syncs the whole file; creating a client holds the
 * module's client lock across its probe; a client transport re-asks rpcbind at every reconnect.
 *
 * <h2>Design [D], the newest mainline</h2>
 * A host built with {@code LocalioDesign.NEWEST} runs the newest mainline's fs/nfs/localio.c instead
 * (read from the newest stored fs/nfs_common/nfslocalio.c, fs/nfs/localio.c, fs/nfs/nfs3proc.c,
 * fs/nfs/nfs4state.c): no {@code NFS_CS_LOCAL_IO} (local means {@code cl_uuid.net} is set); the probe is
 * queued on {@code nfsiod} ({@code nfs_local_probe_async()}) and returns early for a client that is local
 * already; each open context caches the files nfsd opens ({@code ro_file}, {@code rw_file}), put when the
 * context closes ({@link dev.localio.linux.fs.nfs.NfsOpenContext#close()}) or the client is disabled; a
 * failed open with -ENOMEM, -ENXIO or -ENOENT still probes at once; NFSv3 re-probes after every N-th IO
 * over RPC ({@code nfs3_localio_probe_throttle}), NFSv4 after reclaiming its state. Simplified: the model
 * waits for a queued probe ({@code flush_work()}) before the mount goes on, where the kernel does not, so
 * that scenarios are deterministic; with no NFSv4 state, the model takes a new connection of an NFSv4
 * client's transport, seen after an IO, as the server reboot that {@code nfs4_do_reclaim()} follows;
 * the kernel keeps one {@code nfs_file_localio} per flexfiles mirror, the model uses the open
 * context's for data servers too.
 *
 * <p>[D]'s O_DIRECT path: a context opened with {@code O_DIRECT}
 * ({@link dev.localio.linux.fs.nfs.NfsOpenContext#O_DIRECT}) marks its IO {@code NFS_IOHDR_ODIRECT}
 * ({@code nfs_direct_pgio_init()}); a local IO so marked asks nfsd for the file's alignment
 * ({@code nfsd_file_dio_alignment()}; a read uses the read offset alignment) and, unless the filesystem
 * reported none or the request is shorter than one unit, is cut into a buffered head, a direct middle
 * (issued even when empty, as the kernel does) and a buffered tail ({@code nfs_local_iters_init()},
 * {@code nfs_is_local_dio_possible()}, {@code nfs_local_iters_setup_dio()}); a middle whose memory or
 * length is misaligned sends the whole request buffered; a write so cut goes with
 * {@code IOCB_DSYNC|IOCB_SYNC} on all its pieces, which share one {@code kiocb}, while the reply's
 * stability stays the one asked for. Each IO reports the pieces it was issued in
 * ({@link dev.localio.linux.fs.nfs.NfsLocalIter}). v6.12 issues every local IO as one buffered piece.
 * Simplified: the pieces run one after the other in the calling thread (the kernel completes a direct
 * middle or tail asynchronously, on {@code nfsiod}); the model's buffer is one contiguous array whose
 * memory address is {@code args.pgbase} plus the offset into the request (0 unless a test sets it), where
 * the kernel checks each page of the user's buffer; how direct IO itself is simulated is said in
 * {@link dev.localio.linux.fs}. Not modelled: the client's side of O_DIRECT before the local path
 * (fs/nfs/direct.c's request splitting, its own alignment rules).
 */
package dev.localio.linux.fs.nfs;
