package dev.localio.linux.net.sunrpc;

import org.assertj.core.api.AbstractAssert;

/**
 * Assertions on RPC counters that read like the documentation: "no UUID_IS_LOCAL was sent", "one NULL
 * ping reached the server". Entry point: {@link #assertThat(RpcIostats)}.
 */
public final class RpcIostatsAssert extends AbstractAssert<RpcIostatsAssert, RpcIostats> {

    private RpcIostatsAssert(RpcIostats actual) {
        super(actual, RpcIostatsAssert.class);
    }

    /** Starts an assertion on {@code stats}. */
    public static RpcIostatsAssert assertThat(RpcIostats stats) {
        return new RpcIostatsAssert(stats);
    }

    /** Exactly {@code expected} calls of procedure {@code proc} of {@code prog} version {@code vers}. */
    public RpcIostatsAssert countedCalls(int prog, int vers, int proc, long expected) {
        isNotNull();
        long calls = actual.calls(prog, vers, proc);
        if (calls != expected) {
            failWithMessage("expected %d calls of %d/%d/%d but counted %d in%n%s", expected, prog, vers, proc, calls,
                    actual);
        }
        return this;
    }

    /** No call of procedure {@code proc} of {@code prog} version {@code vers} went on the wire. */
    public RpcIostatsAssert sawNoCall(int prog, int vers, int proc) {
        return countedCalls(prog, vers, proc, 0);
    }

    /** No call of any procedure of {@code prog} went on the wire. */
    public RpcIostatsAssert sawNoCallOf(int prog) {
        isNotNull();
        if (actual.calls(prog) != 0) {
            failWithMessage("expected no call of program %d but counted %d in%n%s", prog, actual.calls(prog), actual);
        }
        return this;
    }

    /** Exactly {@code expected} outcomes of kind {@code kind} ({@link RpcStatus#kind()}). */
    public RpcIostatsAssert countedReplies(String kind, long expected) {
        isNotNull();
        if (actual.replies(kind) != expected) {
            failWithMessage("expected %d replies %s but counted %d in%n%s", expected, kind, actual.replies(kind),
                    actual);
        }
        return this;
    }
}
