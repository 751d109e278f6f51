# Tangled by livingdocs from docs/localio.adoc: edit the page, not this file.
# A "# source:" comment names the line of the page that the next lines come from.

# source: docs/localio.adoc:1
Feature: NFS LOCALIO

  # source: docs/localio.adoc:22
  Rule: RPC

    # source: docs/localio.adoc:52
    @claim-rpc-one-method @claim-rpc-numbers
    Scenario: The server speaks the protocol of its rpcgen specification
      Given a host "h1" whose kernel has LOCALIO
      And an NFS server on "h1"
      Then the server's LOCALIO program is, in rpcgen syntax:
        """
        /* a raw RFC 9562 UUID */
        const UUID_SIZE = 16;
        typedef opaque uuid_t[UUID_SIZE];

        program NFS_LOCALIO_PROGRAM {
            version LOCALIO_V1 {
                void NULL(void) = 0;
                void UUID_IS_LOCAL(uuid_t) = 1;
            } = 1;
        } = 400122;
        """

    # source: docs/localio.adoc:84
    @claim-rpc-fixed-opaque
    Scenario: UUID_IS_LOCAL carries the 16-byte nonce and nothing else
      Given a host "h1" whose kernel has LOCALIO
      And an NFS server on "h1"
      When a client on "h1" mounts the server with NFSv3 and sec=sys
      Then the client sent 1 UUID_IS_LOCAL call
      And the UUID_IS_LOCAL argument was 16 bytes on the wire: the client's nonce, with no length word
      And the UUID_IS_LOCAL reply had no result

    # source: docs/localio.adoc:106
    @claim-rpc-same-connection @claim-rpc-no-rpcbind
    Scenario: LOCALIO rides the mount's own connection and is not registered with rpcbind
      Given a host "h1" whose kernel has LOCALIO
      And an NFS server on "h1"
      When a client on "h1" mounts the server with NFSv3 and sec=sys
      Then the server saw the LOCALIO calls and the NFS calls on the same connection
      And the client asked rpcbind nothing about LOCALIO
      And rpcbind on "h1" lists NFS version 3
      But rpcbind on "h1" does not list program 400122

    # source: docs/localio.adoc:126
    @claim-rpc-no-program-carries-on
    Scenario: A server without the LOCALIO program fails the NULL ping, and the client carries on over RPC
      Given a host "h1" whose kernel has LOCALIO
      And a host "h2" whose kernel has no LOCALIO support
      And an NFS server on "h2"
      When a client on "h1" mounts the server with NFSv3 and sec=sys
      Then the server answered the client's LOCALIO NULL call with PROG_UNAVAIL
      And the client sent 0 UUID_IS_LOCAL calls
      And the client does not use LOCALIO
      And reading "hello.txt" goes over RPC
