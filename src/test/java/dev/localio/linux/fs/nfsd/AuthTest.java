package dev.localio.linux.fs.nfsd;

import static org.assertj.core.api.Assertions.assertThat;

import dev.localio.linux.Host;
import dev.localio.linux.kernel.Cred;
import dev.localio.linux.net.sunrpc.AuthDomain;
import dev.localio.linux.net.sunrpc.SvcCred;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AuthTest {

    @TempDir
    Path dir;
    private final Host host = new Host("auth-test");

    @AfterEach
    void tearDown() {
        host.close();
    }

    private SvcExport export(String options) {
        AuthDomain dom = host.subsystems().sunrpc().authDomainTable().unixDomainFind("*");
        return new SvcExport(dom, host.subsystems().nfsd().inodeTable(dir), 1, ExportOptions.parse(options));
    }

    @Test
    void root_squash_is_the_default_and_maps_root_to_the_anonymous_ids() {
        Cred c = Auth.nfsdSetuser(SvcCred.authUnix(0, 0, 0, 10), export("rw"));
        assertThat(c).isEqualTo(Cred.of(65534, 65534, 65534, 10));
    }

    @Test
    void root_squash_leaves_other_users_alone() {
        Cred c = Auth.nfsdSetuser(SvcCred.authUnix(1000, 1000, 20), export("rw,root_squash"));
        assertThat(c).isEqualTo(Cred.of(1000, 1000, 20));
    }

    @Test
    void anonuid_and_anongid_choose_the_squashed_ids() {
        Cred c = Auth.nfsdSetuser(SvcCred.authUnix(0, 0), export("rw,anonuid=3000,anongid=4000"));
        assertThat(c).isEqualTo(Cred.of(3000, 4000));
    }

    @Test
    void all_squash_maps_everyone_and_drops_the_groups() {
        Cred c = Auth.nfsdSetuser(SvcCred.authUnix(1000, 1000, 20, 30), export("rw,all_squash,anonuid=2000,anongid=2000"));
        assertThat(c).isEqualTo(Cred.of(2000, 2000));
    }

    @Test
    void no_root_squash_keeps_root() {
        Cred c = Auth.nfsdSetuser(SvcCred.authUnix(0, 0, 0), export("rw,no_root_squash"));
        assertThat(c).isEqualTo(Cred.of(0, 0, 0));
    }

    @Test
    void an_invalid_uid_becomes_the_anonymous_one() {
        Cred c = Auth.nfsdSetuser(SvcCred.authUnix(Cred.INVALID, 5), export("rw,no_root_squash"));
        assertThat(c.fsuid()).isEqualTo(65534);
        assertThat(c.fsgid()).isEqualTo(5);
    }

    @Test
    void the_flags_of_the_matching_sec_flavor_apply() {
        SvcExport exp = export("ro,sec=sys:krb5");
        assertThat(Auth.nfsexpFlags(SvcCred.authUnix(1, 1), exp) & SvcExport.NFSEXP_READONLY).isNotZero();
        assertThat(exp.exFlavors()).hasSize(2);
    }
}
