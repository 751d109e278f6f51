package dev.localio.linux.fs.nfsd;

import static org.assertj.core.api.Assertions.assertThat;

import dev.localio.linux.Host;
import dev.localio.linux.kernel.Cred;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class VfsTest {

    @TempDir
    Path dir;
    private final Host host = new Host("vfs-test");
    private InodeTable tree;
    private SvcExport rw;
    private SvcExport ro;

    @BeforeEach
    void setUp() {
        tree = host.subsystems().nfsd().inodeTable(dir);
        rw = new SvcExport(host.subsystems().sunrpc().authDomainTable().unixDomainFind("*"), tree, 1, ExportOptions.parse("rw"));
        ro = new SvcExport(host.subsystems().sunrpc().authDomainTable().unixDomainFind("*"), tree, 1, ExportOptions.parse("ro"));
    }

    @AfterEach
    void tearDown() {
        host.close();
    }

    @ParameterizedTest(name = "mode {0} for {1}:{2} asking {3} -> {4}")
    @CsvSource({
        "0600, 1000, 1000, READ, NFS_OK",
        "0600, 1001, 1000, READ, NFSERR_ACCES",
        "0640, 1001, 1000, READ, NFS_OK",
        "0640, 1001, 1000, WRITE, NFSERR_ACCES",
        "0644, 1002, 1002, READ, NFS_OK",
        "0600, 0, 0, WRITE, NFS_OK",
        "0600, 0, 0, EXEC, NFSERR_ACCES",
        "0700, 0, 0, EXEC, NFS_OK",
    })
    void permission_bits_apply_to_owner_group_and_others_and_root_overrides(String mode, int uid,
            int gid, String what, Nfserr expected) {
        Inode f = tree.createFile("f", 1000, 1000, Integer.parseInt(mode, 8), new byte[0]);
        int acc = switch (what) {
            case "READ" -> Vfs.NFSD_MAY_READ;
            case "WRITE" -> Vfs.NFSD_MAY_WRITE;
            default -> Vfs.NFSD_MAY_EXEC;
        };
        assertThat(Vfs.nfsdPermission(Cred.of(uid, gid), rw, rw.exFlags(), f, acc)).isEqualTo(expected);
    }

    @Test
    void a_read_only_export_refuses_writes_even_to_root() {
        Inode f = tree.createFile("f", 0, 0, 0666, new byte[0]);
        assertThat(Vfs.nfsdPermission(Cred.of(0, 0), ro, ro.exFlags(), f, Vfs.NFSD_MAY_WRITE))
                .isEqualTo(Nfserr.NFSERR_ROFS);
        assertThat(Vfs.nfsdPermission(Cred.of(0, 0), ro, ro.exFlags(), f, Vfs.NFSD_MAY_READ))
                .isEqualTo(Nfserr.NFS_OK);
    }

    @Test
    void the_owner_may_always_do_what_the_open_checked() {
        Inode f = tree.createFile("f", 1000, 1000, 0000, new byte[0]);
        assertThat(Vfs.nfsdPermission(Cred.of(1000, 1000), rw, rw.exFlags(), f,
                Vfs.NFSD_MAY_READ | Vfs.NFSD_MAY_WRITE | Vfs.NFSD_MAY_OWNER_OVERRIDE)).isEqualTo(Nfserr.NFS_OK);
    }

    @Test
    void supplementary_groups_count() {
        Inode f = tree.createFile("f", 1000, 50, 0060, new byte[0]);
        assertThat(Vfs.nfsdPermission(Cred.of(1001, 1001, 50), rw, rw.exFlags(), f,
                Vfs.NFSD_MAY_WRITE)).isEqualTo(Nfserr.NFS_OK);
    }
}
