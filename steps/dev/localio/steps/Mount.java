package dev.localio.steps;

import dev.localio.linux.Endpoint;
import dev.localio.linux.fs.nfs.NfsClient;
import dev.localio.linux.fs.nfs.NfsServer;

/** A client's mount: where it was made, and the mount itself. */
public record Mount(Endpoint endpoint, NfsServer nfs) {

    NfsClient nfsClient() {
        return nfs.nfsClient();
    }
}
