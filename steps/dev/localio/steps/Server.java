package dev.localio.steps;

import java.nio.file.Path;

import dev.localio.linux.Endpoint;
import dev.localio.linux.NfsdInstance;

/**
 * An NFS server of the scenario: where it runs, its nfsd, the directory it exports and, for a pNFS
 * flexfiles metadata server, the data server that holds the data.
 */
public record Server(Endpoint endpoint, NfsdInstance nfsd, Path export, DataServer dataServer) {

    /** A flexfiles data server: where it runs, its nfsd, its export, the address layouts give. */
    public record DataServer(Endpoint endpoint, NfsdInstance nfsd, Path export, String address) {
    }

    /** The export of the server that holds the data: the data server's, with flexfiles. */
    Path dataExport() {
        return dataServer == null ? export : dataServer.export();
    }

    /** The nfsd that holds the data. */
    NfsdInstance dataNfsd() {
        return dataServer == null ? nfsd : dataServer.nfsd();
    }
}
