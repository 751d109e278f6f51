package dev.localio.linux.fs.nfsd;

import dev.localio.linux.net.sunrpc.XdrEnum;
import dev.localio.linux.net.sunrpc.xdr.Fattr3;
import dev.localio.linux.net.sunrpc.xdr.Ftype3;
import dev.localio.linux.net.sunrpc.xdr.Nfsstat3;
import dev.localio.linux.net.sunrpc.xdr.Nfstime3;
import dev.localio.linux.net.sunrpc.xdr.Sattr3;
import java.nio.ByteBuffer;

/**
 * What nfsd's NFSv3 procedures hand to the wire and take from it: statuses, attributes, the attributes
 * SETATTR and CREATE set, and the 8-byte write verifier. The wire types themselves are the shared codecs
 * of {@code net.sunrpc.xdr}.
 *
 * <p>Models fs/nfsd/nfs3xdr.c: {@code svcxdr_encode_nfsstat3()}, {@code svcxdr_encode_fattr3()},
 * {@code svcxdr_decode_sattr3()}, {@code svcxdr_encode_writeverf3()}.
 */
final class Nfsd3Xdr {

    private static final Nfstime3 EPOCH = new Nfstime3(0, 0);

    private Nfsd3Xdr() {
    }

    /**
     * {@code svcxdr_encode_nfsstat3()}: an nfsd status as NFSv3 sends it. NFSv4's WRONGSEC has no NFSv3
     * number (nfsd never returns it to a v3 caller); it would go out as SERVERFAULT.
     */
    static Nfsstat3 nfsstat3(Nfserr status) {
        Nfsstat3 v3 = XdrEnum.fromValue(Nfsstat3.class, status.value());
        return v3 != null ? v3 : Nfsstat3.NFS3ERR_SERVERFAULT;
    }

    /**
     * {@code svcxdr_encode_fattr3()}: the attributes the model keeps, with one link, space used equal to
     * the size and no times (the model's inodes keep none).
     */
    static Fattr3 fattr3(Nfs3proc.Fattr3 attr) {
        Ftype3 type = attr.type() == Inode.S_IFDIR ? Ftype3.NF3DIR : Ftype3.NF3REG;
        return new Fattr3(type, attr.mode(), type == Ftype3.NF3DIR ? 2 : 1, attr.uid(), attr.gid(), attr.size(),
                attr.size(), 0, 0, attr.fsid(), attr.fileid(), EPOCH, EPOCH, EPOCH);
    }

    /** {@code svcxdr_decode_sattr3()}: what to change; times are not kept by the model and are ignored. */
    static Nfs3proc.Iattr iattr(Sattr3 sattr) {
        return new Nfs3proc.Iattr(sattr.mode(), sattr.uid(), sattr.gid(), sattr.size());
    }

    /** {@code svcxdr_encode_writeverf3()}: the verifier's 8 bytes as the wire codec holds them. */
    static long writeverf3(byte[] verf) {
        return ByteBuffer.wrap(verf).getLong();
    }
}
