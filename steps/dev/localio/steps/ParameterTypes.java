package dev.localio.steps;

import io.cucumber.java.ParameterType;

import dev.localio.linux.fs.nfs.NfsOpenContext;
import dev.localio.linux.kernel.Errno;

/** The page's own words for places, versions, flavors, errnos and outcomes. */
public class ParameterTypes {

    @ParameterType("on \"([^\"]+)\"|in container \"([^\"]+)\" on \"([^\"]+)\"")
    public Place place(String host, String container, String containerHost) {
        return container == null ? new Place(host, null) : new Place(containerHost, container);
    }

    /** The mount option {@code vers=} an NFS version stands for: {@code 3}, {@code 4.1}, {@code 4.2}. */
    @ParameterType("NFSv3|NFSv4\\.1|NFSv4\\.2")
    public String nfsvers(String name) {
        return name.substring("NFSv".length());
    }

    @ParameterType("sys|krb5|krb5i|krb5p")
    public String flavor(String sec) {
        return sec;
    }

    @ParameterType("Y|N")
    public Boolean yn(String yn) {
        return yn.equals("Y");
    }

    @ParameterType("[A-Z][A-Z0-9_]*")
    public Procedure procedure(String name) {
        return Procedure.named(name);
    }

    @ParameterType("E[A-Z0-9]+")
    public Errno errno(String name) {
        return Errno.valueOf(name);
    }

    @ParameterType("use-after-free|NULL pointer dereference|suspicious RCU usage")
    public Report report(String name) {
        return Report.named(name);
    }

    /** Which path served an IO. */
    @ParameterType("locally|over RPC")
    public IoPath path(String path) {
        return path.equals("locally") ? IoPath.LOCALLY : IoPath.OVER_RPC;
    }

    /** Whether access is granted. */
    @ParameterType("may|may not")
    public Boolean permission(String may) {
        return may.equals("may");
    }

    /** Whether a file has no unsynced writes. */
    @ParameterType("synced|not synced")
    public Boolean sync(String synced) {
        return synced.equals("synced");
    }

    /** An address match's verdict: {@code true} for local. */
    @ParameterType("local|remote")
    public Boolean verdict(String verdict) {
        return verdict.equals("local");
    }

    /** How a file was opened: the open flags, {@code O_DIRECT} or none. */
    @ParameterType("with O_DIRECT|without O_DIRECT")
    public Integer odirect(String how) {
        return how.equals("with O_DIRECT") ? NfsOpenContext.O_DIRECT : 0;
    }

    /** The two paths an IO can take. */
    enum IoPath {
        LOCALLY, OVER_RPC
    }
}
