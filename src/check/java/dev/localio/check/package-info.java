/**
 * Checks of the LOCALIO model that no single scenario can make: model-checked races between the
 * interlock's parties, and a soak that restarts a server's container under busy clients.
 *
 * <p>The harness: a source root of its own ({@code src/check/java}), programs over the model and
 * Lincheck and nothing else. The glue in {@code steps/} runs its races under scenarios; neither the
 * model nor the toolchain uses it ({@code ArchitectureTest}). Its unit tests are under
 * {@code src/test/java}, as every other.
 *
 * <h2>Model-checked races</h2>
 * {@link dev.localio.check.ModelCheck} runs a {@link dev.localio.check.Race} under Lincheck's model
 * checker: a few threads, each running the model's own code for one party (the client's local read,
 * nfsd shutting down, the namespace being torn down, an RCU reader or updater, a percpu_ref user or
 * killer), while the checker decides at every access to shared memory and every lock, wait and
 * wake-up which thread goes next. Each run is one interleaving; the checker explores them up to a
 * bound, checks the race's invariants after each, and stops at the first interleaving that breaks
 * one, printing it as a trace ({@link dev.localio.check.LincheckTrace} keeps the model's steps).
 *
 * <p>Each run builds its own kernel ({@link dev.localio.check.CheckedWorld}), so that the checker
 * sees every object from birth. What the checker does not explore, and why:
 * <ul>
 * <li>the filesystem: the model's inode table and the real files behind it (Lincheck refuses file
 *     operations; the VFS calls of an open, a read and a close are one step each, which none of the
 *     interlock's objects take part in);</li>
 * <li>the RPC service's own transports and threads ({@code svc_create()}, {@code svc_destroy()}):
 *     the checked nfsd service is created but never listens, as when {@code rpc.nfsd} has written the
 *     port list and started no thread (the case {@code nfsd_destroy_serv()}'s comment on
 *     {@code write_ports} describes); LOCALIO needs none of them, since a local open runs in the
 *     client's task;</li>
 * <li>the trace buffer, which only observes, and random numbers (uuids, write verifiers); a race's
 *     check that searches the trace after a run searches it there too ({@code Trace.firstSeq()}),
 *     as one step rather than a watched walk over a copy of it.</li>
 * </ul>
 * Threads the model starts inside a run are the checker's too: nfsd's shutdown starts the
 * {@code rcu_gp} kthread for the percpu_ref's switch, and the checker interleaves it like the rest
 * (the model's kthread ends once it has no callback left, so a run can end).
 *
 * <p>{@link dev.localio.check.ModelCheckBench} (a program) times the checks one after another in
 * one JVM, in wall-clock and CPU seconds.
 *
 * <h2>Restart soak</h2>
 * {@link dev.localio.check.RestartSoak} (a program, not a unit test) restarts a container K times
 * under T threads doing LOCALIO reads, writes and commits through real mounts, and checks what must
 * hold afterwards: see its class comment and the README.
 */
package dev.localio.check;
