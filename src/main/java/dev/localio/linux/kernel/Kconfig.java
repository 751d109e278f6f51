package dev.localio.linux.kernel;

/**
 * The build-time configuration of one kernel, as far as the model asks about it.
 *
 * <p>Models the kernel's {@code .config}: {@code CONFIG_NFS_LOCALIO} (fs/Kconfig: "NFS client and
 * server support for LOCALIO auxiliary protocol", a bool that depends on NFSD and NFS_FS, default n).
 * Without it nfsd has no LOCALIO program and the NFS client never probes.
 *
 * @param nfsLocalio {@code CONFIG_NFS_LOCALIO}
 */
@KernelSymbol(value = "CONFIG_NFS_LOCALIO", file = "fs/Kconfig")
public record Kconfig(boolean nfsLocalio) {

    /** A kernel built with {@code CONFIG_NFS_LOCALIO=y}. */
    public static final Kconfig LOCALIO = new Kconfig(true);

    /** A kernel built without it ({@code CONFIG_NFS_LOCALIO} is not set). */
    public static final Kconfig NO_LOCALIO = new Kconfig(false);
}
