# Tangled by livingdocs from docs/localio.adoc: edit the page, not this file.
# One scenario per fact or symbol the page's prose states; its "# source:" comment names the line.

@prose
# source: docs/localio.adoc:1
Feature: The prose of docs/localio.adoc

  # source: docs/localio.adoc:25
  Scenario: symbol nfs_common is known
    # source: docs/localio.adoc:25
    Then the symbol "nfs_common" is known

  # source: docs/localio.adoc:38
  Scenario: fact page.export_options reads rw, root_squash, sec=sys
    # source: docs/localio.adoc:38
    Then the fact "page.export_options" reads "rw, root_squash, sec=sys"

  # source: docs/localio.adoc:39
  Scenario: fact page.alice.uid reads 1000
    # source: docs/localio.adoc:39
    Then the fact "page.alice.uid" reads "1000"

  # source: docs/localio.adoc:42
  Rule: Overview

    # source: docs/localio.adoc:63
    Scenario: symbol CONFIG_NFS_LOCALIO is known
      # source: docs/localio.adoc:63
      Then the symbol "CONFIG_NFS_LOCALIO" is known

  # source: docs/localio.adoc:205
  Rule: FAQ › 2. What must LOCALIO achieve?

    # source: docs/localio.adoc:214
    Scenario: symbol nfsd_file is known
      # source: docs/localio.adoc:214
      Then the symbol "nfsd_file" is known

    # source: docs/localio.adoc:254
    Scenario: symbol nfs_get_client() is known
      # source: docs/localio.adoc:254
      Then the symbol "nfs_get_client()" is known

    # source: docs/localio.adoc:281
    Scenario: symbol nfs_get_client() is known
      # source: docs/localio.adoc:281
      Then the symbol "nfs_get_client()" is known

  # source: docs/localio.adoc:285
  Rule: FAQ › 3. Why a handshake, rather than comparing IP addresses or host names?

    # source: docs/localio.adoc:292
    Scenario: symbol nfs_common is known
      # source: docs/localio.adoc:292
      Then the symbol "nfs_common" is known

    # source: docs/localio.adoc:299
    Scenario: symbol nfs_uuid_is_local() is known
      # source: docs/localio.adoc:299
      Then the symbol "nfs_uuid_is_local()" is known

    # source: docs/localio.adoc:300
    Scenario: symbol nfs_uuids is known
      # source: docs/localio.adoc:300
      Then the symbol "nfs_uuids" is known

    # source: docs/localio.adoc:300
    Scenario: symbol rqstp->rq_client is known
      # source: docs/localio.adoc:300
      Then the symbol "rqstp->rq_client" is known

    # source: docs/localio.adoc:305
    Scenario: symbol nfs_uuid_is_local() is known
      # source: docs/localio.adoc:305
      Then the symbol "nfs_uuid_is_local()" is known

    # source: docs/localio.adoc:305
    Scenario: symbol localio_proc_uuid_is_local() is known
      # source: docs/localio.adoc:305
      Then the symbol "localio_proc_uuid_is_local()" is known

  # source: docs/localio.adoc:343
  Rule: FAQ › 4. Does pNFS flexfiles gain from LOCALIO?

    # source: docs/localio.adoc:346
    Scenario: symbol nfs_client is known
      # source: docs/localio.adoc:346
      Then the symbol "nfs_client" is known

    # source: docs/localio.adoc:346
    Scenario: symbol nfs_get_client() is known
      # source: docs/localio.adoc:346
      Then the symbol "nfs_get_client()" is known

    # source: docs/localio.adoc:346
    Scenario: symbol nfs_client is known
      # source: docs/localio.adoc:346
      Then the symbol "nfs_client" is known

    # source: docs/localio.adoc:347
    Scenario: symbol nfs4_ff_layout_prepare_ds() is known
      # source: docs/localio.adoc:347
      Then the symbol "nfs4_ff_layout_prepare_ds()" is known

    # source: docs/localio.adoc:377
    Scenario: symbol nfs_get_client() is known
      # source: docs/localio.adoc:377
      Then the symbol "nfs_get_client()" is known

    # source: docs/localio.adoc:377
    Scenario: symbol nfs_client is known
      # source: docs/localio.adoc:377
      Then the symbol "nfs_client" is known

    # source: docs/localio.adoc:378
    Scenario: symbol nfs4_ff_layout_prepare_ds() is known
      # source: docs/localio.adoc:378
      Then the symbol "nfs4_ff_layout_prepare_ds()" is known

    # source: docs/localio.adoc:379
    Scenario: symbol nfs_local_probe() is known
      # source: docs/localio.adoc:379
      Then the symbol "nfs_local_probe()" is known

  # source: docs/localio.adoc:418
  Rule: FAQ › 6. What does an open that nfsd performs for the client, with no RPC, buy? Only with pNFS?

    # source: docs/localio.adoc:424
    Scenario: symbol nfsd_open_local_fh() is known
      # source: docs/localio.adoc:424
      Then the symbol "nfsd_open_local_fh()" is known

  # source: docs/localio.adoc:456
  Rule: FAQ › 7. Why AUTH_UNIX, and whose?

    # source: docs/localio.adoc:459
    Scenario: symbol nfs_client is known
      # source: docs/localio.adoc:459
      Then the symbol "nfs_client" is known

    # source: docs/localio.adoc:459
    Scenario: symbol cl_rpcclient is known
      # source: docs/localio.adoc:459
      Then the symbol "cl_rpcclient" is known

    # source: docs/localio.adoc:460
    Scenario: symbol nfs_local_probe() is known
      # source: docs/localio.adoc:460
      Then the symbol "nfs_local_probe()" is known

    # source: docs/localio.adoc:461
    Scenario: symbol nfs_client is known
      # source: docs/localio.adoc:461
      Then the symbol "nfs_client" is known

    # source: docs/localio.adoc:463
    Scenario: symbol nfs_init_client() is known
      # source: docs/localio.adoc:463
      Then the symbol "nfs_init_client()" is known

    # source: docs/localio.adoc:463
    Scenario: symbol cl_rpcclient is known
      # source: docs/localio.adoc:463
      Then the symbol "cl_rpcclient" is known

    # source: docs/localio.adoc:466
    Scenario: symbol cl_rpcclient is known
      # source: docs/localio.adoc:466
      Then the symbol "cl_rpcclient" is known

    # source: docs/localio.adoc:471
    Scenario: symbol nfs_get_client() is known
      # source: docs/localio.adoc:471
      Then the symbol "nfs_get_client()" is known

    # source: docs/localio.adoc:505
    Scenario: symbol nfs_local_probe() is known
      # source: docs/localio.adoc:505
      Then the symbol "nfs_local_probe()" is known

    # source: docs/localio.adoc:505
    Scenario: symbol clp->cl_rpcclient is known
      # source: docs/localio.adoc:505
      Then the symbol "clp->cl_rpcclient" is known

  # source: docs/localio.adoc:521
  Rule: FAQ › 8. Do export options that map user ids (root_squash, all_squash) apply to local IO?

    # source: docs/localio.adoc:524
    Scenario: symbol nfsd_file_acquire_local() is known
      # source: docs/localio.adoc:524
      Then the symbol "nfsd_file_acquire_local()" is known

    # source: docs/localio.adoc:524
    Scenario: symbol __fh_verify() is known
      # source: docs/localio.adoc:524
      Then the symbol "__fh_verify()" is known

    # source: docs/localio.adoc:524
    Scenario: symbol nfsd_setuser_and_check_port() is known
      # source: docs/localio.adoc:524
      Then the symbol "nfsd_setuser_and_check_port()" is known

    # source: docs/localio.adoc:525
    Scenario: symbol nfsd_setuser() is known
      # source: docs/localio.adoc:525
      Then the symbol "nfsd_setuser()" is known

    # source: docs/localio.adoc:526
    Scenario: symbol svcauth_map_clnt_to_svc_cred_local() is known
      # source: docs/localio.adoc:526
      Then the symbol "svcauth_map_clnt_to_svc_cred_local()" is known

    # source: docs/localio.adoc:535
    Scenario: fact export.anonuid reads 65534
      # source: docs/localio.adoc:535
      Then the fact "export.anonuid" reads "65534"

    # source: docs/localio.adoc:565
    Scenario: fact auth_unix.max_groups reads 16
      # source: docs/localio.adoc:565
      Then the fact "auth_unix.max_groups" reads "16"

    # source: docs/localio.adoc:567
    Scenario: fact page.carol.uid reads 1001
      # source: docs/localio.adoc:567
      Then the fact "page.carol.uid" reads "1001"

    # source: docs/localio.adoc:567
    Scenario: fact page.carol.groups reads 17
      # source: docs/localio.adoc:567
      Then the fact "page.carol.groups" reads "17"

    # source: docs/localio.adoc:566
    Scenario: symbol UNX_NGROUPS is known
      # source: docs/localio.adoc:566
      Then the symbol "UNX_NGROUPS" is known

  # source: docs/localio.adoc:595
  Rule: RPC

    # source: docs/localio.adoc:598
    Scenario: fact localio.real_procedures reads one
      # source: docs/localio.adoc:598
      Then the fact "localio.real_procedures" reads "one"

    # source: docs/localio.adoc:599
    Scenario: symbol UUID_IS_LOCAL is known
      # source: docs/localio.adoc:599
      Then the symbol "UUID_IS_LOCAL" is known

    # source: docs/localio.adoc:600
    Scenario: symbol nfs_common is known
      # source: docs/localio.adoc:600
      Then the symbol "nfs_common" is known

    # source: docs/localio.adoc:600
    Scenario: symbol nfs_common is known
      # source: docs/localio.adoc:600
      Then the symbol "nfs_common" is known

    # source: docs/localio.adoc:606
    Scenario: fact localio.program reads 400122
      # source: docs/localio.adoc:606
      Then the fact "localio.program" reads "400122"

    # source: docs/localio.adoc:607
    Scenario: fact localio.version reads 1
      # source: docs/localio.adoc:607
      Then the fact "localio.version" reads "1"

    # source: docs/localio.adoc:607
    Scenario: fact localio.proc.null reads 0
      # source: docs/localio.adoc:607
      Then the fact "localio.proc.null" reads "0"

    # source: docs/localio.adoc:608
    Scenario: fact localio.proc.uuid_is_local reads 1
      # source: docs/localio.adoc:608
      Then the fact "localio.proc.uuid_is_local" reads "1"

    # source: docs/localio.adoc:614
    Scenario: symbol NFS_LOCALIO_PROGRAM is known
      # source: docs/localio.adoc:614
      Then the symbol "NFS_LOCALIO_PROGRAM" is known

    # source: docs/localio.adoc:614
    Scenario: fact localio.program reads 400122
      # source: docs/localio.adoc:614
      Then the fact "localio.program" reads "400122"

    # source: docs/localio.adoc:615
    Scenario: symbol LOCALIO_V1 is known
      # source: docs/localio.adoc:615
      Then the symbol "LOCALIO_V1" is known

    # source: docs/localio.adoc:615
    Scenario: fact localio.version reads 1
      # source: docs/localio.adoc:615
      Then the fact "localio.version" reads "1"

    # source: docs/localio.adoc:616
    Scenario: symbol LOCALIOPROC_NULL is known
      # source: docs/localio.adoc:616
      Then the symbol "LOCALIOPROC_NULL" is known

    # source: docs/localio.adoc:616
    Scenario: fact localio.proc.null reads 0
      # source: docs/localio.adoc:616
      Then the fact "localio.proc.null" reads "0"

    # source: docs/localio.adoc:617
    Scenario: symbol LOCALIOPROC_UUID_IS_LOCAL is known
      # source: docs/localio.adoc:617
      Then the symbol "LOCALIOPROC_UUID_IS_LOCAL" is known

    # source: docs/localio.adoc:617
    Scenario: fact localio.proc.uuid_is_local reads 1
      # source: docs/localio.adoc:617
      Then the fact "localio.proc.uuid_is_local" reads "1"

    # source: docs/localio.adoc:649
    Scenario: fact uuid.size reads 16
      # source: docs/localio.adoc:649
      Then the fact "uuid.size" reads "16"

    # source: docs/localio.adoc:649
    Scenario: symbol UUID_SIZE is known
      # source: docs/localio.adoc:649
      Then the symbol "UUID_SIZE" is known

    # source: docs/localio.adoc:651
    Scenario: symbol encode_opaque_fixed() is known
      # source: docs/localio.adoc:651
      Then the symbol "encode_opaque_fixed()" is known

    # source: docs/localio.adoc:653
    Scenario: symbol nfs_common is known
      # source: docs/localio.adoc:653
      Then the symbol "nfs_common" is known

    # source: docs/localio.adoc:656
    Scenario: fact uuid.size reads 16
      # source: docs/localio.adoc:656
      Then the fact "uuid.size" reads "16"

    # source: docs/localio.adoc:659
    Scenario: fact uuid.size reads 16
      # source: docs/localio.adoc:659
      Then the fact "uuid.size" reads "16"

    # source: docs/localio.adoc:657
    Scenario: symbol localio_decode_uuidarg() is known
      # source: docs/localio.adoc:657
      Then the symbol "localio_decode_uuidarg()" is known

    # source: docs/localio.adoc:657
    Scenario: symbol svc_process() is known
      # source: docs/localio.adoc:657
      Then the symbol "svc_process()" is known

    # source: docs/localio.adoc:664
    Scenario: fact uuid.size reads 16
      # source: docs/localio.adoc:664
      Then the fact "uuid.size" reads "16"

    # source: docs/localio.adoc:681
    Scenario: symbol rpc_bind_new_program() is known
      # source: docs/localio.adoc:681
      Then the symbol "rpc_bind_new_program()" is known

    # source: docs/localio.adoc:681
    Scenario: symbol nfs_client is known
      # source: docs/localio.adoc:681
      Then the symbol "nfs_client" is known

    # source: docs/localio.adoc:681
    Scenario: symbol cl_rpcclient is known
      # source: docs/localio.adoc:681
      Then the symbol "cl_rpcclient" is known

    # source: docs/localio.adoc:704
    Scenario: fact localio.proc.null reads 0
      # source: docs/localio.adoc:704
      Then the fact "localio.proc.null" reads "0"

    # source: docs/localio.adoc:703
    Scenario: symbol rpc_bind_new_program() is known
      # source: docs/localio.adoc:703
      Then the symbol "rpc_bind_new_program()" is known

    # source: docs/localio.adoc:705
    Scenario: symbol CONFIG_NFS_LOCALIO is known
      # source: docs/localio.adoc:705
      Then the symbol "CONFIG_NFS_LOCALIO" is known

    # source: docs/localio.adoc:706
    Scenario: symbol PROG_UNAVAIL is known
      # source: docs/localio.adoc:706
      Then the symbol "PROG_UNAVAIL" is known

  # source: docs/localio.adoc:724
  Rule: NFS Common and Client/Server Handshake

    # source: docs/localio.adoc:727
    Scenario: symbol nfs_uuids is known
      # source: docs/localio.adoc:727
      Then the symbol "nfs_uuids" is known

    # source: docs/localio.adoc:727
    Scenario: symbol nfs_uuid_lock is known
      # source: docs/localio.adoc:727
      Then the symbol "nfs_uuid_lock" is known

    # source: docs/localio.adoc:728
    Scenario: symbol nfs_to is known
      # source: docs/localio.adoc:728
      Then the symbol "nfs_to" is known

    # source: docs/localio.adoc:729
    Scenario: symbol nfsd_localio_ops_init() is known
      # source: docs/localio.adoc:729
      Then the symbol "nfsd_localio_ops_init()" is known

    # source: docs/localio.adoc:729
    Scenario: symbol nfs_client is known
      # source: docs/localio.adoc:729
      Then the symbol "nfs_client" is known

    # source: docs/localio.adoc:730
    Scenario: symbol nfs_uuid_t is known
      # source: docs/localio.adoc:730
      Then the symbol "nfs_uuid_t" is known

    # source: docs/localio.adoc:730
    Scenario: symbol cl_uuid is known
      # source: docs/localio.adoc:730
      Then the symbol "cl_uuid" is known

    # source: docs/localio.adoc:736
    Scenario: fact nfs.localio_enabled.default reads Y
      # source: docs/localio.adoc:736
      Then the fact "nfs.localio_enabled.default" reads "Y"

    # source: docs/localio.adoc:734
    Scenario: symbol nfs_get_client() is known
      # source: docs/localio.adoc:734
      Then the symbol "nfs_get_client()" is known

    # source: docs/localio.adoc:735
    Scenario: symbol nfs_client is known
      # source: docs/localio.adoc:735
      Then the symbol "nfs_client" is known

    # source: docs/localio.adoc:735
    Scenario: symbol nfs_local_probe() is known
      # source: docs/localio.adoc:735
      Then the symbol "nfs_local_probe()" is known

    # source: docs/localio.adoc:736
    Scenario: symbol nfs.localio_enabled is known
      # source: docs/localio.adoc:736
      Then the symbol "nfs.localio_enabled" is known

    # source: docs/localio.adoc:738
    Scenario: symbol nfs_uuid_begin() is known
      # source: docs/localio.adoc:738
      Then the symbol "nfs_uuid_begin()" is known

    # source: docs/localio.adoc:738
    Scenario: symbol nfs_uuid_t is known
      # source: docs/localio.adoc:738
      Then the symbol "nfs_uuid_t" is known

    # source: docs/localio.adoc:739
    Scenario: symbol nfs_uuids is known
      # source: docs/localio.adoc:739
      Then the symbol "nfs_uuids" is known

    # source: docs/localio.adoc:746
    Scenario: symbol nfs_uuid_is_local() is known
      # source: docs/localio.adoc:746
      Then the symbol "nfs_uuid_is_local()" is known

    # source: docs/localio.adoc:747
    Scenario: symbol rqstp->rq_client is known
      # source: docs/localio.adoc:747
      Then the symbol "rqstp->rq_client" is known

    # source: docs/localio.adoc:748
    Scenario: symbol nn->local_clients is known
      # source: docs/localio.adoc:748
      Then the symbol "nn->local_clients" is known

    # source: docs/localio.adoc:748
    Scenario: symbol nfs_uuids is known
      # source: docs/localio.adoc:748
      Then the symbol "nfs_uuids" is known

    # source: docs/localio.adoc:748
    Scenario: symbol nfs_uuid_is_local() is known
      # source: docs/localio.adoc:748
      Then the symbol "nfs_uuid_is_local()" is known

    # source: docs/localio.adoc:749
    Scenario: symbol nfs_uuid_t is known
      # source: docs/localio.adoc:749
      Then the symbol "nfs_uuid_t" is known

    # source: docs/localio.adoc:749
    Scenario: symbol nn->local_clients is known
      # source: docs/localio.adoc:749
      Then the symbol "nn->local_clients" is known

    # source: docs/localio.adoc:750
    Scenario: symbol rcu_assign_pointer() is known
      # source: docs/localio.adoc:750
      Then the symbol "rcu_assign_pointer()" is known

    # source: docs/localio.adoc:753
    Scenario: symbol nfs_local_enable() is known
      # source: docs/localio.adoc:753
      Then the symbol "nfs_local_enable()" is known

    # source: docs/localio.adoc:753
    Scenario: symbol NFS_CS_LOCAL_IO is known
      # source: docs/localio.adoc:753
      Then the symbol "NFS_CS_LOCAL_IO" is known

    # source: docs/localio.adoc:755
    Scenario: symbol nfs_uuid_t is known
      # source: docs/localio.adoc:755
      Then the symbol "nfs_uuid_t" is known

    # source: docs/localio.adoc:755
    Scenario: symbol nn->nfsd_serv is known
      # source: docs/localio.adoc:755
      Then the symbol "nn->nfsd_serv" is known

    # source: docs/localio.adoc:756
    Scenario: symbol nfs_uuid_is_local() is known
      # source: docs/localio.adoc:756
      Then the symbol "nfs_uuid_is_local()" is known

    # source: docs/localio.adoc:757
    Scenario: symbol nfs_uuids is known
      # source: docs/localio.adoc:757
      Then the symbol "nfs_uuids" is known

    # source: docs/localio.adoc:757
    Scenario: symbol nn->local_clients is known
      # source: docs/localio.adoc:757
      Then the symbol "nn->local_clients" is known

    # source: docs/localio.adoc:757
    Scenario: symbol struct nfsd_net is known
      # source: docs/localio.adoc:757
      Then the symbol "struct nfsd_net" is known

    # source: docs/localio.adoc:757
    Scenario: symbol nfsd_serv is known
      # source: docs/localio.adoc:757
      Then the symbol "nfsd_serv" is known

    # source: docs/localio.adoc:779
    Scenario: symbol nfs_uuid_end() is known
      # source: docs/localio.adoc:779
      Then the symbol "nfs_uuid_end()" is known

    # source: docs/localio.adoc:779
    Scenario: symbol nfs_uuids is known
      # source: docs/localio.adoc:779
      Then the symbol "nfs_uuids" is known

    # source: docs/localio.adoc:800
    Scenario: symbol nfs_uuid_t is known
      # source: docs/localio.adoc:800
      Then the symbol "nfs_uuid_t" is known

    # source: docs/localio.adoc:801
    Scenario: symbol struct nfsd_net is known
      # source: docs/localio.adoc:801
      Then the symbol "struct nfsd_net" is known

    # source: docs/localio.adoc:801
    Scenario: symbol net_generic() is known
      # source: docs/localio.adoc:801
      Then the symbol "net_generic()" is known

    # source: docs/localio.adoc:801
    Scenario: symbol nn->nfsd_serv is known
      # source: docs/localio.adoc:801
      Then the symbol "nn->nfsd_serv" is known

  # source: docs/localio.adoc:808
  Rule: NFS Client and Server Interlock

    # source: docs/localio.adoc:812
    Scenario: symbol nfs_uuid_t is known
      # source: docs/localio.adoc:812
      Then the symbol "nfs_uuid_t" is known

    # source: docs/localio.adoc:846
    Scenario: fact uuid.size reads 16
      # source: docs/localio.adoc:846
      Then the fact "uuid.size" reads "16"

    # source: docs/localio.adoc:845
    Scenario: symbol nfs_client is known
      # source: docs/localio.adoc:845
      Then the symbol "nfs_client" is known

    # source: docs/localio.adoc:845
    Scenario: symbol nfs_uuid_t is known
      # source: docs/localio.adoc:845
      Then the symbol "nfs_uuid_t" is known

    # source: docs/localio.adoc:845
    Scenario: symbol cl_uuid is known
      # source: docs/localio.adoc:845
      Then the symbol "cl_uuid" is known

    # source: docs/localio.adoc:846
    Scenario: symbol nfs_client is known
      # source: docs/localio.adoc:846
      Then the symbol "nfs_client" is known

    # source: docs/localio.adoc:847
    Scenario: symbol nfs_uuid_t is known
      # source: docs/localio.adoc:847
      Then the symbol "nfs_uuid_t" is known

    # source: docs/localio.adoc:848
    Scenario: symbol nfs_client is known
      # source: docs/localio.adoc:848
      Then the symbol "nfs_client" is known

    # source: docs/localio.adoc:848
    Scenario: symbol nfs_free_client() is known
      # source: docs/localio.adoc:848
      Then the symbol "nfs_free_client()" is known

    # source: docs/localio.adoc:849
    Scenario: symbol nfs_local_disable() is known
      # source: docs/localio.adoc:849
      Then the symbol "nfs_local_disable()" is known

    # source: docs/localio.adoc:863
    Scenario: symbol nfs_uuid_t is known
      # source: docs/localio.adoc:863
      Then the symbol "nfs_uuid_t" is known

    # source: docs/localio.adoc:863
    Scenario: symbol nn->local_clients is known
      # source: docs/localio.adoc:863
      Then the symbol "nn->local_clients" is known

    # source: docs/localio.adoc:878
    Scenario: symbol pre_exit is known
      # source: docs/localio.adoc:878
      Then the symbol "pre_exit" is known

    # source: docs/localio.adoc:878
    Scenario: symbol nfsd_net_pre_exit() is known
      # source: docs/localio.adoc:878
      Then the symbol "nfsd_net_pre_exit()" is known

    # source: docs/localio.adoc:879
    Scenario: symbol nfs_uuid_invalidate_clients() is known
      # source: docs/localio.adoc:879
      Then the symbol "nfs_uuid_invalidate_clients()" is known

    # source: docs/localio.adoc:883
    Scenario: symbol cleanup_net() is known
      # source: docs/localio.adoc:883
      Then the symbol "cleanup_net()" is known

    # source: docs/localio.adoc:884
    Scenario: symbol pre_exit is known
      # source: docs/localio.adoc:884
      Then the symbol "pre_exit" is known

    # source: docs/localio.adoc:884
    Scenario: symbol synchronize_rcu() is known
      # source: docs/localio.adoc:884
      Then the symbol "synchronize_rcu()" is known

    # source: docs/localio.adoc:885
    Scenario: symbol nfsd_net is known
      # source: docs/localio.adoc:885
      Then the symbol "nfsd_net" is known

    # source: docs/localio.adoc:887
    Scenario: symbol pre_exit is known
      # source: docs/localio.adoc:887
      Then the symbol "pre_exit" is known

    # source: docs/localio.adoc:888
    Scenario: symbol synchronize_rcu() is known
      # source: docs/localio.adoc:888
      Then the symbol "synchronize_rcu()" is known

    # source: docs/localio.adoc:888
    Scenario: symbol cleanup_net() is known
      # source: docs/localio.adoc:888
      Then the symbol "cleanup_net()" is known

    # source: docs/localio.adoc:904
    Scenario: symbol nfs_uuid_t is known
      # source: docs/localio.adoc:904
      Then the symbol "nfs_uuid_t" is known

    # source: docs/localio.adoc:904
    Scenario: symbol nfs_open_local_fh() is known
      # source: docs/localio.adoc:904
      Then the symbol "nfs_open_local_fh()" is known

    # source: docs/localio.adoc:905
    Scenario: symbol nfs_common is known
      # source: docs/localio.adoc:905
      Then the symbol "nfs_common" is known

    # source: docs/localio.adoc:905
    Scenario: symbol rcu_read_lock() is known
      # source: docs/localio.adoc:905
      Then the symbol "rcu_read_lock()" is known

    # source: docs/localio.adoc:905
    Scenario: symbol rcu_dereference() is known
      # source: docs/localio.adoc:905
      Then the symbol "rcu_dereference()" is known

    # source: docs/localio.adoc:906
    Scenario: symbol nfsd_open_local_fh() is known
      # source: docs/localio.adoc:906
      Then the symbol "nfsd_open_local_fh()" is known

    # source: docs/localio.adoc:907
    Scenario: symbol nfs_uuid_t is known
      # source: docs/localio.adoc:907
      Then the symbol "nfs_uuid_t" is known

    # source: docs/localio.adoc:909
    Scenario: symbol nfs_uuid_t is known
      # source: docs/localio.adoc:909
      Then the symbol "nfs_uuid_t" is known

    # source: docs/localio.adoc:910
    Scenario: symbol rcu_read_lock() is known
      # source: docs/localio.adoc:910
      Then the symbol "rcu_read_lock()" is known

    # source: docs/localio.adoc:910
    Scenario: symbol nfs_uuid_t is known
      # source: docs/localio.adoc:910
      Then the symbol "nfs_uuid_t" is known

    # source: docs/localio.adoc:911
    Scenario: symbol nfs_common is known
      # source: docs/localio.adoc:911
      Then the symbol "nfs_common" is known

    # source: docs/localio.adoc:911
    Scenario: symbol nfs_open_local_fh() is known
      # source: docs/localio.adoc:911
      Then the symbol "nfs_open_local_fh()" is known

    # source: docs/localio.adoc:914
    Scenario: symbol nn->nfsd_serv_ref is known
      # source: docs/localio.adoc:914
      Then the symbol "nn->nfsd_serv_ref" is known

    # source: docs/localio.adoc:914
    Scenario: symbol nfsd_destroy_serv() is known
      # source: docs/localio.adoc:914
      Then the symbol "nfsd_destroy_serv()" is known

    # source: docs/localio.adoc:918
    Scenario: symbol nfsd_serv_try_get() is known
      # source: docs/localio.adoc:918
      Then the symbol "nfsd_serv_try_get()" is known

    # source: docs/localio.adoc:918
    Scenario: symbol percpu_ref_tryget_live() is known
      # source: docs/localio.adoc:918
      Then the symbol "percpu_ref_tryget_live()" is known

    # source: docs/localio.adoc:919
    Scenario: symbol nfsd_file is known
      # source: docs/localio.adoc:919
      Then the symbol "nfsd_file" is known

    # source: docs/localio.adoc:920
    Scenario: symbol nfs_to_nfsd_file_put_local() is known
      # source: docs/localio.adoc:920
      Then the symbol "nfs_to_nfsd_file_put_local()" is known

    # source: docs/localio.adoc:921
    Scenario: symbol nfsd_file_put_local() is known
      # source: docs/localio.adoc:921
      Then the symbol "nfsd_file_put_local()" is known

    # source: docs/localio.adoc:926
    Scenario: symbol nfsd_file_put_local() is known
      # source: docs/localio.adoc:926
      Then the symbol "nfsd_file_put_local()" is known

    # source: docs/localio.adoc:928
    Scenario: symbol nfsd_serv_put() is known
      # source: docs/localio.adoc:928
      Then the symbol "nfsd_serv_put()" is known

    # source: docs/localio.adoc:933
    Scenario: symbol nfs_to_nfsd_file_put_local() is known
      # source: docs/localio.adoc:933
      Then the symbol "nfs_to_nfsd_file_put_local()" is known

    # source: docs/localio.adoc:934
    Scenario: symbol nfsd_file_put_local() is known
      # source: docs/localio.adoc:934
      Then the symbol "nfsd_file_put_local()" is known

    # source: docs/localio.adoc:936
    Scenario: symbol rcu_read_unlock() is known
      # source: docs/localio.adoc:936
      Then the symbol "rcu_read_unlock()" is known

    # source: docs/localio.adoc:939
    Scenario: symbol nfsd_destroy_serv() is known
      # source: docs/localio.adoc:939
      Then the symbol "nfsd_destroy_serv()" is known

    # source: docs/localio.adoc:941
    Scenario: symbol nfsd_net is known
      # source: docs/localio.adoc:941
      Then the symbol "nfsd_net" is known

    # source: docs/localio.adoc:942
    Scenario: symbol nfs_open_local_fh() is known
      # source: docs/localio.adoc:942
      Then the symbol "nfs_open_local_fh()" is known

    # source: docs/localio.adoc:943
    Scenario: symbol nfsd_create_serv() is known
      # source: docs/localio.adoc:943
      Then the symbol "nfsd_create_serv()" is known

    # source: docs/localio.adoc:944
    Scenario: symbol nfsd_destroy_serv() is known
      # source: docs/localio.adoc:944
      Then the symbol "nfsd_destroy_serv()" is known

    # source: docs/localio.adoc:966
    Scenario: symbol nfsd_destroy_serv() is known
      # source: docs/localio.adoc:966
      Then the symbol "nfsd_destroy_serv()" is known

    # source: docs/localio.adoc:968
    Scenario: symbol nn->nfsd_serv is known
      # source: docs/localio.adoc:968
      Then the symbol "nn->nfsd_serv" is known

    # source: docs/localio.adoc:969
    Scenario: symbol nfsd_shutdown_net() is known
      # source: docs/localio.adoc:969
      Then the symbol "nfsd_shutdown_net()" is known

    # source: docs/localio.adoc:969
    Scenario: symbol percpu_ref_exit() is known
      # source: docs/localio.adoc:969
      Then the symbol "percpu_ref_exit()" is known

    # source: docs/localio.adoc:969
    Scenario: symbol nfsd_create_serv() is known
      # source: docs/localio.adoc:969
      Then the symbol "nfsd_create_serv()" is known

    # source: docs/localio.adoc:991
    Scenario: symbol struct net is known
      # source: docs/localio.adoc:991
      Then the symbol "struct net" is known

    # source: docs/localio.adoc:991
    Scenario: symbol struct nfsd_net is known
      # source: docs/localio.adoc:991
      Then the symbol "struct nfsd_net" is known

    # source: docs/localio.adoc:992
    Scenario: symbol rcu_read_unlock() is known
      # source: docs/localio.adoc:992
      Then the symbol "rcu_read_unlock()" is known

    # source: docs/localio.adoc:994
    Scenario: symbol nn->nfsd_serv_ref is known
      # source: docs/localio.adoc:994
      Then the symbol "nn->nfsd_serv_ref" is known

    # source: docs/localio.adoc:995
    Scenario: symbol nfsd_destroy_serv() is known
      # source: docs/localio.adoc:995
      Then the symbol "nfsd_destroy_serv()" is known

    # source: docs/localio.adoc:996
    Scenario: symbol struct net is known
      # source: docs/localio.adoc:996
      Then the symbol "struct net" is known

    # source: docs/localio.adoc:996
    Scenario: symbol struct nfsd_net is known
      # source: docs/localio.adoc:996
      Then the symbol "struct nfsd_net" is known

    # source: docs/localio.adoc:997
    Scenario: symbol nfsd_serv_put() is known
      # source: docs/localio.adoc:997
      Then the symbol "nfsd_serv_put()" is known

    # source: docs/localio.adoc:997
    Scenario: symbol nfsd_file_put_local() is known
      # source: docs/localio.adoc:997
      Then the symbol "nfsd_file_put_local()" is known

    # source: docs/localio.adoc:999
    Scenario: symbol nfsd_file is known
      # source: docs/localio.adoc:999
      Then the symbol "nfsd_file" is known

    # source: docs/localio.adoc:1001
    Scenario: symbol nfsd_file_put_local() is known
      # source: docs/localio.adoc:1001
      Then the symbol "nfsd_file_put_local()" is known

    # source: docs/localio.adoc:1005
    Scenario: symbol pre_exit is known
      # source: docs/localio.adoc:1005
      Then the symbol "pre_exit" is known

    # source: docs/localio.adoc:1008
    Scenario: symbol nfs_to is known
      # source: docs/localio.adoc:1008
      Then the symbol "nfs_to" is known

    # source: docs/localio.adoc:1009
    Scenario: symbol pre_exit is known
      # source: docs/localio.adoc:1009
      Then the symbol "pre_exit" is known

    # source: docs/localio.adoc:1013
    Scenario: symbol nfs_uuid_is_local() is known
      # source: docs/localio.adoc:1013
      Then the symbol "nfs_uuid_is_local()" is known

    # source: docs/localio.adoc:1014
    Scenario: symbol localio_proc_uuid_is_local() is known
      # source: docs/localio.adoc:1014
      Then the symbol "localio_proc_uuid_is_local()" is known

    # source: docs/localio.adoc:1014
    Scenario: symbol __module_get() is known
      # source: docs/localio.adoc:1014
      Then the symbol "__module_get()" is known

    # source: docs/localio.adoc:1015
    Scenario: symbol nfs_uuid_put_locked() is known
      # source: docs/localio.adoc:1015
      Then the symbol "nfs_uuid_put_locked()" is known

    # source: docs/localio.adoc:1015
    Scenario: symbol module_put() is known
      # source: docs/localio.adoc:1015
      Then the symbol "module_put()" is known

    # source: docs/localio.adoc:1016
    Scenario: symbol pre_exit is known
      # source: docs/localio.adoc:1016
      Then the symbol "pre_exit" is known

    # source: docs/localio.adoc:1017
    Scenario: symbol nfs_to is known
      # source: docs/localio.adoc:1017
      Then the symbol "nfs_to" is known

    # source: docs/localio.adoc:1036
    Scenario: symbol nfsd_shutdown_net() is known
      # source: docs/localio.adoc:1036
      Then the symbol "nfsd_shutdown_net()" is known

    # source: docs/localio.adoc:1036
    Scenario: symbol nfsd_destroy_serv() is known
      # source: docs/localio.adoc:1036
      Then the symbol "nfsd_destroy_serv()" is known

    # source: docs/localio.adoc:1037
    Scenario: symbol nfsd_net is known
      # source: docs/localio.adoc:1037
      Then the symbol "nfsd_net" is known

  # source: docs/localio.adoc:1041
  Rule: NFS Client and Server Interlock › The crash the interlock fixed

    # source: docs/localio.adoc:1046
    Scenario: symbol nn->nfsd_serv is known
      # source: docs/localio.adoc:1046
      Then the symbol "nn->nfsd_serv" is known

    # source: docs/localio.adoc:1046
    Scenario: symbol nfsd_serv_try_get() is known
      # source: docs/localio.adoc:1046
      Then the symbol "nfsd_serv_try_get()" is known

    # source: docs/localio.adoc:1047
    Scenario: symbol nfsd_serv_put() is known
      # source: docs/localio.adoc:1047
      Then the symbol "nfsd_serv_put()" is known

    # source: docs/localio.adoc:1048
    Scenario: symbol pre_exit is known
      # source: docs/localio.adoc:1048
      Then the symbol "pre_exit" is known

    # source: docs/localio.adoc:1053
    Scenario: symbol nn->nfsd_serv is known
      # source: docs/localio.adoc:1053
      Then the symbol "nn->nfsd_serv" is known

    # source: docs/localio.adoc:1054
    Scenario: symbol pre_exit is known
      # source: docs/localio.adoc:1054
      Then the symbol "pre_exit" is known

    # source: docs/localio.adoc:1059
    Scenario: symbol nn->nfsd_serv is known
      # source: docs/localio.adoc:1059
      Then the symbol "nn->nfsd_serv" is known

    # source: docs/localio.adoc:1091
    Scenario: symbol nn->nfsd_serv is known
      # source: docs/localio.adoc:1091
      Then the symbol "nn->nfsd_serv" is known

    # source: docs/localio.adoc:1098
    Scenario: symbol pre_exit is known
      # source: docs/localio.adoc:1098
      Then the symbol "pre_exit" is known

    # source: docs/localio.adoc:1099
    Scenario: symbol -ENXIO is known
      # source: docs/localio.adoc:1099
      Then the symbol "-ENXIO" is known

  # source: docs/localio.adoc:1128
  Rule: NFS Client and Server Interlock › Under every interleaving

    # source: docs/localio.adoc:1131
    Scenario: symbol nfsd_destroy_serv() is known
      # source: docs/localio.adoc:1131
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

  # source: docs/localio.adoc:1138
  Rule: NFS Client issues IO instead of Server

    # source: docs/localio.adoc:1146
    Scenario: fact fh.max reads 128
      # source: docs/localio.adoc:1146
      Then the fact "fh.max" reads "128"

    # source: docs/localio.adoc:1143
    Scenario: symbol nfs_local_open_fh() is known
      # source: docs/localio.adoc:1143
      Then the symbol "nfs_local_open_fh()" is known

    # source: docs/localio.adoc:1144
    Scenario: symbol nfs_open_local_fh() is known
      # source: docs/localio.adoc:1144
      Then the symbol "nfs_open_local_fh()" is known

    # source: docs/localio.adoc:1144
    Scenario: symbol nfs_common is known
      # source: docs/localio.adoc:1144
      Then the symbol "nfs_common" is known

    # source: docs/localio.adoc:1144
    Scenario: symbol nfsd_open_local_fh() is known
      # source: docs/localio.adoc:1144
      Then the symbol "nfsd_open_local_fh()" is known

    # source: docs/localio.adoc:1146
    Scenario: symbol NFS4_FHSIZE is known
      # source: docs/localio.adoc:1146
      Then the symbol "NFS4_FHSIZE" is known

    # source: docs/localio.adoc:1146
    Scenario: symbol -EINVAL is known
      # source: docs/localio.adoc:1146
      Then the symbol "-EINVAL" is known

    # source: docs/localio.adoc:1146
    Scenario: symbol NFSD_MAY_LOCALIO is known
      # source: docs/localio.adoc:1146
      Then the symbol "NFSD_MAY_LOCALIO" is known

    # source: docs/localio.adoc:1147
    Scenario: symbol nfsd_file_acquire_local() is known
      # source: docs/localio.adoc:1147
      Then the symbol "nfsd_file_acquire_local()" is known

    # source: docs/localio.adoc:1148
    Scenario: symbol nfsd_file is known
      # source: docs/localio.adoc:1148
      Then the symbol "nfsd_file" is known

    # source: docs/localio.adoc:1152
    Scenario: symbol nfs_open_local_fh() is known
      # source: docs/localio.adoc:1152
      Then the symbol "nfs_open_local_fh()" is known

    # source: docs/localio.adoc:1152
    Scenario: symbol -ENXIO is known
      # source: docs/localio.adoc:1152
      Then the symbol "-ENXIO" is known

    # source: docs/localio.adoc:1153
    Scenario: symbol nfsd_serv_try_get() is known
      # source: docs/localio.adoc:1153
      Then the symbol "nfsd_serv_try_get()" is known

    # source: docs/localio.adoc:1154
    Scenario: symbol nn->nfsd_serv is known
      # source: docs/localio.adoc:1154
      Then the symbol "nn->nfsd_serv" is known

    # source: docs/localio.adoc:1156
    Scenario: symbol nfsd_open_local_fh() is known
      # source: docs/localio.adoc:1156
      Then the symbol "nfsd_open_local_fh()" is known

    # source: docs/localio.adoc:1157
    Scenario: symbol nfs_stat_to_errno() is known
      # source: docs/localio.adoc:1157
      Then the symbol "nfs_stat_to_errno()" is known

    # source: docs/localio.adoc:1157
    Scenario: symbol NFSERR_NXIO is known
      # source: docs/localio.adoc:1157
      Then the symbol "NFSERR_NXIO" is known

    # source: docs/localio.adoc:1157
    Scenario: symbol -ENXIO is known
      # source: docs/localio.adoc:1157
      Then the symbol "-ENXIO" is known

    # source: docs/localio.adoc:1158
    Scenario: symbol -ENXIO is known
      # source: docs/localio.adoc:1158
      Then the symbol "-ENXIO" is known

    # source: docs/localio.adoc:1158
    Scenario: symbol nfserrno() is known
      # source: docs/localio.adoc:1158
      Then the symbol "nfserrno()" is known

    # source: docs/localio.adoc:1159
    Scenario: symbol nfs_local_open_fh() is known
      # source: docs/localio.adoc:1159
      Then the symbol "nfs_local_open_fh()" is known

    # source: docs/localio.adoc:1161
    Scenario: symbol -ENXIO is known
      # source: docs/localio.adoc:1161
      Then the symbol "-ENXIO" is known

    # source: docs/localio.adoc:1161
    Scenario: symbol nfsd_open_local_fh() is known
      # source: docs/localio.adoc:1161
      Then the symbol "nfsd_open_local_fh()" is known

    # source: docs/localio.adoc:1162
    Scenario: symbol nn->nfsd_serv is known
      # source: docs/localio.adoc:1162
      Then the symbol "nn->nfsd_serv" is known

    # source: docs/localio.adoc:1162
    Scenario: symbol nn->nfsd_serv is known
      # source: docs/localio.adoc:1162
      Then the symbol "nn->nfsd_serv" is known

    # source: docs/localio.adoc:1162
    Scenario: symbol -ENXIO is known
      # source: docs/localio.adoc:1162
      Then the symbol "-ENXIO" is known

    # source: docs/localio.adoc:1163
    Scenario: symbol nfsd_serv_try_get() is known
      # source: docs/localio.adoc:1163
      Then the symbol "nfsd_serv_try_get()" is known

    # source: docs/localio.adoc:1163
    Scenario: symbol nfs_open_local_fh() is known
      # source: docs/localio.adoc:1163
      Then the symbol "nfs_open_local_fh()" is known

    # source: docs/localio.adoc:1164
    Scenario: symbol nfs_common is known
      # source: docs/localio.adoc:1164
      Then the symbol "nfs_common" is known

    # source: docs/localio.adoc:1193
    Scenario: symbol -ENXIO is known
      # source: docs/localio.adoc:1193
      Then the symbol "-ENXIO" is known

    # source: docs/localio.adoc:1193
    Scenario: symbol nfs_local_open_fh() is known
      # source: docs/localio.adoc:1193
      Then the symbol "nfs_local_open_fh()" is known

    # source: docs/localio.adoc:1193
    Scenario: symbol nfs_local_probe() is known
      # source: docs/localio.adoc:1193
      Then the symbol "nfs_local_probe()" is known

    # source: docs/localio.adoc:1195
    Scenario: symbol -EACCES is known
      # source: docs/localio.adoc:1195
      Then the symbol "-EACCES" is known

    # source: docs/localio.adoc:1195
    Scenario: symbol -ESTALE is known
      # source: docs/localio.adoc:1195
      Then the symbol "-ESTALE" is known

    # source: docs/localio.adoc:1198
    Scenario: symbol -ENOMEM is known
      # source: docs/localio.adoc:1198
      Then the symbol "-ENOMEM" is known

    # source: docs/localio.adoc:1198
    Scenario: symbol -ENOENT is known
      # source: docs/localio.adoc:1198
      Then the symbol "-ENOENT" is known

    # source: docs/localio.adoc:1198
    Scenario: symbol -ENXIO is known
      # source: docs/localio.adoc:1198
      Then the symbol "-ENXIO" is known

    # source: docs/localio.adoc:1198
    Scenario: symbol nfs_local_open_fh() is known
      # source: docs/localio.adoc:1198
      Then the symbol "nfs_local_open_fh()" is known

    # source: docs/localio.adoc:1242
    Scenario: symbol nfs_client is known
      # source: docs/localio.adoc:1242
      Then the symbol "nfs_client" is known

    # source: docs/localio.adoc:1245
    Scenario: symbol nfs_client is known
      # source: docs/localio.adoc:1245
      Then the symbol "nfs_client" is known

    # source: docs/localio.adoc:1246
    Scenario: symbol nfs4_ff_layout_prepare_ds() is known
      # source: docs/localio.adoc:1246
      Then the symbol "nfs4_ff_layout_prepare_ds()" is known

    # source: docs/localio.adoc:1248
    Scenario: symbol nfs_get_client() is known
      # source: docs/localio.adoc:1248
      Then the symbol "nfs_get_client()" is known

    # source: docs/localio.adoc:1269
    Scenario: symbol nfsd_file is known
      # source: docs/localio.adoc:1269
      Then the symbol "nfsd_file" is known

    # source: docs/localio.adoc:1273
    Scenario: symbol nfsd_file is known
      # source: docs/localio.adoc:1273
      Then the symbol "nfsd_file" is known

    # source: docs/localio.adoc:1274
    Scenario: symbol nfs_local_doio() is known
      # source: docs/localio.adoc:1274
      Then the symbol "nfs_local_doio()" is known

    # source: docs/localio.adoc:1274
    Scenario: symbol nfs_local_commit() is known
      # source: docs/localio.adoc:1274
      Then the symbol "nfs_local_commit()" is known

    # source: docs/localio.adoc:1299
    Scenario: symbol stable_how is known
      # source: docs/localio.adoc:1299
      Then the symbol "stable_how" is known

    # source: docs/localio.adoc:1302
    Scenario: symbol DATA_SYNC is known
      # source: docs/localio.adoc:1302
      Then the symbol "DATA_SYNC" is known

    # source: docs/localio.adoc:1302
    Scenario: symbol IOCB_DSYNC is known
      # source: docs/localio.adoc:1302
      Then the symbol "IOCB_DSYNC" is known

    # source: docs/localio.adoc:1303
    Scenario: symbol FILE_SYNC is known
      # source: docs/localio.adoc:1303
      Then the symbol "FILE_SYNC" is known

    # source: docs/localio.adoc:1306
    Scenario: symbol cl_nfssvc_boot is known
      # source: docs/localio.adoc:1306
      Then the symbol "cl_nfssvc_boot" is known

    # source: docs/localio.adoc:1307
    Scenario: symbol -ENOSPC is known
      # source: docs/localio.adoc:1307
      Then the symbol "-ENOSPC" is known

    # source: docs/localio.adoc:1310
    Scenario: symbol nfs_local_read_done() is known
      # source: docs/localio.adoc:1310
      Then the symbol "nfs_local_read_done()" is known

    # source: docs/localio.adoc:1316
    Scenario: symbol vfs_fsync_range() is known
      # source: docs/localio.adoc:1316
      Then the symbol "vfs_fsync_range()" is known

  # source: docs/localio.adoc:1342
  Rule: Security

    # source: docs/localio.adoc:1345
    Scenario: symbol nfs_client is known
      # source: docs/localio.adoc:1345
      Then the symbol "nfs_client" is known

    # source: docs/localio.adoc:1354
    Scenario: fact auth_unix.max_groups reads 16
      # source: docs/localio.adoc:1354
      Then the fact "auth_unix.max_groups" reads "16"

    # source: docs/localio.adoc:1359
    Scenario: symbol rqstp->rq_client is known
      # source: docs/localio.adoc:1359
      Then the symbol "rqstp->rq_client" is known

    # source: docs/localio.adoc:1360
    Scenario: symbol nfs_uuid_is_local() is known
      # source: docs/localio.adoc:1360
      Then the symbol "nfs_uuid_is_local()" is known

    # source: docs/localio.adoc:1361
    Scenario: symbol nfs_open_local_fh() is known
      # source: docs/localio.adoc:1361
      Then the symbol "nfs_open_local_fh()" is known

    # source: docs/localio.adoc:1361
    Scenario: symbol nfsd_open_local_fh() is known
      # source: docs/localio.adoc:1361
      Then the symbol "nfsd_open_local_fh()" is known

    # source: docs/localio.adoc:1391
    Scenario: symbol nfsd_net is known
      # source: docs/localio.adoc:1391
      Then the symbol "nfsd_net" is known

    # source: docs/localio.adoc:1391
    Scenario: symbol nfsd_net is known
      # source: docs/localio.adoc:1391
      Then the symbol "nfsd_net" is known

  # source: docs/localio.adoc:1396
  Rule: Testing

    # source: docs/localio.adoc:1408
    Scenario: symbol nfs.localio_enabled is known
      # source: docs/localio.adoc:1408
      Then the symbol "nfs.localio_enabled" is known

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

    # source: docs/_unmodelled-symbols.adoc:25
    Scenario: symbol nfsiod_workqueue in fs/nfs/inode.c is not modelled
      # source: docs/_unmodelled-symbols.adoc:25
      Then the symbol "nfsiod_workqueue" in "fs/nfs/inode.c" is not modelled

    # source: docs/_unmodelled-symbols.adoc:26
    Scenario: symbol nfsv3.nfs3_localio_probe_throttle in fs/nfs/nfs3proc.c is not modelled
      # source: docs/_unmodelled-symbols.adoc:26
      Then the symbol "nfsv3.nfs3_localio_probe_throttle" in "fs/nfs/nfs3proc.c" is not modelled

    # source: docs/_unmodelled-symbols.adoc:27
    Scenario: symbol nfsd_net_try_get() in fs/nfsd/nfssvc.c is not modelled
      # source: docs/_unmodelled-symbols.adoc:27
      Then the symbol "nfsd_net_try_get()" in "fs/nfsd/nfssvc.c" is not modelled

    # source: docs/_unmodelled-symbols.adoc:28
    Scenario: symbol nn->nfsd_net_ref in fs/nfsd/netns.h is not modelled
      # source: docs/_unmodelled-symbols.adoc:28
      Then the symbol "nn->nfsd_net_ref" in "fs/nfsd/netns.h" is not modelled
