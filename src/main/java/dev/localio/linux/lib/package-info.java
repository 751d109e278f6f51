/**
 * lib/: {@link dev.localio.linux.lib.PercpuRef}.
 *
 * <p>Simplified against the kernel: the per-CPU counters are one {@link java.util.concurrent.atomic.LongAdder};
 * the grace period before the atomic switch is the host's RCU grace period (the kernel uses
 * {@code call_rcu_hybrid}, sched-RCU); {@code percpu_ref_switch_to_atomic_sync()} and the
 * mode-switch API other than kill/reinit are not modelled.
 */
package dev.localio.linux.lib;
