package dev.localio.steps;

/**
 * Where a server or a client runs, as a page names it: a host's own namespace ({@code on "h1"}) or a
 * container on a host ({@code in container "c1" on "h1"}).
 */
record Place(String host, String container) {

    boolean inContainer() {
        return container != null;
    }

    @Override
    public String toString() {
        return inContainer() ? "in container \"" + container + "\" on \"" + host + "\"" : "on \"" + host + "\"";
    }
}
