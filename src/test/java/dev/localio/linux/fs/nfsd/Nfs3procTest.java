package dev.localio.linux.fs.nfsd;

import static org.assertj.core.api.Assertions.assertThat;

import dev.localio.linux.LocalioProbe;
import dev.localio.linux.net.sunrpc.RpcAuthFlavor;
import dev.localio.linux.net.sunrpc.SvcCred;
import dev.localio.linux.net.sunrpc.xdr.NfsFh;
import dev.localio.linux.net.sunrpc.xdr.StableHow;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class Nfs3procTest {

    @TempDir
    Path dir;
    private ServerFixture f;
    private Nfs3proc nfs3;
    private static final SvcCred USER = SvcCred.authUnix(1000, 1000);

    @BeforeEach
    void setUp() {
        f = new ServerFixture(dir, "rw");
        nfs3 = f.nfsd().nfs3proc();
    }

    @AfterEach
    void tearDown() {
        f.close();
    }

    @Test
    void getattr_of_the_export_root() {
        Nfs3proc.Nfsd3Attrstat r = nfs3.nfsd3ProcGetattr(f.rqst(USER), f.fh(""));
        assertThat(r.status()).isEqualTo(Nfserr.NFS_OK);
        assertThat(r.attr().type()).isEqualTo(Inode.S_IFDIR);
        assertThat(r.attr().fileid()).isEqualTo(InodeTable.ROOT_INO);
    }

    @Test
    void lookup_returns_the_handle_a_local_open_accepts() {
        Nfs3proc.Nfsd3Diropres r = nfs3.nfsd3ProcLookup(f.rqst(USER), f.fh(""), "data");
        assertThat(r.status()).isEqualTo(Nfserr.NFS_OK);
        assertThat(r.fh()).isEqualTo(f.fh("data"));
        assertThat(r.attr().size()).isEqualTo(ServerFixture.HELLO.length);
        assertThat(nfs3.nfsd3ProcLookup(f.rqst(USER), f.fh(""), "nope").status()).isEqualTo(Nfserr.NFSERR_NOENT);
    }

    @Test
    void read_returns_the_data_and_eof() {
        Nfs3proc.Nfsd3Readres r = nfs3.nfsd3ProcRead(f.rqst(USER), f.fh("data"), 6, 100);
        assertThat(r.status()).isEqualTo(Nfserr.NFS_OK);
        assertThat(new String(r.data(), StandardCharsets.UTF_8)).isEqualTo("localio");
        assertThat(r.eof()).isTrue();
        assertThat(nfs3.nfsd3ProcRead(f.rqst(USER), f.fh("data"), 0, 5).eof()).isFalse();
        assertThat(f.host.subsystems().kernel().trace().counterValue("nfsd3_READ")).isEqualTo(2);
    }

    @Test
    void write_stores_the_data_and_returns_the_servers_boot_verifier() throws Exception {
        byte[] verf = f.nn().nfsdCopyWriteVerifier();
        Nfs3proc.Nfsd3Writeres w = nfs3.nfsd3ProcWrite(f.rqst(USER), f.fh("mine"), 0,
                StableHow.NFS_FILE_SYNC, "HELLO".getBytes(StandardCharsets.UTF_8));
        assertThat(w.status()).isEqualTo(Nfserr.NFS_OK);
        assertThat(w.count()).isEqualTo(5);
        assertThat(w.committed()).isEqualTo(StableHow.NFS_FILE_SYNC);
        assertThat(w.verf()).isEqualTo(verf);
        assertThat(Files.readString(dir.resolve("mine"))).isEqualTo("HELLO localio");
        assertThat(nfs3.nfsd3ProcCommit(f.rqst(USER), f.fh("mine"), 0, 0).verf()).isEqualTo(verf);
    }

    @Test
    void the_write_verifier_changes_when_nfsd_restarts() {
        byte[] before = f.nn().nfsdCopyWriteVerifier();
        f.c1.nfsd().stop();
        f.nfsd().nfssvc().nfsdSvc(1, f.c1.net());
        assertThat(f.nn().nfsdCopyWriteVerifier()).isNotEqualTo(before);
    }

    @Test
    void create_makes_a_file_owned_by_the_squashed_caller() {
        Nfs3proc.Nfsd3Diropres r = nfs3.nfsd3ProcCreate(f.rqst(SvcCred.authUnix(0, 0)), f.fh(""), "new", 0644, true);
        assertThat(r.status()).as("squashed root may not write the root-owned 0755 directory")
                .isEqualTo(Nfserr.NFSERR_ACCES);
        Nfs3proc.Nfsd3Attrstat chmod = nfs3.nfsd3ProcSetattr(f.rqst(SvcCred.authUnix(0, 0)), f.fh(""),
                new Nfs3proc.Iattr(0777, null, null, null));
        assertThat(chmod.status()).isEqualTo(Nfserr.NFSERR_PERM);
        f.tree.rootInode().setPermissions(0777);
        r = nfs3.nfsd3ProcCreate(f.rqst(SvcCred.authUnix(0, 0)), f.fh(""), "new", 0644, true);
        assertThat(r.status()).isEqualTo(Nfserr.NFS_OK);
        assertThat(r.attr().uid()).isEqualTo(65534);
        assertThat(nfs3.nfsd3ProcCreate(f.rqst(USER), f.fh(""), "new", 0644, true).status())
                .isEqualTo(Nfserr.NFSERR_EXIST);
    }

    @Test
    void setattr_truncates_for_a_writer() throws Exception {
        Nfs3proc.Nfsd3Attrstat r = nfs3.nfsd3ProcSetattr(f.rqst(USER), f.fh("mine"),
                new Nfs3proc.Iattr(null, null, null, 5L));
        assertThat(r.status()).isEqualTo(Nfserr.NFS_OK);
        assertThat(Files.readString(dir.resolve("mine"))).isEqualTo("hello");
    }

    @Test
    void a_request_from_an_unprivileged_port_is_refused_unless_the_export_is_insecure() {
        NfsdRqst insecurePort = f.c1.nfsd().rqst(LocalioProbe.loopback(), USER, false, 3);
        assertThat(nfs3.nfsd3ProcGetattr(insecurePort, f.fh("data")).status()).isEqualTo(Nfserr.NFSERR_PERM);
    }

    @Test
    void a_flavor_the_export_does_not_list_is_refused() {
        NfsdRqst krb5 = f.c1.nfsd().rqst(LocalioProbe.loopback(),
                SvcCred.local(RpcAuthFlavor.RPC_AUTH_GSS_KRB5, 1000, 1000, List.of()), true, 3);
        assertThat(nfs3.nfsd3ProcGetattr(krb5, f.fh("data")).status()).isEqualTo(Nfserr.NFSERR_ACCES);
    }

    @Test
    void a_stale_handle_is_refused() {
        byte[] raw = f.fh("data").data();
        raw[5] = 9; // another fsid
        assertThat(nfs3.nfsd3ProcGetattr(f.rqst(USER), NfsFh.of(raw)).status()).isEqualTo(Nfserr.NFSERR_STALE);
    }
}
