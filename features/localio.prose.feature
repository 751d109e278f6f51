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

  # source: docs/localio.adoc:216
  Rule: FAQ › 2. What must LOCALIO achieve?

    # source: docs/localio.adoc:225
    Scenario: symbol nfsd_file is known
      # source: docs/localio.adoc:225
      Then the symbol "nfsd_file" is known

    # source: docs/localio.adoc:265
    Scenario: symbol nfs_get_client() is known
      # source: docs/localio.adoc:265
      Then the symbol "nfs_get_client()" is known

    # source: docs/localio.adoc:292
    Scenario: symbol nfs_get_client() is known
      # source: docs/localio.adoc:292
      Then the symbol "nfs_get_client()" is known

  # source: docs/localio.adoc:296
  Rule: FAQ › 3. Why a handshake, rather than comparing IP addresses or host names?

    # source: docs/localio.adoc:303
    Scenario: symbol nfs_common is known
      # source: docs/localio.adoc:303
      Then the symbol "nfs_common" is known

    # source: docs/localio.adoc:310
    Scenario: symbol nfs_uuid_is_local() is known
      # source: docs/localio.adoc:310
      Then the symbol "nfs_uuid_is_local()" is known

    # source: docs/localio.adoc:311
    Scenario: symbol nfs_uuids is known
      # source: docs/localio.adoc:311
      Then the symbol "nfs_uuids" is known

    # source: docs/localio.adoc:311
    Scenario: symbol rqstp->rq_client is known
      # source: docs/localio.adoc:311
      Then the symbol "rqstp->rq_client" is known

    # source: docs/localio.adoc:316
    Scenario: symbol nfs_uuid_is_local() is known
      # source: docs/localio.adoc:316
      Then the symbol "nfs_uuid_is_local()" is known

    # source: docs/localio.adoc:316
    Scenario: symbol localio_proc_uuid_is_local() is known
      # source: docs/localio.adoc:316
      Then the symbol "localio_proc_uuid_is_local()" is known

    # source: docs/localio.adoc:361
    Scenario: symbol inet_addr_type() is known
      # source: docs/localio.adoc:361
      Then the symbol "inet_addr_type()" is known

    # source: docs/localio.adoc:362
    Scenario: symbol RTN_LOCAL is known
      # source: docs/localio.adoc:362
      Then the symbol "RTN_LOCAL" is known

  # source: docs/localio.adoc:365
  Rule: FAQ › 4. Does pNFS flexfiles gain from LOCALIO?

    # source: docs/localio.adoc:368
    Scenario: symbol nfs_client is known
      # source: docs/localio.adoc:368
      Then the symbol "nfs_client" is known

    # source: docs/localio.adoc:368
    Scenario: symbol nfs_get_client() is known
      # source: docs/localio.adoc:368
      Then the symbol "nfs_get_client()" is known

    # source: docs/localio.adoc:368
    Scenario: symbol nfs_client is known
      # source: docs/localio.adoc:368
      Then the symbol "nfs_client" is known

    # source: docs/localio.adoc:369
    Scenario: symbol nfs4_ff_layout_prepare_ds() is known
      # source: docs/localio.adoc:369
      Then the symbol "nfs4_ff_layout_prepare_ds()" is known

    # source: docs/localio.adoc:399
    Scenario: symbol nfs_get_client() is known
      # source: docs/localio.adoc:399
      Then the symbol "nfs_get_client()" is known

    # source: docs/localio.adoc:399
    Scenario: symbol nfs_client is known
      # source: docs/localio.adoc:399
      Then the symbol "nfs_client" is known

    # source: docs/localio.adoc:400
    Scenario: symbol nfs4_ff_layout_prepare_ds() is known
      # source: docs/localio.adoc:400
      Then the symbol "nfs4_ff_layout_prepare_ds()" is known

    # source: docs/localio.adoc:401
    Scenario: symbol nfs_local_probe() is known
      # source: docs/localio.adoc:401
      Then the symbol "nfs_local_probe()" is known

  # source: docs/localio.adoc:440
  Rule: FAQ › 6. What does an open that nfsd performs for the client, with no RPC, buy? Only with pNFS?

    # source: docs/localio.adoc:446
    Scenario: symbol nfsd_open_local_fh() is known
      # source: docs/localio.adoc:446
      Then the symbol "nfsd_open_local_fh()" is known

  # source: docs/localio.adoc:478
  Rule: FAQ › 7. Why AUTH_UNIX, and whose?

    # source: docs/localio.adoc:481
    Scenario: symbol nfs_client is known
      # source: docs/localio.adoc:481
      Then the symbol "nfs_client" is known

    # source: docs/localio.adoc:481
    Scenario: symbol cl_rpcclient is known
      # source: docs/localio.adoc:481
      Then the symbol "cl_rpcclient" is known

    # source: docs/localio.adoc:482
    Scenario: symbol nfs_local_probe() is known
      # source: docs/localio.adoc:482
      Then the symbol "nfs_local_probe()" is known

    # source: docs/localio.adoc:483
    Scenario: symbol nfs_client is known
      # source: docs/localio.adoc:483
      Then the symbol "nfs_client" is known

    # source: docs/localio.adoc:485
    Scenario: symbol nfs_init_client() is known
      # source: docs/localio.adoc:485
      Then the symbol "nfs_init_client()" is known

    # source: docs/localio.adoc:485
    Scenario: symbol cl_rpcclient is known
      # source: docs/localio.adoc:485
      Then the symbol "cl_rpcclient" is known

    # source: docs/localio.adoc:488
    Scenario: symbol cl_rpcclient is known
      # source: docs/localio.adoc:488
      Then the symbol "cl_rpcclient" is known

    # source: docs/localio.adoc:493
    Scenario: symbol nfs_get_client() is known
      # source: docs/localio.adoc:493
      Then the symbol "nfs_get_client()" is known

    # source: docs/localio.adoc:527
    Scenario: symbol nfs_local_probe() is known
      # source: docs/localio.adoc:527
      Then the symbol "nfs_local_probe()" is known

    # source: docs/localio.adoc:527
    Scenario: symbol clp->cl_rpcclient is known
      # source: docs/localio.adoc:527
      Then the symbol "clp->cl_rpcclient" is known

  # source: docs/localio.adoc:543
  Rule: FAQ › 8. Do export options that map user ids (root_squash, all_squash) apply to local IO?

    # source: docs/localio.adoc:546
    Scenario: symbol nfsd_file_acquire_local() is known
      # source: docs/localio.adoc:546
      Then the symbol "nfsd_file_acquire_local()" is known

    # source: docs/localio.adoc:546
    Scenario: symbol __fh_verify() is known
      # source: docs/localio.adoc:546
      Then the symbol "__fh_verify()" is known

    # source: docs/localio.adoc:546
    Scenario: symbol nfsd_setuser_and_check_port() is known
      # source: docs/localio.adoc:546
      Then the symbol "nfsd_setuser_and_check_port()" is known

    # source: docs/localio.adoc:547
    Scenario: symbol nfsd_setuser() is known
      # source: docs/localio.adoc:547
      Then the symbol "nfsd_setuser()" is known

    # source: docs/localio.adoc:548
    Scenario: symbol svcauth_map_clnt_to_svc_cred_local() is known
      # source: docs/localio.adoc:548
      Then the symbol "svcauth_map_clnt_to_svc_cred_local()" is known

    # source: docs/localio.adoc:557
    Scenario: fact export.anonuid reads 65534
      # source: docs/localio.adoc:557
      Then the fact "export.anonuid" reads "65534"

    # source: docs/localio.adoc:587
    Scenario: fact auth_unix.max_groups reads 16
      # source: docs/localio.adoc:587
      Then the fact "auth_unix.max_groups" reads "16"

    # source: docs/localio.adoc:589
    Scenario: fact page.carol.uid reads 1001
      # source: docs/localio.adoc:589
      Then the fact "page.carol.uid" reads "1001"

    # source: docs/localio.adoc:589
    Scenario: fact page.carol.groups reads 17
      # source: docs/localio.adoc:589
      Then the fact "page.carol.groups" reads "17"

    # source: docs/localio.adoc:588
    Scenario: symbol UNX_NGROUPS is known
      # source: docs/localio.adoc:588
      Then the symbol "UNX_NGROUPS" is known

  # source: docs/localio.adoc:617
  Rule: RPC

    # source: docs/localio.adoc:620
    Scenario: fact localio.real_procedures reads one
      # source: docs/localio.adoc:620
      Then the fact "localio.real_procedures" reads "one"

    # source: docs/localio.adoc:621
    Scenario: symbol UUID_IS_LOCAL is known
      # source: docs/localio.adoc:621
      Then the symbol "UUID_IS_LOCAL" is known

    # source: docs/localio.adoc:622
    Scenario: symbol nfs_common is known
      # source: docs/localio.adoc:622
      Then the symbol "nfs_common" is known

    # source: docs/localio.adoc:622
    Scenario: symbol nfs_common is known
      # source: docs/localio.adoc:622
      Then the symbol "nfs_common" is known

    # source: docs/localio.adoc:628
    Scenario: fact localio.program reads 400122
      # source: docs/localio.adoc:628
      Then the fact "localio.program" reads "400122"

    # source: docs/localio.adoc:629
    Scenario: fact localio.version reads 1
      # source: docs/localio.adoc:629
      Then the fact "localio.version" reads "1"

    # source: docs/localio.adoc:629
    Scenario: fact localio.proc.null reads 0
      # source: docs/localio.adoc:629
      Then the fact "localio.proc.null" reads "0"

    # source: docs/localio.adoc:630
    Scenario: fact localio.proc.uuid_is_local reads 1
      # source: docs/localio.adoc:630
      Then the fact "localio.proc.uuid_is_local" reads "1"

    # source: docs/localio.adoc:636
    Scenario: symbol NFS_LOCALIO_PROGRAM is known
      # source: docs/localio.adoc:636
      Then the symbol "NFS_LOCALIO_PROGRAM" is known

    # source: docs/localio.adoc:636
    Scenario: fact localio.program reads 400122
      # source: docs/localio.adoc:636
      Then the fact "localio.program" reads "400122"

    # source: docs/localio.adoc:637
    Scenario: symbol LOCALIO_V1 is known
      # source: docs/localio.adoc:637
      Then the symbol "LOCALIO_V1" is known

    # source: docs/localio.adoc:637
    Scenario: fact localio.version reads 1
      # source: docs/localio.adoc:637
      Then the fact "localio.version" reads "1"

    # source: docs/localio.adoc:638
    Scenario: symbol LOCALIOPROC_NULL is known
      # source: docs/localio.adoc:638
      Then the symbol "LOCALIOPROC_NULL" is known

    # source: docs/localio.adoc:638
    Scenario: fact localio.proc.null reads 0
      # source: docs/localio.adoc:638
      Then the fact "localio.proc.null" reads "0"

    # source: docs/localio.adoc:639
    Scenario: symbol LOCALIOPROC_UUID_IS_LOCAL is known
      # source: docs/localio.adoc:639
      Then the symbol "LOCALIOPROC_UUID_IS_LOCAL" is known

    # source: docs/localio.adoc:639
    Scenario: fact localio.proc.uuid_is_local reads 1
      # source: docs/localio.adoc:639
      Then the fact "localio.proc.uuid_is_local" reads "1"

    # source: docs/localio.adoc:671
    Scenario: fact uuid.size reads 16
      # source: docs/localio.adoc:671
      Then the fact "uuid.size" reads "16"

    # source: docs/localio.adoc:671
    Scenario: symbol UUID_SIZE is known
      # source: docs/localio.adoc:671
      Then the symbol "UUID_SIZE" is known

    # source: docs/localio.adoc:673
    Scenario: symbol encode_opaque_fixed() is known
      # source: docs/localio.adoc:673
      Then the symbol "encode_opaque_fixed()" is known

    # source: docs/localio.adoc:675
    Scenario: symbol nfs_common is known
      # source: docs/localio.adoc:675
      Then the symbol "nfs_common" is known

    # source: docs/localio.adoc:678
    Scenario: fact uuid.size reads 16
      # source: docs/localio.adoc:678
      Then the fact "uuid.size" reads "16"

    # source: docs/localio.adoc:681
    Scenario: fact uuid.size reads 16
      # source: docs/localio.adoc:681
      Then the fact "uuid.size" reads "16"

    # source: docs/localio.adoc:679
    Scenario: symbol localio_decode_uuidarg() is known
      # source: docs/localio.adoc:679
      Then the symbol "localio_decode_uuidarg()" is known

    # source: docs/localio.adoc:679
    Scenario: symbol svc_process() is known
      # source: docs/localio.adoc:679
      Then the symbol "svc_process()" is known

    # source: docs/localio.adoc:686
    Scenario: fact uuid.size reads 16
      # source: docs/localio.adoc:686
      Then the fact "uuid.size" reads "16"

    # source: docs/localio.adoc:703
    Scenario: symbol rpc_bind_new_program() is known
      # source: docs/localio.adoc:703
      Then the symbol "rpc_bind_new_program()" is known

    # source: docs/localio.adoc:703
    Scenario: symbol nfs_client is known
      # source: docs/localio.adoc:703
      Then the symbol "nfs_client" is known

    # source: docs/localio.adoc:703
    Scenario: symbol cl_rpcclient is known
      # source: docs/localio.adoc:703
      Then the symbol "cl_rpcclient" is known

    # source: docs/localio.adoc:726
    Scenario: fact localio.proc.null reads 0
      # source: docs/localio.adoc:726
      Then the fact "localio.proc.null" reads "0"

    # source: docs/localio.adoc:725
    Scenario: symbol rpc_bind_new_program() is known
      # source: docs/localio.adoc:725
      Then the symbol "rpc_bind_new_program()" is known

    # source: docs/localio.adoc:727
    Scenario: symbol CONFIG_NFS_LOCALIO is known
      # source: docs/localio.adoc:727
      Then the symbol "CONFIG_NFS_LOCALIO" is known

    # source: docs/localio.adoc:728
    Scenario: symbol PROG_UNAVAIL is known
      # source: docs/localio.adoc:728
      Then the symbol "PROG_UNAVAIL" is known

  # source: docs/localio.adoc:746
  Rule: NFS Common and Client/Server Handshake

    # source: docs/localio.adoc:749
    Scenario: symbol nfs_uuids is known
      # source: docs/localio.adoc:749
      Then the symbol "nfs_uuids" is known

    # source: docs/localio.adoc:749
    Scenario: symbol nfs_uuid_lock is known
      # source: docs/localio.adoc:749
      Then the symbol "nfs_uuid_lock" is known

    # source: docs/localio.adoc:750
    Scenario: symbol nfs_to is known
      # source: docs/localio.adoc:750
      Then the symbol "nfs_to" is known

    # source: docs/localio.adoc:751
    Scenario: symbol nfsd_localio_ops_init() is known
      # source: docs/localio.adoc:751
      Then the symbol "nfsd_localio_ops_init()" is known

    # source: docs/localio.adoc:751
    Scenario: symbol nfs_client is known
      # source: docs/localio.adoc:751
      Then the symbol "nfs_client" is known

    # source: docs/localio.adoc:752
    Scenario: symbol nfs_uuid_t is known
      # source: docs/localio.adoc:752
      Then the symbol "nfs_uuid_t" is known

    # source: docs/localio.adoc:752
    Scenario: symbol cl_uuid is known
      # source: docs/localio.adoc:752
      Then the symbol "cl_uuid" is known

    # source: docs/localio.adoc:758
    Scenario: fact nfs.localio_enabled.default reads Y
      # source: docs/localio.adoc:758
      Then the fact "nfs.localio_enabled.default" reads "Y"

    # source: docs/localio.adoc:756
    Scenario: symbol nfs_get_client() is known
      # source: docs/localio.adoc:756
      Then the symbol "nfs_get_client()" is known

    # source: docs/localio.adoc:757
    Scenario: symbol nfs_client is known
      # source: docs/localio.adoc:757
      Then the symbol "nfs_client" is known

    # source: docs/localio.adoc:757
    Scenario: symbol nfs_local_probe() is known
      # source: docs/localio.adoc:757
      Then the symbol "nfs_local_probe()" is known

    # source: docs/localio.adoc:758
    Scenario: symbol nfs.localio_enabled is known
      # source: docs/localio.adoc:758
      Then the symbol "nfs.localio_enabled" is known

    # source: docs/localio.adoc:760
    Scenario: symbol nfs_uuid_begin() is known
      # source: docs/localio.adoc:760
      Then the symbol "nfs_uuid_begin()" is known

    # source: docs/localio.adoc:760
    Scenario: symbol nfs_uuid_t is known
      # source: docs/localio.adoc:760
      Then the symbol "nfs_uuid_t" is known

    # source: docs/localio.adoc:761
    Scenario: symbol nfs_uuids is known
      # source: docs/localio.adoc:761
      Then the symbol "nfs_uuids" is known

    # source: docs/localio.adoc:768
    Scenario: symbol nfs_uuid_is_local() is known
      # source: docs/localio.adoc:768
      Then the symbol "nfs_uuid_is_local()" is known

    # source: docs/localio.adoc:769
    Scenario: symbol rqstp->rq_client is known
      # source: docs/localio.adoc:769
      Then the symbol "rqstp->rq_client" is known

    # source: docs/localio.adoc:770
    Scenario: symbol nn->local_clients is known
      # source: docs/localio.adoc:770
      Then the symbol "nn->local_clients" is known

    # source: docs/localio.adoc:770
    Scenario: symbol nfs_uuids is known
      # source: docs/localio.adoc:770
      Then the symbol "nfs_uuids" is known

    # source: docs/localio.adoc:770
    Scenario: symbol nfs_uuid_is_local() is known
      # source: docs/localio.adoc:770
      Then the symbol "nfs_uuid_is_local()" is known

    # source: docs/localio.adoc:771
    Scenario: symbol nfs_uuid_t is known
      # source: docs/localio.adoc:771
      Then the symbol "nfs_uuid_t" is known

    # source: docs/localio.adoc:771
    Scenario: symbol nn->local_clients is known
      # source: docs/localio.adoc:771
      Then the symbol "nn->local_clients" is known

    # source: docs/localio.adoc:772
    Scenario: symbol rcu_assign_pointer() is known
      # source: docs/localio.adoc:772
      Then the symbol "rcu_assign_pointer()" is known

    # source: docs/localio.adoc:775
    Scenario: symbol nfs_local_enable() is known
      # source: docs/localio.adoc:775
      Then the symbol "nfs_local_enable()" is known

    # source: docs/localio.adoc:775
    Scenario: symbol NFS_CS_LOCAL_IO is known
      # source: docs/localio.adoc:775
      Then the symbol "NFS_CS_LOCAL_IO" is known

    # source: docs/localio.adoc:777
    Scenario: symbol nfs_uuid_t is known
      # source: docs/localio.adoc:777
      Then the symbol "nfs_uuid_t" is known

    # source: docs/localio.adoc:777
    Scenario: symbol nn->nfsd_serv is known
      # source: docs/localio.adoc:777
      Then the symbol "nn->nfsd_serv" is known

    # source: docs/localio.adoc:778
    Scenario: symbol nfs_uuid_is_local() is known
      # source: docs/localio.adoc:778
      Then the symbol "nfs_uuid_is_local()" is known

    # source: docs/localio.adoc:779
    Scenario: symbol nfs_uuids is known
      # source: docs/localio.adoc:779
      Then the symbol "nfs_uuids" is known

    # source: docs/localio.adoc:779
    Scenario: symbol nn->local_clients is known
      # source: docs/localio.adoc:779
      Then the symbol "nn->local_clients" is known

    # source: docs/localio.adoc:779
    Scenario: symbol struct nfsd_net is known
      # source: docs/localio.adoc:779
      Then the symbol "struct nfsd_net" is known

    # source: docs/localio.adoc:779
    Scenario: symbol nfsd_serv is known
      # source: docs/localio.adoc:779
      Then the symbol "nfsd_serv" is known

    # source: docs/localio.adoc:825
    Scenario: symbol nfs_uuid_end() is known
      # source: docs/localio.adoc:825
      Then the symbol "nfs_uuid_end()" is known

    # source: docs/localio.adoc:825
    Scenario: symbol nfs_uuids is known
      # source: docs/localio.adoc:825
      Then the symbol "nfs_uuids" is known

    # source: docs/localio.adoc:846
    Scenario: symbol nfs_uuid_t is known
      # source: docs/localio.adoc:846
      Then the symbol "nfs_uuid_t" is known

    # source: docs/localio.adoc:847
    Scenario: symbol struct nfsd_net is known
      # source: docs/localio.adoc:847
      Then the symbol "struct nfsd_net" is known

    # source: docs/localio.adoc:847
    Scenario: symbol net_generic() is known
      # source: docs/localio.adoc:847
      Then the symbol "net_generic()" is known

    # source: docs/localio.adoc:847
    Scenario: symbol nn->nfsd_serv is known
      # source: docs/localio.adoc:847
      Then the symbol "nn->nfsd_serv" is known

  # source: docs/localio.adoc:854
  Rule: NFS Client and Server Interlock

    # source: docs/localio.adoc:858
    Scenario: symbol nfs_uuid_t is known
      # source: docs/localio.adoc:858
      Then the symbol "nfs_uuid_t" is known

    # source: docs/localio.adoc:892
    Scenario: fact uuid.size reads 16
      # source: docs/localio.adoc:892
      Then the fact "uuid.size" reads "16"

    # source: docs/localio.adoc:891
    Scenario: symbol nfs_client is known
      # source: docs/localio.adoc:891
      Then the symbol "nfs_client" is known

    # source: docs/localio.adoc:891
    Scenario: symbol nfs_uuid_t is known
      # source: docs/localio.adoc:891
      Then the symbol "nfs_uuid_t" is known

    # source: docs/localio.adoc:891
    Scenario: symbol cl_uuid is known
      # source: docs/localio.adoc:891
      Then the symbol "cl_uuid" is known

    # source: docs/localio.adoc:892
    Scenario: symbol nfs_client is known
      # source: docs/localio.adoc:892
      Then the symbol "nfs_client" is known

    # source: docs/localio.adoc:893
    Scenario: symbol nfs_uuid_t is known
      # source: docs/localio.adoc:893
      Then the symbol "nfs_uuid_t" is known

    # source: docs/localio.adoc:894
    Scenario: symbol nfs_client is known
      # source: docs/localio.adoc:894
      Then the symbol "nfs_client" is known

    # source: docs/localio.adoc:894
    Scenario: symbol nfs_free_client() is known
      # source: docs/localio.adoc:894
      Then the symbol "nfs_free_client()" is known

    # source: docs/localio.adoc:895
    Scenario: symbol nfs_local_disable() is known
      # source: docs/localio.adoc:895
      Then the symbol "nfs_local_disable()" is known

    # source: docs/localio.adoc:909
    Scenario: symbol nfs_uuid_t is known
      # source: docs/localio.adoc:909
      Then the symbol "nfs_uuid_t" is known

    # source: docs/localio.adoc:909
    Scenario: symbol nn->local_clients is known
      # source: docs/localio.adoc:909
      Then the symbol "nn->local_clients" is known

    # source: docs/localio.adoc:924
    Scenario: symbol pre_exit is known
      # source: docs/localio.adoc:924
      Then the symbol "pre_exit" is known

    # source: docs/localio.adoc:924
    Scenario: symbol nfsd_net_pre_exit() is known
      # source: docs/localio.adoc:924
      Then the symbol "nfsd_net_pre_exit()" is known

    # source: docs/localio.adoc:925
    Scenario: symbol nfs_uuid_invalidate_clients() is known
      # source: docs/localio.adoc:925
      Then the symbol "nfs_uuid_invalidate_clients()" is known

    # source: docs/localio.adoc:929
    Scenario: symbol cleanup_net() is known
      # source: docs/localio.adoc:929
      Then the symbol "cleanup_net()" is known

    # source: docs/localio.adoc:930
    Scenario: symbol pre_exit is known
      # source: docs/localio.adoc:930
      Then the symbol "pre_exit" is known

    # source: docs/localio.adoc:930
    Scenario: symbol synchronize_rcu() is known
      # source: docs/localio.adoc:930
      Then the symbol "synchronize_rcu()" is known

    # source: docs/localio.adoc:931
    Scenario: symbol nfsd_net is known
      # source: docs/localio.adoc:931
      Then the symbol "nfsd_net" is known

    # source: docs/localio.adoc:933
    Scenario: symbol pre_exit is known
      # source: docs/localio.adoc:933
      Then the symbol "pre_exit" is known

    # source: docs/localio.adoc:934
    Scenario: symbol synchronize_rcu() is known
      # source: docs/localio.adoc:934
      Then the symbol "synchronize_rcu()" is known

    # source: docs/localio.adoc:934
    Scenario: symbol cleanup_net() is known
      # source: docs/localio.adoc:934
      Then the symbol "cleanup_net()" is known

    # source: docs/localio.adoc:950
    Scenario: symbol nfs_uuid_t is known
      # source: docs/localio.adoc:950
      Then the symbol "nfs_uuid_t" is known

    # source: docs/localio.adoc:950
    Scenario: symbol nfs_open_local_fh() is known
      # source: docs/localio.adoc:950
      Then the symbol "nfs_open_local_fh()" is known

    # source: docs/localio.adoc:951
    Scenario: symbol nfs_common is known
      # source: docs/localio.adoc:951
      Then the symbol "nfs_common" is known

    # source: docs/localio.adoc:951
    Scenario: symbol rcu_read_lock() is known
      # source: docs/localio.adoc:951
      Then the symbol "rcu_read_lock()" is known

    # source: docs/localio.adoc:951
    Scenario: symbol rcu_dereference() is known
      # source: docs/localio.adoc:951
      Then the symbol "rcu_dereference()" is known

    # source: docs/localio.adoc:952
    Scenario: symbol nfsd_open_local_fh() is known
      # source: docs/localio.adoc:952
      Then the symbol "nfsd_open_local_fh()" is known

    # source: docs/localio.adoc:953
    Scenario: symbol nfs_uuid_t is known
      # source: docs/localio.adoc:953
      Then the symbol "nfs_uuid_t" is known

    # source: docs/localio.adoc:955
    Scenario: symbol nfs_uuid_t is known
      # source: docs/localio.adoc:955
      Then the symbol "nfs_uuid_t" is known

    # source: docs/localio.adoc:956
    Scenario: symbol rcu_read_lock() is known
      # source: docs/localio.adoc:956
      Then the symbol "rcu_read_lock()" is known

    # source: docs/localio.adoc:956
    Scenario: symbol nfs_uuid_t is known
      # source: docs/localio.adoc:956
      Then the symbol "nfs_uuid_t" is known

    # source: docs/localio.adoc:957
    Scenario: symbol nfs_common is known
      # source: docs/localio.adoc:957
      Then the symbol "nfs_common" is known

    # source: docs/localio.adoc:957
    Scenario: symbol nfs_open_local_fh() is known
      # source: docs/localio.adoc:957
      Then the symbol "nfs_open_local_fh()" is known

    # source: docs/localio.adoc:960
    Scenario: symbol nn->nfsd_serv_ref is known
      # source: docs/localio.adoc:960
      Then the symbol "nn->nfsd_serv_ref" is known

    # source: docs/localio.adoc:960
    Scenario: symbol nfsd_destroy_serv() is known
      # source: docs/localio.adoc:960
      Then the symbol "nfsd_destroy_serv()" is known

    # source: docs/localio.adoc:964
    Scenario: symbol nfsd_serv_try_get() is known
      # source: docs/localio.adoc:964
      Then the symbol "nfsd_serv_try_get()" is known

    # source: docs/localio.adoc:964
    Scenario: symbol percpu_ref_tryget_live() is known
      # source: docs/localio.adoc:964
      Then the symbol "percpu_ref_tryget_live()" is known

    # source: docs/localio.adoc:965
    Scenario: symbol nfsd_file is known
      # source: docs/localio.adoc:965
      Then the symbol "nfsd_file" is known

    # source: docs/localio.adoc:966
    Scenario: symbol nfs_to_nfsd_file_put_local() is known
      # source: docs/localio.adoc:966
      Then the symbol "nfs_to_nfsd_file_put_local()" is known

    # source: docs/localio.adoc:967
    Scenario: symbol nfsd_file_put_local() is known
      # source: docs/localio.adoc:967
      Then the symbol "nfsd_file_put_local()" is known

    # source: docs/localio.adoc:972
    Scenario: symbol nfsd_file_put_local() is known
      # source: docs/localio.adoc:972
      Then the symbol "nfsd_file_put_local()" is known

    # source: docs/localio.adoc:974
    Scenario: symbol nfsd_serv_put() is known
      # source: docs/localio.adoc:974
      Then the symbol "nfsd_serv_put()" is known

    # source: docs/localio.adoc:979
    Scenario: symbol nfs_to_nfsd_file_put_local() is known
      # source: docs/localio.adoc:979
      Then the symbol "nfs_to_nfsd_file_put_local()" is known

    # source: docs/localio.adoc:980
    Scenario: symbol nfsd_file_put_local() is known
      # source: docs/localio.adoc:980
      Then the symbol "nfsd_file_put_local()" is known

    # source: docs/localio.adoc:982
    Scenario: symbol rcu_read_unlock() is known
      # source: docs/localio.adoc:982
      Then the symbol "rcu_read_unlock()" is known

    # source: docs/localio.adoc:985
    Scenario: symbol nfsd_destroy_serv() is known
      # source: docs/localio.adoc:985
      Then the symbol "nfsd_destroy_serv()" is known

    # source: docs/localio.adoc:987
    Scenario: symbol nfsd_net is known
      # source: docs/localio.adoc:987
      Then the symbol "nfsd_net" is known

    # source: docs/localio.adoc:988
    Scenario: symbol nfs_open_local_fh() is known
      # source: docs/localio.adoc:988
      Then the symbol "nfs_open_local_fh()" is known

    # source: docs/localio.adoc:989
    Scenario: symbol nfsd_create_serv() is known
      # source: docs/localio.adoc:989
      Then the symbol "nfsd_create_serv()" is known

    # source: docs/localio.adoc:990
    Scenario: symbol nfsd_destroy_serv() is known
      # source: docs/localio.adoc:990
      Then the symbol "nfsd_destroy_serv()" is known

    # source: docs/localio.adoc:1012
    Scenario: symbol nfsd_destroy_serv() is known
      # source: docs/localio.adoc:1012
      Then the symbol "nfsd_destroy_serv()" is known

    # source: docs/localio.adoc:1014
    Scenario: symbol nn->nfsd_serv is known
      # source: docs/localio.adoc:1014
      Then the symbol "nn->nfsd_serv" is known

    # source: docs/localio.adoc:1015
    Scenario: symbol nfsd_shutdown_net() is known
      # source: docs/localio.adoc:1015
      Then the symbol "nfsd_shutdown_net()" is known

    # source: docs/localio.adoc:1015
    Scenario: symbol percpu_ref_exit() is known
      # source: docs/localio.adoc:1015
      Then the symbol "percpu_ref_exit()" is known

    # source: docs/localio.adoc:1015
    Scenario: symbol nfsd_create_serv() is known
      # source: docs/localio.adoc:1015
      Then the symbol "nfsd_create_serv()" is known

    # source: docs/localio.adoc:1037
    Scenario: symbol struct net is known
      # source: docs/localio.adoc:1037
      Then the symbol "struct net" is known

    # source: docs/localio.adoc:1037
    Scenario: symbol struct nfsd_net is known
      # source: docs/localio.adoc:1037
      Then the symbol "struct nfsd_net" is known

    # source: docs/localio.adoc:1038
    Scenario: symbol rcu_read_unlock() is known
      # source: docs/localio.adoc:1038
      Then the symbol "rcu_read_unlock()" is known

    # source: docs/localio.adoc:1040
    Scenario: symbol nn->nfsd_serv_ref is known
      # source: docs/localio.adoc:1040
      Then the symbol "nn->nfsd_serv_ref" is known

    # source: docs/localio.adoc:1041
    Scenario: symbol nfsd_destroy_serv() is known
      # source: docs/localio.adoc:1041
      Then the symbol "nfsd_destroy_serv()" is known

    # source: docs/localio.adoc:1042
    Scenario: symbol struct net is known
      # source: docs/localio.adoc:1042
      Then the symbol "struct net" is known

    # source: docs/localio.adoc:1042
    Scenario: symbol struct nfsd_net is known
      # source: docs/localio.adoc:1042
      Then the symbol "struct nfsd_net" is known

    # source: docs/localio.adoc:1043
    Scenario: symbol nfsd_serv_put() is known
      # source: docs/localio.adoc:1043
      Then the symbol "nfsd_serv_put()" is known

    # source: docs/localio.adoc:1043
    Scenario: symbol nfsd_file_put_local() is known
      # source: docs/localio.adoc:1043
      Then the symbol "nfsd_file_put_local()" is known

    # source: docs/localio.adoc:1045
    Scenario: symbol nfsd_file is known
      # source: docs/localio.adoc:1045
      Then the symbol "nfsd_file" is known

    # source: docs/localio.adoc:1047
    Scenario: symbol nfsd_file_put_local() is known
      # source: docs/localio.adoc:1047
      Then the symbol "nfsd_file_put_local()" is known

    # source: docs/localio.adoc:1051
    Scenario: symbol pre_exit is known
      # source: docs/localio.adoc:1051
      Then the symbol "pre_exit" is known

    # source: docs/localio.adoc:1054
    Scenario: symbol nfs_to is known
      # source: docs/localio.adoc:1054
      Then the symbol "nfs_to" is known

    # source: docs/localio.adoc:1055
    Scenario: symbol pre_exit is known
      # source: docs/localio.adoc:1055
      Then the symbol "pre_exit" is known

    # source: docs/localio.adoc:1059
    Scenario: symbol nfs_uuid_is_local() is known
      # source: docs/localio.adoc:1059
      Then the symbol "nfs_uuid_is_local()" is known

    # source: docs/localio.adoc:1060
    Scenario: symbol localio_proc_uuid_is_local() is known
      # source: docs/localio.adoc:1060
      Then the symbol "localio_proc_uuid_is_local()" is known

    # source: docs/localio.adoc:1060
    Scenario: symbol __module_get() is known
      # source: docs/localio.adoc:1060
      Then the symbol "__module_get()" is known

    # source: docs/localio.adoc:1061
    Scenario: symbol nfs_uuid_put_locked() is known
      # source: docs/localio.adoc:1061
      Then the symbol "nfs_uuid_put_locked()" is known

    # source: docs/localio.adoc:1061
    Scenario: symbol module_put() is known
      # source: docs/localio.adoc:1061
      Then the symbol "module_put()" is known

    # source: docs/localio.adoc:1062
    Scenario: symbol pre_exit is known
      # source: docs/localio.adoc:1062
      Then the symbol "pre_exit" is known

    # source: docs/localio.adoc:1063
    Scenario: symbol nfs_to is known
      # source: docs/localio.adoc:1063
      Then the symbol "nfs_to" is known

    # source: docs/localio.adoc:1081
    Scenario: symbol nn->nfsd_net_ref is known
      # source: docs/localio.adoc:1081
      Then the symbol "nn->nfsd_net_ref" is known

    # source: docs/localio.adoc:1082
    Scenario: symbol nfsd_net_try_get() is known
      # source: docs/localio.adoc:1082
      Then the symbol "nfsd_net_try_get()" is known

    # source: docs/localio.adoc:1082
    Scenario: symbol nfsd_shutdown_net() is known
      # source: docs/localio.adoc:1082
      Then the symbol "nfsd_shutdown_net()" is known

    # source: docs/localio.adoc:1082
    Scenario: symbol nfsd_destroy_serv() is known
      # source: docs/localio.adoc:1082
      Then the symbol "nfsd_destroy_serv()" is known

    # source: docs/localio.adoc:1083
    Scenario: symbol nfsd_net is known
      # source: docs/localio.adoc:1083
      Then the symbol "nfsd_net" is known

  # source: docs/localio.adoc:1087
  Rule: NFS Client and Server Interlock › The crash the interlock fixed

    # source: docs/localio.adoc:1092
    Scenario: symbol nn->nfsd_serv is known
      # source: docs/localio.adoc:1092
      Then the symbol "nn->nfsd_serv" is known

    # source: docs/localio.adoc:1092
    Scenario: symbol nfsd_serv_try_get() is known
      # source: docs/localio.adoc:1092
      Then the symbol "nfsd_serv_try_get()" is known

    # source: docs/localio.adoc:1093
    Scenario: symbol nfsd_serv_put() is known
      # source: docs/localio.adoc:1093
      Then the symbol "nfsd_serv_put()" is known

    # source: docs/localio.adoc:1094
    Scenario: symbol pre_exit is known
      # source: docs/localio.adoc:1094
      Then the symbol "pre_exit" is known

    # source: docs/localio.adoc:1099
    Scenario: symbol nn->nfsd_serv is known
      # source: docs/localio.adoc:1099
      Then the symbol "nn->nfsd_serv" is known

    # source: docs/localio.adoc:1100
    Scenario: symbol pre_exit is known
      # source: docs/localio.adoc:1100
      Then the symbol "pre_exit" is known

    # source: docs/localio.adoc:1105
    Scenario: symbol nn->nfsd_serv is known
      # source: docs/localio.adoc:1105
      Then the symbol "nn->nfsd_serv" is known

    # source: docs/localio.adoc:1137
    Scenario: symbol nn->nfsd_serv is known
      # source: docs/localio.adoc:1137
      Then the symbol "nn->nfsd_serv" is known

    # source: docs/localio.adoc:1144
    Scenario: symbol pre_exit is known
      # source: docs/localio.adoc:1144
      Then the symbol "pre_exit" is known

    # source: docs/localio.adoc:1145
    Scenario: symbol -ENXIO is known
      # source: docs/localio.adoc:1145
      Then the symbol "-ENXIO" is known

  # source: docs/localio.adoc:1174
  Rule: NFS Client and Server Interlock › Under the interleavings a model checker explores

    # source: docs/localio.adoc:1177
    Scenario: symbol nfsd_destroy_serv() is known
      # source: docs/localio.adoc:1177
      Then the symbol "nfsd_destroy_serv()" is known

    # source: docs/_interlock-interleavings.adoc:17
    Scenario: symbol nfs_uuid_t is known
      # source: docs/_interlock-interleavings.adoc:17
      Then the symbol "nfs_uuid_t" is known

    # source: docs/_interlock-interleavings.adoc:17
    Scenario: symbol nn->local_clients is known
      # source: docs/_interlock-interleavings.adoc:17
      Then the symbol "nn->local_clients" is known

    # source: docs/_interlock-interleavings.adoc:18
    Scenario: symbol nfs_common is known
      # source: docs/_interlock-interleavings.adoc:18
      Then the symbol "nfs_common" is known

    # source: docs/_interlock-interleavings.adoc:19
    Scenario: symbol nfs_open_local_fh() is known
      # source: docs/_interlock-interleavings.adoc:19
      Then the symbol "nfs_open_local_fh()" is known

    # source: docs/_interlock-interleavings.adoc:19
    Scenario: symbol nfs_to_nfsd_file_put_local() is known
      # source: docs/_interlock-interleavings.adoc:19
      Then the symbol "nfs_to_nfsd_file_put_local()" is known

    # source: docs/_interlock-interleavings.adoc:31
    Scenario: symbol nfsd_destroy_serv() is known
      # source: docs/_interlock-interleavings.adoc:31
      Then the symbol "nfsd_destroy_serv()" is known

    # source: docs/_interlock-interleavings.adoc:33
    Scenario: symbol -ENXIO is known
      # source: docs/_interlock-interleavings.adoc:33
      Then the symbol "-ENXIO" is known

    # source: docs/_interlock-interleavings.adoc:33
    Scenario: symbol nfsd_destroy_serv() is known
      # source: docs/_interlock-interleavings.adoc:33
      Then the symbol "nfsd_destroy_serv()" is known

    # source: docs/_interlock-interleavings.adoc:53
    Scenario: symbol cleanup_net() is known
      # source: docs/_interlock-interleavings.adoc:53
      Then the symbol "cleanup_net()" is known

    # source: docs/_interlock-interleavings.adoc:53
    Scenario: symbol pre_exit is known
      # source: docs/_interlock-interleavings.adoc:53
      Then the symbol "pre_exit" is known

    # source: docs/_interlock-interleavings.adoc:54
    Scenario: symbol synchronize_rcu() is known
      # source: docs/_interlock-interleavings.adoc:54
      Then the symbol "synchronize_rcu()" is known

    # source: docs/_interlock-interleavings.adoc:55
    Scenario: symbol nfsd_net is known
      # source: docs/_interlock-interleavings.adoc:55
      Then the symbol "nfsd_net" is known

    # source: docs/_interlock-interleavings.adoc:55
    Scenario: symbol -ENXIO is known
      # source: docs/_interlock-interleavings.adoc:55
      Then the symbol "-ENXIO" is known

    # source: docs/_interlock-interleavings.adoc:75
    Scenario: symbol nn->nfsd_serv is known
      # source: docs/_interlock-interleavings.adoc:75
      Then the symbol "nn->nfsd_serv" is known

    # source: docs/_interlock-interleavings.adoc:77
    Scenario: symbol cleanup_net() is known
      # source: docs/_interlock-interleavings.adoc:77
      Then the symbol "cleanup_net()" is known

    # source: docs/_interlock-interleavings.adoc:105
    Scenario: symbol synchronize_rcu() is known
      # source: docs/_interlock-interleavings.adoc:105
      Then the symbol "synchronize_rcu()" is known

    # source: docs/_interlock-interleavings.adoc:106
    Scenario: symbol synchronize_rcu() is known
      # source: docs/_interlock-interleavings.adoc:106
      Then the symbol "synchronize_rcu()" is known

    # source: docs/_interlock-interleavings.adoc:124
    Scenario: symbol percpu_ref_kill_and_confirm() is known
      # source: docs/_interlock-interleavings.adoc:124
      Then the symbol "percpu_ref_kill_and_confirm()" is known

    # source: docs/_interlock-interleavings.adoc:124
    Scenario: symbol percpu_ref_tryget_live() is known
      # source: docs/_interlock-interleavings.adoc:124
      Then the symbol "percpu_ref_tryget_live()" is known

    # source: docs/_interlock-interleavings.adoc:126
    Scenario: symbol nfsd_destroy_serv() is known
      # source: docs/_interlock-interleavings.adoc:126
      Then the symbol "nfsd_destroy_serv()" is known

  # source: docs/localio.adoc:1184
  Rule: NFS Client issues IO instead of Server

    # source: docs/localio.adoc:1192
    Scenario: fact fh.max reads 128
      # source: docs/localio.adoc:1192
      Then the fact "fh.max" reads "128"

    # source: docs/localio.adoc:1189
    Scenario: symbol nfs_local_open_fh() is known
      # source: docs/localio.adoc:1189
      Then the symbol "nfs_local_open_fh()" is known

    # source: docs/localio.adoc:1190
    Scenario: symbol nfs_open_local_fh() is known
      # source: docs/localio.adoc:1190
      Then the symbol "nfs_open_local_fh()" is known

    # source: docs/localio.adoc:1190
    Scenario: symbol nfs_common is known
      # source: docs/localio.adoc:1190
      Then the symbol "nfs_common" is known

    # source: docs/localio.adoc:1190
    Scenario: symbol nfsd_open_local_fh() is known
      # source: docs/localio.adoc:1190
      Then the symbol "nfsd_open_local_fh()" is known

    # source: docs/localio.adoc:1192
    Scenario: symbol NFS4_FHSIZE is known
      # source: docs/localio.adoc:1192
      Then the symbol "NFS4_FHSIZE" is known

    # source: docs/localio.adoc:1192
    Scenario: symbol -EINVAL is known
      # source: docs/localio.adoc:1192
      Then the symbol "-EINVAL" is known

    # source: docs/localio.adoc:1192
    Scenario: symbol NFSD_MAY_LOCALIO is known
      # source: docs/localio.adoc:1192
      Then the symbol "NFSD_MAY_LOCALIO" is known

    # source: docs/localio.adoc:1193
    Scenario: symbol nfsd_file_acquire_local() is known
      # source: docs/localio.adoc:1193
      Then the symbol "nfsd_file_acquire_local()" is known

    # source: docs/localio.adoc:1194
    Scenario: symbol nfsd_file is known
      # source: docs/localio.adoc:1194
      Then the symbol "nfsd_file" is known

    # source: docs/localio.adoc:1198
    Scenario: symbol nfs_open_local_fh() is known
      # source: docs/localio.adoc:1198
      Then the symbol "nfs_open_local_fh()" is known

    # source: docs/localio.adoc:1198
    Scenario: symbol -ENXIO is known
      # source: docs/localio.adoc:1198
      Then the symbol "-ENXIO" is known

    # source: docs/localio.adoc:1199
    Scenario: symbol nfsd_serv_try_get() is known
      # source: docs/localio.adoc:1199
      Then the symbol "nfsd_serv_try_get()" is known

    # source: docs/localio.adoc:1200
    Scenario: symbol nn->nfsd_serv is known
      # source: docs/localio.adoc:1200
      Then the symbol "nn->nfsd_serv" is known

    # source: docs/localio.adoc:1202
    Scenario: symbol nfsd_open_local_fh() is known
      # source: docs/localio.adoc:1202
      Then the symbol "nfsd_open_local_fh()" is known

    # source: docs/localio.adoc:1203
    Scenario: symbol nfs_stat_to_errno() is known
      # source: docs/localio.adoc:1203
      Then the symbol "nfs_stat_to_errno()" is known

    # source: docs/localio.adoc:1203
    Scenario: symbol NFSERR_NXIO is known
      # source: docs/localio.adoc:1203
      Then the symbol "NFSERR_NXIO" is known

    # source: docs/localio.adoc:1203
    Scenario: symbol -ENXIO is known
      # source: docs/localio.adoc:1203
      Then the symbol "-ENXIO" is known

    # source: docs/localio.adoc:1204
    Scenario: symbol -ENXIO is known
      # source: docs/localio.adoc:1204
      Then the symbol "-ENXIO" is known

    # source: docs/localio.adoc:1204
    Scenario: symbol nfserrno() is known
      # source: docs/localio.adoc:1204
      Then the symbol "nfserrno()" is known

    # source: docs/localio.adoc:1205
    Scenario: symbol nfs_local_open_fh() is known
      # source: docs/localio.adoc:1205
      Then the symbol "nfs_local_open_fh()" is known

    # source: docs/localio.adoc:1207
    Scenario: symbol -ENXIO is known
      # source: docs/localio.adoc:1207
      Then the symbol "-ENXIO" is known

    # source: docs/localio.adoc:1207
    Scenario: symbol nfsd_open_local_fh() is known
      # source: docs/localio.adoc:1207
      Then the symbol "nfsd_open_local_fh()" is known

    # source: docs/localio.adoc:1208
    Scenario: symbol nn->nfsd_serv is known
      # source: docs/localio.adoc:1208
      Then the symbol "nn->nfsd_serv" is known

    # source: docs/localio.adoc:1208
    Scenario: symbol nn->nfsd_serv is known
      # source: docs/localio.adoc:1208
      Then the symbol "nn->nfsd_serv" is known

    # source: docs/localio.adoc:1208
    Scenario: symbol -ENXIO is known
      # source: docs/localio.adoc:1208
      Then the symbol "-ENXIO" is known

    # source: docs/localio.adoc:1209
    Scenario: symbol nfsd_serv_try_get() is known
      # source: docs/localio.adoc:1209
      Then the symbol "nfsd_serv_try_get()" is known

    # source: docs/localio.adoc:1209
    Scenario: symbol nfs_open_local_fh() is known
      # source: docs/localio.adoc:1209
      Then the symbol "nfs_open_local_fh()" is known

    # source: docs/localio.adoc:1210
    Scenario: symbol nfs_common is known
      # source: docs/localio.adoc:1210
      Then the symbol "nfs_common" is known

    # source: docs/localio.adoc:1239
    Scenario: symbol -ENXIO is known
      # source: docs/localio.adoc:1239
      Then the symbol "-ENXIO" is known

    # source: docs/localio.adoc:1239
    Scenario: symbol nfs_local_open_fh() is known
      # source: docs/localio.adoc:1239
      Then the symbol "nfs_local_open_fh()" is known

    # source: docs/localio.adoc:1239
    Scenario: symbol nfs_local_probe() is known
      # source: docs/localio.adoc:1239
      Then the symbol "nfs_local_probe()" is known

    # source: docs/localio.adoc:1241
    Scenario: symbol -EACCES is known
      # source: docs/localio.adoc:1241
      Then the symbol "-EACCES" is known

    # source: docs/localio.adoc:1241
    Scenario: symbol -ESTALE is known
      # source: docs/localio.adoc:1241
      Then the symbol "-ESTALE" is known

    # source: docs/localio.adoc:1244
    Scenario: symbol -ENOMEM is known
      # source: docs/localio.adoc:1244
      Then the symbol "-ENOMEM" is known

    # source: docs/localio.adoc:1244
    Scenario: symbol -ENOENT is known
      # source: docs/localio.adoc:1244
      Then the symbol "-ENOENT" is known

    # source: docs/localio.adoc:1244
    Scenario: symbol -ENXIO is known
      # source: docs/localio.adoc:1244
      Then the symbol "-ENXIO" is known

    # source: docs/localio.adoc:1244
    Scenario: symbol nfs_local_open_fh() is known
      # source: docs/localio.adoc:1244
      Then the symbol "nfs_local_open_fh()" is known

    # source: docs/localio.adoc:1288
    Scenario: symbol nfs_client is known
      # source: docs/localio.adoc:1288
      Then the symbol "nfs_client" is known

    # source: docs/localio.adoc:1291
    Scenario: symbol nfs_client is known
      # source: docs/localio.adoc:1291
      Then the symbol "nfs_client" is known

    # source: docs/localio.adoc:1292
    Scenario: symbol nfs4_ff_layout_prepare_ds() is known
      # source: docs/localio.adoc:1292
      Then the symbol "nfs4_ff_layout_prepare_ds()" is known

    # source: docs/localio.adoc:1294
    Scenario: symbol nfs_get_client() is known
      # source: docs/localio.adoc:1294
      Then the symbol "nfs_get_client()" is known

    # source: docs/localio.adoc:1313
    Scenario: symbol nfsiod_workqueue is known
      # source: docs/localio.adoc:1313
      Then the symbol "nfsiod_workqueue" is known

    # source: docs/localio.adoc:1315
    Scenario: symbol nfsv3.nfs3_localio_probe_throttle is known
      # source: docs/localio.adoc:1315
      Then the symbol "nfsv3.nfs3_localio_probe_throttle" is known

    # source: docs/localio.adoc:1315
    Scenario: symbol nfsd_file is known
      # source: docs/localio.adoc:1315
      Then the symbol "nfsd_file" is known

    # source: docs/localio.adoc:1319
    Scenario: symbol nfsd_file is known
      # source: docs/localio.adoc:1319
      Then the symbol "nfsd_file" is known

    # source: docs/localio.adoc:1320
    Scenario: symbol nfs_local_doio() is known
      # source: docs/localio.adoc:1320
      Then the symbol "nfs_local_doio()" is known

    # source: docs/localio.adoc:1320
    Scenario: symbol nfs_local_commit() is known
      # source: docs/localio.adoc:1320
      Then the symbol "nfs_local_commit()" is known

    # source: docs/localio.adoc:1345
    Scenario: symbol stable_how is known
      # source: docs/localio.adoc:1345
      Then the symbol "stable_how" is known

    # source: docs/localio.adoc:1348
    Scenario: symbol DATA_SYNC is known
      # source: docs/localio.adoc:1348
      Then the symbol "DATA_SYNC" is known

    # source: docs/localio.adoc:1348
    Scenario: symbol IOCB_DSYNC is known
      # source: docs/localio.adoc:1348
      Then the symbol "IOCB_DSYNC" is known

    # source: docs/localio.adoc:1349
    Scenario: symbol FILE_SYNC is known
      # source: docs/localio.adoc:1349
      Then the symbol "FILE_SYNC" is known

    # source: docs/localio.adoc:1352
    Scenario: symbol cl_nfssvc_boot is known
      # source: docs/localio.adoc:1352
      Then the symbol "cl_nfssvc_boot" is known

    # source: docs/localio.adoc:1353
    Scenario: symbol -ENOSPC is known
      # source: docs/localio.adoc:1353
      Then the symbol "-ENOSPC" is known

    # source: docs/localio.adoc:1356
    Scenario: symbol nfs_local_read_done() is known
      # source: docs/localio.adoc:1356
      Then the symbol "nfs_local_read_done()" is known

    # source: docs/localio.adoc:1362
    Scenario: symbol vfs_fsync_range() is known
      # source: docs/localio.adoc:1362
      Then the symbol "vfs_fsync_range()" is known

  # source: docs/localio.adoc:1388
  Rule: Security

    # source: docs/localio.adoc:1391
    Scenario: symbol nfs_client is known
      # source: docs/localio.adoc:1391
      Then the symbol "nfs_client" is known

    # source: docs/localio.adoc:1400
    Scenario: fact auth_unix.max_groups reads 16
      # source: docs/localio.adoc:1400
      Then the fact "auth_unix.max_groups" reads "16"

    # source: docs/localio.adoc:1405
    Scenario: symbol NFSERR_PERM is known
      # source: docs/localio.adoc:1405
      Then the symbol "NFSERR_PERM" is known

    # source: docs/localio.adoc:1406
    Scenario: symbol nfsd_setuser_and_check_port() is known
      # source: docs/localio.adoc:1406
      Then the symbol "nfsd_setuser_and_check_port()" is known

    # source: docs/localio.adoc:1407
    Scenario: symbol nfsd_file_acquire_local() is known
      # source: docs/localio.adoc:1407
      Then the symbol "nfsd_file_acquire_local()" is known

    # source: docs/localio.adoc:1432
    Scenario: symbol rqstp->rq_client is known
      # source: docs/localio.adoc:1432
      Then the symbol "rqstp->rq_client" is known

    # source: docs/localio.adoc:1433
    Scenario: symbol nfs_uuid_is_local() is known
      # source: docs/localio.adoc:1433
      Then the symbol "nfs_uuid_is_local()" is known

    # source: docs/localio.adoc:1434
    Scenario: symbol nfs_open_local_fh() is known
      # source: docs/localio.adoc:1434
      Then the symbol "nfs_open_local_fh()" is known

    # source: docs/localio.adoc:1434
    Scenario: symbol nfsd_open_local_fh() is known
      # source: docs/localio.adoc:1434
      Then the symbol "nfsd_open_local_fh()" is known

    # source: docs/localio.adoc:1464
    Scenario: symbol nfsd_net is known
      # source: docs/localio.adoc:1464
      Then the symbol "nfsd_net" is known

    # source: docs/localio.adoc:1464
    Scenario: symbol nfsd_net is known
      # source: docs/localio.adoc:1464
      Then the symbol "nfsd_net" is known

  # source: docs/localio.adoc:1469
  Rule: Testing

    # source: docs/localio.adoc:1481
    Scenario: symbol nfs.localio_enabled is known
      # source: docs/localio.adoc:1481
      Then the symbol "nfs.localio_enabled" is known

  # source: docs/localio.adoc:1565
  Rule: After v6.12: the newest mainline

    # source: docs/localio.adoc:1577
    Scenario: symbol struct nfs_open_context is known
      # source: docs/localio.adoc:1577
      Then the symbol "struct nfs_open_context" is known

    # source: docs/localio.adoc:1578
    Scenario: symbol ro_file is known
      # source: docs/localio.adoc:1578
      Then the symbol "ro_file" is known

    # source: docs/localio.adoc:1578
    Scenario: symbol rw_file is known
      # source: docs/localio.adoc:1578
      Then the symbol "rw_file" is known

    # source: docs/localio.adoc:1578
    Scenario: symbol struct nfs_file_localio is known
      # source: docs/localio.adoc:1578
      Then the symbol "struct nfs_file_localio" is known

    # source: docs/localio.adoc:1581
    Scenario: symbol nn->nfsd_net_ref is known
      # source: docs/localio.adoc:1581
      Then the symbol "nn->nfsd_net_ref" is known

    # source: docs/localio.adoc:1581
    Scenario: symbol nn->nfsd_serv_ref is known
      # source: docs/localio.adoc:1581
      Then the symbol "nn->nfsd_serv_ref" is known

    # source: docs/localio.adoc:1582
    Scenario: symbol nfs_close_local_fh() is known
      # source: docs/localio.adoc:1582
      Then the symbol "nfs_close_local_fh()" is known

    # source: docs/localio.adoc:1604
    Scenario: symbol nfsd_destroy_serv() is known
      # source: docs/localio.adoc:1604
      Then the symbol "nfsd_destroy_serv()" is known

    # source: docs/localio.adoc:1604
    Scenario: symbol nn->nfsd_serv is known
      # source: docs/localio.adoc:1604
      Then the symbol "nn->nfsd_serv" is known

    # source: docs/localio.adoc:1604
    Scenario: symbol nfsd_shutdown_net() is known
      # source: docs/localio.adoc:1604
      Then the symbol "nfsd_shutdown_net()" is known

    # source: docs/localio.adoc:1605
    Scenario: symbol nn->nfsd_net_ref is known
      # source: docs/localio.adoc:1605
      Then the symbol "nn->nfsd_net_ref" is known

    # source: docs/localio.adoc:1606
    Scenario: symbol nfs_localio_invalidate_clients() is known
      # source: docs/localio.adoc:1606
      Then the symbol "nfs_localio_invalidate_clients()" is known

    # source: docs/localio.adoc:1607
    Scenario: symbol nn->local_clients is known
      # source: docs/localio.adoc:1607
      Then the symbol "nn->local_clients" is known

    # source: docs/localio.adoc:1607
    Scenario: symbol nfs_localio_disable_client() is known
      # source: docs/localio.adoc:1607
      Then the symbol "nfs_localio_disable_client()" is known

    # source: docs/localio.adoc:1608
    Scenario: symbol nfsd_shutdown_net() is known
      # source: docs/localio.adoc:1608
      Then the symbol "nfsd_shutdown_net()" is known

    # source: docs/localio.adoc:1629
    Scenario: symbol -ENXIO is known
      # source: docs/localio.adoc:1629
      Then the symbol "-ENXIO" is known

    # source: docs/localio.adoc:1632
    Scenario: symbol nfs4_do_reclaim() is known
      # source: docs/localio.adoc:1632
      Then the symbol "nfs4_do_reclaim()" is known

    # source: docs/localio.adoc:1633
    Scenario: symbol nfs3_localio_probe_throttle is known
      # source: docs/localio.adoc:1633
      Then the symbol "nfs3_localio_probe_throttle" is known

    # source: docs/localio.adoc:1634
    Scenario: symbol nfs3_localio_probe() is known
      # source: docs/localio.adoc:1634
      Then the symbol "nfs3_localio_probe()" is known

    # source: docs/localio.adoc:1658
    Scenario: symbol nfs_get_client() is known
      # source: docs/localio.adoc:1658
      Then the symbol "nfs_get_client()" is known

    # source: docs/localio.adoc:1658
    Scenario: symbol nfs4_ff_layout_prepare_ds() is known
      # source: docs/localio.adoc:1658
      Then the symbol "nfs4_ff_layout_prepare_ds()" is known

    # source: docs/localio.adoc:1659
    Scenario: symbol nfs_local_probe_async() is known
      # source: docs/localio.adoc:1659
      Then the symbol "nfs_local_probe_async()" is known

    # source: docs/localio.adoc:1660
    Scenario: symbol -ENOMEM is known
      # source: docs/localio.adoc:1660
      Then the symbol "-ENOMEM" is known

    # source: docs/localio.adoc:1660
    Scenario: symbol -ENXIO is known
      # source: docs/localio.adoc:1660
      Then the symbol "-ENXIO" is known

    # source: docs/localio.adoc:1660
    Scenario: symbol -ENOENT is known
      # source: docs/localio.adoc:1660
      Then the symbol "-ENOENT" is known

    # source: docs/localio.adoc:1680
    Scenario: symbol nfs4_ff_layout_prepare_ds() is known
      # source: docs/localio.adoc:1680
      Then the symbol "nfs4_ff_layout_prepare_ds()" is known

    # source: docs/localio.adoc:1701
    Scenario: symbol nn->nfsd_net_ref is known
      # source: docs/localio.adoc:1701
      Then the symbol "nn->nfsd_net_ref" is known

    # source: docs/localio.adoc:1702
    Scenario: symbol -ENXIO is known
      # source: docs/localio.adoc:1702
      Then the symbol "-ENXIO" is known

    # source: docs/localio.adoc:1703
    Scenario: symbol nfsd_shutdown_net() is known
      # source: docs/localio.adoc:1703
      Then the symbol "nfsd_shutdown_net()" is known

    # source: docs/localio.adoc:1705
    Scenario: symbol -ESTALE is known
      # source: docs/localio.adoc:1705
      Then the symbol "-ESTALE" is known

    # source: docs/localio.adoc:1709
    Scenario: symbol nfs_uuid_add_file() is known
      # source: docs/localio.adoc:1709
      Then the symbol "nfs_uuid_add_file()" is known

    # source: docs/localio.adoc:1710
    Scenario: symbol -ENXIO is known
      # source: docs/localio.adoc:1710
      Then the symbol "-ENXIO" is known

    # source: docs/localio.adoc:1710
    Scenario: symbol nfs_open_local_fh() is known
      # source: docs/localio.adoc:1710
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
