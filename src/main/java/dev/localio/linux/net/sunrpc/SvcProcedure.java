package dev.localio.linux.net.sunrpc;

import org.dcache.oncrpc4j.xdr.XdrAble;
import org.dcache.oncrpc4j.xdr.XdrVoid;

import java.util.Objects;
import java.util.function.Supplier;

/**
 * One procedure of a server program version: its number and name, how to make the object its arguments
 * decode into, and the function that runs it.
 *
 * <p>The server decodes the arguments into a fresh {@code pcArgp.get()} and calls {@code pcFunc}; arguments
 * that do not decode (too few bytes, a count over a limit) get GARBAGE_ARGS without calling it. Bytes left
 * after what the decoder reads are ignored, as by the kernel's {@code pc_decode} functions. The function returns the
 * results to encode ({@link XdrVoid#XDR_VOID} for none), or {@code null} to send no reply at all. To refuse
 * the caller instead, it sets {@link SvcRqst#setRqAuthStat} and the server answers AUTH_ERROR.
 *
 * <p>Models include/linux/sunrpc/svc.h: {@code struct svc_procedure} ({@code pc_func}, {@code pc_decode}
 * with {@code pc_argsize}, {@code pc_encode}, {@code pc_name}); the array index becomes {@code pcProc}, the
 * decoder and encoder become the argument and result types' {@link XdrAble} methods.
 *
 * @param pcProc the procedure number
 * @param pcName its name for traces ({@code "UUID_IS_LOCAL"})
 * @param pcArgp makes the object the arguments are decoded into
 * @param pcFunc runs the procedure
 * @param <A>    the argument type
 */
public record SvcProcedure<A extends XdrAble>(int pcProc, String pcName, Supplier<A> pcArgp, PcFunc<A> pcFunc) {

    /** The body of a procedure. Models {@code pc_func}. */
    @FunctionalInterface
    public interface PcFunc<A> {
        /** Runs the procedure for {@code rqstp} with decoded arguments {@code argp}; returns the results. */
        XdrAble pcFunc(SvcRqst rqstp, A argp);
    }

    public SvcProcedure {
        Objects.requireNonNull(pcName, "pcName");
        Objects.requireNonNull(pcArgp, "pcArgp");
        Objects.requireNonNull(pcFunc, "pcFunc");
    }

    /** Procedure 0, NULL: no arguments, no results, nothing done. Every RPC program has it. */
    public static SvcProcedure<XdrVoid> procNull() {
        return new SvcProcedure<>(0, "NULL", XdrVoid::new, (rqstp, argp) -> XdrVoid.XDR_VOID);
    }

    XdrAble svcCall(SvcRqst rqstp, XdrAble argp) {
        @SuppressWarnings("unchecked")
        A typed = (A) argp;
        return pcFunc.pcFunc(rqstp, typed);
    }
}
