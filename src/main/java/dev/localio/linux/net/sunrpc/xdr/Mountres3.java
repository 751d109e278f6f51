package dev.localio.linux.net.sunrpc.xdr;

import dev.localio.linux.net.sunrpc.RpcAuthFlavor;
import dev.localio.linux.net.sunrpc.XdrEnum;
import org.dcache.oncrpc4j.xdr.XdrAble;
import org.dcache.oncrpc4j.xdr.XdrDecodingStream;
import org.dcache.oncrpc4j.xdr.XdrEncodingStream;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * The MNT reply (RFC 1813 appendix I, {@code mountres3}): the status and, on success, the export's root
 * handle ({@code fhandle3}, at most 64 bytes) and the flavors the export accepts, most preferred first.
 * Flavor numbers the model does not know are skipped on decoding, as the kernel ignores what it cannot use.
 *
 * <p>Models fs/nfs/mount_clnt.c: {@code mnt_xdr_dec_mountres3()}, {@code decode_fhandle3()},
 * {@code decode_auth_flavors()}; nfs-utils' mountd: {@code mount_mnt_3_svc()}'s reply.
 */
public final class Mountres3 implements XdrAble {

    /** Most flavors a reply carries ({@code NFS_MAX_SECFLAVORS}). */
    public static final int NFS_MAX_SECFLAVORS = 12;

    private Mountstat3 fhsStatus;
    private NfsFh fhandle;
    private List<RpcAuthFlavor> authFlavors = List.of();

    /** A reply to decode into. */
    public Mountres3() {
    }

    /** Success: {@code fhandle} is the export's root, {@code authFlavors} what it accepts. */
    public static Mountres3 ok(NfsFh fhandle, List<RpcAuthFlavor> authFlavors) {
        Mountres3 res = new Mountres3();
        res.fhsStatus = Mountstat3.MNT3_OK;
        res.fhandle = fhandle;
        res.authFlavors = List.copyOf(authFlavors);
        return res;
    }

    /** Failure with {@code status}. */
    public static Mountres3 fail(Mountstat3 status) {
        if (status == Mountstat3.MNT3_OK) {
            throw new IllegalArgumentException("a failed MNT reply needs an error status");
        }
        Mountres3 res = new Mountres3();
        res.fhsStatus = status;
        return res;
    }

    /** The status. */
    public Mountstat3 fhsStatus() {
        return fhsStatus;
    }

    /** The root handle on success, else {@code null}. */
    public NfsFh fhandle() {
        return fhandle;
    }

    /** The flavors the export accepts; empty on failure. */
    public List<RpcAuthFlavor> authFlavors() {
        return authFlavors;
    }

    @Override
    public void xdrEncode(XdrEncodingStream xdr) {
        xdr.xdrEncodeInt(fhsStatus.value());
        if (fhsStatus == Mountstat3.MNT3_OK) {
            fhandle.encodeNfsFh3(xdr);
            xdr.xdrEncodeInt(authFlavors.size());
            for (RpcAuthFlavor flavor : authFlavors) {
                xdr.xdrEncodeInt(flavor.value());
            }
        }
    }

    @Override
    public void xdrDecode(XdrDecodingStream xdr) throws IOException {
        fhsStatus = Nfs3Xdr.decodeEnum(xdr, Mountstat3.class);
        if (fhsStatus != Mountstat3.MNT3_OK) {
            return;
        }
        fhandle = NfsFh.decodeNfsFh3(xdr);
        int count = xdr.xdrDecodeInt();
        if (count < 0 || count > NFS_MAX_SECFLAVORS) {
            throw new IOException(count + " auth flavors");
        }
        List<RpcAuthFlavor> flavors = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            RpcAuthFlavor flavor = XdrEnum.fromValue(RpcAuthFlavor.class, xdr.xdrDecodeInt());
            if (flavor != null) {
                flavors.add(flavor);
            }
        }
        authFlavors = List.copyOf(flavors);
    }
}
