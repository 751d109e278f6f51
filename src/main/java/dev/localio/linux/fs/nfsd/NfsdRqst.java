package dev.localio.linux.fs.nfsd;

import dev.localio.linux.net.Net;
import dev.localio.linux.net.sunrpc.AuthDomain;
import dev.localio.linux.net.sunrpc.SvcCred;
import dev.localio.linux.net.sunrpc.SvcRqst;

/**
 * What nfsd reads of an RPC request: the namespace it arrived in, the caller's credential, the
 * client domain it was mapped to, whether it came from a privileged port, and the NFS version.
 * {@link #of} builds one from the request the RPC layer decoded.
 *
 * <p>Models the fields of include/linux/sunrpc/svc.h's {@code struct svc_rqst} that fs/nfsd uses:
 * {@code SVC_NET(rqstp)}, {@code rq_cred}, {@code rq_client}, {@code RQ_SECURE},
 * {@code rq_vers}.
 */
public record NfsdRqst(Net net, SvcCred rqCred, AuthDomain rqClient, boolean rqSecure, int rqVers) {

    /** {@code PROT_SOCK}: source ports below it are privileged. */
    private static final int PROT_SOCK = 1024;

    /**
     * What nfsd reads of {@code rqstp}, a call that arrived on a transport of namespace {@code net}
     * ({@code SVC_NET()} is the transport's namespace). The request is secure when its source port, as
     * the namespace sees it, is privileged ({@code svc_port_is_privileged()}).
     */
    public static NfsdRqst of(Net net, SvcRqst rqstp) {
        return new NfsdRqst(net, rqstp.rqCred(), rqstp.rqClient(), rqstp.rqAddr().getPort() < PROT_SOCK,
                rqstp.rqVers());
    }
}
