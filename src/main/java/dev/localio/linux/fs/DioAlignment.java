package dev.localio.linux.fs;

import dev.localio.linux.kernel.KernelSymbol;

/**
 * What a filesystem asks of direct IO on one of its files, as {@code statx()} reports it: the memory
 * alignment of the buffer and the alignment of the file offset and length, for writes and, when the
 * filesystem says so separately, for reads. A direct IO that breaks them fails with {@code -EINVAL}.
 * Zero means the filesystem reported nothing (no {@code STATX_DIOALIGN}): it takes no direct IO.
 *
 * <p>Models include/linux/stat.h: {@code struct kstat}'s {@code dio_mem_align},
 * {@code dio_offset_align} ({@code STATX_DIOALIGN}) and {@code dio_read_offset_align}
 * ({@code STATX_DIO_READ_ALIGN}; 0 here when not reported).
 *
 * @param memAlign        {@code dio_mem_align}: the buffer's address must be a multiple of it
 * @param offsetAlign     {@code dio_offset_align}: offset and length of a direct write (and read, when
 *                        {@code readOffsetAlign} is 0) must be multiples of it
 * @param readOffsetAlign {@code dio_read_offset_align}: the same for a direct read, 0 if not reported
 */
@KernelSymbol(value = "STATX_DIOALIGN", file = "include/uapi/linux/stat.h")
public record DioAlignment(int memAlign, int offsetAlign, int readOffsetAlign) {

    /** A filesystem that reports no direct IO alignment. */
    public static final DioAlignment NONE = new DioAlignment(0, 0, 0);

    public DioAlignment {
        for (int a : new int[] {memAlign, offsetAlign, readOffsetAlign}) {
            if (a < 0 || (a & (a - 1)) != 0) {
                throw new IllegalArgumentException("a direct IO alignment is 0 or a power of two, not " + a);
            }
        }
    }

    /** The offset alignment of a direct read: {@code dio_read_offset_align}, else {@code dio_offset_align}. */
    public int readAlign() {
        return readOffsetAlign != 0 ? readOffsetAlign : offsetAlign;
    }
}
