package dev.localio.linux.net.sunrpc;

import dev.localio.linux.kernel.KasanObject;
import dev.localio.linux.kernel.Kernel;
import dev.localio.linux.kernel.Kref;
import java.util.function.Consumer;

/**
 * The server's name for a set of clients (an exports(5) client specification such as {@code *}
 * or {@code 127.0.0.1}): what a request's {@code rq_client} points to and what exports are keyed
 * by. Reference counted; freed (KASAN-tracked) when the last reference goes.
 *
 * <p>Models include/linux/sunrpc/svcauth.h and net/sunrpc/svcauth.c: {@code struct auth_domain}
 * ({@code ref}, {@code name}), {@code auth_domain_put()}.
 */
public final class AuthDomain extends KasanObject {

    private final String name;
    private final Kref ref;
    private final Consumer<AuthDomain> release;

    /** A domain with one reference, owned by the caller; {@code release} unhashes it. */
    AuthDomain(Kernel kernel, String name, Consumer<AuthDomain> release) {
        super(kernel, "struct auth_domain \"" + name + "\"");
        this.name = name;
        this.ref = new Kref(kernel);
        this.release = release;
    }

    /** {@code dom->name}. */
    public String name() {
        kasanCheck("dom->name");
        return name;
    }

    /** {@code dom->ref}: take a reference with {@code kref_get(&dom->ref)}. */
    public Kref ref() {
        kasanCheck("dom->ref");
        return ref;
    }

    /** {@code auth_domain_put()}: drops a reference; the last one unhashes and frees it. */
    public void authDomainPut() {
        ref().krefPut(this, d -> {
            release.accept(d);
            d.kfree();
        });
    }

    @Override
    public String toString() {
        return "auth_domain " + name + (isFreed() ? " (freed)" : "");
    }
}
