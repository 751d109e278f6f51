package dev.localio.linux.fs.nfsd;

import dev.localio.linux.net.Net;
import dev.localio.linux.net.sunrpc.AuthDomain;
import dev.localio.linux.net.sunrpc.SvcCred;

/**
 * What nfsd reads of an RPC request: the namespace it arrived in, the caller's credential, the
 * client domain it was mapped to, whether it came from a privileged port, and the NFS version.
 * The RPC layer builds one per call.
 *
 * <p>Models the fields of include/linux/sunrpc/svc.h's {@code struct svc_rqst} that fs/nfsd uses:
 * {@code SVC_NET(rqstp)}, {@code rq_cred}, {@code rq_client}, {@code RQ_SECURE},
 * {@code rq_vers}.
 */
public record NfsdRqst(Net net, SvcCred rqCred, AuthDomain rqClient, boolean rqSecure, int rqVers) {
}
