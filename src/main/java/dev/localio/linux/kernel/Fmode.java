package dev.localio.linux.kernel;

/**
 * The open mode bits a file is opened with.
 *
 * <p>Models include/linux/fs.h: {@code fmode_t}'s {@code FMODE_READ} and {@code FMODE_WRITE}.
 */
public final class Fmode {

    /** {@code FMODE_READ}. */
    public static final int FMODE_READ = 0x1;
    /** {@code FMODE_WRITE}. */
    public static final int FMODE_WRITE = 0x2;

    private Fmode() {
    }
}
