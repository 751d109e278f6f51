package dev.localio.linux.fs.nfsd;

import dev.localio.linux.net.Net;
import dev.localio.linux.net.sunrpc.SvcProcedure;
import dev.localio.linux.net.sunrpc.SvcVersion;
import dev.localio.linux.net.sunrpc.xdr.Compound4Args;
import dev.localio.linux.net.sunrpc.xdr.Compound4Res;
import dev.localio.linux.net.sunrpc.xdr.FfDeviceAddr4;
import dev.localio.linux.net.sunrpc.xdr.FfLayout4;
import dev.localio.linux.net.sunrpc.xdr.Nfs4;
import dev.localio.linux.net.sunrpc.xdr.Stateid4;
import java.util.ArrayList;
import java.util.List;

/**
 * NFS version 4 as nfsd serves it in the model: NULL, and COMPOUND with the three operations pNFS
 * flexfiles needs (PUTFH, LAYOUTGET, GETDEVICEINFO), for minor versions 1 and 2. Everything else a
 * model NFSv4.x client does goes as NFSv3 procedures on the same connection.
 *
 * <p>Models fs/nfsd/nfs4proc.c: {@code nfsd_version4}, {@code nfsd4_proc_compound()},
 * {@code nfsd4_putfh()}, {@code nfsd4_layoutget()}, {@code nfsd4_getdeviceinfo()}.
 */
public final class Nfs4proc {

    /** {@code NFS4_VERSION}. */
    public static final int NFS4_VERSION = Nfs4.NFS4_VERSION;

    private final Nfsd nfsd;

    Nfs4proc(Nfsd nfsd) {
        this.nfsd = nfsd;
    }

    /** {@code nfsd_version4}: the NFSv4 procedures nfsd serves in {@code net}. */
    public SvcVersion nfsdVersion4(Net net) {
        return new SvcVersion(NFS4_VERSION, false, List.of(
                SvcProcedure.procNull(),
                new SvcProcedure<>(Nfs4.NFSPROC4_COMPOUND, "COMPOUND", Compound4Args::new,
                        (rqstp, argp) -> nfsd4ProcCompound(NfsdRqst.of(net, rqstp), argp))));
    }

    /**
     * {@code nfsd4_proc_compound()}: runs the operations in order with a current file handle and stops
     * at the first that fails. A minor version other than 1 or 2 is refused as a whole.
     */
    public Compound4Res nfsd4ProcCompound(NfsdRqst rqstp, Compound4Args args) {
        if (args.minorversion() < 1 || args.minorversion() > 2) {
            return new Compound4Res(Nfs4.NFS4ERR_MINOR_VERS_MISMATCH, args.tag(), List.of());
        }
        List<Compound4Res.Result> results = new ArrayList<>();
        SvcFh currentFh = null;
        for (Compound4Args.Op op : args.ops()) {
            Compound4Res.Result result;
            if (op instanceof Compound4Args.Putfh putfh) {
                currentFh = new SvcFh(putfh.fh());
                Nfserr status = nfsd.nfsfh().fhVerify(rqstp, currentFh, 0, Vfs.NFSD_MAY_NOP);
                result = new Compound4Res.PutfhRes(status.value());
            } else if (op instanceof Compound4Args.Layoutget layoutget) {
                result = nfsd4Layoutget(rqstp, currentFh, layoutget);
            } else {
                result = nfsd4Getdeviceinfo(rqstp, (Compound4Args.Getdeviceinfo) op);
            }
            results.add(result);
            if (result.status() != Nfs4.NFS4_OK) {
                break;
            }
        }
        nfsd.kernel().trace().event(new NfsdTrace.Nfsd4ProcCompound(rqstp.net().name(), args.ops().size(),
                results.isEmpty() ? 0 : results.get(results.size() - 1).status()));
        return new Compound4Res(args.tag(), results);
    }

    /**
     * {@code nfsd4_layoutget()}: checks the current file for the access the iomode needs, that its
     * export hands out layouts ({@code pnfs}) and of the type asked for, and returns the file's
     * flexible file layout; no layout is {@code NFS4ERR_LAYOUTUNAVAILABLE}.
     */
    private Compound4Res.LayoutgetRes nfsd4Layoutget(NfsdRqst rqstp, SvcFh currentFh,
            Compound4Args.Layoutget args) {
        if (currentFh == null) {
            return Compound4Res.LayoutgetRes.fail(Nfs4.NFS4ERR_NOFILEHANDLE);
        }
        int access = args.iomode() == Nfs4.LAYOUTIOMODE4_RW ? Vfs.NFSD_MAY_WRITE : Vfs.NFSD_MAY_READ;
        Nfserr status = nfsd.nfsfh().fhVerify(rqstp, currentFh, Inode.S_IFREG, access);
        if (!status.ok()) {
            return Compound4Res.LayoutgetRes.fail(status.value());
        }
        SvcExport exp = currentFh.fhExport();
        FfLayout4 layout = null;
        if ((exp.exFlags() & SvcExport.NFSEXP_PNFS) != 0 && args.layoutType() == Nfs4.LAYOUT4_FLEX_FILES) {
            layout = nfsd.nfsdNet(rqstp.net()).nfs4Layouts().nfsd4FfProcLayoutget(exp.exFsid(), currentFh.fhDentry());
        }
        nfsd.kernel().trace().event(new NfsdTrace.Nfsd4Layoutget(rqstp.net().name(), currentFh.fhHandle(),
                layout != null));
        if (layout == null) {
            return Compound4Res.LayoutgetRes.fail(Nfs4.NFS4ERR_LAYOUTUNAVAILABLE);
        }
        return new Compound4Res.LayoutgetRes(Nfs4.NFS4_OK, false, Stateid4.ANONYMOUS, List.of(
                new Compound4Res.Layout4(0, Nfs4.NFS4_MAX_UINT64, args.iomode(), Nfs4.LAYOUT4_FLEX_FILES,
                        layout.encode())));
    }

    /** {@code nfsd4_getdeviceinfo()}: the address of a flexible file layout's data server. */
    private Compound4Res.GetdeviceinfoRes nfsd4Getdeviceinfo(NfsdRqst rqstp, Compound4Args.Getdeviceinfo args) {
        if (args.layoutType() != Nfs4.LAYOUT4_FLEX_FILES) {
            return Compound4Res.GetdeviceinfoRes.fail(Nfs4.NFS4ERR_NOENT_DEVICE);
        }
        FfDeviceAddr4 addr = nfsd.nfsdNet(rqstp.net()).nfs4Layouts().nfsd4FfProcGetdeviceinfo(args.deviceid());
        return addr == null ? Compound4Res.GetdeviceinfoRes.fail(Nfs4.NFS4ERR_NOENT_DEVICE)
                : new Compound4Res.GetdeviceinfoRes(Nfs4.NFS4_OK, Nfs4.LAYOUT4_FLEX_FILES, addr.encode());
    }
}
