package dev.localio.linux.net.sunrpc;

/**
 * One procedure of one version of one RPC program: the key of per-procedure counters.
 *
 * <p>Models the (program, version, procedure) triple by which /proc/net/rpc/{nfs,nfsd} and
 * /proc/self/mountstats count calls ({@code vs_count[]}, {@code rpc_iostats[]}).
 */
public record RpcProcKey(int prog, int vers, int proc) implements Comparable<RpcProcKey> {

    @Override
    public int compareTo(RpcProcKey other) {
        int byProg = Integer.compareUnsigned(prog, other.prog);
        if (byProg != 0) {
            return byProg;
        }
        int byVers = Integer.compareUnsigned(vers, other.vers);
        return byVers != 0 ? byVers : Integer.compareUnsigned(proc, other.proc);
    }

    @Override
    public String toString() {
        return Integer.toUnsignedString(prog) + "/" + Integer.toUnsignedString(vers) + "/"
                + Integer.toUnsignedString(proc);
    }
}
