package dev.localio.linux.net.sunrpc;

import org.dcache.oncrpc4j.rpc.RpcAuth;
import org.dcache.oncrpc4j.rpc.RpcAuthType;
import org.dcache.oncrpc4j.rpc.RpcAuthVerifier;
import org.dcache.oncrpc4j.xdr.Xdr;
import org.dcache.oncrpc4j.xdr.XdrDecodingStream;
import org.dcache.oncrpc4j.xdr.XdrEncodingStream;

import javax.security.auth.Subject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * The client half of RPCSEC_GSS that oncrpc4j lacks: its {@code RpcAuthGss} decodes a GSS credential on
 * the server but refuses to encode one. This writes an RPCSEC_GSS version 1 DATA credential (RFC 2203
 * section 5.3.1: version, procedure, sequence number, service, context handle) and an empty RPCSEC_GSS
 * verifier. No Kerberos context exists: the handle carries the principal's name in UTF-8, and the verifier
 * has no MIC. The server decodes it with oncrpc4j's {@code RpcAuthGss} and sees flavor 6 and the service.
 *
 * <p>Models net/sunrpc/auth_gss/auth_gss.c: {@code gss_marshal()} (credential and verifier of one call),
 * without the context and the checksum.
 */
final class RpcAuthGssCred implements RpcAuth {

    /** RPCSEC_GSS_VERS_1. */
    static final int RPC_GSS_VERSION = 1;
    /** RPCSEC_GSS_DATA: a normal call under an established context. */
    static final int RPC_GSS_PROC_DATA = 0;

    private final int service;
    private final int sequence;
    private final byte[] handle;

    RpcAuthGssCred(int service, int sequence, String principal) {
        this.service = service;
        this.sequence = sequence;
        this.handle = principal.getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public int type() {
        return RpcAuthType.RPCGSS_SEC;
    }

    @Override
    public RpcAuthVerifier getVerifier() {
        return new RpcAuthVerifier(RpcAuthType.RPCGSS_SEC, new byte[0]);
    }

    @Override
    public Subject getSubject() {
        return new Subject();
    }

    @Override
    public void xdrEncode(XdrEncodingStream xdr) throws IOException {
        Xdr body = RpcRecord.encoder();
        body.xdrEncodeInt(RPC_GSS_VERSION);
        body.xdrEncodeInt(RPC_GSS_PROC_DATA);
        body.xdrEncodeInt(sequence);
        body.xdrEncodeInt(service);
        body.xdrEncodeDynamicOpaque(handle);
        body.endEncoding();
        xdr.xdrEncodeInt(RpcAuthType.RPCGSS_SEC);
        xdr.xdrEncodeDynamicOpaque(body.getBytes());
        getVerifier().xdrEncode(xdr);
    }

    @Override
    public void xdrDecode(XdrDecodingStream xdr) {
        throw new UnsupportedOperationException("the server decodes with oncrpc4j's RpcAuthGss");
    }
}
