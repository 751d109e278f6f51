package dev.localio.linux.kernel;

import java.util.concurrent.atomic.AtomicInteger;

/**
 * A loaded module's reference count: what {@code rmmod} finds above zero when something still
 * uses the module, and refuses to unload it. The model counts only the references LOCALIO takes (a
 * confirmed client's on nfsd, which keeps the functions of {@code nfs_to} in place); its modules
 * never unload, so what the count prevents is not shown, only that it is held and given back.
 *
 * <p>Models include/linux/module.h: {@code struct module}, {@code __module_get()},
 * {@code module_put()}, {@code module_refcount()}; kernel/module/main.c.
 */
public final class Module {

    private final Kernel kernel;
    private final String name;
    private final AtomicInteger refcnt = new AtomicInteger();

    /** A loaded module called {@code name}, with no references. */
    public Module(Kernel kernel, String name) {
        this.kernel = kernel;
        this.name = name;
    }

    /** {@code __module_get()}: takes a reference; the caller knows the module is live. */
    @KernelSymbol(value = "__module_get()", file = "kernel/module/main.c")
    public void __moduleGet() {
        int now = refcnt.incrementAndGet();
        kernel.trace().event(new KernelTrace.ModuleGet(name, now));
    }

    /** {@code module_put()}: drops a reference; dropping one that was never taken WARNs. */
    @KernelSymbol(value = "module_put()", file = "kernel/module/main.c")
    public void modulePut() {
        int now = refcnt.decrementAndGet();
        kernel.trace().event(new KernelTrace.ModulePut(name, now));
        kernel.warnOn(now < 0, "module_put() of " + name + " below zero");
    }

    /** {@code module_refcount()}. */
    public int moduleRefcount() {
        return refcnt.get();
    }

    /** {@code mod->name}. */
    public String name() {
        return name;
    }
}
