package dev.localio.linux.fs.nfsd;

import dev.localio.linux.fs.File;
import dev.localio.linux.kernel.Cred;
import dev.localio.linux.net.Net;
import dev.localio.linux.net.sunrpc.SvcProcedure;
import dev.localio.linux.net.sunrpc.SvcVersion;
import dev.localio.linux.net.sunrpc.xdr.Commit3Args;
import dev.localio.linux.net.sunrpc.xdr.Commit3Res;
import dev.localio.linux.net.sunrpc.xdr.Create3Args;
import dev.localio.linux.net.sunrpc.xdr.Create3Res;
import dev.localio.linux.net.sunrpc.xdr.Createmode3;
import dev.localio.linux.net.sunrpc.xdr.Getattr3Args;
import dev.localio.linux.net.sunrpc.xdr.Getattr3Res;
import dev.localio.linux.net.sunrpc.xdr.Lookup3Args;
import dev.localio.linux.net.sunrpc.xdr.Lookup3Res;
import dev.localio.linux.net.sunrpc.xdr.Nfs3;
import dev.localio.linux.net.sunrpc.xdr.NfsFh;
import dev.localio.linux.net.sunrpc.xdr.Read3Args;
import dev.localio.linux.net.sunrpc.xdr.Read3Res;
import dev.localio.linux.net.sunrpc.xdr.Sattr3;
import dev.localio.linux.net.sunrpc.xdr.Setattr3Args;
import dev.localio.linux.net.sunrpc.xdr.Setattr3Res;
import dev.localio.linux.net.sunrpc.xdr.StableHow;
import dev.localio.linux.net.sunrpc.xdr.WccData;
import dev.localio.linux.net.sunrpc.xdr.Write3Args;
import dev.localio.linux.net.sunrpc.xdr.Write3Res;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The NFSv3 procedures the model serves, as plain methods on decoded arguments: GETATTR, SETATTR,
 * LOOKUP, READ, WRITE, CREATE and COMMIT. Each checks its handles with {@code fh_verify()} under
 * the request's credential (so squashing and permissions apply as for LOCALIO), and returns the
 * status and the result; {@link #nfsdVersion3} is the RPC version that decodes calls into them and
 * encodes their results.
 *
 * <p>Models fs/nfsd/nfs3proc.c: {@code nfsd3_proc_getattr()}, {@code nfsd3_proc_setattr()},
 * {@code nfsd3_proc_lookup()}, {@code nfsd3_proc_read()}, {@code nfsd3_proc_write()},
 * {@code nfsd3_proc_create()}, {@code nfsd3_proc_commit()}, {@code nfsd_procedures3},
 * {@code nfsd_version3}; fs/nfsd/vfs.c: {@code nfsd_read()},
 * {@code nfsd_vfs_write()}, {@code nfsd_commit()}; fs/nfsd/xdr3.h's result structs.
 */
public final class Nfs3proc {

    /** The largest READ or WRITE the model serves ({@code nfsd_max_blksize}). */
    public static final int NFSSVC_MAXBLKSIZE = 1 << 20;

    /** {@code struct fattr3} (the fields the model keeps). */
    public record Fattr3(int type, int mode, int uid, int gid, long size, int fsid, long fileid) {
    }

    /** {@code struct nfsd3_attrstat}: GETATTR's and SETATTR's result. */
    public record Nfsd3Attrstat(Nfserr status, Fattr3 attr) {
    }

    /** {@code struct nfsd3_diropres}: LOOKUP's and CREATE's result. */
    public record Nfsd3Diropres(Nfserr status, NfsFh fh, Fattr3 attr) {
    }

    /** {@code struct nfsd3_readres}. */
    public record Nfsd3Readres(Nfserr status, Fattr3 attr, int count, boolean eof, byte[] data) {
    }

    /** {@code struct nfsd3_writeres}: {@code verf} is the server's write verifier. */
    public record Nfsd3Writeres(Nfserr status, int count, StableHow committed, byte[] verf) {
    }

    /** {@code struct nfsd3_commitres}. */
    public record Nfsd3Commitres(Nfserr status, byte[] verf) {
    }

    /** {@code struct iattr}: what SETATTR changes; {@code null} leaves a field alone. */
    public record Iattr(Integer mode, Integer uid, Integer gid, Long size) {
    }

    private final Nfsd nfsd;

    Nfs3proc(Nfsd nfsd) {
        this.nfsd = nfsd;
    }

    /** {@code nfsd3_proc_getattr()}. */
    public Nfsd3Attrstat nfsd3ProcGetattr(NfsdRqst rqstp, NfsFh fh) {
        SvcFh fhp = new SvcFh(fh);
        Nfserr status = nfsd.nfsfh().fhVerify(rqstp, fhp, 0,
                Vfs.NFSD_MAY_NOP | Vfs.NFSD_MAY_BYPASS_GSS_ON_ROOT);
        return count("GETATTR", new Nfsd3Attrstat(status, status.ok() ? fattr(fhp) : null));
    }

    /** {@code nfsd3_proc_setattr()}: chown needs uid 0; chmod the owner or uid 0. */
    public Nfsd3Attrstat nfsd3ProcSetattr(NfsdRqst rqstp, NfsFh fh, Iattr iap) {
        SvcFh fhp = new SvcFh(fh);
        int access = Vfs.NFSD_MAY_SATTR | (iap.size() != null ? Vfs.NFSD_MAY_TRUNC | Vfs.NFSD_MAY_WRITE : 0);
        Nfserr status = nfsd.nfsfh().fhVerify(rqstp, fhp, 0, access);
        if (status.ok()) {
            status = nfsdSetattr(fhp, iap);
        }
        return count("SETATTR", new Nfsd3Attrstat(status, status.ok() ? fattr(fhp) : null));
    }

    private Nfserr nfsdSetattr(SvcFh fhp, Iattr iap) {
        Inode inode = fhp.fhDentry();
        Cred cur = fhp.fhCred();
        boolean root = cur.fsuid() == Cred.ROOT;
        if ((iap.uid() != null || iap.gid() != null) && !root) {
            return Nfserr.NFSERR_PERM;
        }
        if (iap.mode() != null && !root && cur.fsuid() != inode.uid()) {
            return Nfserr.NFSERR_PERM;
        }
        if (iap.size() != null) {
            try (FileChannel fc = FileChannel.open(realPath(fhp), StandardOpenOption.WRITE)) {
                long now = fc.size();
                if (iap.size() < now) {
                    fc.truncate(iap.size());
                } else if (iap.size() > now) {
                    fc.write(ByteBuffer.wrap(new byte[1]), iap.size() - 1);
                }
            } catch (IOException e) {
                return Nfserr.NFSERR_IO;
            }
        }
        if (iap.uid() != null || iap.gid() != null) {
            inode.setOwner(iap.uid() != null ? iap.uid() : inode.uid(),
                    iap.gid() != null ? iap.gid() : inode.gid());
        }
        if (iap.mode() != null) {
            inode.setPermissions(iap.mode());
        }
        return Nfserr.NFS_OK;
    }

    /** {@code nfsd3_proc_lookup()}: needs search (exec) permission on the directory. */
    public Nfsd3Diropres nfsd3ProcLookup(NfsdRqst rqstp, NfsFh dirFh, String name) {
        SvcFh dir = new SvcFh(dirFh);
        Nfserr status = nfsd.nfsfh().fhVerify(rqstp, dir, Inode.S_IFDIR, Vfs.NFSD_MAY_EXEC);
        if (!status.ok()) {
            return count("LOOKUP", new Nfsd3Diropres(status, null, null));
        }
        Inode child = dir.fhExport().exPath().lookup(dir.fhDentry(), name);
        if (child == null) {
            return count("LOOKUP", new Nfsd3Diropres(Nfserr.NFSERR_NOENT, null, null));
        }
        NfsFh fh = NfsdFh.fhCompose(dir.fhExport(), child);
        return count("LOOKUP", new Nfsd3Diropres(Nfserr.NFS_OK, fh, fattr(dir.fhExport(), child)));
    }

    /**
     * {@code nfsd3_proc_create()}: a new regular file owned by the (squashed) caller; needs write
     * and search permission on the directory. {@code guarded} refuses an existing name; otherwise
     * (UNCHECKED) an existing file is returned as it is.
     */
    public Nfsd3Diropres nfsd3ProcCreate(NfsdRqst rqstp, NfsFh dirFh, String name, int perm,
            boolean guarded) {
        SvcFh dir = new SvcFh(dirFh);
        Nfserr status = nfsd.nfsfh().fhVerify(rqstp, dir, Inode.S_IFDIR,
                Vfs.NFSD_MAY_EXEC | Vfs.NFSD_MAY_WRITE);
        if (!status.ok()) {
            return count("CREATE", new Nfsd3Diropres(status, null, null));
        }
        InodeTable tree = dir.fhExport().exPath();
        Cred cur = dir.fhCred();
        Inode child = tree.create(dir.fhDentry(), name, Inode.S_IFREG | (perm & 07777), cur.fsuid(), cur.fsgid());
        if (child == null) {
            Inode existing = tree.lookup(dir.fhDentry(), name);
            if (guarded || !existing.isReg()) {
                return count("CREATE", new Nfsd3Diropres(Nfserr.NFSERR_EXIST, null, null));
            }
            child = existing;
        }
        NfsFh fh = NfsdFh.fhCompose(dir.fhExport(), child);
        return count("CREATE", new Nfsd3Diropres(Nfserr.NFS_OK, fh, fattr(dir.fhExport(), child)));
    }

    /** {@code nfsd3_proc_read()}: up to {@code count} bytes at {@code offset}; EOF as the VFS says. */
    public Nfsd3Readres nfsd3ProcRead(NfsdRqst rqstp, NfsFh fh, long offset, int count) {
        SvcFh fhp = new SvcFh(fh);
        AtomicReference<NfsdFile> pnf = new AtomicReference<>();
        Nfserr status = nfsd.filecache().nfsdFileAcquire(rqstp, fhp, Vfs.NFSD_MAY_READ, pnf);
        if (!status.ok()) {
            return count("READ", new Nfsd3Readres(status, null, 0, false, new byte[0]));
        }
        NfsdFile nf = pnf.get();
        try {
            File file = nf.nfFile();
            ByteBuffer buf = ByteBuffer.allocate(Math.min(Math.max(count, 0), NFSSVC_MAXBLKSIZE));
            int got = file.vfsIterRead(buf, offset);
            boolean eof = offset + got >= file.iSizeRead();
            nfsd.kernel().trace().counter("nfsd_read_bytes").addAndGet(got);
            return count("READ", new Nfsd3Readres(Nfserr.NFS_OK, fattr(fhp), got, eof,
                    Arrays.copyOf(buf.array(), got)));
        } catch (IOException e) {
            return count("READ", new Nfsd3Readres(Nfserr.NFSERR_IO, null, 0, false, new byte[0]));
        } finally {
            nfsd.filecache().nfsdFilePut(nf);
        }
    }

    /**
     * {@code nfsd3_proc_write()}: writes {@code data} at {@code offset}, then syncs the data
     * ({@code NFS_DATA_SYNC}) or data and metadata ({@code NFS_FILE_SYNC}) as asked; the reply
     * carries what was done and the server's write verifier.
     */
    public Nfsd3Writeres nfsd3ProcWrite(NfsdRqst rqstp, NfsFh fh, long offset, StableHow stable,
            byte[] data) {
        SvcFh fhp = new SvcFh(fh);
        byte[] verf = nfsd.nfsdNet(rqstp.net()).nfsdCopyWriteVerifier();
        AtomicReference<NfsdFile> pnf = new AtomicReference<>();
        Nfserr status = nfsd.filecache().nfsdFileAcquire(rqstp, fhp, Vfs.NFSD_MAY_WRITE, pnf);
        if (!status.ok()) {
            return count("WRITE", new Nfsd3Writeres(status, 0, stable, verf));
        }
        NfsdFile nf = pnf.get();
        try {
            int flags = switch (stable) {
                case NFS_UNSTABLE -> 0;
                case NFS_DATA_SYNC -> File.IOCB_DSYNC;
                case NFS_FILE_SYNC -> File.IOCB_DSYNC | File.IOCB_SYNC;
            };
            nf.nfFile().vfsIterWrite(ByteBuffer.wrap(data), offset, flags);
            nfsd.kernel().trace().counter("nfsd_write_bytes").addAndGet(data.length);
            return count("WRITE", new Nfsd3Writeres(Nfserr.NFS_OK, data.length, stable, verf));
        } catch (IOException e) {
            nfsd.nfsdNet(rqstp.net()).nfsdResetWriteVerifier();
            return count("WRITE", new Nfsd3Writeres(Nfserr.NFSERR_IO, 0, stable, verf));
        } finally {
            nfsd.filecache().nfsdFilePut(nf);
        }
    }

    /** {@code nfsd3_proc_commit()}: makes earlier unstable writes durable; returns the verifier. */
    public Nfsd3Commitres nfsd3ProcCommit(NfsdRqst rqstp, NfsFh fh, long offset, int count) {
        SvcFh fhp = new SvcFh(fh);
        byte[] verf = nfsd.nfsdNet(rqstp.net()).nfsdCopyWriteVerifier();
        AtomicReference<NfsdFile> pnf = new AtomicReference<>();
        Nfserr status = nfsd.filecache().nfsdFileAcquire(rqstp, fhp,
                Vfs.NFSD_MAY_WRITE | Vfs.NFSD_MAY_NOT_BREAK_LEASE, pnf);
        if (!status.ok()) {
            return count("COMMIT", new Nfsd3Commitres(status, verf));
        }
        NfsdFile nf = pnf.get();
        try {
            nf.nfFile().vfsFsyncRange(offset, count == 0 ? Long.MAX_VALUE : offset + count - 1, false);
            return count("COMMIT", new Nfsd3Commitres(Nfserr.NFS_OK, verf));
        } catch (IOException e) {
            nfsd.nfsdNet(rqstp.net()).nfsdResetWriteVerifier();
            return count("COMMIT", new Nfsd3Commitres(Nfserr.NFSERR_IO, verf));
        } finally {
            nfsd.filecache().nfsdFilePut(nf);
        }
    }

    /**
     * {@code nfsd_version3}: the NFSv3 procedures nfsd serves in {@code net}. Each decodes its arguments,
     * runs the method above with the request's credential and {@code rq_client}, and encodes the result;
     * procedures the model does not serve answer PROC_UNAVAIL.
     */
    public SvcVersion nfsdVersion3(Net net) {
        return new SvcVersion(Nfs3.NFS3_VERSION, false, List.of(
                SvcProcedure.procNull(),
                new SvcProcedure<>(Nfs3.NFS3PROC_GETATTR, "GETATTR", Getattr3Args::new, (rqstp, argp) -> {
                    Nfsd3Attrstat res = nfsd3ProcGetattr(NfsdRqst.of(net, rqstp), argp.object());
                    return res.status().ok() ? Getattr3Res.ok(Nfsd3Xdr.fattr3(res.attr()))
                            : Getattr3Res.fail(Nfsd3Xdr.nfsstat3(res.status()));
                }),
                new SvcProcedure<>(Nfs3.NFS3PROC_SETATTR, "SETATTR", Setattr3Args::new, (rqstp, argp) -> {
                    Nfsd3Attrstat res = nfsd3ProcSetattr(NfsdRqst.of(net, rqstp), argp.object(),
                            Nfsd3Xdr.iattr(argp.newAttributes()));
                    return new Setattr3Res(Nfsd3Xdr.nfsstat3(res.status()),
                            new WccData(null, res.status().ok() ? Nfsd3Xdr.fattr3(res.attr()) : null));
                }),
                new SvcProcedure<>(Nfs3.NFS3PROC_LOOKUP, "LOOKUP", Lookup3Args::new, (rqstp, argp) -> {
                    Nfsd3Diropres res = nfsd3ProcLookup(NfsdRqst.of(net, rqstp), argp.dir(), argp.name());
                    return res.status().ok() ? Lookup3Res.ok(res.fh(), Nfsd3Xdr.fattr3(res.attr()), null)
                            : Lookup3Res.fail(Nfsd3Xdr.nfsstat3(res.status()), null);
                }),
                new SvcProcedure<>(Nfs3.NFS3PROC_READ, "READ", Read3Args::new, (rqstp, argp) -> {
                    Nfsd3Readres res = nfsd3ProcRead(NfsdRqst.of(net, rqstp), argp.file(), argp.offset(),
                            argp.count());
                    return res.status().ok() ? Read3Res.ok(Nfsd3Xdr.fattr3(res.attr()), res.eof(), res.data())
                            : Read3Res.fail(Nfsd3Xdr.nfsstat3(res.status()), null);
                }),
                new SvcProcedure<>(Nfs3.NFS3PROC_WRITE, "WRITE", Write3Args::new, (rqstp, argp) -> {
                    Nfsd3Writeres res = nfsd3ProcWrite(NfsdRqst.of(net, rqstp), argp.file(), argp.offset(),
                            argp.stable(), argp.data());
                    return res.status().ok()
                            ? Write3Res.ok(WccData.NONE, res.count(), res.committed(), Nfsd3Xdr.writeverf3(res.verf()))
                            : Write3Res.fail(Nfsd3Xdr.nfsstat3(res.status()), WccData.NONE);
                }),
                new SvcProcedure<>(Nfs3.NFS3PROC_CREATE, "CREATE", Create3Args::new, (rqstp, argp) -> {
                    Sattr3 attrs = argp.objAttributes();
                    int perm = attrs != null && attrs.mode() != null ? attrs.mode() : 0;
                    Nfsd3Diropres res = nfsd3ProcCreate(NfsdRqst.of(net, rqstp), argp.dir(), argp.name(), perm,
                            argp.mode() != Createmode3.NFS3_CREATE_UNCHECKED);
                    return res.status().ok() ? Create3Res.ok(res.fh(), Nfsd3Xdr.fattr3(res.attr()), WccData.NONE)
                            : Create3Res.fail(Nfsd3Xdr.nfsstat3(res.status()), WccData.NONE);
                }),
                new SvcProcedure<>(Nfs3.NFS3PROC_COMMIT, "COMMIT", Commit3Args::new, (rqstp, argp) -> {
                    Nfsd3Commitres res = nfsd3ProcCommit(NfsdRqst.of(net, rqstp), argp.file(), argp.offset(),
                            argp.count());
                    return res.status().ok() ? Commit3Res.ok(WccData.NONE, Nfsd3Xdr.writeverf3(res.verf()))
                            : Commit3Res.fail(Nfsd3Xdr.nfsstat3(res.status()), WccData.NONE);
                })));
    }

    private <T> T count(String proc, T result) {
        nfsd.kernel().trace().counter("nfsd3_" + proc).incrementAndGet();
        return result;
    }

    private static Path realPath(SvcFh fhp) {
        return fhp.fhExport().exPath().realPath(fhp.fhDentry());
    }

    private static Fattr3 fattr(SvcFh fhp) {
        return fattr(fhp.fhExport(), fhp.fhDentry());
    }

    /** {@code fill_post_wcc()}/{@code vfs_getattr()}: the attributes of {@code inode}. */
    static Fattr3 fattr(SvcExport exp, Inode inode) {
        long size;
        try {
            size = inode.isDir() ? 4096 : Files.size(exp.exPath().realPath(inode));
        } catch (IOException e) {
            size = 0;
        }
        int mode = inode.mode();
        return new Fattr3(mode & Inode.S_IFMT, mode & 07777, inode.uid(), inode.gid(), size,
                exp.exFsid(), inode.ino());
    }
}
