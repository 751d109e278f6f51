package dev.localio.linux;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.localio.linux.fs.nfs.NfsIo;
import dev.localio.linux.fs.nfs.NfsServer;
import dev.localio.linux.kernel.Cred;
import dev.localio.linux.kernel.Fmode;
import dev.localio.linux.net.sunrpc.xdr.StableHow;
import java.net.ConnectException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Everything a world starts stops when its hosts close: no thread and no listening port is left. */
class WorldHygieneTest {

    @TempDir
    Path dir;
    @TempDir
    Path dsDir;

    @Test
    void a_whole_world_of_hosts_containers_servers_clients_and_mounts_leaves_nothing_behind() {
        Set<Thread> before = Set.copyOf(Thread.getAllStackTraces().keySet());
        Network lan = new Network();
        Host h1 = Host.builder("h1").network(lan).address("10.0.0.1").build();
        Host h2 = Host.builder("h2").network(lan).address("10.0.0.2").build();
        Cred user = Cred.of(1000, 1000);

        Container c1 = h1.container("c1").address("172.17.0.2").export("*", dir, "rw,pnfs").start();
        c1.nfsd().tree(dir).createFile("data", 1000, 1000, 0644, "hello".getBytes(StandardCharsets.UTF_8));
        h2.hostNfsd().export("*", dsDir, "rw");
        h2.startNfsd().tree(dsDir).createFile("data", 1000, 1000, 0644, new byte[0]);
        c1.nfsd().layout(dir, "data", "10.0.0.2", h2.hostNfsd().fh("*", dsDir, "data"));
        lan.forward("10.0.0.1", c1);
        Container client = h2.container("client").address("172.17.0.3").start();

        List<Integer> ports = new ArrayList<>(List.of(c1.nfsd().nfsPort(), c1.nfsd().mountdPort(),
                h2.hostNfsd().nfsPort(), h2.hostNfsd().mountdPort()));
        NfsServer local = h1.mount("172.17.0.2", dir.toString(), "vers=3").value();
        NfsServer remote = h2.mount("10.0.0.1", dir.toString(), "vers=4.2").value();
        NfsServer fromContainer = client.mount("10.0.0.1", dir.toString(), "vers=3").value();
        NfsIo w = local.open(user, "data", Fmode.FMODE_WRITE).value().write(0, "HELLO".getBytes(StandardCharsets.UTF_8),
                StableHow.NFS_FILE_SYNC);
        NfsIo r = remote.open(user, "data", Fmode.FMODE_READ).value().read(0, 10);
        NfsIo c = fromContainer.open(user, "data", Fmode.FMODE_READ).value().read(0, 10);
        assertThat(w.wentLocal()).isTrue();
        assertThat(r.wentLocal()).as("flexfiles: the data server is h2's own nfsd").isTrue();
        assertThat(c.ok()).isTrue();
        c1.restart();
        ports.add(c1.nfsd().nfsPort());
        ports.add(c1.nfsd().mountdPort());
        assertThat(local.open(user, "data", Fmode.FMODE_READ).value().read(0, 10).ok()).isTrue();

        h2.close();
        h1.close();

        List<Thread> left = Thread.getAllStackTraces().keySet().stream().filter(t -> !before.contains(t))
                .filter(Thread::isAlive).toList();
        left.forEach(Await::joined); // a thread that is ending may still be alive for a moment
        for (int port : ports) {
            assertThatThrownBy(() -> new Socket("127.0.0.1", port).close()).as("port %d", port)
                    .isInstanceOf(ConnectException.class);
        }
        assertThat(lan.trackedConnections()).isZero();
        assertThat(h1.subsystems().kernel().kasan().reports()).isEmpty();
        assertThat(h2.subsystems().kernel().kasan().reports()).isEmpty();
        assertThat(h1.subsystems().kernel().oopses()).isEmpty();
    }
}
