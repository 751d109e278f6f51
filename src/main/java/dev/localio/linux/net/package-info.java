/**
 * net/core/net_namespace.c: {@link dev.localio.linux.net.Net}, pernet operations and
 * {@link dev.localio.linux.net.NetNamespace}'s setup and teardown order.
 *
 * <p>Simplified against the kernel: teardown runs in the thread of the last {@code put_net()}
 * instead of on the {@code netns_wq} workqueue, one namespace at a time; the per-namespace data
 * is found by identity of the operations object in a short array instead of by the id
 * {@code register_pernet_subsys()} assigns; there is
 * no passive reference count and no other namespace type.
 */
package dev.localio.linux.net;
