package dev.localio.linux;

import static org.assertj.core.api.Assertions.assertThat;

import dev.localio.linux.fs.nfs.Localio;
import dev.localio.linux.fs.nfs.NfsServer;
import dev.localio.linux.fs.nfs_common.OpaqueNfsdFile;
import dev.localio.linux.fs.nfsd.NfsdNet;
import dev.localio.linux.kernel.Cred;
import dev.localio.linux.kernel.ErrPtr;
import dev.localio.linux.kernel.Errno;
import dev.localio.linux.kernel.Fmode;
import dev.localio.linux.net.sunrpc.xdr.NfsFh;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ContainerTest {

    private static final Cred USER = Cred.of(1000, 1000);
    private static final String C1 = "172.17.0.2";

    @TempDir
    Path dir;
    private final Network lan = new Network();
    private final Host h1 = Host.builder("h1").network(lan).address("10.0.0.1").build();

    @AfterEach
    void tearDown() {
        h1.close();
    }

    /**
     * A stopping container holds its own lock for as long as nfsd takes to stop, which includes
     * waiting for the last LOCALIO IO in flight ({@code nfsd_destroy_serv()}), and it unmounts the
     * mounts of its namespace first, which takes the NFS client's {@code nfs_client_lock}. A new
     * client connects under {@code nfs_client_lock} ({@code nfs_get_client()}) and asks the
     * container's rpcbind for the port: had that question waited for the container's lock, a mount
     * and a restart could each hold what the other waits for, as the restart soak found. The
     * namespace being stopped answers as it stands: nothing registered, connection refused.
     */
    @Test
    void a_mount_is_refused_at_once_while_the_servers_container_stops_and_does_not_wait_for_it() {
        Container c1 = h1.container("c1").address(C1).export("*", dir, "rw").start();
        c1.nfsd().tree(dir).createFile("data", 1000, 1000, 0644, new byte[] {1});
        NfsServer mount = h1.mount(C1, dir.toString(), "vers=3,sec=sys").value();
        NfsFh fh = mount.lookup(USER, "data").value();
        OpaqueNfsdFile inFlight = Localio.nfsLocalOpenFh(mount.nfsClient(), USER, fh, Fmode.FMODE_READ);
        assertThat(inFlight).as("the local open of an IO in flight").isNotNull();
        NfsdNet nn = c1.nfsd().nfsdNet();
        Thread stopping = Await.start("podman stop c1", c1::stop);
        AtomicReference<ErrPtr<NfsServer>> second = new AtomicReference<>();
        try {
            Await.until("the stop waits for the IO in flight", () -> nn.nfsdServFreeDone().waiters() == 1);

            Thread mounting = Await.start("mount", () -> second.set(h1.mount(C1, dir.toString(), "vers=3,sec=sys")));
            Await.joined(mounting);
        } finally {
            Localio.nfsLocalFilePut(mount.nfsClient(), inFlight);
        }
        Await.joined(stopping);

        assertThat(second.get().errno()).as("the mount made while c1 stopped").isEqualTo(Errno.ECONNREFUSED);
        assertThat(c1.isRunning()).isFalse();
    }
}
