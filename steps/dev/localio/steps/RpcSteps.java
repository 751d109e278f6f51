package dev.localio.steps;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Collectors;

import org.assertj.core.api.SoftAssertions;
import org.dcache.oncrpc4j.xdr.XdrVoid;

import io.cucumber.java.en.Then;

import dev.localio.linux.Host;
import dev.localio.linux.fs.nfs.Localio;
import dev.localio.linux.fs.nfs_common.NfsCommonTrace.NfsUuidBegin;
import dev.localio.linux.fs.nfs_common.NfsUuid;
import dev.localio.linux.fs.nfsd.NfsdTrace.LocalioProcUuidIsLocal;
import dev.localio.linux.net.sunrpc.RpcAuth;
import dev.localio.linux.net.sunrpc.RpcClnt;
import dev.localio.linux.net.sunrpc.RpcIostats;
import dev.localio.linux.net.sunrpc.RpcProgram;
import dev.localio.linux.net.sunrpc.RpcResult;
import dev.localio.linux.net.sunrpc.RpcStatus;
import dev.localio.linux.net.sunrpc.SunrpcTrace.SvcProcess;
import dev.localio.linux.net.sunrpc.SunrpcTrace.SvcSend;
import dev.localio.linux.net.sunrpc.xdr.Nfs;

/** What crossed the wire: RPC programs, procedures, connections, rpcbind. */
public class RpcSteps {

    private static final int NFS_PROGRAM = Nfs.NFS_RPC_PROGRAM.number();

    private final LocalioWorld world;
    private final Servers servers;
    private final Mounts mounts;

    public RpcSteps(LocalioWorld world, Servers servers, Mounts mounts) {
        this.world = world;
        this.servers = servers;
        this.mounts = mounts;
    }

    /**
     * Checks the live server against the spec on the page: every procedure answers when called with
     * the argument the spec declares; an argument is read as the spec declares it, whatever was sent: the
     * declared form gives back the bytes sent, the other opaque form (with or without a length word) and a
     * form one word short get what decoding them as declared gives (the bytes read, or GARBAGE_ARGS when
     * they do not decode); the next procedure number is unknown; other versions are a mismatch.
     */
    @Then("the server's LOCALIO program is, in rpcgen syntax:")
    public void theServersLocalioProgramIs(String text) {
        RpcgenSpec spec = RpcgenSpec.parse(text);
        InetSocketAddress nfsd = nfsdAddress();
        SoftAssertions softly = new SoftAssertions();
        for (RpcgenSpec.Version version : spec.versions) {
            RpcClnt clnt = connect(nfsd, spec, version.number());
            try {
                int highest = -1;
                for (RpcgenSpec.Procedure proc : version.procedures()) {
                    highest = Math.max(highest, proc.number());
                    RpcgenSpec.Type type = proc.argument();
                    if (type == RpcgenSpec.Type.VOID) {
                        softly.assertThat(clnt.rpcCallSync(proc.number(), XdrVoid.XDR_VOID, new XdrVoid()))
                                .as("%s %s.%s (procedure %d) called as the spec says", spec.programName, version.name(),
                                        proc.name(), proc.number())
                                .isEqualTo(RpcStatus.SUCCESS);
                        continue;
                    }
                    byte[] declared = type.wire(random(type.size()), false);
                    byte[] other = type.wire(random(type.size()), true);
                    byte[] short1 = Arrays.copyOf(type.wire(random(type.size()), false), declared.length - 4);
                    callAsDeclared(softly, clnt, proc, declared, "called as the spec says");
                    callAsDeclared(softly, clnt, proc, other, "with its " + type.name() + " in the other opaque form");
                    callAsDeclared(softly, clnt, proc, short1, "with its " + type.name() + " one word short");
                }
                // Every number the spec leaves out, below its highest procedure and just above it, is one the
                // server does not know: a procedure the spec forgot (NULL, say) would answer.
                Set<Integer> declared = version.procedures().stream().map(RpcgenSpec.Procedure::number).collect(Collectors.toSet());
                for (int n = 0; n <= highest + 1; n++) {
                    if (!declared.contains(n)) {
                        softly.assertThat(clnt.rpcCallSync(n, XdrVoid.XDR_VOID, new XdrVoid()).kind())
                                .as("procedure %d, which the spec does not declare", n).isEqualTo("RPC_PROC_UNAVAIL");
                    }
                }
            } finally {
                clnt.rpcShutdownClient();
            }
        }
        int undeclared = spec.versions.stream().mapToInt(RpcgenSpec.Version::number).max().orElseThrow() + 1;
        RpcClnt other = connect(nfsd, spec, undeclared);
        try {
            softly.assertThat(other.rpcCallSync(0, XdrVoid.XDR_VOID, new XdrVoid()).kind())
                    .as("version %d, which the spec does not declare", undeclared).isEqualTo("RPC_PROG_MISMATCH");
        } finally {
            other.rpcShutdownClient();
        }
        softly.assertAll();
    }

    /**
     * Sends {@code wire} as the arguments of {@code proc} and checks the server against the spec: GARBAGE_ARGS
     * where the bytes do not decode as the spec declares, else SUCCESS with exactly the decoded value in the
     * server's hands, as its trace of the procedure shows.
     */
    private void callAsDeclared(SoftAssertions softly, RpcClnt clnt, RpcgenSpec.Procedure proc, byte[] wire,
            String how) {
        byte[] expected = proc.argument().decode(wire);
        List<LocalioProcUuidIsLocal> before = decodedUuids(proc);
        RpcStatus status = clnt.rpcCallSync(proc.number(), new OpaqueArgument(wire, false), new XdrVoid());
        String what = proc.name() + " " + how + ", " + wire.length + " bytes " + HexFormat.of().formatHex(wire);
        if (expected == null) {
            softly.assertThat(status.kind()).as("%s: the spec's decoder finds too few bytes", what)
                    .isEqualTo("RPC_GARBAGE_ARGS");
            return;
        }
        softly.assertThat(status).as(what).isEqualTo(RpcStatus.SUCCESS);
        List<byte[]> decoded = decodedUuids(proc).stream().skip(before.size()).map(e -> uuidBytes(e.uuid())).toList();
        softly.assertThat(decoded).as("the %s the server decoded from %s (%s expected)", proc.argument().name(), what,
                HexFormat.of().formatHex(expected)).containsExactly(expected);
    }

    /** What the server decoded for {@code proc} so far; only UUID_IS_LOCAL takes an argument, and its trace shows it. */
    private List<LocalioProcUuidIsLocal> decodedUuids(RpcgenSpec.Procedure proc) {
        if (!proc.name().equals("UUID_IS_LOCAL")) {
            throw new IllegalArgumentException("the server traces no decoded argument of " + proc.name()
                    + ": a spec check cannot see what it read");
        }
        return serverHost().subsystems().kernel().trace().events(LocalioProcUuidIsLocal.class);
    }

    private static byte[] uuidBytes(UUID uuid) {
        return ByteBuffer.allocate(16).putLong(uuid.getMostSignificantBits()).putLong(uuid.getLeastSignificantBits())
                .array();
    }

    private static byte[] random(int n) {
        byte[] bytes = new byte[n];
        ThreadLocalRandom.current().nextBytes(bytes);
        return bytes;
    }

    /**
     * A nonce the server's kernel has waiting, sent with a length word in front, is answered but confirms no
     * one: the server reads the length word as the nonce's first four bytes. The same nonce sent as the
     * fixed 16 bytes then confirms it, which shows the first call had a nonce it could have found.
     */
    @Then("a waiting nonce sent with a length word in front is answered, but confirms nothing")
    public void aWaitingNonceWithALengthWordConfirmsNothing() {
        NfsUuid probe = serverHost().subsystems().nfsLocalio().nfsUuidInit();
        assertThat(probe.nfsUuidBegin()).as("a nonce put on nfs_uuids").isTrue();
        RpcClnt clnt = RpcClnt.rpcCreate(nfsdAddress(), new RpcProgram("nfslocalio", Nfs.NFS_LOCALIO_PROGRAM),
                Nfs.LOCALIO_V1, RpcAuth.authUnix(0, 0, new int[0], "spec-checker")).value();
        SoftAssertions softly = new SoftAssertions();
        try {
            softly.assertThat(clnt.rpcCallSync(Nfs.LOCALIOPROC_UUID_IS_LOCAL, new OpaqueArgument(probe.uuid(), true),
                    new XdrVoid())).as("UUID_IS_LOCAL with a length word before the nonce").isEqualTo(RpcStatus.SUCCESS);
            softly.assertThat(probe.netAccess()).as("the namespace recorded for the waiting nonce").isNull();
            softly.assertThat(probe.onList()).as("the list the nonce is on").isEqualTo("nfs_uuids");
            softly.assertThat(clnt.rpcCallSync(Nfs.LOCALIOPROC_UUID_IS_LOCAL, new OpaqueArgument(probe.uuid(), false),
                    new XdrVoid())).as("UUID_IS_LOCAL with the nonce alone").isEqualTo(RpcStatus.SUCCESS);
            softly.assertThat(probe.netAccess()).as("the namespace recorded once the nonce came alone").isNotNull();
        } finally {
            clnt.rpcShutdownClient();
            probe.nfsUuidInvalidateOneClient();
            probe.nfsUuidEnd();
        }
        softly.assertAll();
    }

    private InetSocketAddress nfsdAddress() {
        return new InetSocketAddress(InetAddress.getLoopbackAddress(), servers.server().nfsd().nfsPort());
    }

    private static RpcClnt connect(InetSocketAddress address, RpcgenSpec spec, int version) {
        RpcResult<RpcClnt> clnt = RpcClnt.rpcCreate(address, new RpcProgram(spec.programName.toLowerCase(), spec.program),
                version, RpcAuth.authUnix(0, 0, new int[0], "spec-checker"));
        assertThat(clnt.isErr()).as("connecting to the server's nfsd port").isFalse();
        return clnt.value();
    }

    @Then("the client sent {int} {procedure} call(s)")
    public void theClientSent(int n, Procedure procedure) {
        assertThat(mounts.calls(mounts.mount(), procedure)).as("%s calls the client sent", procedure.name()).isEqualTo(n);
    }

    @Then("the client on {string} sent {int} {procedure} call(s)")
    public void theClientOnSent(String host, int n, Procedure procedure) {
        assertThat(mounts.calls(mounts.mountOn(host), procedure)).as("%s calls the client on %s sent", procedure.name(),
                host).isEqualTo(n);
    }

    @Then("the client sent {int} call(s) to the LOCALIO program")
    public void theClientSentLocalioCalls(int n) {
        assertThat(mounts.calls(mounts.mount(), Nfs.NFS_LOCALIO_PROGRAM))
                .as("calls to program %d (NULL and UUID_IS_LOCAL)", Nfs.NFS_LOCALIO_PROGRAM).isEqualTo(n);
    }

    /**
     * Every nonce the server decoded from a UUID_IS_LOCAL call is one the client registered in
     * nfs_common before, and no two calls carried the same one.
     */
    @Then("every UUID_IS_LOCAL call carried a new nonce")
    public void everyUuidIsLocalCarriedANewNonce() {
        List<UUID> sent = serverHost().subsystems().kernel().trace().events(LocalioProcUuidIsLocal.class).stream()
                .map(LocalioProcUuidIsLocal::uuid).toList();
        List<UUID> registered = mounts.mount().endpoint().subsystems().kernel().trace().events(NfsUuidBegin.class)
                .stream().filter(NfsUuidBegin::ok).map(NfsUuidBegin::uuid).toList();
        assertThat(sent).as("nonces of the UUID_IS_LOCAL calls the server decoded")
                .hasSize((int) mounts.calls(mounts.mount(), Procedure.named("UUID_IS_LOCAL")))
                .doesNotHaveDuplicates();
        assertThat(registered).as("nonces the client registered in nfs_common").containsAll(sent);
    }

    @Then("the UUID_IS_LOCAL argument was {int} bytes on the wire: the client's nonce, with no length word")
    public void theUuidIsLocalArgumentWas(int bytes) {
        List<LocalioProcUuidIsLocal> decoded = serverHost().subsystems().kernel().trace()
                .events(LocalioProcUuidIsLocal.class);
        assertThat(decoded).as("UUID_IS_LOCAL calls the server decoded").hasSize(1);
        ByteBuffer uuid = ByteBuffer.wrap(mounts.mount().nfs().nfsClient().clUuid().uuid());
        UUID nonce = new UUID(uuid.getLong(), uuid.getLong());
        assertThat(decoded.get(0).arglen()).as("argument bytes on the wire").isEqualTo(bytes);
        assertThat(decoded.get(0).uuid()).as("the uuid the server decoded").isEqualTo(nonce);
    }

    @Then("the UUID_IS_LOCAL reply had no result")
    public void theUuidIsLocalReplyHadNoResult() {
        RpcIostats server = servers.server().nfsd().serv().svStats();
        int prog = Nfs.NFS_LOCALIO_PROGRAM;
        long nullCalls = server.calls(prog, Nfs.LOCALIO_V1, Nfs.LOCALIOPROC_NULL);
        long uuidCalls = server.calls(prog, Nfs.LOCALIO_V1, Nfs.LOCALIOPROC_UUID_IS_LOCAL);
        assertThat(nullCalls).as("NULL calls the server answered").isPositive();
        assertThat(uuidCalls).as("UUID_IS_LOCAL calls the server answered").isPositive();
        // A void reply is the reply header alone: the same record size as the NULL reply's.
        assertThat(server.replyBytes(prog, Nfs.LOCALIO_V1, Nfs.LOCALIOPROC_UUID_IS_LOCAL) / uuidCalls)
                .as("bytes of a UUID_IS_LOCAL reply, against a NULL reply's")
                .isEqualTo(server.replyBytes(prog, Nfs.LOCALIO_V1, Nfs.LOCALIOPROC_NULL) / nullCalls);
    }

    @Then("the server saw the LOCALIO calls and the NFS calls on the same connection")
    public void theServerSawLocalioAndNfsOnTheSameConnection() {
        Set<String> localio = connections(Nfs.NFS_LOCALIO_PROGRAM);
        Set<String> nfs = connections(NFS_PROGRAM);
        assertThat(localio).as("connections that carried LOCALIO calls").hasSize(1);
        assertThat(nfs).as("connections that carried NFS calls").containsAll(localio);
    }

    private Set<String> connections(int program) {
        return serverHost().subsystems().kernel().trace().events(SvcProcess.class).stream()
                .filter(e -> e.prog() == program)
                .map(SvcProcess::connection)
                .collect(Collectors.toSet());
    }

    @Then("the client asked rpcbind nothing about LOCALIO")
    public void theClientAskedRpcbindNothingAboutLocalio() {
        var rpcbind = servers.server().endpoint().rpcbind();
        assertThat(rpcbind.getportQueries(NFS_PROGRAM)).as("rpcbind lookups of NFS (the mount's own)").isPositive();
        assertThat(rpcbind.getportQueries(Nfs.NFS_LOCALIO_PROGRAM)).as("rpcbind lookups of LOCALIO").isZero();
    }

    @Then("rpcbind on {string} lists NFS version {int}")
    public void rpcbindListsNfs(String host, int version) {
        assertThat(world.host(host).rpcbind().rpcbDump())
                .anySatisfy(m -> {
                    assertThat(m.prog()).isEqualTo(NFS_PROGRAM);
                    assertThat(m.vers()).isEqualTo(version);
                });
    }

    @Then("rpcbind on {string} does not list program {int}")
    public void rpcbindDoesNotList(String host, int program) {
        // Not vacuous: the program rpcbind leaves out is one the server runs, its LOCALIO program.
        assertThat(servers.server().nfsd().serv().svProgram().stream().map(p -> p.pgProg()).toList())
                .as("the programs of the NFS server").contains(program);
        assertThat(program).as("the number of the server's LOCALIO program").isEqualTo(Nfs.NFS_LOCALIO_PROGRAM);
        assertThat(world.host(host).rpcbind().rpcbDump()).as("rpcbind's table on %s", host)
                .noneSatisfy(m -> assertThat(m.prog()).isEqualTo(program));
    }

    @Then("the server answered the client's LOCALIO NULL call with {word}")
    public void theServerAnsweredTheNullCallWith(String status) {
        List<SvcSend> replies = serverHost().subsystems().kernel().trace().events(SvcSend.class).stream()
                .filter(e -> e.prog() == Nfs.NFS_LOCALIO_PROGRAM && e.proc() == Nfs.LOCALIOPROC_NULL)
                .toList();
        assertThat(replies).as("the server's replies to LOCALIO NULL").singleElement()
                .satisfies(e -> assertThat(e.status().kind()).isEqualTo("RPC_" + status));
    }

    @Then("the client uses LOCALIO")
    public void theClientUsesLocalio() {
        assertThat(Localio.nfsServerIsLocal(mounts.mount().nfsClient())).as("nfs_server_is_local()").isTrue();
    }

    @Then("the client does not use LOCALIO")
    public void theClientDoesNotUseLocalio() {
        assertThat(Localio.nfsServerIsLocal(mounts.mount().nfsClient())).as("nfs_server_is_local()").isFalse();
    }

    private Host serverHost() {
        return world.hostOf(servers.server().endpoint());
    }
}
