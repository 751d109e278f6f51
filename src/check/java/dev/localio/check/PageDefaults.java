package dev.localio.check;

import dev.localio.linux.kernel.Cred;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.IntStream;

/**
 * The page's defaults, in one place: what every NFS server the page sets up exports and holds, and
 * who a client is, unless a sentence says otherwise. The scenarios' world, the model checks and the
 * restart soak all build their servers and users from here, so "the server" and "a user" mean the
 * same everywhere the page's claims are checked.
 */
public final class PageDefaults {

    /** Every export's options: read-write, root squashed, AUTH_SYS only. */
    public static final String EXPORT_OPTIONS = "rw,root_squash,sec=sys";
    /** The exported directory's mode: anyone may create files in it, as in /tmp. */
    public static final int EXPORT_MODE = 01777;
    /** The file every server holds from the start, root's, mode {@link #HELLO_MODE}. */
    public static final String HELLO = "hello.txt";
    public static final int HELLO_MODE = 0644;
    /** The user a client step acts as unless it names one; root squashing leaves her alone. */
    public static final Cred ALICE = Cred.of(1000, 1000);
    public static final Cred ROOT = Cred.of(Cred.ROOT, Cred.ROOT);
    /**
     * A user in more supplementary groups than AUTH_UNIX carries (16): 1001:1001, in groups 2001 to
     * 2017 in that order.
     */
    public static final Cred CAROL = Cred.of(1001, 1001, IntStream.rangeClosed(2001, 2017).boxed()
            .toArray(Integer[]::new));

    private static final byte[] HELLO_CONTENT = "Hello from the server's disk.\n".getBytes(StandardCharsets.UTF_8);
    private static final Map<String, Cred> USERS = new TreeMap<>(Map.of("alice", ALICE, "carol", CAROL,
            "root", ROOT));

    private PageDefaults() {
    }

    /** What {@link #HELLO} holds (a copy: the caller may keep or change it). */
    public static byte[] helloContent() {
        return HELLO_CONTENT.clone();
    }

    /**
     * A user of the page by name: alice (1000:1000), carol (1001:1001, 17 supplementary groups) or root.
     *
     * @throws IllegalArgumentException for any other name, listing the known ones
     */
    public static Cred user(String name) {
        Cred cred = USERS.get(name);
        if (cred == null) {
            throw new IllegalArgumentException("no user \"" + name + "\" on the page; known: " + USERS.keySet());
        }
        return cred;
    }
}
