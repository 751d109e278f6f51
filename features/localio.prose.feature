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

    # source: docs/localio.adoc:64
    Scenario: symbol CONFIG_NFS_LOCALIO is known
      # source: docs/localio.adoc:64
      Then the symbol "CONFIG_NFS_LOCALIO" is known

  # source: docs/localio.adoc:219
  Rule: FAQ › 2. What must LOCALIO achieve?

    # source: docs/localio.adoc:228
    Scenario: symbol nfsd_file is known
      # source: docs/localio.adoc:228
      Then the symbol "nfsd_file" is known

    # source: docs/localio.adoc:271
    Scenario: symbol nfs_get_client() is known
      # source: docs/localio.adoc:271
      Then the symbol "nfs_get_client()" is known

    # source: docs/localio.adoc:300
    Scenario: symbol nfs_get_client() is known
      # source: docs/localio.adoc:300
      Then the symbol "nfs_get_client()" is known

  # source: docs/localio.adoc:304
  Rule: FAQ › 3. Why a handshake, rather than comparing IP addresses or host names?

    # source: docs/localio.adoc:311
    Scenario: symbol nfs_common is known
      # source: docs/localio.adoc:311
      Then the symbol "nfs_common" is known

    # source: docs/localio.adoc:318
    Scenario: symbol nfs_uuid_is_local() is known
      # source: docs/localio.adoc:318
      Then the symbol "nfs_uuid_is_local()" is known

    # source: docs/localio.adoc:319
    Scenario: symbol nfs_uuids is known
      # source: docs/localio.adoc:319
      Then the symbol "nfs_uuids" is known

    # source: docs/localio.adoc:319
    Scenario: symbol rqstp->rq_client is known
      # source: docs/localio.adoc:319
      Then the symbol "rqstp->rq_client" is known

    # source: docs/localio.adoc:324
    Scenario: symbol nfs_uuid_is_local() is known
      # source: docs/localio.adoc:324
      Then the symbol "nfs_uuid_is_local()" is known

    # source: docs/localio.adoc:324
    Scenario: symbol localio_proc_uuid_is_local() is known
      # source: docs/localio.adoc:324
      Then the symbol "localio_proc_uuid_is_local()" is known

    # source: docs/localio.adoc:369
    Scenario: symbol inet_addr_type() is known
      # source: docs/localio.adoc:369
      Then the symbol "inet_addr_type()" is known

    # source: docs/localio.adoc:370
    Scenario: symbol RTN_LOCAL is known
      # source: docs/localio.adoc:370
      Then the symbol "RTN_LOCAL" is known

  # source: docs/localio.adoc:373
  Rule: FAQ › 4. Does pNFS flexfiles gain from LOCALIO?

    # source: docs/localio.adoc:376
    Scenario: symbol nfs_client is known
      # source: docs/localio.adoc:376
      Then the symbol "nfs_client" is known

    # source: docs/localio.adoc:376
    Scenario: symbol nfs_get_client() is known
      # source: docs/localio.adoc:376
      Then the symbol "nfs_get_client()" is known

    # source: docs/localio.adoc:376
    Scenario: symbol nfs_client is known
      # source: docs/localio.adoc:376
      Then the symbol "nfs_client" is known

    # source: docs/localio.adoc:377
    Scenario: symbol nfs4_ff_layout_prepare_ds() is known
      # source: docs/localio.adoc:377
      Then the symbol "nfs4_ff_layout_prepare_ds()" is known

    # source: docs/localio.adoc:411
    Scenario: symbol nfs_get_client() is known
      # source: docs/localio.adoc:411
      Then the symbol "nfs_get_client()" is known

    # source: docs/localio.adoc:411
    Scenario: symbol nfs_client is known
      # source: docs/localio.adoc:411
      Then the symbol "nfs_client" is known

    # source: docs/localio.adoc:412
    Scenario: symbol nfs4_ff_layout_prepare_ds() is known
      # source: docs/localio.adoc:412
      Then the symbol "nfs4_ff_layout_prepare_ds()" is known

    # source: docs/localio.adoc:413
    Scenario: symbol nfs_local_probe() is known
      # source: docs/localio.adoc:413
      Then the symbol "nfs_local_probe()" is known

  # source: docs/localio.adoc:455
  Rule: FAQ › 6. What does an open that nfsd performs for the client, with no RPC, buy? Only with pNFS?

    # source: docs/localio.adoc:461
    Scenario: symbol nfsd_open_local_fh() is known
      # source: docs/localio.adoc:461
      Then the symbol "nfsd_open_local_fh()" is known

  # source: docs/localio.adoc:493
  Rule: FAQ › 7. Why AUTH_UNIX, and whose?

    # source: docs/localio.adoc:496
    Scenario: symbol nfs_client is known
      # source: docs/localio.adoc:496
      Then the symbol "nfs_client" is known

    # source: docs/localio.adoc:496
    Scenario: symbol cl_rpcclient is known
      # source: docs/localio.adoc:496
      Then the symbol "cl_rpcclient" is known

    # source: docs/localio.adoc:497
    Scenario: symbol nfs_local_probe() is known
      # source: docs/localio.adoc:497
      Then the symbol "nfs_local_probe()" is known

    # source: docs/localio.adoc:498
    Scenario: symbol nfs_client is known
      # source: docs/localio.adoc:498
      Then the symbol "nfs_client" is known

    # source: docs/localio.adoc:500
    Scenario: symbol nfs_init_client() is known
      # source: docs/localio.adoc:500
      Then the symbol "nfs_init_client()" is known

    # source: docs/localio.adoc:500
    Scenario: symbol cl_rpcclient is known
      # source: docs/localio.adoc:500
      Then the symbol "cl_rpcclient" is known

    # source: docs/localio.adoc:503
    Scenario: symbol cl_rpcclient is known
      # source: docs/localio.adoc:503
      Then the symbol "cl_rpcclient" is known

    # source: docs/localio.adoc:508
    Scenario: symbol nfs_get_client() is known
      # source: docs/localio.adoc:508
      Then the symbol "nfs_get_client()" is known

    # source: docs/localio.adoc:544
    Scenario: symbol nfs_local_probe() is known
      # source: docs/localio.adoc:544
      Then the symbol "nfs_local_probe()" is known

    # source: docs/localio.adoc:544
    Scenario: symbol clp->cl_rpcclient is known
      # source: docs/localio.adoc:544
      Then the symbol "clp->cl_rpcclient" is known

  # source: docs/localio.adoc:560
  Rule: FAQ › 8. Do export options that map user ids (root_squash, all_squash) apply to local IO?

    # source: docs/localio.adoc:563
    Scenario: symbol nfsd_file_acquire_local() is known
      # source: docs/localio.adoc:563
      Then the symbol "nfsd_file_acquire_local()" is known

    # source: docs/localio.adoc:563
    Scenario: symbol __fh_verify() is known
      # source: docs/localio.adoc:563
      Then the symbol "__fh_verify()" is known

    # source: docs/localio.adoc:563
    Scenario: symbol nfsd_setuser_and_check_port() is known
      # source: docs/localio.adoc:563
      Then the symbol "nfsd_setuser_and_check_port()" is known

    # source: docs/localio.adoc:564
    Scenario: symbol nfsd_setuser() is known
      # source: docs/localio.adoc:564
      Then the symbol "nfsd_setuser()" is known

    # source: docs/localio.adoc:565
    Scenario: symbol svcauth_map_clnt_to_svc_cred_local() is known
      # source: docs/localio.adoc:565
      Then the symbol "svcauth_map_clnt_to_svc_cred_local()" is known

    # source: docs/localio.adoc:574
    Scenario: fact export.anonuid reads 65534
      # source: docs/localio.adoc:574
      Then the fact "export.anonuid" reads "65534"

    # source: docs/localio.adoc:611
    Scenario: fact auth_unix.max_groups reads 16
      # source: docs/localio.adoc:611
      Then the fact "auth_unix.max_groups" reads "16"

    # source: docs/localio.adoc:613
    Scenario: fact page.carol.uid reads 1001
      # source: docs/localio.adoc:613
      Then the fact "page.carol.uid" reads "1001"

    # source: docs/localio.adoc:613
    Scenario: fact page.carol.groups reads 17
      # source: docs/localio.adoc:613
      Then the fact "page.carol.groups" reads "17"

    # source: docs/localio.adoc:612
    Scenario: symbol UNX_NGROUPS is known
      # source: docs/localio.adoc:612
      Then the symbol "UNX_NGROUPS" is known

  # source: docs/localio.adoc:646
  Rule: RPC

    # source: docs/localio.adoc:649
    Scenario: fact localio.real_procedures reads one
      # source: docs/localio.adoc:649
      Then the fact "localio.real_procedures" reads "one"

    # source: docs/localio.adoc:650
    Scenario: symbol UUID_IS_LOCAL is known
      # source: docs/localio.adoc:650
      Then the symbol "UUID_IS_LOCAL" is known

    # source: docs/localio.adoc:651
    Scenario: symbol nfs_common is known
      # source: docs/localio.adoc:651
      Then the symbol "nfs_common" is known

    # source: docs/localio.adoc:651
    Scenario: symbol nfs_common is known
      # source: docs/localio.adoc:651
      Then the symbol "nfs_common" is known

    # source: docs/localio.adoc:657
    Scenario: fact localio.program reads 400122
      # source: docs/localio.adoc:657
      Then the fact "localio.program" reads "400122"

    # source: docs/localio.adoc:658
    Scenario: fact localio.version reads 1
      # source: docs/localio.adoc:658
      Then the fact "localio.version" reads "1"

    # source: docs/localio.adoc:658
    Scenario: fact localio.proc.null reads 0
      # source: docs/localio.adoc:658
      Then the fact "localio.proc.null" reads "0"

    # source: docs/localio.adoc:659
    Scenario: fact localio.proc.uuid_is_local reads 1
      # source: docs/localio.adoc:659
      Then the fact "localio.proc.uuid_is_local" reads "1"

    # source: docs/localio.adoc:665
    Scenario: symbol NFS_LOCALIO_PROGRAM is known
      # source: docs/localio.adoc:665
      Then the symbol "NFS_LOCALIO_PROGRAM" is known

    # source: docs/localio.adoc:665
    Scenario: fact localio.program reads 400122
      # source: docs/localio.adoc:665
      Then the fact "localio.program" reads "400122"

    # source: docs/localio.adoc:666
    Scenario: symbol LOCALIO_V1 is known
      # source: docs/localio.adoc:666
      Then the symbol "LOCALIO_V1" is known

    # source: docs/localio.adoc:666
    Scenario: fact localio.version reads 1
      # source: docs/localio.adoc:666
      Then the fact "localio.version" reads "1"

    # source: docs/localio.adoc:667
    Scenario: symbol LOCALIOPROC_NULL is known
      # source: docs/localio.adoc:667
      Then the symbol "LOCALIOPROC_NULL" is known

    # source: docs/localio.adoc:667
    Scenario: fact localio.proc.null reads 0
      # source: docs/localio.adoc:667
      Then the fact "localio.proc.null" reads "0"

    # source: docs/localio.adoc:668
    Scenario: symbol LOCALIOPROC_UUID_IS_LOCAL is known
      # source: docs/localio.adoc:668
      Then the symbol "LOCALIOPROC_UUID_IS_LOCAL" is known

    # source: docs/localio.adoc:668
    Scenario: fact localio.proc.uuid_is_local reads 1
      # source: docs/localio.adoc:668
      Then the fact "localio.proc.uuid_is_local" reads "1"

    # source: docs/localio.adoc:701
    Scenario: fact uuid.size reads 16
      # source: docs/localio.adoc:701
      Then the fact "uuid.size" reads "16"

    # source: docs/localio.adoc:701
    Scenario: symbol UUID_SIZE is known
      # source: docs/localio.adoc:701
      Then the symbol "UUID_SIZE" is known

    # source: docs/localio.adoc:703
    Scenario: symbol encode_opaque_fixed() is known
      # source: docs/localio.adoc:703
      Then the symbol "encode_opaque_fixed()" is known

    # source: docs/localio.adoc:705
    Scenario: symbol nfs_common is known
      # source: docs/localio.adoc:705
      Then the symbol "nfs_common" is known

    # source: docs/localio.adoc:708
    Scenario: fact uuid.size reads 16
      # source: docs/localio.adoc:708
      Then the fact "uuid.size" reads "16"

    # source: docs/localio.adoc:711
    Scenario: fact uuid.size reads 16
      # source: docs/localio.adoc:711
      Then the fact "uuid.size" reads "16"

    # source: docs/localio.adoc:709
    Scenario: symbol localio_decode_uuidarg() is known
      # source: docs/localio.adoc:709
      Then the symbol "localio_decode_uuidarg()" is known

    # source: docs/localio.adoc:709
    Scenario: symbol svc_process() is known
      # source: docs/localio.adoc:709
      Then the symbol "svc_process()" is known

    # source: docs/localio.adoc:716
    Scenario: fact uuid.size reads 16
      # source: docs/localio.adoc:716
      Then the fact "uuid.size" reads "16"

    # source: docs/localio.adoc:734
    Scenario: symbol rpc_bind_new_program() is known
      # source: docs/localio.adoc:734
      Then the symbol "rpc_bind_new_program()" is known

    # source: docs/localio.adoc:734
    Scenario: symbol nfs_client is known
      # source: docs/localio.adoc:734
      Then the symbol "nfs_client" is known

    # source: docs/localio.adoc:734
    Scenario: symbol cl_rpcclient is known
      # source: docs/localio.adoc:734
      Then the symbol "cl_rpcclient" is known

    # source: docs/localio.adoc:759
    Scenario: fact localio.proc.null reads 0
      # source: docs/localio.adoc:759
      Then the fact "localio.proc.null" reads "0"

    # source: docs/localio.adoc:758
    Scenario: symbol rpc_bind_new_program() is known
      # source: docs/localio.adoc:758
      Then the symbol "rpc_bind_new_program()" is known

    # source: docs/localio.adoc:760
    Scenario: symbol CONFIG_NFS_LOCALIO is known
      # source: docs/localio.adoc:760
      Then the symbol "CONFIG_NFS_LOCALIO" is known

    # source: docs/localio.adoc:761
    Scenario: symbol PROG_UNAVAIL is known
      # source: docs/localio.adoc:761
      Then the symbol "PROG_UNAVAIL" is known

  # source: docs/localio.adoc:781
  Rule: NFS Common and Client/Server Handshake

    # source: docs/localio.adoc:784
    Scenario: symbol nfs_uuids is known
      # source: docs/localio.adoc:784
      Then the symbol "nfs_uuids" is known

    # source: docs/localio.adoc:784
    Scenario: symbol nfs_uuid_lock is known
      # source: docs/localio.adoc:784
      Then the symbol "nfs_uuid_lock" is known

    # source: docs/localio.adoc:785
    Scenario: symbol nfs_to is known
      # source: docs/localio.adoc:785
      Then the symbol "nfs_to" is known

    # source: docs/localio.adoc:786
    Scenario: symbol nfsd_localio_ops_init() is known
      # source: docs/localio.adoc:786
      Then the symbol "nfsd_localio_ops_init()" is known

    # source: docs/localio.adoc:786
    Scenario: symbol nfs_client is known
      # source: docs/localio.adoc:786
      Then the symbol "nfs_client" is known

    # source: docs/localio.adoc:787
    Scenario: symbol nfs_uuid_t is known
      # source: docs/localio.adoc:787
      Then the symbol "nfs_uuid_t" is known

    # source: docs/localio.adoc:787
    Scenario: symbol cl_uuid is known
      # source: docs/localio.adoc:787
      Then the symbol "cl_uuid" is known

    # source: docs/localio.adoc:793
    Scenario: fact nfs.localio_enabled.default reads Y
      # source: docs/localio.adoc:793
      Then the fact "nfs.localio_enabled.default" reads "Y"

    # source: docs/localio.adoc:791
    Scenario: symbol nfs_get_client() is known
      # source: docs/localio.adoc:791
      Then the symbol "nfs_get_client()" is known

    # source: docs/localio.adoc:792
    Scenario: symbol nfs_client is known
      # source: docs/localio.adoc:792
      Then the symbol "nfs_client" is known

    # source: docs/localio.adoc:792
    Scenario: symbol nfs_local_probe() is known
      # source: docs/localio.adoc:792
      Then the symbol "nfs_local_probe()" is known

    # source: docs/localio.adoc:793
    Scenario: symbol nfs.localio_enabled is known
      # source: docs/localio.adoc:793
      Then the symbol "nfs.localio_enabled" is known

    # source: docs/localio.adoc:795
    Scenario: symbol nfs_uuid_begin() is known
      # source: docs/localio.adoc:795
      Then the symbol "nfs_uuid_begin()" is known

    # source: docs/localio.adoc:795
    Scenario: symbol nfs_uuid_t is known
      # source: docs/localio.adoc:795
      Then the symbol "nfs_uuid_t" is known

    # source: docs/localio.adoc:796
    Scenario: symbol nfs_uuids is known
      # source: docs/localio.adoc:796
      Then the symbol "nfs_uuids" is known

    # source: docs/localio.adoc:803
    Scenario: symbol nfs_uuid_is_local() is known
      # source: docs/localio.adoc:803
      Then the symbol "nfs_uuid_is_local()" is known

    # source: docs/localio.adoc:804
    Scenario: symbol rqstp->rq_client is known
      # source: docs/localio.adoc:804
      Then the symbol "rqstp->rq_client" is known

    # source: docs/localio.adoc:805
    Scenario: symbol nn->local_clients is known
      # source: docs/localio.adoc:805
      Then the symbol "nn->local_clients" is known

    # source: docs/localio.adoc:805
    Scenario: symbol nfs_uuids is known
      # source: docs/localio.adoc:805
      Then the symbol "nfs_uuids" is known

    # source: docs/localio.adoc:805
    Scenario: symbol nfs_uuid_is_local() is known
      # source: docs/localio.adoc:805
      Then the symbol "nfs_uuid_is_local()" is known

    # source: docs/localio.adoc:806
    Scenario: symbol nfs_uuid_t is known
      # source: docs/localio.adoc:806
      Then the symbol "nfs_uuid_t" is known

    # source: docs/localio.adoc:806
    Scenario: symbol nn->local_clients is known
      # source: docs/localio.adoc:806
      Then the symbol "nn->local_clients" is known

    # source: docs/localio.adoc:807
    Scenario: symbol rcu_assign_pointer() is known
      # source: docs/localio.adoc:807
      Then the symbol "rcu_assign_pointer()" is known

    # source: docs/localio.adoc:810
    Scenario: symbol nfs_local_enable() is known
      # source: docs/localio.adoc:810
      Then the symbol "nfs_local_enable()" is known

    # source: docs/localio.adoc:810
    Scenario: symbol NFS_CS_LOCAL_IO is known
      # source: docs/localio.adoc:810
      Then the symbol "NFS_CS_LOCAL_IO" is known

    # source: docs/localio.adoc:812
    Scenario: symbol nfs_uuid_t is known
      # source: docs/localio.adoc:812
      Then the symbol "nfs_uuid_t" is known

    # source: docs/localio.adoc:812
    Scenario: symbol nn->nfsd_serv is known
      # source: docs/localio.adoc:812
      Then the symbol "nn->nfsd_serv" is known

    # source: docs/localio.adoc:813
    Scenario: symbol nfs_uuid_is_local() is known
      # source: docs/localio.adoc:813
      Then the symbol "nfs_uuid_is_local()" is known

    # source: docs/localio.adoc:814
    Scenario: symbol nfs_uuids is known
      # source: docs/localio.adoc:814
      Then the symbol "nfs_uuids" is known

    # source: docs/localio.adoc:814
    Scenario: symbol nn->local_clients is known
      # source: docs/localio.adoc:814
      Then the symbol "nn->local_clients" is known

    # source: docs/localio.adoc:814
    Scenario: symbol struct nfsd_net is known
      # source: docs/localio.adoc:814
      Then the symbol "struct nfsd_net" is known

    # source: docs/localio.adoc:814
    Scenario: symbol nfsd_serv is known
      # source: docs/localio.adoc:814
      Then the symbol "nfsd_serv" is known

    # source: docs/localio.adoc:861
    Scenario: symbol nfs_uuid_end() is known
      # source: docs/localio.adoc:861
      Then the symbol "nfs_uuid_end()" is known

    # source: docs/localio.adoc:861
    Scenario: symbol nfs_uuids is known
      # source: docs/localio.adoc:861
      Then the symbol "nfs_uuids" is known

    # source: docs/localio.adoc:884
    Scenario: symbol nfs_uuid_t is known
      # source: docs/localio.adoc:884
      Then the symbol "nfs_uuid_t" is known

    # source: docs/localio.adoc:885
    Scenario: symbol struct nfsd_net is known
      # source: docs/localio.adoc:885
      Then the symbol "struct nfsd_net" is known

    # source: docs/localio.adoc:885
    Scenario: symbol net_generic() is known
      # source: docs/localio.adoc:885
      Then the symbol "net_generic()" is known

    # source: docs/localio.adoc:885
    Scenario: symbol nn->nfsd_serv is known
      # source: docs/localio.adoc:885
      Then the symbol "nn->nfsd_serv" is known

  # source: docs/localio.adoc:892
  Rule: NFS Client and Server Interlock

    # source: docs/localio.adoc:896
    Scenario: symbol nfs_uuid_t is known
      # source: docs/localio.adoc:896
      Then the symbol "nfs_uuid_t" is known

    # source: docs/localio.adoc:932
    Scenario: fact uuid.size reads 16
      # source: docs/localio.adoc:932
      Then the fact "uuid.size" reads "16"

    # source: docs/localio.adoc:931
    Scenario: symbol nfs_client is known
      # source: docs/localio.adoc:931
      Then the symbol "nfs_client" is known

    # source: docs/localio.adoc:931
    Scenario: symbol nfs_uuid_t is known
      # source: docs/localio.adoc:931
      Then the symbol "nfs_uuid_t" is known

    # source: docs/localio.adoc:931
    Scenario: symbol cl_uuid is known
      # source: docs/localio.adoc:931
      Then the symbol "cl_uuid" is known

    # source: docs/localio.adoc:932
    Scenario: symbol nfs_client is known
      # source: docs/localio.adoc:932
      Then the symbol "nfs_client" is known

    # source: docs/localio.adoc:933
    Scenario: symbol nfs_uuid_t is known
      # source: docs/localio.adoc:933
      Then the symbol "nfs_uuid_t" is known

    # source: docs/localio.adoc:934
    Scenario: symbol nfs_client is known
      # source: docs/localio.adoc:934
      Then the symbol "nfs_client" is known

    # source: docs/localio.adoc:934
    Scenario: symbol nfs_free_client() is known
      # source: docs/localio.adoc:934
      Then the symbol "nfs_free_client()" is known

    # source: docs/localio.adoc:935
    Scenario: symbol nfs_local_disable() is known
      # source: docs/localio.adoc:935
      Then the symbol "nfs_local_disable()" is known

    # source: docs/localio.adoc:950
    Scenario: symbol nfs_uuid_t is known
      # source: docs/localio.adoc:950
      Then the symbol "nfs_uuid_t" is known

    # source: docs/localio.adoc:950
    Scenario: symbol nn->local_clients is known
      # source: docs/localio.adoc:950
      Then the symbol "nn->local_clients" is known

    # source: docs/localio.adoc:965
    Scenario: symbol pre_exit is known
      # source: docs/localio.adoc:965
      Then the symbol "pre_exit" is known

    # source: docs/localio.adoc:965
    Scenario: symbol nfsd_net_pre_exit() is known
      # source: docs/localio.adoc:965
      Then the symbol "nfsd_net_pre_exit()" is known

    # source: docs/localio.adoc:966
    Scenario: symbol nfs_uuid_invalidate_clients() is known
      # source: docs/localio.adoc:966
      Then the symbol "nfs_uuid_invalidate_clients()" is known

    # source: docs/localio.adoc:970
    Scenario: symbol cleanup_net() is known
      # source: docs/localio.adoc:970
      Then the symbol "cleanup_net()" is known

    # source: docs/localio.adoc:971
    Scenario: symbol pre_exit is known
      # source: docs/localio.adoc:971
      Then the symbol "pre_exit" is known

    # source: docs/localio.adoc:971
    Scenario: symbol synchronize_rcu() is known
      # source: docs/localio.adoc:971
      Then the symbol "synchronize_rcu()" is known

    # source: docs/localio.adoc:972
    Scenario: symbol nfsd_net is known
      # source: docs/localio.adoc:972
      Then the symbol "nfsd_net" is known

    # source: docs/localio.adoc:974
    Scenario: symbol pre_exit is known
      # source: docs/localio.adoc:974
      Then the symbol "pre_exit" is known

    # source: docs/localio.adoc:975
    Scenario: symbol synchronize_rcu() is known
      # source: docs/localio.adoc:975
      Then the symbol "synchronize_rcu()" is known

    # source: docs/localio.adoc:975
    Scenario: symbol cleanup_net() is known
      # source: docs/localio.adoc:975
      Then the symbol "cleanup_net()" is known

    # source: docs/localio.adoc:991
    Scenario: symbol nfs_uuid_t is known
      # source: docs/localio.adoc:991
      Then the symbol "nfs_uuid_t" is known

    # source: docs/localio.adoc:991
    Scenario: symbol nfs_open_local_fh() is known
      # source: docs/localio.adoc:991
      Then the symbol "nfs_open_local_fh()" is known

    # source: docs/localio.adoc:992
    Scenario: symbol nfs_common is known
      # source: docs/localio.adoc:992
      Then the symbol "nfs_common" is known

    # source: docs/localio.adoc:992
    Scenario: symbol rcu_read_lock() is known
      # source: docs/localio.adoc:992
      Then the symbol "rcu_read_lock()" is known

    # source: docs/localio.adoc:992
    Scenario: symbol rcu_dereference() is known
      # source: docs/localio.adoc:992
      Then the symbol "rcu_dereference()" is known

    # source: docs/localio.adoc:993
    Scenario: symbol nfsd_open_local_fh() is known
      # source: docs/localio.adoc:993
      Then the symbol "nfsd_open_local_fh()" is known

    # source: docs/localio.adoc:994
    Scenario: symbol nfs_uuid_t is known
      # source: docs/localio.adoc:994
      Then the symbol "nfs_uuid_t" is known

    # source: docs/localio.adoc:996
    Scenario: symbol nfs_uuid_t is known
      # source: docs/localio.adoc:996
      Then the symbol "nfs_uuid_t" is known

    # source: docs/localio.adoc:997
    Scenario: symbol rcu_read_lock() is known
      # source: docs/localio.adoc:997
      Then the symbol "rcu_read_lock()" is known

    # source: docs/localio.adoc:997
    Scenario: symbol nfs_uuid_t is known
      # source: docs/localio.adoc:997
      Then the symbol "nfs_uuid_t" is known

    # source: docs/localio.adoc:998
    Scenario: symbol nfs_common is known
      # source: docs/localio.adoc:998
      Then the symbol "nfs_common" is known

    # source: docs/localio.adoc:998
    Scenario: symbol nfs_open_local_fh() is known
      # source: docs/localio.adoc:998
      Then the symbol "nfs_open_local_fh()" is known

    # source: docs/localio.adoc:1001
    Scenario: symbol nn->nfsd_serv_ref is known
      # source: docs/localio.adoc:1001
      Then the symbol "nn->nfsd_serv_ref" is known

    # source: docs/localio.adoc:1001
    Scenario: symbol nfsd_destroy_serv() is known
      # source: docs/localio.adoc:1001
      Then the symbol "nfsd_destroy_serv()" is known

    # source: docs/localio.adoc:1005
    Scenario: symbol nfsd_serv_try_get() is known
      # source: docs/localio.adoc:1005
      Then the symbol "nfsd_serv_try_get()" is known

    # source: docs/localio.adoc:1005
    Scenario: symbol percpu_ref_tryget_live() is known
      # source: docs/localio.adoc:1005
      Then the symbol "percpu_ref_tryget_live()" is known

    # source: docs/localio.adoc:1006
    Scenario: symbol nfsd_file is known
      # source: docs/localio.adoc:1006
      Then the symbol "nfsd_file" is known

    # source: docs/localio.adoc:1007
    Scenario: symbol nfs_to_nfsd_file_put_local() is known
      # source: docs/localio.adoc:1007
      Then the symbol "nfs_to_nfsd_file_put_local()" is known

    # source: docs/localio.adoc:1008
    Scenario: symbol nfsd_file_put_local() is known
      # source: docs/localio.adoc:1008
      Then the symbol "nfsd_file_put_local()" is known

    # source: docs/localio.adoc:1013
    Scenario: symbol nfsd_file_put_local() is known
      # source: docs/localio.adoc:1013
      Then the symbol "nfsd_file_put_local()" is known

    # source: docs/localio.adoc:1015
    Scenario: symbol nfsd_serv_put() is known
      # source: docs/localio.adoc:1015
      Then the symbol "nfsd_serv_put()" is known

    # source: docs/localio.adoc:1020
    Scenario: symbol nfs_to_nfsd_file_put_local() is known
      # source: docs/localio.adoc:1020
      Then the symbol "nfs_to_nfsd_file_put_local()" is known

    # source: docs/localio.adoc:1021
    Scenario: symbol nfsd_file_put_local() is known
      # source: docs/localio.adoc:1021
      Then the symbol "nfsd_file_put_local()" is known

    # source: docs/localio.adoc:1023
    Scenario: symbol rcu_read_unlock() is known
      # source: docs/localio.adoc:1023
      Then the symbol "rcu_read_unlock()" is known

    # source: docs/localio.adoc:1026
    Scenario: symbol nfsd_destroy_serv() is known
      # source: docs/localio.adoc:1026
      Then the symbol "nfsd_destroy_serv()" is known

    # source: docs/localio.adoc:1028
    Scenario: symbol nfsd_net is known
      # source: docs/localio.adoc:1028
      Then the symbol "nfsd_net" is known

    # source: docs/localio.adoc:1029
    Scenario: symbol nfs_open_local_fh() is known
      # source: docs/localio.adoc:1029
      Then the symbol "nfs_open_local_fh()" is known

    # source: docs/localio.adoc:1030
    Scenario: symbol nfsd_create_serv() is known
      # source: docs/localio.adoc:1030
      Then the symbol "nfsd_create_serv()" is known

    # source: docs/localio.adoc:1031
    Scenario: symbol nfsd_destroy_serv() is known
      # source: docs/localio.adoc:1031
      Then the symbol "nfsd_destroy_serv()" is known

    # source: docs/localio.adoc:1054
    Scenario: symbol nfsd_destroy_serv() is known
      # source: docs/localio.adoc:1054
      Then the symbol "nfsd_destroy_serv()" is known

    # source: docs/localio.adoc:1056
    Scenario: symbol nn->nfsd_serv is known
      # source: docs/localio.adoc:1056
      Then the symbol "nn->nfsd_serv" is known

    # source: docs/localio.adoc:1057
    Scenario: symbol nfsd_shutdown_net() is known
      # source: docs/localio.adoc:1057
      Then the symbol "nfsd_shutdown_net()" is known

    # source: docs/localio.adoc:1057
    Scenario: symbol percpu_ref_exit() is known
      # source: docs/localio.adoc:1057
      Then the symbol "percpu_ref_exit()" is known

    # source: docs/localio.adoc:1057
    Scenario: symbol nfsd_create_serv() is known
      # source: docs/localio.adoc:1057
      Then the symbol "nfsd_create_serv()" is known

    # source: docs/localio.adoc:1079
    Scenario: symbol struct net is known
      # source: docs/localio.adoc:1079
      Then the symbol "struct net" is known

    # source: docs/localio.adoc:1079
    Scenario: symbol struct nfsd_net is known
      # source: docs/localio.adoc:1079
      Then the symbol "struct nfsd_net" is known

    # source: docs/localio.adoc:1080
    Scenario: symbol rcu_read_unlock() is known
      # source: docs/localio.adoc:1080
      Then the symbol "rcu_read_unlock()" is known

    # source: docs/localio.adoc:1082
    Scenario: symbol nn->nfsd_serv_ref is known
      # source: docs/localio.adoc:1082
      Then the symbol "nn->nfsd_serv_ref" is known

    # source: docs/localio.adoc:1083
    Scenario: symbol nfsd_destroy_serv() is known
      # source: docs/localio.adoc:1083
      Then the symbol "nfsd_destroy_serv()" is known

    # source: docs/localio.adoc:1084
    Scenario: symbol struct net is known
      # source: docs/localio.adoc:1084
      Then the symbol "struct net" is known

    # source: docs/localio.adoc:1084
    Scenario: symbol struct nfsd_net is known
      # source: docs/localio.adoc:1084
      Then the symbol "struct nfsd_net" is known

    # source: docs/localio.adoc:1085
    Scenario: symbol nfsd_serv_put() is known
      # source: docs/localio.adoc:1085
      Then the symbol "nfsd_serv_put()" is known

    # source: docs/localio.adoc:1085
    Scenario: symbol nfsd_file_put_local() is known
      # source: docs/localio.adoc:1085
      Then the symbol "nfsd_file_put_local()" is known

    # source: docs/localio.adoc:1087
    Scenario: symbol nfsd_file is known
      # source: docs/localio.adoc:1087
      Then the symbol "nfsd_file" is known

    # source: docs/localio.adoc:1089
    Scenario: symbol nfsd_file_put_local() is known
      # source: docs/localio.adoc:1089
      Then the symbol "nfsd_file_put_local()" is known

    # source: docs/localio.adoc:1093
    Scenario: symbol pre_exit is known
      # source: docs/localio.adoc:1093
      Then the symbol "pre_exit" is known

    # source: docs/localio.adoc:1096
    Scenario: symbol nfs_to is known
      # source: docs/localio.adoc:1096
      Then the symbol "nfs_to" is known

    # source: docs/localio.adoc:1097
    Scenario: symbol pre_exit is known
      # source: docs/localio.adoc:1097
      Then the symbol "pre_exit" is known

    # source: docs/localio.adoc:1101
    Scenario: symbol nfs_uuid_is_local() is known
      # source: docs/localio.adoc:1101
      Then the symbol "nfs_uuid_is_local()" is known

    # source: docs/localio.adoc:1102
    Scenario: symbol localio_proc_uuid_is_local() is known
      # source: docs/localio.adoc:1102
      Then the symbol "localio_proc_uuid_is_local()" is known

    # source: docs/localio.adoc:1102
    Scenario: symbol __module_get() is known
      # source: docs/localio.adoc:1102
      Then the symbol "__module_get()" is known

    # source: docs/localio.adoc:1103
    Scenario: symbol nfs_uuid_put_locked() is known
      # source: docs/localio.adoc:1103
      Then the symbol "nfs_uuid_put_locked()" is known

    # source: docs/localio.adoc:1103
    Scenario: symbol module_put() is known
      # source: docs/localio.adoc:1103
      Then the symbol "module_put()" is known

    # source: docs/localio.adoc:1104
    Scenario: symbol pre_exit is known
      # source: docs/localio.adoc:1104
      Then the symbol "pre_exit" is known

    # source: docs/localio.adoc:1105
    Scenario: symbol nfs_to is known
      # source: docs/localio.adoc:1105
      Then the symbol "nfs_to" is known

    # source: docs/localio.adoc:1125
    Scenario: symbol nfsd_shutdown_net() is known
      # source: docs/localio.adoc:1125
      Then the symbol "nfsd_shutdown_net()" is known

    # source: docs/localio.adoc:1125
    Scenario: symbol nfsd_destroy_serv() is known
      # source: docs/localio.adoc:1125
      Then the symbol "nfsd_destroy_serv()" is known

    # source: docs/localio.adoc:1126
    Scenario: symbol nfsd_net is known
      # source: docs/localio.adoc:1126
      Then the symbol "nfsd_net" is known

  # source: docs/localio.adoc:1130
  Rule: NFS Client and Server Interlock › The crash the interlock fixed

    # source: docs/localio.adoc:1135
    Scenario: symbol nn->nfsd_serv is known
      # source: docs/localio.adoc:1135
      Then the symbol "nn->nfsd_serv" is known

    # source: docs/localio.adoc:1135
    Scenario: symbol nfsd_serv_try_get() is known
      # source: docs/localio.adoc:1135
      Then the symbol "nfsd_serv_try_get()" is known

    # source: docs/localio.adoc:1136
    Scenario: symbol nfsd_serv_put() is known
      # source: docs/localio.adoc:1136
      Then the symbol "nfsd_serv_put()" is known

    # source: docs/localio.adoc:1137
    Scenario: symbol pre_exit is known
      # source: docs/localio.adoc:1137
      Then the symbol "pre_exit" is known

    # source: docs/localio.adoc:1142
    Scenario: symbol nn->nfsd_serv is known
      # source: docs/localio.adoc:1142
      Then the symbol "nn->nfsd_serv" is known

    # source: docs/localio.adoc:1143
    Scenario: symbol pre_exit is known
      # source: docs/localio.adoc:1143
      Then the symbol "pre_exit" is known

    # source: docs/localio.adoc:1148
    Scenario: symbol nn->nfsd_serv is known
      # source: docs/localio.adoc:1148
      Then the symbol "nn->nfsd_serv" is known

    # source: docs/localio.adoc:1182
    Scenario: symbol nn->nfsd_serv is known
      # source: docs/localio.adoc:1182
      Then the symbol "nn->nfsd_serv" is known

    # source: docs/localio.adoc:1189
    Scenario: symbol pre_exit is known
      # source: docs/localio.adoc:1189
      Then the symbol "pre_exit" is known

    # source: docs/localio.adoc:1190
    Scenario: symbol -ENXIO is known
      # source: docs/localio.adoc:1190
      Then the symbol "-ENXIO" is known

  # source: docs/localio.adoc:1222
  Rule: NFS Client and Server Interlock › Under the interleavings a model checker explores

    # source: docs/localio.adoc:1225
    Scenario: symbol nfsd_destroy_serv() is known
      # source: docs/localio.adoc:1225
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

    # source: docs/_interlock-interleavings.adoc:54
    Scenario: symbol cleanup_net() is known
      # source: docs/_interlock-interleavings.adoc:54
      Then the symbol "cleanup_net()" is known

    # source: docs/_interlock-interleavings.adoc:54
    Scenario: symbol pre_exit is known
      # source: docs/_interlock-interleavings.adoc:54
      Then the symbol "pre_exit" is known

    # source: docs/_interlock-interleavings.adoc:55
    Scenario: symbol synchronize_rcu() is known
      # source: docs/_interlock-interleavings.adoc:55
      Then the symbol "synchronize_rcu()" is known

    # source: docs/_interlock-interleavings.adoc:56
    Scenario: symbol nfsd_net is known
      # source: docs/_interlock-interleavings.adoc:56
      Then the symbol "nfsd_net" is known

    # source: docs/_interlock-interleavings.adoc:56
    Scenario: symbol -ENXIO is known
      # source: docs/_interlock-interleavings.adoc:56
      Then the symbol "-ENXIO" is known

    # source: docs/_interlock-interleavings.adoc:77
    Scenario: symbol nn->nfsd_serv is known
      # source: docs/_interlock-interleavings.adoc:77
      Then the symbol "nn->nfsd_serv" is known

    # source: docs/_interlock-interleavings.adoc:79
    Scenario: symbol cleanup_net() is known
      # source: docs/_interlock-interleavings.adoc:79
      Then the symbol "cleanup_net()" is known

    # source: docs/_interlock-interleavings.adoc:111
    Scenario: symbol synchronize_rcu() is known
      # source: docs/_interlock-interleavings.adoc:111
      Then the symbol "synchronize_rcu()" is known

    # source: docs/_interlock-interleavings.adoc:112
    Scenario: symbol synchronize_rcu() is known
      # source: docs/_interlock-interleavings.adoc:112
      Then the symbol "synchronize_rcu()" is known

    # source: docs/_interlock-interleavings.adoc:131
    Scenario: symbol percpu_ref_kill_and_confirm() is known
      # source: docs/_interlock-interleavings.adoc:131
      Then the symbol "percpu_ref_kill_and_confirm()" is known

    # source: docs/_interlock-interleavings.adoc:131
    Scenario: symbol percpu_ref_tryget_live() is known
      # source: docs/_interlock-interleavings.adoc:131
      Then the symbol "percpu_ref_tryget_live()" is known

    # source: docs/_interlock-interleavings.adoc:133
    Scenario: symbol nfsd_destroy_serv() is known
      # source: docs/_interlock-interleavings.adoc:133
      Then the symbol "nfsd_destroy_serv()" is known

  # source: docs/localio.adoc:1232
  Rule: NFS Client issues IO instead of Server

    # source: docs/localio.adoc:1240
    Scenario: fact fh.max reads 128
      # source: docs/localio.adoc:1240
      Then the fact "fh.max" reads "128"

    # source: docs/localio.adoc:1237
    Scenario: symbol nfs_local_open_fh() is known
      # source: docs/localio.adoc:1237
      Then the symbol "nfs_local_open_fh()" is known

    # source: docs/localio.adoc:1238
    Scenario: symbol nfs_open_local_fh() is known
      # source: docs/localio.adoc:1238
      Then the symbol "nfs_open_local_fh()" is known

    # source: docs/localio.adoc:1238
    Scenario: symbol nfs_common is known
      # source: docs/localio.adoc:1238
      Then the symbol "nfs_common" is known

    # source: docs/localio.adoc:1238
    Scenario: symbol nfsd_open_local_fh() is known
      # source: docs/localio.adoc:1238
      Then the symbol "nfsd_open_local_fh()" is known

    # source: docs/localio.adoc:1240
    Scenario: symbol NFS4_FHSIZE is known
      # source: docs/localio.adoc:1240
      Then the symbol "NFS4_FHSIZE" is known

    # source: docs/localio.adoc:1240
    Scenario: symbol -EINVAL is known
      # source: docs/localio.adoc:1240
      Then the symbol "-EINVAL" is known

    # source: docs/localio.adoc:1240
    Scenario: symbol NFSD_MAY_LOCALIO is known
      # source: docs/localio.adoc:1240
      Then the symbol "NFSD_MAY_LOCALIO" is known

    # source: docs/localio.adoc:1241
    Scenario: symbol nfsd_file_acquire_local() is known
      # source: docs/localio.adoc:1241
      Then the symbol "nfsd_file_acquire_local()" is known

    # source: docs/localio.adoc:1242
    Scenario: symbol nfsd_file is known
      # source: docs/localio.adoc:1242
      Then the symbol "nfsd_file" is known

    # source: docs/localio.adoc:1246
    Scenario: symbol nfs_open_local_fh() is known
      # source: docs/localio.adoc:1246
      Then the symbol "nfs_open_local_fh()" is known

    # source: docs/localio.adoc:1246
    Scenario: symbol -ENXIO is known
      # source: docs/localio.adoc:1246
      Then the symbol "-ENXIO" is known

    # source: docs/localio.adoc:1247
    Scenario: symbol nfsd_serv_try_get() is known
      # source: docs/localio.adoc:1247
      Then the symbol "nfsd_serv_try_get()" is known

    # source: docs/localio.adoc:1248
    Scenario: symbol nn->nfsd_serv is known
      # source: docs/localio.adoc:1248
      Then the symbol "nn->nfsd_serv" is known

    # source: docs/localio.adoc:1250
    Scenario: symbol nfsd_open_local_fh() is known
      # source: docs/localio.adoc:1250
      Then the symbol "nfsd_open_local_fh()" is known

    # source: docs/localio.adoc:1251
    Scenario: symbol nfs_stat_to_errno() is known
      # source: docs/localio.adoc:1251
      Then the symbol "nfs_stat_to_errno()" is known

    # source: docs/localio.adoc:1251
    Scenario: symbol NFSERR_NXIO is known
      # source: docs/localio.adoc:1251
      Then the symbol "NFSERR_NXIO" is known

    # source: docs/localio.adoc:1251
    Scenario: symbol -ENXIO is known
      # source: docs/localio.adoc:1251
      Then the symbol "-ENXIO" is known

    # source: docs/localio.adoc:1252
    Scenario: symbol -ENXIO is known
      # source: docs/localio.adoc:1252
      Then the symbol "-ENXIO" is known

    # source: docs/localio.adoc:1252
    Scenario: symbol nfserrno() is known
      # source: docs/localio.adoc:1252
      Then the symbol "nfserrno()" is known

    # source: docs/localio.adoc:1253
    Scenario: symbol nfs_local_open_fh() is known
      # source: docs/localio.adoc:1253
      Then the symbol "nfs_local_open_fh()" is known

    # source: docs/localio.adoc:1255
    Scenario: symbol -ENXIO is known
      # source: docs/localio.adoc:1255
      Then the symbol "-ENXIO" is known

    # source: docs/localio.adoc:1255
    Scenario: symbol nfsd_open_local_fh() is known
      # source: docs/localio.adoc:1255
      Then the symbol "nfsd_open_local_fh()" is known

    # source: docs/localio.adoc:1256
    Scenario: symbol nn->nfsd_serv is known
      # source: docs/localio.adoc:1256
      Then the symbol "nn->nfsd_serv" is known

    # source: docs/localio.adoc:1256
    Scenario: symbol nn->nfsd_serv is known
      # source: docs/localio.adoc:1256
      Then the symbol "nn->nfsd_serv" is known

    # source: docs/localio.adoc:1256
    Scenario: symbol -ENXIO is known
      # source: docs/localio.adoc:1256
      Then the symbol "-ENXIO" is known

    # source: docs/localio.adoc:1257
    Scenario: symbol nfsd_serv_try_get() is known
      # source: docs/localio.adoc:1257
      Then the symbol "nfsd_serv_try_get()" is known

    # source: docs/localio.adoc:1257
    Scenario: symbol nfs_open_local_fh() is known
      # source: docs/localio.adoc:1257
      Then the symbol "nfs_open_local_fh()" is known

    # source: docs/localio.adoc:1258
    Scenario: symbol nfs_common is known
      # source: docs/localio.adoc:1258
      Then the symbol "nfs_common" is known

    # source: docs/localio.adoc:1289
    Scenario: symbol -ENXIO is known
      # source: docs/localio.adoc:1289
      Then the symbol "-ENXIO" is known

    # source: docs/localio.adoc:1289
    Scenario: symbol nfs_local_open_fh() is known
      # source: docs/localio.adoc:1289
      Then the symbol "nfs_local_open_fh()" is known

    # source: docs/localio.adoc:1289
    Scenario: symbol nfs_local_probe() is known
      # source: docs/localio.adoc:1289
      Then the symbol "nfs_local_probe()" is known

    # source: docs/localio.adoc:1291
    Scenario: symbol -EACCES is known
      # source: docs/localio.adoc:1291
      Then the symbol "-EACCES" is known

    # source: docs/localio.adoc:1291
    Scenario: symbol -ESTALE is known
      # source: docs/localio.adoc:1291
      Then the symbol "-ESTALE" is known

    # source: docs/localio.adoc:1294
    Scenario: symbol -ENOMEM is known
      # source: docs/localio.adoc:1294
      Then the symbol "-ENOMEM" is known

    # source: docs/localio.adoc:1294
    Scenario: symbol -ENOENT is known
      # source: docs/localio.adoc:1294
      Then the symbol "-ENOENT" is known

    # source: docs/localio.adoc:1294
    Scenario: symbol -ENXIO is known
      # source: docs/localio.adoc:1294
      Then the symbol "-ENXIO" is known

    # source: docs/localio.adoc:1294
    Scenario: symbol nfs_local_open_fh() is known
      # source: docs/localio.adoc:1294
      Then the symbol "nfs_local_open_fh()" is known

    # source: docs/localio.adoc:1343
    Scenario: symbol nfs_client is known
      # source: docs/localio.adoc:1343
      Then the symbol "nfs_client" is known

    # source: docs/localio.adoc:1346
    Scenario: symbol nfs_client is known
      # source: docs/localio.adoc:1346
      Then the symbol "nfs_client" is known

    # source: docs/localio.adoc:1347
    Scenario: symbol nfs4_ff_layout_prepare_ds() is known
      # source: docs/localio.adoc:1347
      Then the symbol "nfs4_ff_layout_prepare_ds()" is known

    # source: docs/localio.adoc:1349
    Scenario: symbol nfs_get_client() is known
      # source: docs/localio.adoc:1349
      Then the symbol "nfs_get_client()" is known

    # source: docs/localio.adoc:1371
    Scenario: symbol nfsd_file is known
      # source: docs/localio.adoc:1371
      Then the symbol "nfsd_file" is known

    # source: docs/localio.adoc:1375
    Scenario: symbol nfsd_file is known
      # source: docs/localio.adoc:1375
      Then the symbol "nfsd_file" is known

    # source: docs/localio.adoc:1376
    Scenario: symbol nfs_local_doio() is known
      # source: docs/localio.adoc:1376
      Then the symbol "nfs_local_doio()" is known

    # source: docs/localio.adoc:1376
    Scenario: symbol nfs_local_commit() is known
      # source: docs/localio.adoc:1376
      Then the symbol "nfs_local_commit()" is known

    # source: docs/localio.adoc:1405
    Scenario: symbol stable_how is known
      # source: docs/localio.adoc:1405
      Then the symbol "stable_how" is known

    # source: docs/localio.adoc:1408
    Scenario: symbol DATA_SYNC is known
      # source: docs/localio.adoc:1408
      Then the symbol "DATA_SYNC" is known

    # source: docs/localio.adoc:1408
    Scenario: symbol IOCB_DSYNC is known
      # source: docs/localio.adoc:1408
      Then the symbol "IOCB_DSYNC" is known

    # source: docs/localio.adoc:1409
    Scenario: symbol FILE_SYNC is known
      # source: docs/localio.adoc:1409
      Then the symbol "FILE_SYNC" is known

    # source: docs/localio.adoc:1412
    Scenario: symbol cl_nfssvc_boot is known
      # source: docs/localio.adoc:1412
      Then the symbol "cl_nfssvc_boot" is known

    # source: docs/localio.adoc:1413
    Scenario: symbol -ENOSPC is known
      # source: docs/localio.adoc:1413
      Then the symbol "-ENOSPC" is known

    # source: docs/localio.adoc:1416
    Scenario: symbol nfs_local_read_done() is known
      # source: docs/localio.adoc:1416
      Then the symbol "nfs_local_read_done()" is known

    # source: docs/localio.adoc:1422
    Scenario: symbol vfs_fsync_range() is known
      # source: docs/localio.adoc:1422
      Then the symbol "vfs_fsync_range()" is known

  # source: docs/localio.adoc:1450
  Rule: Security

    # source: docs/localio.adoc:1453
    Scenario: symbol nfs_client is known
      # source: docs/localio.adoc:1453
      Then the symbol "nfs_client" is known

    # source: docs/localio.adoc:1462
    Scenario: fact auth_unix.max_groups reads 16
      # source: docs/localio.adoc:1462
      Then the fact "auth_unix.max_groups" reads "16"

    # source: docs/localio.adoc:1467
    Scenario: symbol NFSERR_PERM is known
      # source: docs/localio.adoc:1467
      Then the symbol "NFSERR_PERM" is known

    # source: docs/localio.adoc:1468
    Scenario: symbol nfsd_setuser_and_check_port() is known
      # source: docs/localio.adoc:1468
      Then the symbol "nfsd_setuser_and_check_port()" is known

    # source: docs/localio.adoc:1469
    Scenario: symbol nfsd_file_acquire_local() is known
      # source: docs/localio.adoc:1469
      Then the symbol "nfsd_file_acquire_local()" is known

    # source: docs/localio.adoc:1494
    Scenario: symbol rqstp->rq_client is known
      # source: docs/localio.adoc:1494
      Then the symbol "rqstp->rq_client" is known

    # source: docs/localio.adoc:1495
    Scenario: symbol nfs_uuid_is_local() is known
      # source: docs/localio.adoc:1495
      Then the symbol "nfs_uuid_is_local()" is known

    # source: docs/localio.adoc:1496
    Scenario: symbol nfs_open_local_fh() is known
      # source: docs/localio.adoc:1496
      Then the symbol "nfs_open_local_fh()" is known

    # source: docs/localio.adoc:1496
    Scenario: symbol nfsd_open_local_fh() is known
      # source: docs/localio.adoc:1496
      Then the symbol "nfsd_open_local_fh()" is known

    # source: docs/localio.adoc:1533
    Scenario: symbol nfsd_net is known
      # source: docs/localio.adoc:1533
      Then the symbol "nfsd_net" is known

    # source: docs/localio.adoc:1533
    Scenario: symbol nfsd_net is known
      # source: docs/localio.adoc:1533
      Then the symbol "nfsd_net" is known

  # source: docs/localio.adoc:1538
  Rule: Testing

    # source: docs/localio.adoc:1550
    Scenario: symbol nfs.localio_enabled is known
      # source: docs/localio.adoc:1550
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
