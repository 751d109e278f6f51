package dev.localio.linux.net.sunrpc;

import org.dcache.oncrpc4j.rpc.gss.RpcAuthGss;
import org.dcache.oncrpc4j.xdr.Xdr;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Decodes and checks the credential and verifier of a call: an unknown flavor is AUTH_BADCRED, a bad
 * verifier AUTH_BADVERF, a credential that does not decode GARBAGE_ARGS.
 *
 * <p>AUTH_NULL and AUTH_UNIX are decoded here rather than by oncrpc4j's {@code RpcAuthTypeNone} and
 * {@code RpcAuthTypeUnix}, which keep neither the machine name nor the checks the kernel makes (at most 16
 * groups, a body whose length matches its contents, an AUTH_NULL verifier). RPCSEC_GSS is decoded by
 * oncrpc4j's {@code RpcAuthGss}; only DATA calls with a known service are accepted (see
 * {@link RpcAuthGssCred} for what the model leaves out).
 *
 * <p>Models net/sunrpc/svcauth.c: {@code svc_authenticate()}, {@code svc_authorise()}; net/sunrpc/svcauth_unix.c:
 * {@code svcauth_null_accept()}, {@code svcauth_unix_accept()}; net/sunrpc/auth_gss/svcauth_gss.c:
 * {@code svcauth_gss_accept()} for RPC_GSS_PROC_DATA only.
 */
final class SvcAuthenticate {

    private static final int AUTH_NULL = 0;
    private static final int AUTH_UNIX = 1;
    private static final int RPCSEC_GSS = 6;

    private SvcAuthenticate() {
    }

    /**
     * {@code svc_authorise()}: drops the reference the program's hook handed over with {@code rq_client},
     * once per request and before any reply goes out, so a caller holding the reply never sees the
     * request's reference. The pointer stays in the finished request; the reference is gone.
     */
    static void svcAuthorise(SvcRqst rqstp) {
        AuthDomain client = rqstp.rqClient();
        if (client != null && rqstp.authorise()) {
            client.authDomainPut();
        }
    }

    /**
     * Reads the credential and verifier after the call header and sets {@code rqstp}'s credential, or its
     * auth_stat when refusing. Models {@code svc_authenticate()}.
     */
    static SvcAuthStatus svcAuthenticate(SvcRqst rqstp, Xdr xdr) {
        try {
            int flavor = xdr.xdrDecodeInt();
            return switch (flavor) {
                case AUTH_NULL -> svcauthNullAccept(rqstp, xdr);
                case AUTH_UNIX -> svcauthUnixAccept(rqstp, xdr);
                case RPCSEC_GSS -> svcauthGssAccept(rqstp, xdr);
                default -> {
                    xdr.xdrDecodeDynamicOpaque();
                    xdr.xdrDecodeInt();
                    xdr.xdrDecodeDynamicOpaque();
                    yield deny(rqstp, RpcAuthStat.RPC_AUTH_BADCRED);
                }
            };
        } catch (IOException | RuntimeException e) {
            return SvcAuthStatus.SVC_GARBAGE;
        }
    }

    private static SvcAuthStatus svcauthNullAccept(SvcRqst rqstp, Xdr xdr) throws IOException {
        byte[] body = xdr.xdrDecodeDynamicOpaque();
        if (body.length != 0) {
            return deny(rqstp, RpcAuthStat.RPC_AUTH_BADCRED);
        }
        if (!nullVerifier(xdr)) {
            return deny(rqstp, RpcAuthStat.RPC_AUTH_BADVERF);
        }
        rqstp.setRqCred(new SvcCred(RpcAuthFlavor.RPC_AUTH_NULL, -1, -1, List.of(), "", ""));
        return SvcAuthStatus.SVC_OK;
    }

    private static SvcAuthStatus svcauthUnixAccept(SvcRqst rqstp, Xdr xdr) throws IOException {
        Xdr body = new Xdr(xdr.xdrDecodeDynamicOpaque());
        body.beginDecoding();
        body.xdrDecodeInt();
        int nameLength = body.xdrDecodeInt();
        if (nameLength < 0 || nameLength > RpcAuth.UNX_MAXNODENAME) {
            return deny(rqstp, RpcAuthStat.RPC_AUTH_BADCRED);
        }
        String machinename = new String(body.xdrDecodeOpaque(nameLength), StandardCharsets.UTF_8);
        int uid = body.xdrDecodeInt();
        int gid = body.xdrDecodeInt();
        int ngroups = body.xdrDecodeInt();
        if (ngroups < 0 || ngroups > RpcAuth.UNX_NGROUPS) {
            return deny(rqstp, RpcAuthStat.RPC_AUTH_BADCRED);
        }
        List<Integer> groups = new ArrayList<>();
        for (int i = 0; i < ngroups; i++) {
            groups.add(body.xdrDecodeInt());
        }
        if (body.hasMoreData()) {
            return deny(rqstp, RpcAuthStat.RPC_AUTH_BADCRED);
        }
        if (!nullVerifier(xdr)) {
            return deny(rqstp, RpcAuthStat.RPC_AUTH_BADVERF);
        }
        rqstp.setRqCred(new SvcCred(RpcAuthFlavor.RPC_AUTH_UNIX, uid, gid, groups, machinename, ""));
        return SvcAuthStatus.SVC_OK;
    }

    private static SvcAuthStatus svcauthGssAccept(SvcRqst rqstp, Xdr xdr) throws IOException {
        RpcAuthGss gss = new RpcAuthGss();
        gss.xdrDecode(xdr);
        RpcAuthFlavor pseudoflavor = RpcAuthFlavor.gssSvcToPseudoflavor(gss.getService());
        if (gss.getVersion() != RpcAuthGssCred.RPC_GSS_VERSION || gss.getProc() != RpcAuthGssCred.RPC_GSS_PROC_DATA
                || pseudoflavor == null) {
            return deny(rqstp, RpcAuthStat.RPC_AUTH_BADCRED);
        }
        String principal = new String(gss.getHandle(), StandardCharsets.UTF_8);
        rqstp.setRqCred(new SvcCred(pseudoflavor, -1, -1, List.of(), "", principal));
        return SvcAuthStatus.SVC_OK;
    }

    /** Reads a verifier and says whether it is the empty AUTH_NULL one AUTH_NULL and AUTH_UNIX calls carry. */
    private static boolean nullVerifier(Xdr xdr) throws IOException {
        int flavor = xdr.xdrDecodeInt();
        byte[] body = xdr.xdrDecodeDynamicOpaque();
        return flavor == AUTH_NULL && body.length == 0;
    }

    private static SvcAuthStatus deny(SvcRqst rqstp, RpcAuthStat stat) {
        rqstp.setRqAuthStat(stat);
        return SvcAuthStatus.SVC_DENIED;
    }
}
