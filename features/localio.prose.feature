# Tangled by livingdocs from docs/localio.adoc: edit the page, not this file.
# One scenario per fact or symbol the page's prose states; its "# source:" comment names the line.

@prose
# source: docs/localio.adoc:1
Feature: The prose of docs/localio.adoc

  # source: docs/localio.adoc:26
  Scenario: symbol nfs_common is known
    # source: docs/localio.adoc:26
    Then the symbol "nfs_common" is known

  # source: docs/localio.adoc:39
  Scenario: fact page.export_options reads rw, root_squash, sec=sys
    # source: docs/localio.adoc:39
    Then the fact "page.export_options" reads "rw, root_squash, sec=sys"

  # source: docs/localio.adoc:40
  Scenario: fact page.alice.uid reads 1000
    # source: docs/localio.adoc:40
    Then the fact "page.alice.uid" reads "1000"

  # source: docs/localio.adoc:43
  Rule: Overview

    # source: docs/localio.adoc:64
    Scenario: symbol CONFIG_NFS_LOCALIO is known
      # source: docs/localio.adoc:64
      Then the symbol "CONFIG_NFS_LOCALIO" is known

  # source: docs/localio.adoc:206
  Rule: FAQ › 2. What must LOCALIO achieve?

    # source: docs/localio.adoc:215
    Scenario: symbol nfsd_file is known
      # source: docs/localio.adoc:215
      Then the symbol "nfsd_file" is known

    # source: docs/localio.adoc:255
    Scenario: symbol nfs_get_client() is known
      # source: docs/localio.adoc:255
      Then the symbol "nfs_get_client()" is known

    # source: docs/localio.adoc:282
    Scenario: symbol nfs_get_client() is known
      # source: docs/localio.adoc:282
      Then the symbol "nfs_get_client()" is known

  # source: docs/localio.adoc:286
  Rule: FAQ › 3. Why a handshake, rather than comparing IP addresses or host names?

    # source: docs/localio.adoc:293
    Scenario: symbol nfs_common is known
      # source: docs/localio.adoc:293
      Then the symbol "nfs_common" is known

    # source: docs/localio.adoc:300
    Scenario: symbol nfs_uuid_is_local() is known
      # source: docs/localio.adoc:300
      Then the symbol "nfs_uuid_is_local()" is known

    # source: docs/localio.adoc:301
    Scenario: symbol nfs_uuids is known
      # source: docs/localio.adoc:301
      Then the symbol "nfs_uuids" is known

    # source: docs/localio.adoc:301
    Scenario: symbol rqstp->rq_client is known
      # source: docs/localio.adoc:301
      Then the symbol "rqstp->rq_client" is known

    # source: docs/localio.adoc:306
    Scenario: symbol nfs_uuid_is_local() is known
      # source: docs/localio.adoc:306
      Then the symbol "nfs_uuid_is_local()" is known

    # source: docs/localio.adoc:306
    Scenario: symbol localio_proc_uuid_is_local() is known
      # source: docs/localio.adoc:306
      Then the symbol "localio_proc_uuid_is_local()" is known

  # source: docs/localio.adoc:344
  Rule: FAQ › 4. Does pNFS flexfiles gain from LOCALIO?

    # source: docs/localio.adoc:347
    Scenario: symbol nfs_client is known
      # source: docs/localio.adoc:347
      Then the symbol "nfs_client" is known

    # source: docs/localio.adoc:347
    Scenario: symbol nfs_get_client() is known
      # source: docs/localio.adoc:347
      Then the symbol "nfs_get_client()" is known

    # source: docs/localio.adoc:347
    Scenario: symbol nfs_client is known
      # source: docs/localio.adoc:347
      Then the symbol "nfs_client" is known

    # source: docs/localio.adoc:348
    Scenario: symbol nfs4_ff_layout_prepare_ds() is known
      # source: docs/localio.adoc:348
      Then the symbol "nfs4_ff_layout_prepare_ds()" is known

    # source: docs/localio.adoc:378
    Scenario: symbol nfs_get_client() is known
      # source: docs/localio.adoc:378
      Then the symbol "nfs_get_client()" is known

    # source: docs/localio.adoc:378
    Scenario: symbol nfs_client is known
      # source: docs/localio.adoc:378
      Then the symbol "nfs_client" is known

    # source: docs/localio.adoc:379
    Scenario: symbol nfs4_ff_layout_prepare_ds() is known
      # source: docs/localio.adoc:379
      Then the symbol "nfs4_ff_layout_prepare_ds()" is known

    # source: docs/localio.adoc:380
    Scenario: symbol nfs_local_probe() is known
      # source: docs/localio.adoc:380
      Then the symbol "nfs_local_probe()" is known

  # source: docs/localio.adoc:419
  Rule: FAQ › 6. What does an open that nfsd performs for the client, with no RPC, buy? Only with pNFS?

    # source: docs/localio.adoc:425
    Scenario: symbol nfsd_open_local_fh() is known
      # source: docs/localio.adoc:425
      Then the symbol "nfsd_open_local_fh()" is known

  # source: docs/localio.adoc:457
  Rule: FAQ › 7. Why AUTH_UNIX, and whose?

    # source: docs/localio.adoc:460
    Scenario: symbol nfs_client is known
      # source: docs/localio.adoc:460
      Then the symbol "nfs_client" is known

    # source: docs/localio.adoc:460
    Scenario: symbol cl_rpcclient is known
      # source: docs/localio.adoc:460
      Then the symbol "cl_rpcclient" is known

    # source: docs/localio.adoc:461
    Scenario: symbol nfs_local_probe() is known
      # source: docs/localio.adoc:461
      Then the symbol "nfs_local_probe()" is known

    # source: docs/localio.adoc:462
    Scenario: symbol nfs_client is known
      # source: docs/localio.adoc:462
      Then the symbol "nfs_client" is known

    # source: docs/localio.adoc:464
    Scenario: symbol nfs_init_client() is known
      # source: docs/localio.adoc:464
      Then the symbol "nfs_init_client()" is known

    # source: docs/localio.adoc:464
    Scenario: symbol cl_rpcclient is known
      # source: docs/localio.adoc:464
      Then the symbol "cl_rpcclient" is known

    # source: docs/localio.adoc:467
    Scenario: symbol cl_rpcclient is known
      # source: docs/localio.adoc:467
      Then the symbol "cl_rpcclient" is known

    # source: docs/localio.adoc:472
    Scenario: symbol nfs_get_client() is known
      # source: docs/localio.adoc:472
      Then the symbol "nfs_get_client()" is known

    # source: docs/localio.adoc:506
    Scenario: symbol nfs_local_probe() is known
      # source: docs/localio.adoc:506
      Then the symbol "nfs_local_probe()" is known

    # source: docs/localio.adoc:506
    Scenario: symbol clp->cl_rpcclient is known
      # source: docs/localio.adoc:506
      Then the symbol "clp->cl_rpcclient" is known

  # source: docs/localio.adoc:522
  Rule: FAQ › 8. Do export options that map user ids (root_squash, all_squash) apply to local IO?

    # source: docs/localio.adoc:525
    Scenario: symbol nfsd_file_acquire_local() is known
      # source: docs/localio.adoc:525
      Then the symbol "nfsd_file_acquire_local()" is known

    # source: docs/localio.adoc:525
    Scenario: symbol __fh_verify() is known
      # source: docs/localio.adoc:525
      Then the symbol "__fh_verify()" is known

    # source: docs/localio.adoc:525
    Scenario: symbol nfsd_setuser_and_check_port() is known
      # source: docs/localio.adoc:525
      Then the symbol "nfsd_setuser_and_check_port()" is known

    # source: docs/localio.adoc:526
    Scenario: symbol nfsd_setuser() is known
      # source: docs/localio.adoc:526
      Then the symbol "nfsd_setuser()" is known

    # source: docs/localio.adoc:527
    Scenario: symbol svcauth_map_clnt_to_svc_cred_local() is known
      # source: docs/localio.adoc:527
      Then the symbol "svcauth_map_clnt_to_svc_cred_local()" is known

    # source: docs/localio.adoc:536
    Scenario: fact export.anonuid reads 65534
      # source: docs/localio.adoc:536
      Then the fact "export.anonuid" reads "65534"

    # source: docs/localio.adoc:566
    Scenario: fact auth_unix.max_groups reads 16
      # source: docs/localio.adoc:566
      Then the fact "auth_unix.max_groups" reads "16"

    # source: docs/localio.adoc:568
    Scenario: fact page.carol.uid reads 1001
      # source: docs/localio.adoc:568
      Then the fact "page.carol.uid" reads "1001"

    # source: docs/localio.adoc:568
    Scenario: fact page.carol.groups reads 17
      # source: docs/localio.adoc:568
      Then the fact "page.carol.groups" reads "17"

    # source: docs/localio.adoc:567
    Scenario: symbol UNX_NGROUPS is known
      # source: docs/localio.adoc:567
      Then the symbol "UNX_NGROUPS" is known

  # source: docs/localio.adoc:596
  Rule: RPC

    # source: docs/localio.adoc:599
    Scenario: fact localio.real_procedures reads one
      # source: docs/localio.adoc:599
      Then the fact "localio.real_procedures" reads "one"

    # source: docs/localio.adoc:600
    Scenario: symbol UUID_IS_LOCAL is known
      # source: docs/localio.adoc:600
      Then the symbol "UUID_IS_LOCAL" is known

    # source: docs/localio.adoc:601
    Scenario: symbol nfs_common is known
      # source: docs/localio.adoc:601
      Then the symbol "nfs_common" is known

    # source: docs/localio.adoc:601
    Scenario: symbol nfs_common is known
      # source: docs/localio.adoc:601
      Then the symbol "nfs_common" is known

    # source: docs/localio.adoc:607
    Scenario: fact localio.program reads 400122
      # source: docs/localio.adoc:607
      Then the fact "localio.program" reads "400122"

    # source: docs/localio.adoc:608
    Scenario: fact localio.version reads 1
      # source: docs/localio.adoc:608
      Then the fact "localio.version" reads "1"

    # source: docs/localio.adoc:608
    Scenario: fact localio.proc.null reads 0
      # source: docs/localio.adoc:608
      Then the fact "localio.proc.null" reads "0"

    # source: docs/localio.adoc:609
    Scenario: fact localio.proc.uuid_is_local reads 1
      # source: docs/localio.adoc:609
      Then the fact "localio.proc.uuid_is_local" reads "1"

    # source: docs/localio.adoc:615
    Scenario: symbol NFS_LOCALIO_PROGRAM is known
      # source: docs/localio.adoc:615
      Then the symbol "NFS_LOCALIO_PROGRAM" is known

    # source: docs/localio.adoc:615
    Scenario: fact localio.program reads 400122
      # source: docs/localio.adoc:615
      Then the fact "localio.program" reads "400122"

    # source: docs/localio.adoc:616
    Scenario: symbol LOCALIO_V1 is known
      # source: docs/localio.adoc:616
      Then the symbol "LOCALIO_V1" is known

    # source: docs/localio.adoc:616
    Scenario: fact localio.version reads 1
      # source: docs/localio.adoc:616
      Then the fact "localio.version" reads "1"

    # source: docs/localio.adoc:617
    Scenario: symbol LOCALIOPROC_NULL is known
      # source: docs/localio.adoc:617
      Then the symbol "LOCALIOPROC_NULL" is known

    # source: docs/localio.adoc:617
    Scenario: fact localio.proc.null reads 0
      # source: docs/localio.adoc:617
      Then the fact "localio.proc.null" reads "0"

    # source: docs/localio.adoc:618
    Scenario: symbol LOCALIOPROC_UUID_IS_LOCAL is known
      # source: docs/localio.adoc:618
      Then the symbol "LOCALIOPROC_UUID_IS_LOCAL" is known

    # source: docs/localio.adoc:618
    Scenario: fact localio.proc.uuid_is_local reads 1
      # source: docs/localio.adoc:618
      Then the fact "localio.proc.uuid_is_local" reads "1"

    # source: docs/localio.adoc:650
    Scenario: fact uuid.size reads 16
      # source: docs/localio.adoc:650
      Then the fact "uuid.size" reads "16"

    # source: docs/localio.adoc:650
    Scenario: symbol UUID_SIZE is known
      # source: docs/localio.adoc:650
      Then the symbol "UUID_SIZE" is known

    # source: docs/localio.adoc:652
    Scenario: symbol encode_opaque_fixed() is known
      # source: docs/localio.adoc:652
      Then the symbol "encode_opaque_fixed()" is known

    # source: docs/localio.adoc:654
    Scenario: symbol nfs_common is known
      # source: docs/localio.adoc:654
      Then the symbol "nfs_common" is known

    # source: docs/localio.adoc:657
    Scenario: fact uuid.size reads 16
      # source: docs/localio.adoc:657
      Then the fact "uuid.size" reads "16"

    # source: docs/localio.adoc:660
    Scenario: fact uuid.size reads 16
      # source: docs/localio.adoc:660
      Then the fact "uuid.size" reads "16"

    # source: docs/localio.adoc:658
    Scenario: symbol localio_decode_uuidarg() is known
      # source: docs/localio.adoc:658
      Then the symbol "localio_decode_uuidarg()" is known

    # source: docs/localio.adoc:658
    Scenario: symbol svc_process() is known
      # source: docs/localio.adoc:658
      Then the symbol "svc_process()" is known

    # source: docs/localio.adoc:665
    Scenario: fact uuid.size reads 16
      # source: docs/localio.adoc:665
      Then the fact "uuid.size" reads "16"

    # source: docs/localio.adoc:682
    Scenario: symbol rpc_bind_new_program() is known
      # source: docs/localio.adoc:682
      Then the symbol "rpc_bind_new_program()" is known

    # source: docs/localio.adoc:682
    Scenario: symbol nfs_client is known
      # source: docs/localio.adoc:682
      Then the symbol "nfs_client" is known

    # source: docs/localio.adoc:682
    Scenario: symbol cl_rpcclient is known
      # source: docs/localio.adoc:682
      Then the symbol "cl_rpcclient" is known

    # source: docs/localio.adoc:705
    Scenario: fact localio.proc.null reads 0
      # source: docs/localio.adoc:705
      Then the fact "localio.proc.null" reads "0"

    # source: docs/localio.adoc:704
    Scenario: symbol rpc_bind_new_program() is known
      # source: docs/localio.adoc:704
      Then the symbol "rpc_bind_new_program()" is known

    # source: docs/localio.adoc:706
    Scenario: symbol CONFIG_NFS_LOCALIO is known
      # source: docs/localio.adoc:706
      Then the symbol "CONFIG_NFS_LOCALIO" is known

    # source: docs/localio.adoc:707
    Scenario: symbol PROG_UNAVAIL is known
      # source: docs/localio.adoc:707
      Then the symbol "PROG_UNAVAIL" is known

  # source: docs/localio.adoc:725
  Rule: NFS Common and Client/Server Handshake

    # source: docs/localio.adoc:728
    Scenario: symbol nfs_uuids is known
      # source: docs/localio.adoc:728
      Then the symbol "nfs_uuids" is known

    # source: docs/localio.adoc:728
    Scenario: symbol nfs_uuid_lock is known
      # source: docs/localio.adoc:728
      Then the symbol "nfs_uuid_lock" is known

    # source: docs/localio.adoc:729
    Scenario: symbol nfs_to is known
      # source: docs/localio.adoc:729
      Then the symbol "nfs_to" is known

    # source: docs/localio.adoc:730
    Scenario: symbol nfsd_localio_ops_init() is known
      # source: docs/localio.adoc:730
      Then the symbol "nfsd_localio_ops_init()" is known

    # source: docs/localio.adoc:730
    Scenario: symbol nfs_client is known
      # source: docs/localio.adoc:730
      Then the symbol "nfs_client" is known

    # source: docs/localio.adoc:731
    Scenario: symbol nfs_uuid_t is known
      # source: docs/localio.adoc:731
      Then the symbol "nfs_uuid_t" is known

    # source: docs/localio.adoc:731
    Scenario: symbol cl_uuid is known
      # source: docs/localio.adoc:731
      Then the symbol "cl_uuid" is known

    # source: docs/localio.adoc:737
    Scenario: fact nfs.localio_enabled.default reads Y
      # source: docs/localio.adoc:737
      Then the fact "nfs.localio_enabled.default" reads "Y"

    # source: docs/localio.adoc:735
    Scenario: symbol nfs_get_client() is known
      # source: docs/localio.adoc:735
      Then the symbol "nfs_get_client()" is known

    # source: docs/localio.adoc:736
    Scenario: symbol nfs_client is known
      # source: docs/localio.adoc:736
      Then the symbol "nfs_client" is known

    # source: docs/localio.adoc:736
    Scenario: symbol nfs_local_probe() is known
      # source: docs/localio.adoc:736
      Then the symbol "nfs_local_probe()" is known

    # source: docs/localio.adoc:737
    Scenario: symbol nfs.localio_enabled is known
      # source: docs/localio.adoc:737
      Then the symbol "nfs.localio_enabled" is known

    # source: docs/localio.adoc:739
    Scenario: symbol nfs_uuid_begin() is known
      # source: docs/localio.adoc:739
      Then the symbol "nfs_uuid_begin()" is known

    # source: docs/localio.adoc:739
    Scenario: symbol nfs_uuid_t is known
      # source: docs/localio.adoc:739
      Then the symbol "nfs_uuid_t" is known

    # source: docs/localio.adoc:740
    Scenario: symbol nfs_uuids is known
      # source: docs/localio.adoc:740
      Then the symbol "nfs_uuids" is known

    # source: docs/localio.adoc:747
    Scenario: symbol nfs_uuid_is_local() is known
      # source: docs/localio.adoc:747
      Then the symbol "nfs_uuid_is_local()" is known

    # source: docs/localio.adoc:748
    Scenario: symbol rqstp->rq_client is known
      # source: docs/localio.adoc:748
      Then the symbol "rqstp->rq_client" is known

    # source: docs/localio.adoc:749
    Scenario: symbol nn->local_clients is known
      # source: docs/localio.adoc:749
      Then the symbol "nn->local_clients" is known

    # source: docs/localio.adoc:749
    Scenario: symbol nfs_uuids is known
      # source: docs/localio.adoc:749
      Then the symbol "nfs_uuids" is known

    # source: docs/localio.adoc:749
    Scenario: symbol nfs_uuid_is_local() is known
      # source: docs/localio.adoc:749
      Then the symbol "nfs_uuid_is_local()" is known

    # source: docs/localio.adoc:750
    Scenario: symbol nfs_uuid_t is known
      # source: docs/localio.adoc:750
      Then the symbol "nfs_uuid_t" is known

    # source: docs/localio.adoc:750
    Scenario: symbol nn->local_clients is known
      # source: docs/localio.adoc:750
      Then the symbol "nn->local_clients" is known

    # source: docs/localio.adoc:751
    Scenario: symbol rcu_assign_pointer() is known
      # source: docs/localio.adoc:751
      Then the symbol "rcu_assign_pointer()" is known

    # source: docs/localio.adoc:754
    Scenario: symbol nfs_local_enable() is known
      # source: docs/localio.adoc:754
      Then the symbol "nfs_local_enable()" is known

    # source: docs/localio.adoc:754
    Scenario: symbol NFS_CS_LOCAL_IO is known
      # source: docs/localio.adoc:754
      Then the symbol "NFS_CS_LOCAL_IO" is known

    # source: docs/localio.adoc:756
    Scenario: symbol nfs_uuid_t is known
      # source: docs/localio.adoc:756
      Then the symbol "nfs_uuid_t" is known

    # source: docs/localio.adoc:756
    Scenario: symbol nn->nfsd_serv is known
      # source: docs/localio.adoc:756
      Then the symbol "nn->nfsd_serv" is known

    # source: docs/localio.adoc:757
    Scenario: symbol nfs_uuid_is_local() is known
      # source: docs/localio.adoc:757
      Then the symbol "nfs_uuid_is_local()" is known

    # source: docs/localio.adoc:758
    Scenario: symbol nfs_uuids is known
      # source: docs/localio.adoc:758
      Then the symbol "nfs_uuids" is known

    # source: docs/localio.adoc:758
    Scenario: symbol nn->local_clients is known
      # source: docs/localio.adoc:758
      Then the symbol "nn->local_clients" is known

    # source: docs/localio.adoc:758
    Scenario: symbol struct nfsd_net is known
      # source: docs/localio.adoc:758
      Then the symbol "struct nfsd_net" is known

    # source: docs/localio.adoc:758
    Scenario: symbol nfsd_serv is known
      # source: docs/localio.adoc:758
      Then the symbol "nfsd_serv" is known

    # source: docs/localio.adoc:780
    Scenario: symbol nfs_uuid_end() is known
      # source: docs/localio.adoc:780
      Then the symbol "nfs_uuid_end()" is known

    # source: docs/localio.adoc:780
    Scenario: symbol nfs_uuids is known
      # source: docs/localio.adoc:780
      Then the symbol "nfs_uuids" is known

    # source: docs/localio.adoc:801
    Scenario: symbol nfs_uuid_t is known
      # source: docs/localio.adoc:801
      Then the symbol "nfs_uuid_t" is known

    # source: docs/localio.adoc:802
    Scenario: symbol struct nfsd_net is known
      # source: docs/localio.adoc:802
      Then the symbol "struct nfsd_net" is known

    # source: docs/localio.adoc:802
    Scenario: symbol net_generic() is known
      # source: docs/localio.adoc:802
      Then the symbol "net_generic()" is known

    # source: docs/localio.adoc:802
    Scenario: symbol nn->nfsd_serv is known
      # source: docs/localio.adoc:802
      Then the symbol "nn->nfsd_serv" is known

  # source: docs/localio.adoc:809
  Rule: NFS Client and Server Interlock

    # source: docs/localio.adoc:813
    Scenario: symbol nfs_uuid_t is known
      # source: docs/localio.adoc:813
      Then the symbol "nfs_uuid_t" is known

    # source: docs/localio.adoc:847
    Scenario: fact uuid.size reads 16
      # source: docs/localio.adoc:847
      Then the fact "uuid.size" reads "16"

    # source: docs/localio.adoc:846
    Scenario: symbol nfs_client is known
      # source: docs/localio.adoc:846
      Then the symbol "nfs_client" is known

    # source: docs/localio.adoc:846
    Scenario: symbol nfs_uuid_t is known
      # source: docs/localio.adoc:846
      Then the symbol "nfs_uuid_t" is known

    # source: docs/localio.adoc:846
    Scenario: symbol cl_uuid is known
      # source: docs/localio.adoc:846
      Then the symbol "cl_uuid" is known

    # source: docs/localio.adoc:847
    Scenario: symbol nfs_client is known
      # source: docs/localio.adoc:847
      Then the symbol "nfs_client" is known

    # source: docs/localio.adoc:848
    Scenario: symbol nfs_uuid_t is known
      # source: docs/localio.adoc:848
      Then the symbol "nfs_uuid_t" is known

    # source: docs/localio.adoc:849
    Scenario: symbol nfs_client is known
      # source: docs/localio.adoc:849
      Then the symbol "nfs_client" is known

    # source: docs/localio.adoc:849
    Scenario: symbol nfs_free_client() is known
      # source: docs/localio.adoc:849
      Then the symbol "nfs_free_client()" is known

    # source: docs/localio.adoc:850
    Scenario: symbol nfs_local_disable() is known
      # source: docs/localio.adoc:850
      Then the symbol "nfs_local_disable()" is known

    # source: docs/localio.adoc:864
    Scenario: symbol nfs_uuid_t is known
      # source: docs/localio.adoc:864
      Then the symbol "nfs_uuid_t" is known

    # source: docs/localio.adoc:864
    Scenario: symbol nn->local_clients is known
      # source: docs/localio.adoc:864
      Then the symbol "nn->local_clients" is known

    # source: docs/localio.adoc:879
    Scenario: symbol pre_exit is known
      # source: docs/localio.adoc:879
      Then the symbol "pre_exit" is known

    # source: docs/localio.adoc:879
    Scenario: symbol nfsd_net_pre_exit() is known
      # source: docs/localio.adoc:879
      Then the symbol "nfsd_net_pre_exit()" is known

    # source: docs/localio.adoc:880
    Scenario: symbol nfs_uuid_invalidate_clients() is known
      # source: docs/localio.adoc:880
      Then the symbol "nfs_uuid_invalidate_clients()" is known

    # source: docs/localio.adoc:884
    Scenario: symbol cleanup_net() is known
      # source: docs/localio.adoc:884
      Then the symbol "cleanup_net()" is known

    # source: docs/localio.adoc:885
    Scenario: symbol pre_exit is known
      # source: docs/localio.adoc:885
      Then the symbol "pre_exit" is known

    # source: docs/localio.adoc:885
    Scenario: symbol synchronize_rcu() is known
      # source: docs/localio.adoc:885
      Then the symbol "synchronize_rcu()" is known

    # source: docs/localio.adoc:886
    Scenario: symbol nfsd_net is known
      # source: docs/localio.adoc:886
      Then the symbol "nfsd_net" is known

    # source: docs/localio.adoc:888
    Scenario: symbol pre_exit is known
      # source: docs/localio.adoc:888
      Then the symbol "pre_exit" is known

    # source: docs/localio.adoc:889
    Scenario: symbol synchronize_rcu() is known
      # source: docs/localio.adoc:889
      Then the symbol "synchronize_rcu()" is known

    # source: docs/localio.adoc:889
    Scenario: symbol cleanup_net() is known
      # source: docs/localio.adoc:889
      Then the symbol "cleanup_net()" is known

    # source: docs/localio.adoc:905
    Scenario: symbol nfs_uuid_t is known
      # source: docs/localio.adoc:905
      Then the symbol "nfs_uuid_t" is known

    # source: docs/localio.adoc:905
    Scenario: symbol nfs_open_local_fh() is known
      # source: docs/localio.adoc:905
      Then the symbol "nfs_open_local_fh()" is known

    # source: docs/localio.adoc:906
    Scenario: symbol nfs_common is known
      # source: docs/localio.adoc:906
      Then the symbol "nfs_common" is known

    # source: docs/localio.adoc:906
    Scenario: symbol rcu_read_lock() is known
      # source: docs/localio.adoc:906
      Then the symbol "rcu_read_lock()" is known

    # source: docs/localio.adoc:906
    Scenario: symbol rcu_dereference() is known
      # source: docs/localio.adoc:906
      Then the symbol "rcu_dereference()" is known

    # source: docs/localio.adoc:907
    Scenario: symbol nfsd_open_local_fh() is known
      # source: docs/localio.adoc:907
      Then the symbol "nfsd_open_local_fh()" is known

    # source: docs/localio.adoc:908
    Scenario: symbol nfs_uuid_t is known
      # source: docs/localio.adoc:908
      Then the symbol "nfs_uuid_t" is known

    # source: docs/localio.adoc:910
    Scenario: symbol nfs_uuid_t is known
      # source: docs/localio.adoc:910
      Then the symbol "nfs_uuid_t" is known

    # source: docs/localio.adoc:911
    Scenario: symbol rcu_read_lock() is known
      # source: docs/localio.adoc:911
      Then the symbol "rcu_read_lock()" is known

    # source: docs/localio.adoc:911
    Scenario: symbol nfs_uuid_t is known
      # source: docs/localio.adoc:911
      Then the symbol "nfs_uuid_t" is known

    # source: docs/localio.adoc:912
    Scenario: symbol nfs_common is known
      # source: docs/localio.adoc:912
      Then the symbol "nfs_common" is known

    # source: docs/localio.adoc:912
    Scenario: symbol nfs_open_local_fh() is known
      # source: docs/localio.adoc:912
      Then the symbol "nfs_open_local_fh()" is known

    # source: docs/localio.adoc:915
    Scenario: symbol nn->nfsd_serv_ref is known
      # source: docs/localio.adoc:915
      Then the symbol "nn->nfsd_serv_ref" is known

    # source: docs/localio.adoc:915
    Scenario: symbol nfsd_destroy_serv() is known
      # source: docs/localio.adoc:915
      Then the symbol "nfsd_destroy_serv()" is known

    # source: docs/localio.adoc:919
    Scenario: symbol nfsd_serv_try_get() is known
      # source: docs/localio.adoc:919
      Then the symbol "nfsd_serv_try_get()" is known

    # source: docs/localio.adoc:919
    Scenario: symbol percpu_ref_tryget_live() is known
      # source: docs/localio.adoc:919
      Then the symbol "percpu_ref_tryget_live()" is known

    # source: docs/localio.adoc:920
    Scenario: symbol nfsd_file is known
      # source: docs/localio.adoc:920
      Then the symbol "nfsd_file" is known

    # source: docs/localio.adoc:921
    Scenario: symbol nfs_to_nfsd_file_put_local() is known
      # source: docs/localio.adoc:921
      Then the symbol "nfs_to_nfsd_file_put_local()" is known

    # source: docs/localio.adoc:922
    Scenario: symbol nfsd_file_put_local() is known
      # source: docs/localio.adoc:922
      Then the symbol "nfsd_file_put_local()" is known

    # source: docs/localio.adoc:927
    Scenario: symbol nfsd_file_put_local() is known
      # source: docs/localio.adoc:927
      Then the symbol "nfsd_file_put_local()" is known

    # source: docs/localio.adoc:929
    Scenario: symbol nfsd_serv_put() is known
      # source: docs/localio.adoc:929
      Then the symbol "nfsd_serv_put()" is known

    # source: docs/localio.adoc:934
    Scenario: symbol nfs_to_nfsd_file_put_local() is known
      # source: docs/localio.adoc:934
      Then the symbol "nfs_to_nfsd_file_put_local()" is known

    # source: docs/localio.adoc:935
    Scenario: symbol nfsd_file_put_local() is known
      # source: docs/localio.adoc:935
      Then the symbol "nfsd_file_put_local()" is known

    # source: docs/localio.adoc:937
    Scenario: symbol rcu_read_unlock() is known
      # source: docs/localio.adoc:937
      Then the symbol "rcu_read_unlock()" is known

    # source: docs/localio.adoc:940
    Scenario: symbol nfsd_destroy_serv() is known
      # source: docs/localio.adoc:940
      Then the symbol "nfsd_destroy_serv()" is known

    # source: docs/localio.adoc:942
    Scenario: symbol nfsd_net is known
      # source: docs/localio.adoc:942
      Then the symbol "nfsd_net" is known

    # source: docs/localio.adoc:943
    Scenario: symbol nfs_open_local_fh() is known
      # source: docs/localio.adoc:943
      Then the symbol "nfs_open_local_fh()" is known

    # source: docs/localio.adoc:944
    Scenario: symbol nfsd_create_serv() is known
      # source: docs/localio.adoc:944
      Then the symbol "nfsd_create_serv()" is known

    # source: docs/localio.adoc:945
    Scenario: symbol nfsd_destroy_serv() is known
      # source: docs/localio.adoc:945
      Then the symbol "nfsd_destroy_serv()" is known

    # source: docs/localio.adoc:967
    Scenario: symbol nfsd_destroy_serv() is known
      # source: docs/localio.adoc:967
      Then the symbol "nfsd_destroy_serv()" is known

    # source: docs/localio.adoc:969
    Scenario: symbol nn->nfsd_serv is known
      # source: docs/localio.adoc:969
      Then the symbol "nn->nfsd_serv" is known

    # source: docs/localio.adoc:970
    Scenario: symbol nfsd_shutdown_net() is known
      # source: docs/localio.adoc:970
      Then the symbol "nfsd_shutdown_net()" is known

    # source: docs/localio.adoc:970
    Scenario: symbol percpu_ref_exit() is known
      # source: docs/localio.adoc:970
      Then the symbol "percpu_ref_exit()" is known

    # source: docs/localio.adoc:970
    Scenario: symbol nfsd_create_serv() is known
      # source: docs/localio.adoc:970
      Then the symbol "nfsd_create_serv()" is known

    # source: docs/localio.adoc:992
    Scenario: symbol struct net is known
      # source: docs/localio.adoc:992
      Then the symbol "struct net" is known

    # source: docs/localio.adoc:992
    Scenario: symbol struct nfsd_net is known
      # source: docs/localio.adoc:992
      Then the symbol "struct nfsd_net" is known

    # source: docs/localio.adoc:993
    Scenario: symbol rcu_read_unlock() is known
      # source: docs/localio.adoc:993
      Then the symbol "rcu_read_unlock()" is known

    # source: docs/localio.adoc:995
    Scenario: symbol nn->nfsd_serv_ref is known
      # source: docs/localio.adoc:995
      Then the symbol "nn->nfsd_serv_ref" is known

    # source: docs/localio.adoc:996
    Scenario: symbol nfsd_destroy_serv() is known
      # source: docs/localio.adoc:996
      Then the symbol "nfsd_destroy_serv()" is known

    # source: docs/localio.adoc:997
    Scenario: symbol struct net is known
      # source: docs/localio.adoc:997
      Then the symbol "struct net" is known

    # source: docs/localio.adoc:997
    Scenario: symbol struct nfsd_net is known
      # source: docs/localio.adoc:997
      Then the symbol "struct nfsd_net" is known

    # source: docs/localio.adoc:998
    Scenario: symbol nfsd_serv_put() is known
      # source: docs/localio.adoc:998
      Then the symbol "nfsd_serv_put()" is known

    # source: docs/localio.adoc:998
    Scenario: symbol nfsd_file_put_local() is known
      # source: docs/localio.adoc:998
      Then the symbol "nfsd_file_put_local()" is known

    # source: docs/localio.adoc:1000
    Scenario: symbol nfsd_file is known
      # source: docs/localio.adoc:1000
      Then the symbol "nfsd_file" is known

    # source: docs/localio.adoc:1002
    Scenario: symbol nfsd_file_put_local() is known
      # source: docs/localio.adoc:1002
      Then the symbol "nfsd_file_put_local()" is known

    # source: docs/localio.adoc:1006
    Scenario: symbol pre_exit is known
      # source: docs/localio.adoc:1006
      Then the symbol "pre_exit" is known

    # source: docs/localio.adoc:1009
    Scenario: symbol nfs_to is known
      # source: docs/localio.adoc:1009
      Then the symbol "nfs_to" is known

    # source: docs/localio.adoc:1010
    Scenario: symbol pre_exit is known
      # source: docs/localio.adoc:1010
      Then the symbol "pre_exit" is known

    # source: docs/localio.adoc:1014
    Scenario: symbol nfs_uuid_is_local() is known
      # source: docs/localio.adoc:1014
      Then the symbol "nfs_uuid_is_local()" is known

    # source: docs/localio.adoc:1015
    Scenario: symbol localio_proc_uuid_is_local() is known
      # source: docs/localio.adoc:1015
      Then the symbol "localio_proc_uuid_is_local()" is known

    # source: docs/localio.adoc:1015
    Scenario: symbol __module_get() is known
      # source: docs/localio.adoc:1015
      Then the symbol "__module_get()" is known

    # source: docs/localio.adoc:1016
    Scenario: symbol nfs_uuid_put_locked() is known
      # source: docs/localio.adoc:1016
      Then the symbol "nfs_uuid_put_locked()" is known

    # source: docs/localio.adoc:1016
    Scenario: symbol module_put() is known
      # source: docs/localio.adoc:1016
      Then the symbol "module_put()" is known

    # source: docs/localio.adoc:1017
    Scenario: symbol pre_exit is known
      # source: docs/localio.adoc:1017
      Then the symbol "pre_exit" is known

    # source: docs/localio.adoc:1018
    Scenario: symbol nfs_to is known
      # source: docs/localio.adoc:1018
      Then the symbol "nfs_to" is known

    # source: docs/localio.adoc:1036
    Scenario: symbol nn->nfsd_net_ref is known
      # source: docs/localio.adoc:1036
      Then the symbol "nn->nfsd_net_ref" is known

    # source: docs/localio.adoc:1037
    Scenario: symbol nfsd_net_try_get() is known
      # source: docs/localio.adoc:1037
      Then the symbol "nfsd_net_try_get()" is known

    # source: docs/localio.adoc:1037
    Scenario: symbol nfsd_shutdown_net() is known
      # source: docs/localio.adoc:1037
      Then the symbol "nfsd_shutdown_net()" is known

    # source: docs/localio.adoc:1037
    Scenario: symbol nfsd_destroy_serv() is known
      # source: docs/localio.adoc:1037
      Then the symbol "nfsd_destroy_serv()" is known

    # source: docs/localio.adoc:1038
    Scenario: symbol nfsd_net is known
      # source: docs/localio.adoc:1038
      Then the symbol "nfsd_net" is known

  # source: docs/localio.adoc:1042
  Rule: NFS Client and Server Interlock › The crash the interlock fixed

    # source: docs/localio.adoc:1047
    Scenario: symbol nn->nfsd_serv is known
      # source: docs/localio.adoc:1047
      Then the symbol "nn->nfsd_serv" is known

    # source: docs/localio.adoc:1047
    Scenario: symbol nfsd_serv_try_get() is known
      # source: docs/localio.adoc:1047
      Then the symbol "nfsd_serv_try_get()" is known

    # source: docs/localio.adoc:1048
    Scenario: symbol nfsd_serv_put() is known
      # source: docs/localio.adoc:1048
      Then the symbol "nfsd_serv_put()" is known

    # source: docs/localio.adoc:1049
    Scenario: symbol pre_exit is known
      # source: docs/localio.adoc:1049
      Then the symbol "pre_exit" is known

    # source: docs/localio.adoc:1054
    Scenario: symbol nn->nfsd_serv is known
      # source: docs/localio.adoc:1054
      Then the symbol "nn->nfsd_serv" is known

    # source: docs/localio.adoc:1055
    Scenario: symbol pre_exit is known
      # source: docs/localio.adoc:1055
      Then the symbol "pre_exit" is known

    # source: docs/localio.adoc:1060
    Scenario: symbol nn->nfsd_serv is known
      # source: docs/localio.adoc:1060
      Then the symbol "nn->nfsd_serv" is known

    # source: docs/localio.adoc:1092
    Scenario: symbol nn->nfsd_serv is known
      # source: docs/localio.adoc:1092
      Then the symbol "nn->nfsd_serv" is known

    # source: docs/localio.adoc:1099
    Scenario: symbol pre_exit is known
      # source: docs/localio.adoc:1099
      Then the symbol "pre_exit" is known

    # source: docs/localio.adoc:1100
    Scenario: symbol -ENXIO is known
      # source: docs/localio.adoc:1100
      Then the symbol "-ENXIO" is known

  # source: docs/localio.adoc:1129
  Rule: NFS Client and Server Interlock › Under every interleaving

    # source: docs/localio.adoc:1132
    Scenario: symbol nfsd_destroy_serv() is known
      # source: docs/localio.adoc:1132
      Then the symbol "nfsd_destroy_serv()" is known

    # source: docs/_interlock-interleavings.adoc:15
    Scenario: symbol nfs_uuid_t is known
      # source: docs/_interlock-interleavings.adoc:15
      Then the symbol "nfs_uuid_t" is known

    # source: docs/_interlock-interleavings.adoc:15
    Scenario: symbol nn->local_clients is known
      # source: docs/_interlock-interleavings.adoc:15
      Then the symbol "nn->local_clients" is known

    # source: docs/_interlock-interleavings.adoc:16
    Scenario: symbol nfs_common is known
      # source: docs/_interlock-interleavings.adoc:16
      Then the symbol "nfs_common" is known

    # source: docs/_interlock-interleavings.adoc:17
    Scenario: symbol nfs_open_local_fh() is known
      # source: docs/_interlock-interleavings.adoc:17
      Then the symbol "nfs_open_local_fh()" is known

    # source: docs/_interlock-interleavings.adoc:17
    Scenario: symbol nfs_to_nfsd_file_put_local() is known
      # source: docs/_interlock-interleavings.adoc:17
      Then the symbol "nfs_to_nfsd_file_put_local()" is known

    # source: docs/_interlock-interleavings.adoc:29
    Scenario: symbol nfsd_destroy_serv() is known
      # source: docs/_interlock-interleavings.adoc:29
      Then the symbol "nfsd_destroy_serv()" is known

    # source: docs/_interlock-interleavings.adoc:31
    Scenario: symbol -ENXIO is known
      # source: docs/_interlock-interleavings.adoc:31
      Then the symbol "-ENXIO" is known

    # source: docs/_interlock-interleavings.adoc:31
    Scenario: symbol nfsd_destroy_serv() is known
      # source: docs/_interlock-interleavings.adoc:31
      Then the symbol "nfsd_destroy_serv()" is known

    # source: docs/_interlock-interleavings.adoc:49
    Scenario: symbol cleanup_net() is known
      # source: docs/_interlock-interleavings.adoc:49
      Then the symbol "cleanup_net()" is known

    # source: docs/_interlock-interleavings.adoc:49
    Scenario: symbol pre_exit is known
      # source: docs/_interlock-interleavings.adoc:49
      Then the symbol "pre_exit" is known

    # source: docs/_interlock-interleavings.adoc:50
    Scenario: symbol synchronize_rcu() is known
      # source: docs/_interlock-interleavings.adoc:50
      Then the symbol "synchronize_rcu()" is known

    # source: docs/_interlock-interleavings.adoc:51
    Scenario: symbol nfsd_net is known
      # source: docs/_interlock-interleavings.adoc:51
      Then the symbol "nfsd_net" is known

    # source: docs/_interlock-interleavings.adoc:51
    Scenario: symbol -ENXIO is known
      # source: docs/_interlock-interleavings.adoc:51
      Then the symbol "-ENXIO" is known

    # source: docs/_interlock-interleavings.adoc:70
    Scenario: symbol nn->nfsd_serv is known
      # source: docs/_interlock-interleavings.adoc:70
      Then the symbol "nn->nfsd_serv" is known

    # source: docs/_interlock-interleavings.adoc:72
    Scenario: symbol cleanup_net() is known
      # source: docs/_interlock-interleavings.adoc:72
      Then the symbol "cleanup_net()" is known

    # source: docs/_interlock-interleavings.adoc:100
    Scenario: symbol synchronize_rcu() is known
      # source: docs/_interlock-interleavings.adoc:100
      Then the symbol "synchronize_rcu()" is known

    # source: docs/_interlock-interleavings.adoc:101
    Scenario: symbol synchronize_rcu() is known
      # source: docs/_interlock-interleavings.adoc:101
      Then the symbol "synchronize_rcu()" is known

    # source: docs/_interlock-interleavings.adoc:118
    Scenario: symbol percpu_ref_kill_and_confirm() is known
      # source: docs/_interlock-interleavings.adoc:118
      Then the symbol "percpu_ref_kill_and_confirm()" is known

    # source: docs/_interlock-interleavings.adoc:118
    Scenario: symbol percpu_ref_tryget_live() is known
      # source: docs/_interlock-interleavings.adoc:118
      Then the symbol "percpu_ref_tryget_live()" is known

    # source: docs/_interlock-interleavings.adoc:120
    Scenario: symbol nfsd_destroy_serv() is known
      # source: docs/_interlock-interleavings.adoc:120
      Then the symbol "nfsd_destroy_serv()" is known

  # source: docs/localio.adoc:1139
  Rule: NFS Client issues IO instead of Server

    # source: docs/localio.adoc:1147
    Scenario: fact fh.max reads 128
      # source: docs/localio.adoc:1147
      Then the fact "fh.max" reads "128"

    # source: docs/localio.adoc:1144
    Scenario: symbol nfs_local_open_fh() is known
      # source: docs/localio.adoc:1144
      Then the symbol "nfs_local_open_fh()" is known

    # source: docs/localio.adoc:1145
    Scenario: symbol nfs_open_local_fh() is known
      # source: docs/localio.adoc:1145
      Then the symbol "nfs_open_local_fh()" is known

    # source: docs/localio.adoc:1145
    Scenario: symbol nfs_common is known
      # source: docs/localio.adoc:1145
      Then the symbol "nfs_common" is known

    # source: docs/localio.adoc:1145
    Scenario: symbol nfsd_open_local_fh() is known
      # source: docs/localio.adoc:1145
      Then the symbol "nfsd_open_local_fh()" is known

    # source: docs/localio.adoc:1147
    Scenario: symbol NFS4_FHSIZE is known
      # source: docs/localio.adoc:1147
      Then the symbol "NFS4_FHSIZE" is known

    # source: docs/localio.adoc:1147
    Scenario: symbol -EINVAL is known
      # source: docs/localio.adoc:1147
      Then the symbol "-EINVAL" is known

    # source: docs/localio.adoc:1147
    Scenario: symbol NFSD_MAY_LOCALIO is known
      # source: docs/localio.adoc:1147
      Then the symbol "NFSD_MAY_LOCALIO" is known

    # source: docs/localio.adoc:1148
    Scenario: symbol nfsd_file_acquire_local() is known
      # source: docs/localio.adoc:1148
      Then the symbol "nfsd_file_acquire_local()" is known

    # source: docs/localio.adoc:1149
    Scenario: symbol nfsd_file is known
      # source: docs/localio.adoc:1149
      Then the symbol "nfsd_file" is known

    # source: docs/localio.adoc:1153
    Scenario: symbol nfs_open_local_fh() is known
      # source: docs/localio.adoc:1153
      Then the symbol "nfs_open_local_fh()" is known

    # source: docs/localio.adoc:1153
    Scenario: symbol -ENXIO is known
      # source: docs/localio.adoc:1153
      Then the symbol "-ENXIO" is known

    # source: docs/localio.adoc:1154
    Scenario: symbol nfsd_serv_try_get() is known
      # source: docs/localio.adoc:1154
      Then the symbol "nfsd_serv_try_get()" is known

    # source: docs/localio.adoc:1155
    Scenario: symbol nn->nfsd_serv is known
      # source: docs/localio.adoc:1155
      Then the symbol "nn->nfsd_serv" is known

    # source: docs/localio.adoc:1157
    Scenario: symbol nfsd_open_local_fh() is known
      # source: docs/localio.adoc:1157
      Then the symbol "nfsd_open_local_fh()" is known

    # source: docs/localio.adoc:1158
    Scenario: symbol nfs_stat_to_errno() is known
      # source: docs/localio.adoc:1158
      Then the symbol "nfs_stat_to_errno()" is known

    # source: docs/localio.adoc:1158
    Scenario: symbol NFSERR_NXIO is known
      # source: docs/localio.adoc:1158
      Then the symbol "NFSERR_NXIO" is known

    # source: docs/localio.adoc:1158
    Scenario: symbol -ENXIO is known
      # source: docs/localio.adoc:1158
      Then the symbol "-ENXIO" is known

    # source: docs/localio.adoc:1159
    Scenario: symbol -ENXIO is known
      # source: docs/localio.adoc:1159
      Then the symbol "-ENXIO" is known

    # source: docs/localio.adoc:1159
    Scenario: symbol nfserrno() is known
      # source: docs/localio.adoc:1159
      Then the symbol "nfserrno()" is known

    # source: docs/localio.adoc:1160
    Scenario: symbol nfs_local_open_fh() is known
      # source: docs/localio.adoc:1160
      Then the symbol "nfs_local_open_fh()" is known

    # source: docs/localio.adoc:1162
    Scenario: symbol -ENXIO is known
      # source: docs/localio.adoc:1162
      Then the symbol "-ENXIO" is known

    # source: docs/localio.adoc:1162
    Scenario: symbol nfsd_open_local_fh() is known
      # source: docs/localio.adoc:1162
      Then the symbol "nfsd_open_local_fh()" is known

    # source: docs/localio.adoc:1163
    Scenario: symbol nn->nfsd_serv is known
      # source: docs/localio.adoc:1163
      Then the symbol "nn->nfsd_serv" is known

    # source: docs/localio.adoc:1163
    Scenario: symbol nn->nfsd_serv is known
      # source: docs/localio.adoc:1163
      Then the symbol "nn->nfsd_serv" is known

    # source: docs/localio.adoc:1163
    Scenario: symbol -ENXIO is known
      # source: docs/localio.adoc:1163
      Then the symbol "-ENXIO" is known

    # source: docs/localio.adoc:1164
    Scenario: symbol nfsd_serv_try_get() is known
      # source: docs/localio.adoc:1164
      Then the symbol "nfsd_serv_try_get()" is known

    # source: docs/localio.adoc:1164
    Scenario: symbol nfs_open_local_fh() is known
      # source: docs/localio.adoc:1164
      Then the symbol "nfs_open_local_fh()" is known

    # source: docs/localio.adoc:1165
    Scenario: symbol nfs_common is known
      # source: docs/localio.adoc:1165
      Then the symbol "nfs_common" is known

    # source: docs/localio.adoc:1194
    Scenario: symbol -ENXIO is known
      # source: docs/localio.adoc:1194
      Then the symbol "-ENXIO" is known

    # source: docs/localio.adoc:1194
    Scenario: symbol nfs_local_open_fh() is known
      # source: docs/localio.adoc:1194
      Then the symbol "nfs_local_open_fh()" is known

    # source: docs/localio.adoc:1194
    Scenario: symbol nfs_local_probe() is known
      # source: docs/localio.adoc:1194
      Then the symbol "nfs_local_probe()" is known

    # source: docs/localio.adoc:1196
    Scenario: symbol -EACCES is known
      # source: docs/localio.adoc:1196
      Then the symbol "-EACCES" is known

    # source: docs/localio.adoc:1196
    Scenario: symbol -ESTALE is known
      # source: docs/localio.adoc:1196
      Then the symbol "-ESTALE" is known

    # source: docs/localio.adoc:1199
    Scenario: symbol -ENOMEM is known
      # source: docs/localio.adoc:1199
      Then the symbol "-ENOMEM" is known

    # source: docs/localio.adoc:1199
    Scenario: symbol -ENOENT is known
      # source: docs/localio.adoc:1199
      Then the symbol "-ENOENT" is known

    # source: docs/localio.adoc:1199
    Scenario: symbol -ENXIO is known
      # source: docs/localio.adoc:1199
      Then the symbol "-ENXIO" is known

    # source: docs/localio.adoc:1199
    Scenario: symbol nfs_local_open_fh() is known
      # source: docs/localio.adoc:1199
      Then the symbol "nfs_local_open_fh()" is known

    # source: docs/localio.adoc:1244
    Scenario: symbol nfs_client is known
      # source: docs/localio.adoc:1244
      Then the symbol "nfs_client" is known

    # source: docs/localio.adoc:1247
    Scenario: symbol nfs_client is known
      # source: docs/localio.adoc:1247
      Then the symbol "nfs_client" is known

    # source: docs/localio.adoc:1248
    Scenario: symbol nfs4_ff_layout_prepare_ds() is known
      # source: docs/localio.adoc:1248
      Then the symbol "nfs4_ff_layout_prepare_ds()" is known

    # source: docs/localio.adoc:1250
    Scenario: symbol nfs_get_client() is known
      # source: docs/localio.adoc:1250
      Then the symbol "nfs_get_client()" is known

    # source: docs/localio.adoc:1269
    Scenario: symbol nfsiod_workqueue is known
      # source: docs/localio.adoc:1269
      Then the symbol "nfsiod_workqueue" is known

    # source: docs/localio.adoc:1271
    Scenario: symbol nfsv3.nfs3_localio_probe_throttle is known
      # source: docs/localio.adoc:1271
      Then the symbol "nfsv3.nfs3_localio_probe_throttle" is known

    # source: docs/localio.adoc:1271
    Scenario: symbol nfsd_file is known
      # source: docs/localio.adoc:1271
      Then the symbol "nfsd_file" is known

    # source: docs/localio.adoc:1275
    Scenario: symbol nfsd_file is known
      # source: docs/localio.adoc:1275
      Then the symbol "nfsd_file" is known

    # source: docs/localio.adoc:1276
    Scenario: symbol nfs_local_doio() is known
      # source: docs/localio.adoc:1276
      Then the symbol "nfs_local_doio()" is known

    # source: docs/localio.adoc:1276
    Scenario: symbol nfs_local_commit() is known
      # source: docs/localio.adoc:1276
      Then the symbol "nfs_local_commit()" is known

    # source: docs/localio.adoc:1301
    Scenario: symbol stable_how is known
      # source: docs/localio.adoc:1301
      Then the symbol "stable_how" is known

    # source: docs/localio.adoc:1304
    Scenario: symbol DATA_SYNC is known
      # source: docs/localio.adoc:1304
      Then the symbol "DATA_SYNC" is known

    # source: docs/localio.adoc:1304
    Scenario: symbol IOCB_DSYNC is known
      # source: docs/localio.adoc:1304
      Then the symbol "IOCB_DSYNC" is known

    # source: docs/localio.adoc:1305
    Scenario: symbol FILE_SYNC is known
      # source: docs/localio.adoc:1305
      Then the symbol "FILE_SYNC" is known

    # source: docs/localio.adoc:1308
    Scenario: symbol cl_nfssvc_boot is known
      # source: docs/localio.adoc:1308
      Then the symbol "cl_nfssvc_boot" is known

    # source: docs/localio.adoc:1309
    Scenario: symbol -ENOSPC is known
      # source: docs/localio.adoc:1309
      Then the symbol "-ENOSPC" is known

    # source: docs/localio.adoc:1312
    Scenario: symbol nfs_local_read_done() is known
      # source: docs/localio.adoc:1312
      Then the symbol "nfs_local_read_done()" is known

    # source: docs/localio.adoc:1318
    Scenario: symbol vfs_fsync_range() is known
      # source: docs/localio.adoc:1318
      Then the symbol "vfs_fsync_range()" is known

  # source: docs/localio.adoc:1344
  Rule: Security

    # source: docs/localio.adoc:1347
    Scenario: symbol nfs_client is known
      # source: docs/localio.adoc:1347
      Then the symbol "nfs_client" is known

    # source: docs/localio.adoc:1356
    Scenario: fact auth_unix.max_groups reads 16
      # source: docs/localio.adoc:1356
      Then the fact "auth_unix.max_groups" reads "16"

    # source: docs/localio.adoc:1361
    Scenario: symbol rqstp->rq_client is known
      # source: docs/localio.adoc:1361
      Then the symbol "rqstp->rq_client" is known

    # source: docs/localio.adoc:1362
    Scenario: symbol nfs_uuid_is_local() is known
      # source: docs/localio.adoc:1362
      Then the symbol "nfs_uuid_is_local()" is known

    # source: docs/localio.adoc:1363
    Scenario: symbol nfs_open_local_fh() is known
      # source: docs/localio.adoc:1363
      Then the symbol "nfs_open_local_fh()" is known

    # source: docs/localio.adoc:1363
    Scenario: symbol nfsd_open_local_fh() is known
      # source: docs/localio.adoc:1363
      Then the symbol "nfsd_open_local_fh()" is known

    # source: docs/localio.adoc:1393
    Scenario: symbol nfsd_net is known
      # source: docs/localio.adoc:1393
      Then the symbol "nfsd_net" is known

    # source: docs/localio.adoc:1393
    Scenario: symbol nfsd_net is known
      # source: docs/localio.adoc:1393
      Then the symbol "nfsd_net" is known

  # source: docs/localio.adoc:1398
  Rule: Testing

    # source: docs/localio.adoc:1410
    Scenario: symbol nfs.localio_enabled is known
      # source: docs/localio.adoc:1410
      Then the symbol "nfs.localio_enabled" is known

  # source: docs/localio.adoc:1494
  Rule: After v6.12: the newest mainline

    # source: docs/localio.adoc:1506
    Scenario: symbol struct nfs_open_context is known
      # source: docs/localio.adoc:1506
      Then the symbol "struct nfs_open_context" is known

    # source: docs/localio.adoc:1507
    Scenario: symbol ro_file is known
      # source: docs/localio.adoc:1507
      Then the symbol "ro_file" is known

    # source: docs/localio.adoc:1507
    Scenario: symbol rw_file is known
      # source: docs/localio.adoc:1507
      Then the symbol "rw_file" is known

    # source: docs/localio.adoc:1507
    Scenario: symbol struct nfs_file_localio is known
      # source: docs/localio.adoc:1507
      Then the symbol "struct nfs_file_localio" is known

    # source: docs/localio.adoc:1510
    Scenario: symbol nn->nfsd_net_ref is known
      # source: docs/localio.adoc:1510
      Then the symbol "nn->nfsd_net_ref" is known

    # source: docs/localio.adoc:1510
    Scenario: symbol nn->nfsd_serv_ref is known
      # source: docs/localio.adoc:1510
      Then the symbol "nn->nfsd_serv_ref" is known

    # source: docs/localio.adoc:1511
    Scenario: symbol nfs_close_local_fh() is known
      # source: docs/localio.adoc:1511
      Then the symbol "nfs_close_local_fh()" is known

    # source: docs/localio.adoc:1533
    Scenario: symbol nfsd_destroy_serv() is known
      # source: docs/localio.adoc:1533
      Then the symbol "nfsd_destroy_serv()" is known

    # source: docs/localio.adoc:1533
    Scenario: symbol nn->nfsd_serv is known
      # source: docs/localio.adoc:1533
      Then the symbol "nn->nfsd_serv" is known

    # source: docs/localio.adoc:1533
    Scenario: symbol nfsd_shutdown_net() is known
      # source: docs/localio.adoc:1533
      Then the symbol "nfsd_shutdown_net()" is known

    # source: docs/localio.adoc:1534
    Scenario: symbol nn->nfsd_net_ref is known
      # source: docs/localio.adoc:1534
      Then the symbol "nn->nfsd_net_ref" is known

    # source: docs/localio.adoc:1535
    Scenario: symbol nfs_localio_invalidate_clients() is known
      # source: docs/localio.adoc:1535
      Then the symbol "nfs_localio_invalidate_clients()" is known

    # source: docs/localio.adoc:1536
    Scenario: symbol nn->local_clients is known
      # source: docs/localio.adoc:1536
      Then the symbol "nn->local_clients" is known

    # source: docs/localio.adoc:1536
    Scenario: symbol nfs_localio_disable_client() is known
      # source: docs/localio.adoc:1536
      Then the symbol "nfs_localio_disable_client()" is known

    # source: docs/localio.adoc:1537
    Scenario: symbol nfsd_shutdown_net() is known
      # source: docs/localio.adoc:1537
      Then the symbol "nfsd_shutdown_net()" is known

    # source: docs/localio.adoc:1558
    Scenario: symbol -ENXIO is known
      # source: docs/localio.adoc:1558
      Then the symbol "-ENXIO" is known

    # source: docs/localio.adoc:1561
    Scenario: symbol nfs4_do_reclaim() is known
      # source: docs/localio.adoc:1561
      Then the symbol "nfs4_do_reclaim()" is known

    # source: docs/localio.adoc:1562
    Scenario: symbol nfs3_localio_probe_throttle is known
      # source: docs/localio.adoc:1562
      Then the symbol "nfs3_localio_probe_throttle" is known

    # source: docs/localio.adoc:1563
    Scenario: symbol nfs3_localio_probe() is known
      # source: docs/localio.adoc:1563
      Then the symbol "nfs3_localio_probe()" is known

    # source: docs/localio.adoc:1587
    Scenario: symbol nfs_get_client() is known
      # source: docs/localio.adoc:1587
      Then the symbol "nfs_get_client()" is known

    # source: docs/localio.adoc:1587
    Scenario: symbol nfs4_ff_layout_prepare_ds() is known
      # source: docs/localio.adoc:1587
      Then the symbol "nfs4_ff_layout_prepare_ds()" is known

    # source: docs/localio.adoc:1588
    Scenario: symbol nfs_local_probe_async() is known
      # source: docs/localio.adoc:1588
      Then the symbol "nfs_local_probe_async()" is known

    # source: docs/localio.adoc:1589
    Scenario: symbol -ENOMEM is known
      # source: docs/localio.adoc:1589
      Then the symbol "-ENOMEM" is known

    # source: docs/localio.adoc:1589
    Scenario: symbol -ENXIO is known
      # source: docs/localio.adoc:1589
      Then the symbol "-ENXIO" is known

    # source: docs/localio.adoc:1589
    Scenario: symbol -ENOENT is known
      # source: docs/localio.adoc:1589
      Then the symbol "-ENOENT" is known

    # source: docs/localio.adoc:1609
    Scenario: symbol nfs4_ff_layout_prepare_ds() is known
      # source: docs/localio.adoc:1609
      Then the symbol "nfs4_ff_layout_prepare_ds()" is known

    # source: docs/localio.adoc:1630
    Scenario: symbol nn->nfsd_net_ref is known
      # source: docs/localio.adoc:1630
      Then the symbol "nn->nfsd_net_ref" is known

    # source: docs/localio.adoc:1631
    Scenario: symbol -ENXIO is known
      # source: docs/localio.adoc:1631
      Then the symbol "-ENXIO" is known

    # source: docs/localio.adoc:1632
    Scenario: symbol nfsd_shutdown_net() is known
      # source: docs/localio.adoc:1632
      Then the symbol "nfsd_shutdown_net()" is known

    # source: docs/localio.adoc:1634
    Scenario: symbol -ESTALE is known
      # source: docs/localio.adoc:1634
      Then the symbol "-ESTALE" is known

    # source: docs/localio.adoc:1638
    Scenario: symbol nfs_uuid_add_file() is known
      # source: docs/localio.adoc:1638
      Then the symbol "nfs_uuid_add_file()" is known

    # source: docs/localio.adoc:1639
    Scenario: symbol -ENXIO is known
      # source: docs/localio.adoc:1639
      Then the symbol "-ENXIO" is known

    # source: docs/localio.adoc:1639
    Scenario: symbol nfs_open_local_fh() is known
      # source: docs/localio.adoc:1639
      Then the symbol "nfs_open_local_fh()" is known

  # source: docs/_unmodelled-symbols.adoc:2
  Rule: Kernel symbols the model leaves out

    # source: docs/_unmodelled-symbols.adoc:14
    Scenario: symbol CONFIG_NFS_FS in fs/nfs/Kconfig is not modelled
      # source: docs/_unmodelled-symbols.adoc:14
      Then the symbol "CONFIG_NFS_FS" in "fs/nfs/Kconfig" is not modelled

    # source: docs/_unmodelled-symbols.adoc:15
    Scenario: symbol CONFIG_NFSD in fs/nfsd/Kconfig is not modelled
      # source: docs/_unmodelled-symbols.adoc:15
      Then the symbol "CONFIG_NFSD" in "fs/nfsd/Kconfig" is not modelled

    # source: docs/_unmodelled-symbols.adoc:16
    Scenario: symbol nfs4_alloc_client() in fs/nfs/nfs4client.c is not modelled
      # source: docs/_unmodelled-symbols.adoc:16
      Then the symbol "nfs4_alloc_client()" in "fs/nfs/nfs4client.c" is not modelled

    # source: docs/_unmodelled-symbols.adoc:17
    Scenario: symbol nfs4_init_client() in fs/nfs/nfs4client.c is not modelled
      # source: docs/_unmodelled-symbols.adoc:17
      Then the symbol "nfs4_init_client()" in "fs/nfs/nfs4client.c" is not modelled

    # source: docs/_unmodelled-symbols.adoc:18
    Scenario: symbol nfs4_discover_server_trunking() in fs/nfs/nfs4state.c is not modelled
      # source: docs/_unmodelled-symbols.adoc:18
      Then the symbol "nfs4_discover_server_trunking()" in "fs/nfs/nfs4state.c" is not modelled

    # source: docs/_unmodelled-symbols.adoc:19
    Scenario: symbol ip_map in net/sunrpc/svcauth_unix.c is not modelled
      # source: docs/_unmodelled-symbols.adoc:19
      Then the symbol "ip_map" in "net/sunrpc/svcauth_unix.c" is not modelled

    # source: docs/_unmodelled-symbols.adoc:20
    Scenario: symbol svc_xprt_init() in net/sunrpc/svc_xprt.c is not modelled
      # source: docs/_unmodelled-symbols.adoc:20
      Then the symbol "svc_xprt_init()" in "net/sunrpc/svc_xprt.c" is not modelled

    # source: docs/_unmodelled-symbols.adoc:21
    Scenario: symbol xpt_net in include/linux/sunrpc/svc_xprt.h is not modelled
      # source: docs/_unmodelled-symbols.adoc:21
      Then the symbol "xpt_net" in "include/linux/sunrpc/svc_xprt.h" is not modelled

    # source: docs/_unmodelled-symbols.adoc:22
    Scenario: symbol filp->f_cred in include/linux/fs.h is not modelled
      # source: docs/_unmodelled-symbols.adoc:22
      Then the symbol "filp->f_cred" in "include/linux/fs.h" is not modelled

    # source: docs/_unmodelled-symbols.adoc:23
    Scenario: symbol O_DIRECT in include/uapi/asm-generic/fcntl.h is not modelled
      # source: docs/_unmodelled-symbols.adoc:23
      Then the symbol "O_DIRECT" in "include/uapi/asm-generic/fcntl.h" is not modelled

    # source: docs/_unmodelled-symbols.adoc:24
    Scenario: symbol NFS_IOHDR_ODIRECT in include/linux/nfs_xdr.h is not modelled
      # source: docs/_unmodelled-symbols.adoc:24
      Then the symbol "NFS_IOHDR_ODIRECT" in "include/linux/nfs_xdr.h" is not modelled
