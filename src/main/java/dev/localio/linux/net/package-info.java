/**
 * net/core/net_namespace.c: {@link dev.localio.linux.net.Net}, pernet operations and
 * {@link dev.localio.linux.net.NetNamespace}'s setup and teardown order.
 *
 * <p>Simplified against the kernel: teardown runs in the thread of the last {@code put_net()}
 * instead of on the {@code netns_wq} workqueue, one namespace at a time; the per-namespace data
 * is a map keyed by the operations object instead of the {@code net_generic} id array; there is
 * no passive reference count and no other namespace type.
 */
package dev.localio.linux.net;
