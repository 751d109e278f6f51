package dev.localio.linux.net.sunrpc;

import java.util.List;
import java.util.NavigableMap;
import java.util.TreeMap;

/**
 * One version of a server program: its procedures by number, and whether it is hidden. A hidden version is
 * served like any other but never registered with rpcbind: clients reach it only over a connection they
 * already have. LOCALIO version 1 is hidden.
 *
 * <p>Models include/linux/sunrpc/svc.h: {@code struct svc_version} ({@code vs_vers}, {@code vs_nproc},
 * {@code vs_proc}, {@code vs_hidden}).
 */
public final class SvcVersion {

    private final int vsVers;
    private final boolean vsHidden;
    private final NavigableMap<Integer, SvcProcedure<?>> vsProc = new TreeMap<>();

    /**
     * A version with the given procedures, each at its own {@link SvcProcedure#pcProc()} number; numbers
     * without a procedure answer PROC_UNAVAIL.
     *
     * @throws IllegalArgumentException if two procedures have the same number
     */
    public SvcVersion(int vsVers, boolean vsHidden, List<SvcProcedure<?>> procedures) {
        this.vsVers = vsVers;
        this.vsHidden = vsHidden;
        for (SvcProcedure<?> procedure : procedures) {
            if (vsProc.putIfAbsent(procedure.pcProc(), procedure) != null) {
                throw new IllegalArgumentException("procedure " + procedure.pcProc() + " defined twice");
            }
        }
    }

    /** The version number. */
    public int vsVers() {
        return vsVers;
    }

    /** Whether rpcbind must not learn of this version ({@code vs_hidden}). */
    public boolean vsHidden() {
        return vsHidden;
    }

    /**
     * {@code vs_nproc}: the length of the version's procedure table, one more than its highest
     * procedure number (procedure 0, the ping, counts).
     */
    public int vsNproc() {
        return vsProc.isEmpty() ? 0 : vsProc.lastKey() + 1;
    }

    /** The procedure numbered {@code proc}, or {@code null}. */
    public SvcProcedure<?> procedure(int proc) {
        return vsProc.get(proc);
    }
}
