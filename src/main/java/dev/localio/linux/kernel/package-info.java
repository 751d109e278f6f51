/**
 * The kernel facilities LOCALIO's lifetimes rest on, one set per {@link dev.localio.linux.kernel.Kernel},
 * and the kernel's build configuration ({@link dev.localio.linux.kernel.Kconfig}:
 * {@code CONFIG_NFS_LOCALIO}).
 *
 * <p>Simplified against the kernel: RCU is one SRCU-style flavour for everything (no separate
 * sched/bh flavours, no per-CPU counters, no expedited grace periods); {@code call_rcu} callbacks
 * run on one {@code rcu_gp} thread per kernel; KASAN checks the objects the model marks
 * ({@link dev.localio.linux.kernel.KasanObject}) on the accessors it instruments, not every
 * memory access, and has no quarantine; {@code WARN_ON} throws when {@code panic_on_warn} is set
 * (the model's default); capabilities are "uid 0" in {@link dev.localio.linux.kernel.Cred}; a
 * {@link dev.localio.linux.kernel.Module} counts its references but never unloads; there are no user
 * namespaces, so ids are never mapped.
 */
package dev.localio.linux.kernel;
