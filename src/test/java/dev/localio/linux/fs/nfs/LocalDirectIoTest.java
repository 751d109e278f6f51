package dev.localio.linux.fs.nfs;

import static dev.localio.linux.fs.nfs.NfsWorld.C1;
import static dev.localio.linux.fs.nfs.NfsWorld.USER;
import static dev.localio.linux.fs.nfs.NfsWorld.mount;
import static org.assertj.core.api.Assertions.assertThat;

import dev.localio.linux.Container;
import dev.localio.linux.Host;
import dev.localio.linux.fs.AddressSpace;
import dev.localio.linux.fs.DioAlignment;
import dev.localio.linux.fs.File;
import dev.localio.linux.fs.nfs_common.LocalioDesign;
import dev.localio.linux.fs.nfs_common.OpaqueNfsdFile;
import dev.localio.linux.fs.nfsd.InodeTable;
import dev.localio.linux.kernel.Fmode;
import dev.localio.linux.kernel.Kconfig;
import dev.localio.linux.net.sunrpc.xdr.StableHow;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Design [D]'s local O_DIRECT (fs/nfs/localio.c: {@code nfs_local_iters_init()},
 * {@code nfs_is_local_dio_possible()}, {@code nfs_local_iters_setup_dio()}; fs/nfsd/localio.c:
 * {@code nfsd_file_dio_alignment()}), against v6.12, which does all local IO buffered.
 */
class LocalDirectIoTest {

    /** A disk as ext4 on a 512-byte-sector device might report it: memory 4, offset 512. */
    private static final DioAlignment DISK = new DioAlignment(4, 512, 0);
    private static final int RW = Fmode.FMODE_READ | Fmode.FMODE_WRITE;

    @TempDir
    Path dir;
    private final NfsWorld world = new NfsWorld();
    private Container c1;

    @AfterEach
    void shutDown() {
        world.close();
    }

    /** A host of {@code design} whose container c1 exports {@code dir}, on a disk aligned as {@code dio}, mounted. */
    private NfsServer mounted(LocalioDesign design, DioAlignment dio) {
        Host h1 = world.host("h1", "10.0.0.1", design, Kconfig.LOCALIO);
        c1 = NfsWorld.serve(h1, dir, "rw");
        InodeTable tree = c1.nfsd().tree(dir);
        tree.setDioAlignment(dio);
        tree.createFile("big", 1000, 1000, 0644, new byte[0]);
        return mount(h1, C1, dir, "vers=3");
    }

    private static byte[] pattern(int len) {
        byte[] b = new byte[len];
        for (int i = 0; i < len; i++) {
            b[i] = (byte) (i * 31 + 7);
        }
        return b;
    }

    private NfsOpenContext open(NfsServer m, int oflags) {
        return m.open(USER, "big", RW, oflags).value();
    }

    private byte[] onDisk() throws IOException {
        return Files.readAllBytes(dir.resolve("big"));
    }

    private boolean serverCopyDirty() {
        return c1.nfsd().tree(dir).lookupPath("big").iMapping().mappingTagged(AddressSpace.PAGECACHE_TAG_DIRTY);
    }

    private static NfsLocalIter buffered(long offset, int count) {
        return new NfsLocalIter(offset, count, false, 0);
    }

    @Test
    void a_misaligned_odirect_write_goes_as_a_buffered_head_a_direct_middle_and_a_buffered_tail_all_synchronous()
            throws IOException {
        NfsServer m = mounted(LocalioDesign.NEWEST, DISK);
        byte[] data = pattern(2000);

        NfsIo io = open(m, NfsOpenContext.O_DIRECT).write(100, data, StableHow.NFS_UNSTABLE);

        assertThat(io.ok()).as("%s", io).isTrue();
        assertThat(io.wentLocal()).isTrue();
        int sync = File.IOCB_DSYNC | File.IOCB_SYNC;
        assertThat(io.iters()).containsExactly(
                new NfsLocalIter(100, 412, false, sync),
                new NfsLocalIter(512, 1536, true, sync | File.IOCB_DIRECT),
                new NfsLocalIter(2048, 52, false, sync));
        assertThat(io.count()).isEqualTo(2000);
        assertThat(io.committed()).as("the reply still says what was asked").isEqualTo(StableHow.NFS_UNSTABLE);
        assertThat(serverCopyDirty()).as("every piece went DSYNC|SYNC").isFalse();
        assertThat(Arrays.copyOfRange(onDisk(), 100, 2100)).isEqualTo(data);
    }

    @Test
    void a_misaligned_odirect_read_is_split_the_same_way_and_returns_the_bytes_on_disk() throws IOException {
        NfsServer m = mounted(LocalioDesign.NEWEST, DISK);
        byte[] data = pattern(4096);
        open(m, 0).write(0, data, StableHow.NFS_FILE_SYNC);

        NfsIo io = open(m, NfsOpenContext.O_DIRECT).read(100, 2000);

        assertThat(io.ok()).as("%s", io).isTrue();
        assertThat(io.iters()).containsExactly(buffered(100, 412), new NfsLocalIter(512, 1536, true, File.IOCB_DIRECT),
                buffered(2048, 52));
        assertThat(io.data()).isEqualTo(Arrays.copyOfRange(data, 100, 2100));
    }

    @Test
    void an_aligned_odirect_request_is_one_direct_piece() {
        NfsServer m = mounted(LocalioDesign.NEWEST, DISK);
        NfsOpenContext ctx = open(m, NfsOpenContext.O_DIRECT);

        NfsIo write = ctx.write(512, pattern(1024), StableHow.NFS_UNSTABLE);
        NfsIo read = ctx.read(512, 1024);

        assertThat(write.iters()).extracting(NfsLocalIter::offset, NfsLocalIter::count, NfsLocalIter::direct)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(512L, 1024, true));
        assertThat(read.iters()).containsExactly(new NfsLocalIter(512, 1024, true, File.IOCB_DIRECT));
        assertThat(read.data()).isEqualTo(pattern(1024));
    }

    @Test
    void an_odirect_request_shorter_than_the_alignment_stays_buffered_in_one_piece() {
        NfsServer m = mounted(LocalioDesign.NEWEST, DISK);

        NfsIo io = open(m, NfsOpenContext.O_DIRECT).write(0, pattern(511), StableHow.NFS_UNSTABLE);

        assertThat(io.iters()).containsExactly(buffered(0, 511));
        assertThat(serverCopyDirty()).as("no DSYNC|SYNC for a request not cut for direct IO").isTrue();
    }

    @Test
    void an_odirect_request_holding_no_whole_aligned_block_still_issues_an_empty_direct_middle_as_the_kernel_does() {
        NfsServer m = mounted(LocalioDesign.NEWEST, DISK);

        NfsIo io = open(m, NfsOpenContext.O_DIRECT).write(100, pattern(600), StableHow.NFS_UNSTABLE);

        assertThat(io.ok()).as("%s", io).isTrue();
        assertThat(io.iters()).extracting(NfsLocalIter::offset, NfsLocalIter::count, NfsLocalIter::direct)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(100L, 412, false),
                        org.assertj.core.groups.Tuple.tuple(512L, 0, true),
                        org.assertj.core.groups.Tuple.tuple(512L, 188, false));
    }

    @Test
    void without_odirect_nothing_is_direct_even_when_the_request_is_aligned() throws IOException {
        NfsServer m = mounted(LocalioDesign.NEWEST, DISK);

        NfsIo io = open(m, 0).write(512, pattern(1024), StableHow.NFS_UNSTABLE);

        assertThat(io.iters()).containsExactly(buffered(512, 1024));
        assertThat(serverCopyDirty()).isTrue();
        assertThat(Arrays.copyOfRange(onDisk(), 512, 1536)).isEqualTo(pattern(1024));
    }

    @Test
    void v6_12_does_every_local_io_buffered_whatever_the_application_asked() throws IOException {
        NfsServer m = mounted(LocalioDesign.INTERLOCK, DISK);
        NfsOpenContext ctx = open(m, NfsOpenContext.O_DIRECT);

        NfsIo write = ctx.write(100, pattern(2000), StableHow.NFS_UNSTABLE);
        NfsIo read = ctx.read(100, 2000);

        assertThat(write.wentLocal()).isTrue();
        assertThat(write.iters()).containsExactly(buffered(100, 2000));
        assertThat(read.iters()).containsExactly(buffered(100, 2000));
        assertThat(read.data()).isEqualTo(pattern(2000));
        assertThat(serverCopyDirty()).isTrue();
    }

    @Test
    void a_filesystem_that_reports_no_direct_io_alignment_gets_the_odirect_request_buffered() {
        NfsServer m = mounted(LocalioDesign.NEWEST, DioAlignment.NONE);

        NfsIo io = open(m, NfsOpenContext.O_DIRECT).write(512, pattern(1024), StableHow.NFS_UNSTABLE);

        assertThat(io.ok()).isTrue();
        assertThat(io.iters()).containsExactly(buffered(512, 1024));
    }

    @Test
    void a_read_is_cut_by_the_read_alignment_and_a_write_by_the_write_alignment() {
        NfsServer m = mounted(LocalioDesign.NEWEST, new DioAlignment(4, 4096, 512));
        NfsOpenContext ctx = open(m, NfsOpenContext.O_DIRECT);

        NfsIo write = ctx.write(100, pattern(2000), StableHow.NFS_UNSTABLE);
        NfsIo read = ctx.read(100, 2000);

        assertThat(write.iters()).as("2000 bytes are less than the write alignment").containsExactly(buffered(100, 2000));
        assertThat(read.iters()).extracting(NfsLocalIter::direct).containsExactly(false, true, false);
        assertThat(read.data()).isEqualTo(pattern(2000));
    }

    @Test
    void a_middle_misaligned_in_memory_sends_the_whole_request_buffered() {
        NfsServer m = mounted(LocalioDesign.NEWEST, DISK);
        NfsOpenContext ctx = open(m, NfsOpenContext.O_DIRECT);
        OpaqueNfsdFile localio = Localio.nfsLocalOpenFh(m.nfsClient(), USER, ctx.fh(), RW);
        assertThat(localio).isNotNull();
        NfsPgioHeader hdr = NfsPgioHeader.write(ctx.fh(), USER, RW, 100, pattern(2000), StableHow.NFS_UNSTABLE)
                .nfsDirectPgioInit();
        hdr.pgbase = 1; // the middle then starts at address 413, not a multiple of 4

        Localio.nfsLocalDoio(m.nfsClient(), localio, hdr);

        assertThat(hdr.result().ok()).isTrue();
        assertThat(hdr.result().iters()).isEqualTo(List.of(buffered(100, 2000)));
    }
}
