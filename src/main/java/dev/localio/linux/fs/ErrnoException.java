package dev.localio.linux.fs;

import dev.localio.linux.kernel.Errno;
import java.io.IOException;

/**
 * A VFS call that failed with an errno of its own rather than an IO error of the disk: so far only
 * {@code -EINVAL} for a direct IO that breaks the filesystem's alignment. Not a kernel structure: the
 * kernel returns the negative errno.
 */
public final class ErrnoException extends IOException {

    private static final long serialVersionUID = 1L;

    private final transient Errno errno;

    public ErrnoException(Errno errno, String message) {
        super(errno + ": " + message);
        this.errno = errno;
    }

    /** The errno the call returns (negated in the kernel). */
    public Errno errno() {
        return errno;
    }
}
