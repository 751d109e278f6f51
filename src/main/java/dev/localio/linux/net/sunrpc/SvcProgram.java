package dev.localio.linux.net.sunrpc;

import java.util.List;
import java.util.NavigableMap;
import java.util.Objects;
import java.util.TreeMap;

/**
 * An RPC program a server hosts: number, name, versions, and the hook that authorises a caller once its
 * credential has been decoded. The hook is where an upper layer (nfsd) looks the caller up, fills
 * {@link SvcRqst#setRqClient} with its auth_domain, and may refuse it ({@link SvcAuthStatus#SVC_DENIED}
 * after {@link SvcRqst#setRqAuthStat}, e.g. AUTH_TOOWEAK for a flavor it does not accept).
 *
 * <p>A call for a version the program lacks gets PROG_MISMATCH with the lowest and highest versions it
 * has ({@code pg_lovers}, {@code pg_hivers}).
 *
 * <p>Models include/linux/sunrpc/svc.h: {@code struct svc_program} ({@code pg_prog}, {@code pg_name},
 * {@code pg_vers}, {@code pg_lovers}, {@code pg_hivers}, {@code pg_authenticate}).
 */
public final class SvcProgram {

    /** Authorises a call after its credential decoded. Models {@code pg_authenticate}. */
    @FunctionalInterface
    public interface PgAuthenticate {
        /** Decides about {@code rqstp}; may set {@code rq_client} and {@code rq_auth_stat}. */
        SvcAuthStatus pgAuthenticate(SvcRqst rqstp);
    }

    private final int pgProg;
    private final String pgName;
    private final NavigableMap<Integer, SvcVersion> pgVers = new TreeMap<>();
    private final PgAuthenticate pgAuthenticate;

    /**
     * A program with the given versions and authorisation hook.
     *
     * @throws IllegalArgumentException with no version, or two versions with one number
     */
    public SvcProgram(int pgProg, String pgName, List<SvcVersion> versions, PgAuthenticate pgAuthenticate) {
        this.pgProg = pgProg;
        this.pgName = Objects.requireNonNull(pgName, "pgName");
        this.pgAuthenticate = Objects.requireNonNull(pgAuthenticate, "pgAuthenticate");
        if (versions.isEmpty()) {
            throw new IllegalArgumentException(pgName + " has no version");
        }
        for (SvcVersion version : versions) {
            if (pgVers.putIfAbsent(version.vsVers(), version) != null) {
                throw new IllegalArgumentException(pgName + " version " + version.vsVers() + " defined twice");
            }
        }
    }

    /** A program that accepts every caller whose credential decodes. */
    public SvcProgram(int pgProg, String pgName, List<SvcVersion> versions) {
        this(pgProg, pgName, versions, rqstp -> SvcAuthStatus.SVC_OK);
    }

    /** The program number. */
    public int pgProg() {
        return pgProg;
    }

    /** The program name; the first program's name names the server and its threads. */
    public String pgName() {
        return pgName;
    }

    /** The version numbered {@code vers}, or {@code null}. */
    public SvcVersion version(int vers) {
        return pgVers.get(vers);
    }

    /** All versions, by number. */
    public List<SvcVersion> versions() {
        return List.copyOf(pgVers.values());
    }

    /** The lowest version ({@code pg_lovers}). */
    public int pgLovers() {
        return pgVers.firstKey();
    }

    /** The highest version ({@code pg_hivers}). */
    public int pgHivers() {
        return pgVers.lastKey();
    }

    /** The authorisation hook. */
    public PgAuthenticate pgAuthenticate() {
        return pgAuthenticate;
    }
}
