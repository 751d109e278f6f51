# Tangled by livingdocs from docs/localio.adoc: edit the page, not this file.
# A "# source:" comment names the line of the page that the next lines come from.

# source: docs/localio.adoc:1
Feature: NFS LOCALIO

  # source: docs/localio.adoc:43
  Rule: Overview

    # source: docs/localio.adoc:53
    @claim-overview-handshake @claim-testing-same-host
    Scenario: A client and a server on one host find each other by handshake
      Given a host "h1" whose kernel has LOCALIO
      And an NFS server on "h1"
      # unchecked NFSv3: any version would do; each behaves alike here (FAQ 2, every version)
      When a client on "h1" mounts the server with NFSv3 and sec=sys
      Then the client sent 1 UUID_IS_LOCAL call
      And the client uses LOCALIO
      And reading "hello.txt" is served locally

    # source: docs/localio.adoc:76
    @claim-overview-config-off
    Scenario: A kernel without CONFIG_NFS_LOCALIO neither offers the program nor probes
      Given a host "h1" whose kernel has no LOCALIO support
      And an NFS server on "h1"
      # unchecked NFSv3: any version would do; a kernel without LOCALIO probes over none
      When a client on "h1" mounts the server with NFSv3 and sec=sys
      Then the NFS server on "h1" offers no LOCALIO program
      And the client sent 0 calls to the LOCALIO program
      And reading "hello.txt" goes over RPC

    # source: docs/localio.adoc:99
    @claim-overview-bypass @claim-faq2a-no-rpc-for-io
    Scenario Outline: Reads, writes and commits send no RPC once local, the rest does (nfs.localio_enabled=<enabled>)
      # unchecked negation: with nfs.localio_enabled=N a kernel without LOCALIO sends the same calls; the Y row catches it
      Given a host "h1" whose kernel has LOCALIO
      And an NFS server on "h1"
      And nfs.localio_enabled is <enabled> on "h1"
      # unchecked NFSv3: the counts are NFSv3's; the model's NFSv4 mounts send NFSv3 procedures too (the note at the top), so it cannot tell the versions apart here
      When a client on "h1" mounts the server with NFSv3 and sec=sys
      # unchecked "fresh data": any text would do; the scenario counts calls, not content
      And the client writes "fresh data" to "new.txt"
      And the client commits "new.txt"
      And the client looks up "hello.txt"
      And the client reads the attributes of "hello.txt"
      # unchecked "new.txt": with LOCALIO off every file goes over RPC; the Y row catches it
      Then reading "new.txt" <path>
      # unchecked WRITE: a write and its commit are sent alike, once each over RPC and never locally; the next line counts COMMIT
      And the client sent <n> WRITE calls
      # unchecked COMMIT: where LOCALIO is off the client also sends one CREATE (counted below); the Y row catches it
      And the client sent <n> COMMIT calls
      And the client sent <n> READ calls
      But the client sent 5 LOOKUP calls
      And the client sent 2 GETATTR calls
      And the client sent 1 CREATE call

      Examples:
        | enabled | path              | n |
        | Y       | is served locally | 0 |
        | N       | goes over RPC     | 1 |

  # source: docs/localio.adoc:201
  Rule: FAQ › 1. Which workloads is LOCALIO for?

    # source: docs/localio.adoc:212
    @claim-faq1-container-job @claim-faq2c-network-namespaces
    Scenario: A job in a container on the server's host writes and reads locally
      Given a host "h1" whose kernel has LOCALIO
      And an NFS server on "h1"
      # unchecked in container "job" on "h1", NFSv3: a client on the host itself is local too (FAQ 2 shows both), over any version
      When a client in container "job" on "h1" mounts the server with NFSv3 and sec=sys
      And the client writes "results" to "out.txt"
      Then "out.txt" on the server holds "results"
      # unchecked WRITE: the job sends no COMMIT either; it never commits
      And the client sent 0 WRITE calls
      And reading "hello.txt" is served locally

  # source: docs/localio.adoc:226
  Rule: FAQ › 2. What must LOCALIO achieve?

    # source: docs/localio.adoc:249
    @claim-faq2b-autonomous-discovery @claim-faq2c-network-namespaces
    Scenario Outline: Client <client>, server <server>: nothing is configured, the handshake decides
      Given a host "h1" whose kernel has LOCALIO
      # unchecked "h2", negation: only the rows with a server on "h2" use that host, and they catch both changes
      And a host "h2" whose kernel has LOCALIO
      And an NFS server <server>
      # unchecked NFSv3: any version would do; each behaves alike here (FAQ 2, every version)
      When a client <client> mounts the server with NFSv3 and sec=sys
      Then the client sent 1 UUID_IS_LOCAL call
      And reading "hello.txt" <path>

      Examples:
        # unchecked <client>, <server>: each row's places are another row's; what the claim holds is that every pairing on one host is local and none across hosts, which the path column checks
        | client                    | server                    | path              |
        | on "h1"                   | on "h1"                   | is served locally |
        | on "h1"                   | in container "c1" on "h1" | is served locally |
        | in container "c2" on "h1" | on "h1"                   | is served locally |
        | in container "c2" on "h1" | in container "c1" on "h1" | is served locally |
        | on "h1"                   | on "h2"                   | goes over RPC     |
        | in container "c2" on "h1" | in container "c1" on "h2" | goes over RPC     |

    # source: docs/localio.adoc:285
    @claim-faq2d-every-version
    Scenario Outline: LOCALIO over <version>
      Given a host "h1" whose kernel has LOCALIO
      And an NFS server in container "c1" on "h1"
      When a client on "h1" mounts the server with <version> and sec=sys
      And the client writes "over <version>" to "new.txt"
      And the client commits "new.txt"
      Then the client sent 1 UUID_IS_LOCAL call
      And reading "new.txt" is served locally
      # unchecked WRITE: it sends no COMMIT over RPC either, as the next line says
      And the client sent 0 WRITE calls
      And the client sent 0 COMMIT calls

      Examples:
        # unchecked <version>: each row's version is another row's, and the claim is that each works alike
        | version |
        | NFSv3   |
        | NFSv4.1 |
        | NFSv4.2 |

  # source: docs/localio.adoc:311
  Rule: FAQ › 3. Why a handshake, rather than comparing IP addresses or host names?

    # source: docs/localio.adoc:339
    @claim-faq3-remote-at-own-address @claim-overview-address-matching @claim-overview-handshake
    Scenario: A server on another host, reached through one of the client's own addresses, is not local
      Given a host "h1" whose kernel has LOCALIO
      And a host "h2" whose kernel has LOCALIO
      And an NFS server on "h2"
      And "h1" forwards its own address "192.0.2.1" to the server
      # unchecked NFSv3: the handshake and the address match are the same for every version
      When a client on "h1" mounts the server with NFSv3 and sec=sys
      Then an address match on "h1" would call the server local
      But the client sent 1 UUID_IS_LOCAL call
      And the client does not use LOCALIO
      And reading "hello.txt" goes over RPC

    # source: docs/localio.adoc:360
    @claim-faq3-local-at-other-address @claim-overview-address-matching @claim-overview-handshake
    Scenario Outline: A server <server>, at an address the client <client> does not own, is local
      Given a host "h1" whose kernel has LOCALIO
      And an NFS server <server>
      # unchecked NFSv3: the handshake and the address match are the same for every version
      When a client <client> mounts the server with NFSv3 and sec=sys
      Then an address match on "h1" would call the server remote
      But the client uses LOCALIO
      And reading "hello.txt" is served locally

      Examples:
        | client                    | server                    |
        # unchecked <client>: a client in another container of "h1" is local just as well, and no address match calls it so
        | on "h1"                   | in container "c1" on "h1" |
        # unchecked <server>: a server in another container of "h1" is local just as well, and no address match calls it so
        | in container "c2" on "h1" | on "h1"                   |

  # source: docs/localio.adoc:384
  Rule: FAQ › 4. Does pNFS flexfiles gain from LOCALIO?

    # source: docs/localio.adoc:398
    @claim-faq4-flexfiles-local-ds @claim-faq4-second-probe @claim-faq2d-every-version
    Scenario: A flexfiles data server on the client's host takes the data path local, after two handshakes
      Given a host "h1" whose kernel has LOCALIO
      And a host "h2" whose kernel has LOCALIO
      And an NFS server on "h2" with a flexfiles data server on "h1"
      # unchecked 0644: alice, uid 1000, owns it, so she reads it under 0600 too
      And the export holds "data.txt" owned by uid 1000 with mode 0644
      When a client on "h1" mounts the server with NFSv4.2 and sec=sys
      # unchecked "near the data": any text would do; the read below returns what the server's file holds
      And the client writes "near the data" to "data.txt"
      # unchecked "data.txt": any file of the export reads locally from the data server on "h1"
      Then reading "data.txt" is served locally
      # unchecked WRITE: it sends no COMMIT either; it never commits
      And the client sent 0 WRITE calls
      And the client's nfs_client for the data server of "data.txt" uses LOCALIO
      But the client's nfs_client for the metadata server does not use LOCALIO
      And the client sent 3 UUID_IS_LOCAL calls
      And LOCALIO clients hold 1 reference on the nfsd module of "h1"
      And the NFS server on "h1" lists 1 local client

  # source: docs/localio.adoc:437
  Rule: FAQ › 5. Why is there no pNFS layout of LOCALIO’s own?

    # source: docs/localio.adoc:449
    @claim-faq5-same-layout
    Scenario: Every client gets the same layout, and each finds out alone whether it is local
      Given a host "h1" whose kernel has LOCALIO
      # unchecked negation: "h2" runs only the metadata server, which the clients reach over RPC whatever its kernel
      And a host "h2" whose kernel has LOCALIO
      # unchecked negation: the client on "h3" reads over RPC, as a kernel without LOCALIO does too
      And a host "h3" whose kernel has LOCALIO
      # unchecked on "h2": where the metadata server runs does not matter; the data server on "h1" makes the data path local
      And an NFS server on "h2" with a flexfiles data server on "h1"
      When a client on "h1" mounts the server with NFSv4.2 and sec=sys
      And a client on "h3" mounts the server with NFSv4.2 and sec=sys
      Then reading "hello.txt" on "h1" is served locally
      And reading "hello.txt" on "h3" goes over RPC
      And the clients on "h1" and "h3" were handed the same layout

  # source: docs/localio.adoc:466
  Rule: FAQ › 6. What does an open that nfsd performs for the client, with no RPC, buy? Only with pNFS?

    # source: docs/localio.adoc:478
    @claim-faq6-open-without-rpc @claim-faq2a-no-rpc-for-io
    Scenario Outline: With the file handle in hand, nfsd opens and the client reads, without RPC (<kind>)
      Given a host "h1" whose kernel has LOCALIO
      # unchecked "h2", negation: only the flexfiles row uses "h2", for the metadata server, whose kernel need not have LOCALIO
      And a host "h2" whose kernel has LOCALIO
      And an NFS server <server>
      When a client on "h1" mounts the server with <version> and sec=sys
      And the client looks up "hello.txt"
      Then reading "hello.txt" is served locally
      And the trace of "h1" shows, in this order:
        | the client looks up "hello.txt" over RPC  |
        | nfsd opens "hello.txt" for the client     |
        | then the client reads "hello.txt" locally |
      And the client sent 0 READ calls
      And the client sent <probes> UUID_IS_LOCAL calls

      Examples:
        # unchecked <kind>: the label of the row, for its title; the server, version and probes columns are what run
        | kind               | server                                       | version | probes |
        # unchecked <version>: the server on "h1" is local over any version
        | plain NFSv3        | on "h1"                                      | NFSv3   | 1      |
        | pNFS, flexfiles    | on "h2" with a flexfiles data server on "h1" | NFSv4.2 | 3      |

  # source: docs/localio.adoc:508
  Rule: FAQ › 7. Why AUTH_UNIX, and whose?

    # source: docs/localio.adoc:529
    @claim-faq7-auth-unix-only @claim-security-auth-unix-only @claim-security-local-checks
    Scenario Outline: <version> with sec=<flavor> on a host that <keytab> Kerberos machine credential
      # unchecked negation: the rows that go over RPC would do so without LOCALIO too; the others catch it
      Given a host "h1" whose kernel has LOCALIO
      And "h1" <keytab> Kerberos machine credential
      And an NFS server on "h1"
      And the server exports "/export" with "rw,sec=<flavor>"
      When a client on "h1" mounts the server with <version> and sec=<flavor>
      Then the client's own RPC client uses <own flavor>
      And the client sent <calls> to the LOCALIO program
      And reading "hello.txt" <path>

      Examples:
        # unchecked <version>, <flavor>, <keytab>: a changed input here gives a setup the model answers alike (NFSv3 never uses the machine credential; with one, NFSv4 takes krb5i whatever sec= says); the outcome columns are checked
        | version | flavor | keytab | own flavor | calls   | path              |
        | NFSv3   | sys    | has no | AUTH_UNIX  | 2 calls | is served locally |
        | NFSv3   | krb5p  | has a  | AUTH_UNIX  | 2 calls | is served locally |
        | NFSv4.2 | sys    | has no | AUTH_UNIX  | 2 calls | is served locally |
        | NFSv4.2 | krb5i  | has no | AUTH_UNIX  | 2 calls | is served locally |
        | NFSv4.2 | sys    | has a  | krb5i      | 0 calls | goes over RPC     |
        | NFSv4.2 | krb5   | has a  | krb5i      | 0 calls | goes over RPC     |

  # source: docs/localio.adoc:575
  Rule: FAQ › 8. Do export options that map user ids (root_squash, all_squash) apply to local IO?

    # source: docs/localio.adoc:594
    @claim-faq8-export-options @claim-security-local-checks
    Scenario Outline: "<options>" maps user "<user>" to uid <uid>, locally and over RPC alike
      Given a host "h1" whose kernel has LOCALIO
      # unchecked negation: the client on "h2" goes over RPC, as it would without LOCALIO
      And a host "h2" whose kernel has LOCALIO
      And an NFS server on "h1"
      And the server exports "/export" with "<options>"
      # unchecked 1000, 0600: only the rows in which alice, its owner, reads it depend on them; root reads it as uid 0 or not at all
      And the export holds "alice.txt" owned by uid 1000 with mode 0600
      # unchecked NFSv3: any version would do; each behaves alike here (FAQ 2, every version)
      When a client on "h1" mounts the server with NFSv3 and sec=sys
      # unchecked NFSv3: any version would do; each behaves alike here (FAQ 2, every version)
      And a client on "h2" mounts the server with NFSv3 and sec=sys
      Then user "<user>" on "h1" writes "<user>-local.txt" locally, as uid <uid>
      And user "<user>" on "h2" writes "<user>-remote.txt" over RPC, as uid <uid>
      And user "<user>" on "h1" <may> read "alice.txt" locally
      And user "<user>" on "h2" <may> read "alice.txt" over RPC

      Examples:
        | options                    | user  | uid   | may     |
        | rw,root_squash             | root  | 65534 | may not |
        # unchecked <options>: alice is not root, so root_squash leaves her as she is
        | rw,root_squash             | alice | 1000  | may     |
        | rw,no_root_squash          | root  | 0     | may     |
        | rw,no_root_squash          | alice | 1000  | may     |
        # unchecked <user>: all_squash maps every user to 2000
        | rw,all_squash,anonuid=2000 | root  | 2000  | may not |
        # unchecked <user>: all_squash maps every user to 2000
        | rw,all_squash,anonuid=2000 | alice | 2000  | may not |

    # source: docs/localio.adoc:633
    @claim-faq8-all-groups @claim-security-local-checks
    Scenario: A user in 17 groups reads through the 17th locally, but not over RPC
      Given a host "h1" whose kernel has LOCALIO
      # unchecked negation: the client on "h2" goes over RPC, as it would without LOCALIO
      And a host "h2" whose kernel has LOCALIO
      And an NFS server on "h1"
      # unchecked 0: the owner is not carol, who reads through the group alone
      And the export holds "g17.txt" owned by uid 0 and gid 2017 with mode 0640
      # unchecked NFSv3: any version would do; each behaves alike here (FAQ 2, every version)
      When a client on "h1" mounts the server with NFSv3 and sec=sys
      # unchecked NFSv3: any version would do; each behaves alike here (FAQ 2, every version)
      And a client on "h2" mounts the server with NFSv3 and sec=sys
      Then user "carol" on "h1" may read "g17.txt" locally
      # unchecked "carol": root, squashed to nobody, may not read it over RPC either; the line above shows carol reads it locally
      But user "carol" on "h2" may not read "g17.txt" over RPC

  # source: docs/localio.adoc:661
  Rule: RPC

    # source: docs/localio.adoc:695
    @claim-rpc-one-method @claim-rpc-numbers @claim-rpc-other-form-confirms-nothing
    Scenario: The server speaks the protocol of its rpcgen specification
      Given a host "h1" whose kernel has LOCALIO
      And an NFS server on "h1"
      # unchecked docstring: its comment line, which rpcgen skips too; each declaration is called, and each number it leaves out must be unknown to the server
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

    # source: docs/localio.adoc:735
    @claim-rpc-fixed-opaque @claim-rpc-other-form-confirms-nothing
    Scenario: UUID_IS_LOCAL carries the 16-byte nonce and nothing else
      Given a host "h1" whose kernel has LOCALIO
      And an NFS server on "h1"
      # unchecked NFSv3: any version would do; each behaves alike here (FAQ 2, every version)
      When a client on "h1" mounts the server with NFSv3 and sec=sys
      Then the client sent 1 UUID_IS_LOCAL call
      And the UUID_IS_LOCAL argument was 16 bytes on the wire: the client's nonce, with no length word
      And the UUID_IS_LOCAL reply had no result
      And a waiting nonce sent with a length word in front is answered, but confirms nothing

    # source: docs/localio.adoc:759
    @claim-rpc-same-connection @claim-rpc-no-rpcbind @claim-overview-same-connection
    Scenario: LOCALIO rides the mount's own connection and is not registered with rpcbind
      Given a host "h1" whose kernel has LOCALIO
      And an NFS server on "h1"
      # unchecked NFSv3: any version would do; each behaves alike here (FAQ 2, every version)
      When a client on "h1" mounts the server with NFSv3 and sec=sys
      Then the server saw the LOCALIO calls and the NFS calls on the same connection
      And the client asked rpcbind nothing about LOCALIO
      # unchecked 3: nfsd registers NFS version 4 as well; the line names the version the mount uses
      And rpcbind on "h1" lists NFS version 3
      But rpcbind on "h1" does not list program 400122

    # source: docs/localio.adoc:781
    @claim-rpc-no-program-carries-on @claim-testing-no-localio-server
    Scenario: A server without the LOCALIO program fails the NULL ping, and the client carries on over RPC
      Given a host "h1" whose kernel has LOCALIO
      And a host "h2" whose kernel has no LOCALIO support
      And an NFS server on "h2"
      # unchecked NFSv3: any version would do; each behaves alike here (FAQ 2, every version)
      When a client on "h1" mounts the server with NFSv3 and sec=sys
      Then the server answered the client's LOCALIO NULL call with PROG_UNAVAIL
      # unchecked UUID_IS_LOCAL: the client sends no WRITE either; it writes nothing
      And the client sent 0 UUID_IS_LOCAL calls
      And the client does not use LOCALIO
      And reading "hello.txt" goes over RPC

  # source: docs/localio.adoc:796
  Rule: NFS Common and Client/Server Handshake

    # source: docs/localio.adoc:834
    @claim-handshake-nonce @claim-handshake-server-confirms
    Scenario: The server, while answering UUID_IS_LOCAL, moves the client onto its own list
      Given a host "h1" whose kernel has LOCALIO
      And an NFS server in container "c1" on "h1"
      # unchecked NFSv3: any version would do; each behaves alike here (FAQ 2, every version)
      When a client on "h1" mounts the server with NFSv3 and sec=sys
      Then the trace of "h1" shows, in this order:
        | the client registers a new nonce in nfs_common                |
        | the client sends UUID_IS_LOCAL                                |
        | the server takes a reference on the client's auth domain      |
        | then the server publishes the client's network namespace      |
        | then the server takes a reference on the nfsd module          |
        | the server finds the nonce and lists the client as local      |
        | the server replies to UUID_IS_LOCAL                           |
        | the client starts using LOCALIO                               |
      And the NFS server in container "c1" on "h1" lists 1 local client
      And the client records the server's network namespace and auth domain
      And no nonce is waiting in nfs_common on "h1"

    # source: docs/localio.adoc:859
    @claim-handshake-nonce @claim-faq4-second-probe
    Scenario: A probe of a client that is already local disables it, then draws a new nonce
      Given a host "h1" whose kernel has LOCALIO
      # unchecked negation: "h2" holds only the metadata server, whose kernel need not have LOCALIO for the data server's client to be local
      And a host "h2" whose kernel has LOCALIO
      And an NFS server on "h2" with a flexfiles data server on "h1"
      # unchecked 0644: alice owns the file; any mode that lets its owner write would do
      And the export holds "data.txt" owned by uid 1000 with mode 0644
      When a client on "h1" mounts the server with NFSv4.2 and sec=sys
      # unchecked "near the data": any text would do; the write is what makes the client connect to the data server
      And the client writes "near the data" to "data.txt"
      Then the trace of "h1" shows, in this order:
        | the client starts using LOCALIO                                |
        | then the client stops using LOCALIO                            |
        | then the client registers a new nonce in nfs_common            |
        | then the server finds the nonce and lists the client as local  |
        # unchecked then the client starts using LOCALIO: without its "then" the row says less and still holds; as written it was seen red when the probe did not disable first
        | then the client starts using LOCALIO                           |

    # source: docs/localio.adoc:886
    @claim-handshake-unconfirmed-removed
    Scenario: A nonce that no server confirms is taken back
      Given a host "h1" whose kernel has LOCALIO
      And a host "h2" whose kernel has LOCALIO
      And an NFS server on "h2"
      # unchecked NFSv3: any version would do; each behaves alike here (FAQ 2, every version)
      When a client on "h1" mounts the server with NFSv3 and sec=sys
      Then the client sent 1 UUID_IS_LOCAL call
      And the trace of "h1" shows, in this order:
        | the client registers a new nonce in nfs_common |
        | the client sends UUID_IS_LOCAL                 |
        | the client takes its unconfirmed nonce back    |
      # unchecked "h1": no nonce waits on "h2" either, where no client ran; the line is about the client's host
      And no nonce is waiting in nfs_common on "h1"
      And the client does not use LOCALIO

  # source: docs/localio.adoc:911
  Rule: NFS Client and Server Interlock

    # source: docs/localio.adoc:921
    Background:
      Given a host "h1" whose kernel has LOCALIO
      And an NFS server in container "c1" on "h1"
      # unchecked NFSv3: any version would do; each behaves alike here (FAQ 2, every version)
      And a client on "h1" mounts the server with NFSv3 and sec=sys
      And reading "hello.txt" is served locally

    # source: docs/localio.adoc:936
    @claim-interlock-no-netns-ref @claim-faq9-lifetimes
    Scenario: The server's container shuts down completely while the client stays mounted
      When container "c1" stops
      Then the network namespace of container "c1" is freed
      And the client is still mounted
      And the client records no network namespace
      # unchecked use-after-free: the kernel reported nothing at all, so a line naming another kind of report passes too
      And the kernel reported no use-after-free

    # source: docs/localio.adoc:958
    @claim-interlock-uuid-embedded
    Scenario: A client that goes away takes itself off the server's list first
      Given the NFS server in container "c1" on "h1" lists 1 local client
      When the client unmounts the export
      Then the NFS server in container "c1" on "h1" lists 0 local clients
      When container "c1" stops
      # unchecked use-after-free: the kernel reported nothing at all, so a line naming another kind of report passes too
      Then the kernel reported no use-after-free

    # source: docs/localio.adoc:974
    @claim-interlock-per-net-list
    Scenario: Only the namespace that confirmed a client lists it
      Given another NFS server in container "c2" on "h1"
      Then the NFS server in container "c1" on "h1" lists 1 local client
      And the NFS server in container "c2" on "h1" lists 0 local clients
      When container "c2" stops
      Then reading "hello.txt" is served locally

    # source: docs/localio.adoc:998
    @claim-interlock-pre-exit-clears-net @claim-interlock-grace-period
    Scenario: Namespace teardown: nfsd stops, pre_exit forgets the clients, a grace period, then exit
      When container "c1" stops
      Then the trace of "h1" shows, in this order:
        | nfsd in container "c1" has shut down                   |
        | pre_exit clears the client's network namespace           |
        # unchecked then the namespace cleanup waits for an RCU grace period: a row replaced by its neighbour says less and still holds; as written it was seen red when the grace period came before pre_exit
        | then the namespace cleanup waits for an RCU grace period |
        | then exit runs for the network namespace of container "c1" |
      And the client records no network namespace

    # source: docs/localio.adoc:1055
    @claim-interlock-rcu-read @claim-interlock-try-get-then-put @claim-faq9-lifetimes
    Scenario: A local read: the namespace under RCU, the service reference held through the IO, then dropped
      Then reading "hello.txt" is served locally
      And the trace of "h1" shows, in this order:
        | the client enters an RCU read section           |
        | the client reads the server's network namespace |
        | the client takes a serv reference               |
        | the client leaves the RCU read section          |
        | nfsd opens "hello.txt" for the client           |
        | the client reads "hello.txt" locally            |
        | the client drops its file reference             |
        | then the client drops its serv reference        |
      And the client dropped each file, and then its serv reference, inside one RCU read section
      And the client holds no reference on the server
      # unchecked suspicious RCU usage: the kernel reported nothing at all, so a line naming another kind of report passes too
      And the kernel reported no suspicious RCU usage

    # source: docs/localio.adoc:1082
    @claim-interlock-destroy-waits @claim-faq9-lifetimes
    Scenario: nfsd cannot finish stopping while a local read holds its reference
      When the client starts a local read of "hello.txt" and holds it in flight
      And the NFS server in container "c1" on "h1" begins to stop
      Then the server's shutdown waits for the client's reference
      When the held read completes
      Then the server's shutdown completes
      And the client holds no reference on the server

    # source: docs/localio.adoc:1131
    @claim-interlock-module-pin @claim-handshake-server-confirms
    Scenario Outline: A confirmed client holds a reference on the nfsd module until <until>
      Then LOCALIO clients hold 1 reference on the nfsd module of "h1"
      When <event>
      Then LOCALIO clients hold 0 references on the nfsd module of "h1"

      Examples:
        # unchecked <until>, <event>: each row's event is the other's and both end the reference; <until> says in words what <event> does
        | until                   | event                          |
        | it is disabled          | the client unmounts the export |
        | pre_exit clears its net | container "c1" stops           |

  # source: docs/localio.adoc:1150
  Rule: NFS Client and Server Interlock › The crash the interlock fixed

    # source: docs/localio.adoc:1174
    @claim-interlock-prefix-crash
    Scenario: Without the interlock, a read of an open file after nfsd stops dereferences NULL
      Given a host "h1" whose kernel has LOCALIO without the interlock
      And an NFS server in container "c1" on "h1"
      # unchecked NFSv3: any version would do; each behaves alike here (FAQ 2, every version)
      And a client on "h1" mounts the server with NFSv3 and sec=sys
      And the client has "hello.txt" open
      When the NFS server in container "c1" on "h1" stops
      And the client reads the "hello.txt" it has open
      Then the kernel reported a NULL pointer dereference

    # source: docs/localio.adoc:1188
    @claim-interlock-prefix-crash
    Scenario: Without the interlock, a container restarted under the client leaves it a freed namespace
      Given a host "h1" whose kernel has LOCALIO without the interlock
      And an NFS server in container "c1" on "h1"
      # unchecked NFSv3: any version would do; each behaves alike here (FAQ 2, every version)
      And a client on "h1" mounts the server with NFSv3 and sec=sys
      And reading "hello.txt" is served locally
      When container "c1" restarts
      And the client reads "hello.txt"
      Then the kernel reported a use-after-free

    # source: docs/localio.adoc:1219
    @claim-interlock-restart-survives @claim-faq9-lifetimes
    Scenario: With the interlock, the container restarts under the mounted client and LOCALIO comes back
      Given a host "h1" whose kernel has LOCALIO
      And an NFS server in container "c1" on "h1"
      # unchecked NFSv3: any version would do; each behaves alike here (FAQ 2, every version)
      And a client on "h1" mounts the server with NFSv3 and sec=sys
      And reading "hello.txt" is served locally
      When container "c1" restarts
      Then the client records no network namespace
      And reading "hello.txt" goes over RPC
      And the trace of "h1" shows, in this order:
        | a local open of "hello.txt" fails with ENXIO |
        | then the client sends UUID_IS_LOCAL          |
        | the client starts using LOCALIO              |
        | then the client sends READ for "hello.txt"   |
      And reading "hello.txt" is served locally
      # unchecked NULL pointer dereference: the kernel reported nothing at all, so a line naming another kind of report passes too
      And the kernel reported no NULL pointer dereference
      # unchecked use-after-free: the kernel reported nothing at all, so a line naming another kind of report passes too
      And the kernel reported no use-after-free

  # source: docs/localio.adoc:1242
  Rule: NFS Client and Server Interlock › Under the interleavings a model checker explores

    # source: docs/_interlock-interleavings.adoc:38
    @claim-interleavings-destroy-serv @claim-interlock-destroy-waits @claim-interlock-try-get-then-put
    Scenario: nfsd shutting down against a local read, in the 80 interleavings the checker explores
      Given a host "h1" whose kernel has LOCALIO
      # unchecked "c1": a name; the checker builds the container under whatever name this line gives
      And a client on "h1" that the nfsd in container "c1" confirmed as local
      When the checker runs the client's local read of a file against nfsd shutting down, in up to 80 interleavings
      Then the race ran in 2 threads, 1 operation each
      And the checker explored 80 interleavings, not all there are
      And in each of them the client read with a live service reference until its put, or failed with ENXIO
      And in each of them nfsd finished shutting down, and only after the client's last put
      And in none of them did the kernel crash or touch freed memory

    # source: docs/_interlock-interleavings.adoc:61
    @claim-interleavings-teardown @claim-interlock-grace-period @claim-interlock-rcu-read
    Scenario: The namespace torn down against a local open, in the 80 interleavings the checker explores
      Given a host "h1" whose kernel has LOCALIO
      # unchecked "c1": a name; the checker builds the container under whatever name this line gives
      And a client on "h1" that the nfsd in container "c1" confirmed as local
      When the checker runs the client's local open against the teardown of the namespace after nfsd stopped, in up to 80 interleavings
      Then the race ran in 2 threads, 1 operation each
      And the checker explored 80 interleavings, not all there are
      And in each of them a client that read the namespace finished its try for a service reference before exit freed nfsd_net
      And in each of them the open failed with ENXIO
      And in none of them did the kernel crash or touch freed memory

    # source: docs/_interlock-interleavings.adoc:83
    @claim-interleavings-pre-fix @claim-interlock-prefix-crash
    Scenario: Without the interlock, nfsd shutting down against a local read crashes the client
      Given a host "h1" whose kernel has LOCALIO without the interlock
      # unchecked "c1": a name; the checker builds the container under whatever name this line gives
      And a client on "h1" that the nfsd in container "c1" confirmed as local
      # unchecked 80: a bound; the checker finds the crash within it, and within any larger one
      When the checker runs the client's local read of a file against nfsd shutting down, in up to 80 interleavings
      Then the race ran in 2 threads, 1 operation each
      And the checker finds an interleaving in which the kernel reports a NULL pointer dereference

    # source: docs/_interlock-interleavings.adoc:96
    @claim-interleavings-pre-fix
    Scenario: Without the interlock, the namespace torn down against a local open is a use-after-free
      Given a host "h1" whose kernel has LOCALIO without the interlock
      # unchecked "c1": a name; the checker builds the container under whatever name this line gives
      And a client on "h1" that the nfsd in container "c1" confirmed as local
      # unchecked 80: a bound; the checker finds the crash within it, and within any larger one
      When the checker runs the client's local open against the teardown of the namespace after nfsd stopped, in up to 80 interleavings
      Then the race ran in 2 threads, 1 operation each
      And the checker finds an interleaving in which the kernel reports a use-after-free

    # source: docs/_interlock-interleavings.adoc:118
    @claim-interleavings-rcu @claim-interlock-grace-period
    Scenario: RCU readers against an updater that frees the old object after a grace period
      # unchecked negation: the race is RCU's alone; LOCALIO takes no part in it
      Given a host "h1" whose kernel has LOCALIO
      And an RCU-protected pointer to an object on "h1"
      When the checker runs two readers of the pointer against an updater that replaces the object, waits for a grace period and frees the old one, in up to 200 interleavings
      Then the race ran in 3 threads, 1 operation each
      And the checker explored 200 interleavings, not all there are
      And in each of them each reader saw the old object or the new one
      And in none of them did the kernel crash or touch freed memory

    # source: docs/_interlock-interleavings.adoc:138
    @claim-interleavings-percpu-ref @claim-interlock-destroy-waits
    Scenario: A percpu_ref's user against its owner killing it
      # unchecked negation: the race is percpu_ref's alone; LOCALIO takes no part in it
      Given a host "h1" whose kernel has LOCALIO
      And a live percpu_ref guarding an object on "h1"
      When the checker runs a user that twice takes, uses and puts a reference against the owner killing the ref, waiting for the confirmation and the release, and freeing the object, in up to 150 interleavings
      Then the race ran in 2 threads, up to 2 operations each
      And the checker explored 150 interleavings, not all there are
      And in none of them did a try_get that began after the confirmation succeed
      And in each of them the release ran exactly once, after the last put
      And in none of them did the kernel crash or touch freed memory

  # source: docs/localio.adoc:1252
  Rule: NFS Client issues IO instead of Server

    # source: docs/localio.adoc:1282
    @claim-io-enxio-causes
    Scenario: nfsd stops but its namespace lives on: the service reference is refused, -ENXIO
      Given a host "h1" whose kernel has LOCALIO
      And an NFS server in container "c1" on "h1"
      # unchecked NFSv3: any version would do; each behaves alike here (FAQ 2, every version)
      When a client on "h1" mounts the server with NFSv3 and sec=sys
      Then reading "hello.txt" is served locally
      When the NFS server in container "c1" on "h1" stops
      Then the client records the server's network namespace and auth domain
      And opening "hello.txt" locally fails with ENXIO

    # source: docs/localio.adoc:1296
    @claim-io-enxio-causes
    Scenario: The namespace is gone: there is nothing to take a reference on, -ENXIO
      Given a host "h1" whose kernel has LOCALIO
      And an NFS server in container "c1" on "h1"
      # unchecked NFSv3: any version would do; each behaves alike here (FAQ 2, every version)
      When a client on "h1" mounts the server with NFSv3 and sec=sys
      Then reading "hello.txt" is served locally
      When container "c1" stops
      Then the client records no network namespace
      And opening "hello.txt" locally fails with ENXIO

    # source: docs/localio.adoc:1324
    @claim-io-enxio-fallback @claim-io-back-after-restart @claim-handshake-nonce
    Scenario: After a restart the first IO meets -ENXIO, probes again and goes over RPC; the next is local
      Given a host "h1" whose kernel has LOCALIO
      And an NFS server in container "c1" on "h1"
      # unchecked NFSv3: any version would do; each behaves alike here (FAQ 2, every version)
      When a client on "h1" mounts the server with NFSv3 and sec=sys
      And container "c1" restarts
      Then reading "hello.txt" goes over RPC
      And the trace of "h1" shows, in this order:
        | a local open of "hello.txt" fails with ENXIO             |
        | then the client registers a new nonce in nfs_common      |
        | the client sends UUID_IS_LOCAL                           |
        | the server finds the nonce and lists the client as local |
        | then the client sends READ for "hello.txt"               |
      And reading "hello.txt" is served locally
      And the client sent 2 UUID_IS_LOCAL calls
      And every UUID_IS_LOCAL call carried a new nonce

    # source: docs/localio.adoc:1345
    @claim-io-enxio-fallback
    Scenario: A local open refused for lack of permission sends that IO over RPC and probes nothing
      Given a host "h1" whose kernel has LOCALIO
      And an NFS server on "h1"
      # unchecked 0: alice may not read a file of mode 0600 that another owns, whoever that is
      And the export holds "private.txt" owned by uid 0 with mode 0600
      # unchecked NFSv3: any version would do; each behaves alike here (FAQ 2, every version)
      When a client on "h1" mounts the server with NFSv3 and sec=sys
      # unchecked "alice": carol may not read it either; any user but its owner would do
      Then user "alice" on "h1" may not read "private.txt" locally
      # unchecked READ: it sent 1 UUID_IS_LOCAL call too, as the next line says
      And the client sent 1 READ call
      And the client sent 1 UUID_IS_LOCAL call
      And reading "hello.txt" is served locally

    # source: docs/localio.adoc:1374
    @claim-io-failed-probe-stays-rpc
    Scenario: A probe that finds nfsd down leaves the client on RPC, even once nfsd is back
      Given a host "h1" whose kernel has LOCALIO
      And an NFS server in container "c1" on "h1"
      # unchecked NFSv3: any version would do; each behaves alike here (FAQ 2, every version)
      When a client on "h1" mounts the server with NFSv3 and sec=sys
      And the client looks up "hello.txt"
      And the NFS server in container "c1" on "h1" stops
      And opening "hello.txt" locally fails with ENXIO
      And the NFS server in container "c1" on "h1" starts again
      Then reading "hello.txt" goes over RPC
      And the client does not use LOCALIO
      And the client sent 1 UUID_IS_LOCAL call

    # source: docs/localio.adoc:1401
    @claim-io-shared-fs
    Scenario: What LOCALIO writes, RPC reads back, and the reverse
      Given a host "h1" whose kernel has LOCALIO
      # unchecked negation: the client on "h2" writes and reads over RPC, as it would without LOCALIO
      And a host "h2" whose kernel has LOCALIO
      And an NFS server on "h1"
      # unchecked NFSv3: any version would do; each behaves alike here (FAQ 2, every version)
      When a client on "h1" mounts the server with NFSv3 and sec=sys
      # unchecked NFSv3: any version would do; each behaves alike here (FAQ 2, every version)
      And a client on "h2" mounts the server with NFSv3 and sec=sys
      And the client on "h1" writes "from h1" to "a.txt"
      And the client on "h2" writes "from h2" to "b.txt"
      Then "a.txt" on the server holds "from h1"
      And "b.txt" on the server holds "from h2"
      And the client on "h1" wrote "a.txt" locally
      And the client on "h2" wrote "b.txt" over RPC
      And the client on "h2" reads "from h1" back from "a.txt" over RPC
      And the client on "h1" reads "from h2" back from "b.txt" locally

    # source: docs/localio.adoc:1447
    @claim-io-commit-syncs
    Scenario: A local commit syncs what local unstable writes left behind
      Given a host "h1" whose kernel has LOCALIO
      And an NFS server on "h1"
      # unchecked NFSv3: any version would do; each behaves alike here (FAQ 2, every version)
      When a client on "h1" mounts the server with NFSv3 and sec=sys
      # unchecked "unstable": any text would do; the scenario is about whether it is synced
      And the client writes "unstable" to "new.txt"
      Then the server's copy of "new.txt" is not synced
      When the client commits "new.txt"
      Then the server's copy of "new.txt" is synced
      And the client sent 0 COMMIT calls

  # source: docs/localio.adoc:1470
  Rule: Security

    # source: docs/localio.adoc:1496
    @claim-security-local-checks
    Scenario Outline: A client on an unprivileged port, the export now "<options>": RPC <outcome>, a local open is not checked
      Given a host "h1" whose kernel has LOCALIO
      And an NFS server on "h1"
      And the server exports "/export" with "rw,insecure"
      # unchecked NFSv3: the port check is the same for every version
      When a client on "h1" mounts the server with NFSv3 and sec=sys, from an unprivileged port
      And the client looks up "hello.txt"
      And the server exports "/export" with "<options>"
      # unchecked "hello.txt": on a secure export the port check refuses the call before any lookup; the insecure row catches it
      Then looking up "hello.txt" over RPC <outcome>
      But opening "hello.txt" locally succeeds

      Examples:
        | options     | outcome               |
        | rw,insecure | succeeds              |
        | rw,secure   | fails with EPERM      |

    # source: docs/localio.adoc:1523
    @claim-security-auth-domain
    Scenario: Local opens are checked as the client the server saw in the handshake
      Given a host "h1" whose kernel has LOCALIO
      # unchecked negation: the client on "h2" goes over RPC, as it would without LOCALIO
      And a host "h2" whose kernel has LOCALIO
      And an NFS server on "h1"
      And the server exports "/export" to "h1" with "rw,all_squash,anonuid=3000"
      And the server exports "/export" to "*" with "rw,no_root_squash"
      # unchecked 0: root on "h2" is uid 0 and reads it whoever owns it; on "h1" it is uid 3000 and owns nothing
      And the export holds "private.txt" owned by uid 0 with mode 0600
      # unchecked NFSv3: any version would do; each behaves alike here (FAQ 2, every version)
      When a client on "h1" mounts the server with NFSv3 and sec=sys
      # unchecked NFSv3: any version would do; each behaves alike here (FAQ 2, every version)
      And a client on "h2" mounts the server with NFSv3 and sec=sys
      # unchecked "root", "a.txt": all_squash maps alice to uid 3000 as well; any new file would do
      Then user "root" on "h1" writes "a.txt" locally, as uid 3000
      # unchecked "root": alice, mapped to uid 3000 as root is, may not read it either
      And user "root" on "h1" may not read "private.txt" locally
      # unchecked "b.txt": any new file would do
      And user "root" on "h2" writes "b.txt" over RPC, as uid 0
      And user "root" on "h2" may read "private.txt" over RPC

  # source: docs/localio.adoc:1560
  Rule: Testing

    # source: docs/localio.adoc:1579
    @claim-testing-permutations @claim-testing-same-host
    Scenario Outline: Client and server on one host, whose kernel <kernel>
      Given a host "h1" whose kernel <kernel>
      And an NFS server on "h1"
      # unchecked NFSv3: any version would do; each behaves alike here (FAQ 2, every version)
      When a client on "h1" mounts the server with NFSv3 and sec=sys
      Then the client sent <calls> to the LOCALIO program
      And reading "hello.txt" <path>

      Examples:
        | kernel                                  | calls   | path              |
        | has LOCALIO, with nfs.localio_enabled=Y | 2 calls | is served locally |
        # unchecked <kernel>: a kernel without LOCALIO does the same, as the next row shows
        | has LOCALIO, with nfs.localio_enabled=N | 0 calls | goes over RPC     |
        | has no LOCALIO support                  | 0 calls | goes over RPC     |

    # source: docs/localio.adoc:1598
    @claim-testing-permutations @claim-testing-no-localio-server
    Scenario Outline: The client's kernel <client>; the server's, on another host, <server>
      Given a host "h1" whose kernel <client>
      And a host "h2" whose kernel <server>
      # unchecked on "h2": in the rows whose client does not probe, or finds no LOCALIO, a server on the client's own host is reached over RPC too
      And an NFS server on "h2"
      # unchecked NFSv3, on "h1": any version would do; in the rows whose client does not probe, a client on the server's host goes over RPC too
      When a client on "h1" mounts the server with NFSv3 and sec=sys
      Then the client sent <calls> to the LOCALIO program
      And reading "hello.txt" goes over RPC

      Examples:
        # unchecked <client>, <server>: in the rows with no probe, or no LOCALIO at the server, another kernel gives the same answer, as the rows beside show
        | client                                  | server                 | calls   |
        | has LOCALIO, with nfs.localio_enabled=Y | has LOCALIO            | 2 calls |
        | has LOCALIO, with nfs.localio_enabled=Y | has no LOCALIO support | 1 call  |
        | has LOCALIO, with nfs.localio_enabled=N | has LOCALIO            | 0 calls |
        | has LOCALIO, with nfs.localio_enabled=N | has no LOCALIO support | 0 calls |
        | has no LOCALIO support                  | has LOCALIO            | 0 calls |
        | has no LOCALIO support                  | has no LOCALIO support | 0 calls |

    # source: docs/localio.adoc:1630
    @claim-testing-container @claim-io-back-after-restart
    Scenario Outline: Client on the host, server in a container, over <version>: restarted twice
      Given a host "h1" whose kernel has LOCALIO
      And an NFS server in container "c1" on "h1"
      When a client on "h1" mounts the server with <version> and sec=sys
      Then reading "hello.txt" is served locally
      When container "c1" restarts
      Then reading "hello.txt" goes over RPC
      And reading "hello.txt" is served locally
      When container "c1" restarts
      Then reading "hello.txt" goes over RPC
      And reading "hello.txt" is served locally
      And the client sent 3 UUID_IS_LOCAL calls
      # unchecked NULL pointer dereference: the kernel reported nothing at all, so a line naming another kind of report passes too
      And the kernel reported no NULL pointer dereference
      # unchecked use-after-free: the kernel reported nothing at all, so a line naming another kind of report passes too
      And the kernel reported no use-after-free

      Examples:
        # unchecked <version>: each row's version is the other's; the restarts go alike over each
        | version |
        | NFSv3   |
        | NFSv4.2 |

  # source: docs/localio.adoc:1664
  Rule: After v6.12: the newest mainline

    # source: docs/localio.adoc:1685
    @newest @claim-newest-cached-files
    Scenario: A file read locally stays open in the client, and its reference on nfsd's namespace with it
      Given a host "h1" whose kernel has LOCALIO
      And an NFS server in container "c1" on "h1"
      And a client on "h1" mounts the server with NFSv3 and sec=sys
      And the client has "hello.txt" open
      When the client reads the "hello.txt" it has open
      Then the client keeps 1 file of the server open for "hello.txt"
      And the server's namespace reference counts 2
      When the client reads the "hello.txt" it has open
      Then the client keeps 1 file of the server open for "hello.txt"
      When the client closes "hello.txt"
      Then the client keeps 0 files of the server open for "hello.txt"
      And the server's namespace reference counts 1

    # source: docs/localio.adoc:1712
    @newest @claim-newest-stop-invalidates
    Scenario: Stopping nfsd lets go of every client of its namespace, and of the files they keep
      Given a host "h1" whose kernel has LOCALIO
      And an NFS server in container "c1" on "h1"
      And a client on "h1" mounts the server with NFSv3 and sec=sys
      And the client has "hello.txt" open
      When the client reads the "hello.txt" it has open
      And container "c1" stops
      Then the client keeps 0 files of the server open for "hello.txt"
      And the client does not use LOCALIO
      And the client records no network namespace
      And the network namespace of container "c1" is freed
      And the kernel reported no use-after-free

    # source: docs/localio.adoc:1738
    @newest @claim-newest-reprobe
    Scenario Outline: After its server's container restarts, an <version> client with the throttle at <throttle> <returns>
      Given a host "h1" whose kernel has LOCALIO
      And nfs3_localio_probe_throttle is <throttle> on "h1"
      And an NFS server in container "c1" on "h1"
      When a client on "h1" mounts the server with <version> and sec=sys
      And container "c1" restarts
      Then reading "hello.txt" goes over RPC
      And reading "hello.txt" <then>
      And the client sent <calls> UUID_IS_LOCAL calls

      Examples:
        | version | throttle | returns                  | then              | calls |
        | NFSv4.2 | 0        | is local again           | is served locally | 2     |
        | NFSv3   | 0        | stays on RPC             | goes over RPC     | 1     |
        | NFSv3   | 1        | is local again           | is served locally | 2     |

    # source: docs/localio.adoc:1768
    @newest @claim-newest-async-probe
    Scenario: The probe runs on nfsiod, not in the thread that mounts
      Given a host "h1" whose kernel has LOCALIO
      And an NFS server in container "c1" on "h1"
      When a client on "h1" mounts the server with NFSv3 and sec=sys
      Then the client uses LOCALIO
      And the client's probe ran in the thread "nfsiod", not in the mounting one

    # source: docs/localio.adoc:1783
    @newest @claim-newest-early-return
    Scenario: A flexfiles data server on the client's host takes the data path local after one handshake
      Given a host "h1" whose kernel has LOCALIO
      And a host "h2" whose kernel has LOCALIO
      And an NFS server on "h2" with a flexfiles data server on "h1"
      And the export holds "data.txt" owned by uid 1000 with mode 0644
      When a client on "h1" mounts the server with NFSv4.2 and sec=sys
      And the client writes "near the data" to "data.txt"
      Then reading "data.txt" is served locally
      And the client's nfs_client for the data server of "data.txt" uses LOCALIO
      And the client sent 2 UUID_IS_LOCAL calls
      And the NFS server on "h1" lists 1 local client

    # source: docs/localio.adoc:1815
    @newest @claim-newest-interleavings
    Scenario: nfsd_shutdown_net() against a local read that caches its file, in the interleavings the checker explores
      Given a host "h1" whose kernel has LOCALIO
      And a client on "h1" that the nfsd in container "c1" confirmed as local
      When the checker runs the client's local read that caches its file against nfsd_shutdown_net(), in up to 80 interleavings
      Then the race ran in 2 threads, 1 operation each
      And in each of them the open failed with ENXIO or ESTALE, or the read saw the file
      And in each of them nfsd finished shutting down and no file stayed cached for the client
      And in none of them did the kernel crash or touch freed memory

    # source: docs/localio.adoc:1828
    @newest @claim-newest-add-file-check
    Scenario: Without nfs_uuid_add_file()'s check, a file cached after the purge keeps nfsd from finishing to stop
      Given a host "h1" whose kernel is the newest mainline without nfs_uuid_add_file()'s check
      And a client on "h1" that the nfsd in container "c1" confirmed as local
      When the checker runs the client's local read that caches its file against nfsd_shutdown_net(), in up to 100 interleavings
      Then the race ran in 2 threads, 1 operation each
      And the checker finds an interleaving in which nfsd never finishes shutting down

    # source: docs/localio.adoc:1862
    @newest @claim-newest-odirect
    Scenario: An O_DIRECT write and read of a misaligned range go as a buffered head, a direct middle and a buffered tail
      Given a host "h1" whose kernel has LOCALIO
      And an NFS server in container "c1" on "h1"
      And the server's disk reports a direct IO alignment of 512 bytes of the file and 4 bytes of memory
      And a client on "h1" mounts the server with NFSv3 and sec=sys
      When the client writes 2000 bytes at offset 100 of "big.bin", opened with O_DIRECT
      Then the client did it locally, in these pieces:
        | bytes | offset | IO       |
        | 412   | 100    | buffered |
        | 1536  | 512    | direct   |
        | 52    | 2048   | buffered |
      And the server's copy of "big.bin" is synced
      And the server's "big.bin" holds the bytes written
      When the client reads 2000 bytes at offset 100 of "big.bin", opened with O_DIRECT
      Then the client did it locally, in these pieces:
        | bytes | offset | IO       |
        | 412   | 100    | buffered |
        | 1536  | 512    | direct   |
        | 52    | 2048   | buffered |
      And the read returned the bytes written

    # source: docs/localio.adoc:1887
    @newest @claim-newest-odirect
    Scenario Outline: A write <case> goes buffered in one piece and is left for a commit
      Given a host "h1" whose kernel has LOCALIO
      And an NFS server in container "c1" on "h1"
      And the server's disk reports a direct IO alignment of <align> bytes of the file and 4 bytes of memory
      And a client on "h1" mounts the server with NFSv3 and sec=sys
      When the client writes <bytes> bytes at offset 100 of "big.bin", opened <how>
      Then the client did it locally, in these pieces:
        | bytes   | offset | IO       |
        | <bytes> | 100    | buffered |
      And the server's copy of "big.bin" is not synced
      And the server's "big.bin" holds the bytes written

      Examples:
        | case                                                | align | bytes | how              |
        | made without O_DIRECT                               | 512   | 2000  | without O_DIRECT |
        | with O_DIRECT, shorter than the alignment           | 512   | 511   | with O_DIRECT    |
        | with O_DIRECT, on a disk that reports no alignment  | 0     | 2000  | with O_DIRECT    |
