package dev.localio.linux.kernel;

import java.util.List;

/**
 * The filesystem identity of a task: what permission checks look at.
 *
 * <p>Models include/linux/cred.h: {@code struct cred}'s {@code fsuid}, {@code fsgid} and
 * {@code group_info}. Capabilities are not modelled apart: uid 0 has them (CAP_DAC_OVERRIDE).
 */
public record Cred(int fsuid, int fsgid, List<Integer> groups) {

    /** {@code GLOBAL_ROOT_UID}, {@code GLOBAL_ROOT_GID}. */
    public static final int ROOT = 0;

    /** {@code INVALID_UID}/{@code INVALID_GID}: {@code (uid_t)-1}. */
    public static final int INVALID = -1;

    public Cred {
        groups = List.copyOf(groups);
    }

    /** A credential with supplementary groups {@code groups}. */
    public static Cred of(int fsuid, int fsgid, Integer... groups) {
        return new Cred(fsuid, fsgid, List.of(groups));
    }

    /** {@code in_group_p()}: whether {@code gid} is the primary or a supplementary group. */
    public boolean inGroupP(int gid) {
        return fsgid == gid || groups.contains(gid);
    }
}
