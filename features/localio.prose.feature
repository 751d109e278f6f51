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

    # source: docs/localio.adoc:65
    Scenario: symbol CONFIG_NFS_LOCALIO is known
      # source: docs/localio.adoc:65
      Then the symbol "CONFIG_NFS_LOCALIO" is known

  # source: docs/localio.adoc:220
  Rule: FAQ › 2. What must LOCALIO achieve?

    # source: docs/localio.adoc:229
    Scenario: symbol nfsd_file is known
      # source: docs/localio.adoc:229
      Then the symbol "nfsd_file" is known

    # source: docs/localio.adoc:272
    Scenario: symbol nfs_get_client() is known
      # source: docs/localio.adoc:272
      Then the symbol "nfs_get_client()" is known

    # source: docs/localio.adoc:301
    Scenario: symbol nfs_get_client() is known
      # source: docs/localio.adoc:301
      Then the symbol "nfs_get_client()" is known

  # source: docs/localio.adoc:305
  Rule: FAQ › 3. Why a handshake, rather than comparing IP addresses or host names?

    # source: docs/localio.adoc:312
    Scenario: symbol nfs_common is known
      # source: docs/localio.adoc:312
      Then the symbol "nfs_common" is known

    # source: docs/localio.adoc:319
    Scenario: symbol nfs_uuid_is_local() is known
      # source: docs/localio.adoc:319
      Then the symbol "nfs_uuid_is_local()" is known

    # source: docs/localio.adoc:320
    Scenario: symbol nfs_uuids is known
      # source: docs/localio.adoc:320
      Then the symbol "nfs_uuids" is known

    # source: docs/localio.adoc:320
    Scenario: symbol rqstp->rq_client is known
      # source: docs/localio.adoc:320
      Then the symbol "rqstp->rq_client" is known

    # source: docs/localio.adoc:325
    Scenario: symbol nfs_uuid_is_local() is known
      # source: docs/localio.adoc:325
      Then the symbol "nfs_uuid_is_local()" is known

    # source: docs/localio.adoc:325
    Scenario: symbol localio_proc_uuid_is_local() is known
      # source: docs/localio.adoc:325
      Then the symbol "localio_proc_uuid_is_local()" is known

    # source: docs/localio.adoc:370
    Scenario: symbol inet_addr_type() is known
      # source: docs/localio.adoc:370
      Then the symbol "inet_addr_type()" is known

    # source: docs/localio.adoc:371
    Scenario: symbol RTN_LOCAL is known
      # source: docs/localio.adoc:371
      Then the symbol "RTN_LOCAL" is known

  # source: docs/localio.adoc:374
  Rule: FAQ › 4. Does pNFS flexfiles gain from LOCALIO?

    # source: docs/localio.adoc:377
    Scenario: symbol nfs_client is known
      # source: docs/localio.adoc:377
      Then the symbol "nfs_client" is known

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

    # source: docs/localio.adoc:412
    Scenario: symbol nfs_get_client() is known
      # source: docs/localio.adoc:412
      Then the symbol "nfs_get_client()" is known

    # source: docs/localio.adoc:412
    Scenario: symbol nfs_client is known
      # source: docs/localio.adoc:412
      Then the symbol "nfs_client" is known

    # source: docs/localio.adoc:413
    Scenario: symbol nfs4_ff_layout_prepare_ds() is known
      # source: docs/localio.adoc:413
      Then the symbol "nfs4_ff_layout_prepare_ds()" is known

    # source: docs/localio.adoc:414
    Scenario: symbol nfs_local_probe() is known
      # source: docs/localio.adoc:414
      Then the symbol "nfs_local_probe()" is known

  # source: docs/localio.adoc:456
  Rule: FAQ › 6. What does an open that nfsd performs for the client, with no RPC, buy? Only with pNFS?

    # source: docs/localio.adoc:462
    Scenario: symbol nfsd_open_local_fh() is known
      # source: docs/localio.adoc:462
      Then the symbol "nfsd_open_local_fh()" is known

  # source: docs/localio.adoc:494
  Rule: FAQ › 7. Why AUTH_UNIX, and whose?

    # source: docs/localio.adoc:497
    Scenario: symbol nfs_client is known
      # source: docs/localio.adoc:497
      Then the symbol "nfs_client" is known

    # source: docs/localio.adoc:497
    Scenario: symbol cl_rpcclient is known
      # source: docs/localio.adoc:497
      Then the symbol "cl_rpcclient" is known

    # source: docs/localio.adoc:498
    Scenario: symbol nfs_local_probe() is known
      # source: docs/localio.adoc:498
      Then the symbol "nfs_local_probe()" is known

    # source: docs/localio.adoc:499
    Scenario: symbol nfs_client is known
      # source: docs/localio.adoc:499
      Then the symbol "nfs_client" is known

    # source: docs/localio.adoc:501
    Scenario: symbol nfs_init_client() is known
      # source: docs/localio.adoc:501
      Then the symbol "nfs_init_client()" is known

    # source: docs/localio.adoc:501
    Scenario: symbol cl_rpcclient is known
      # source: docs/localio.adoc:501
      Then the symbol "cl_rpcclient" is known

    # source: docs/localio.adoc:504
    Scenario: symbol cl_rpcclient is known
      # source: docs/localio.adoc:504
      Then the symbol "cl_rpcclient" is known

    # source: docs/localio.adoc:509
    Scenario: symbol nfs_get_client() is known
      # source: docs/localio.adoc:509
      Then the symbol "nfs_get_client()" is known

    # source: docs/localio.adoc:545
    Scenario: symbol nfs_local_probe() is known
      # source: docs/localio.adoc:545
      Then the symbol "nfs_local_probe()" is known

    # source: docs/localio.adoc:545
    Scenario: symbol clp->cl_rpcclient is known
      # source: docs/localio.adoc:545
      Then the symbol "clp->cl_rpcclient" is known

  # source: docs/localio.adoc:561
  Rule: FAQ › 8. Do export options that map user ids (root_squash, all_squash) apply to local IO?

    # source: docs/localio.adoc:564
    Scenario: symbol nfsd_file_acquire_local() is known
      # source: docs/localio.adoc:564
      Then the symbol "nfsd_file_acquire_local()" is known

    # source: docs/localio.adoc:564
    Scenario: symbol __fh_verify() is known
      # source: docs/localio.adoc:564
      Then the symbol "__fh_verify()" is known

    # source: docs/localio.adoc:564
    Scenario: symbol nfsd_setuser_and_check_port() is known
      # source: docs/localio.adoc:564
      Then the symbol "nfsd_setuser_and_check_port()" is known

    # source: docs/localio.adoc:565
    Scenario: symbol nfsd_setuser() is known
      # source: docs/localio.adoc:565
      Then the symbol "nfsd_setuser()" is known

    # source: docs/localio.adoc:566
    Scenario: symbol svcauth_map_clnt_to_svc_cred_local() is known
      # source: docs/localio.adoc:566
      Then the symbol "svcauth_map_clnt_to_svc_cred_local()" is known

    # source: docs/localio.adoc:575
    Scenario: fact export.anonuid reads 65534
      # source: docs/localio.adoc:575
      Then the fact "export.anonuid" reads "65534"

    # source: docs/localio.adoc:612
    Scenario: fact auth_unix.max_groups reads 16
      # source: docs/localio.adoc:612
      Then the fact "auth_unix.max_groups" reads "16"

    # source: docs/localio.adoc:614
    Scenario: fact page.carol.uid reads 1001
      # source: docs/localio.adoc:614
      Then the fact "page.carol.uid" reads "1001"

    # source: docs/localio.adoc:614
    Scenario: fact page.carol.groups reads 17
      # source: docs/localio.adoc:614
      Then the fact "page.carol.groups" reads "17"

    # source: docs/localio.adoc:613
    Scenario: symbol UNX_NGROUPS is known
      # source: docs/localio.adoc:613
      Then the symbol "UNX_NGROUPS" is known

  # source: docs/localio.adoc:647
  Rule: RPC

    # source: docs/localio.adoc:650
    Scenario: fact localio.real_procedures reads one
      # source: docs/localio.adoc:650
      Then the fact "localio.real_procedures" reads "one"

    # source: docs/localio.adoc:651
    Scenario: symbol UUID_IS_LOCAL is known
      # source: docs/localio.adoc:651
      Then the symbol "UUID_IS_LOCAL" is known

    # source: docs/localio.adoc:652
    Scenario: symbol nfs_common is known
      # source: docs/localio.adoc:652
      Then the symbol "nfs_common" is known

    # source: docs/localio.adoc:652
    Scenario: symbol nfs_common is known
      # source: docs/localio.adoc:652
      Then the symbol "nfs_common" is known

    # source: docs/localio.adoc:658
    Scenario: fact localio.program reads 400122
      # source: docs/localio.adoc:658
      Then the fact "localio.program" reads "400122"

    # source: docs/localio.adoc:659
    Scenario: fact localio.version reads 1
      # source: docs/localio.adoc:659
      Then the fact "localio.version" reads "1"

    # source: docs/localio.adoc:659
    Scenario: fact localio.proc.null reads 0
      # source: docs/localio.adoc:659
      Then the fact "localio.proc.null" reads "0"

    # source: docs/localio.adoc:660
    Scenario: fact localio.proc.uuid_is_local reads 1
      # source: docs/localio.adoc:660
      Then the fact "localio.proc.uuid_is_local" reads "1"

    # source: docs/localio.adoc:666
    Scenario: symbol NFS_LOCALIO_PROGRAM is known
      # source: docs/localio.adoc:666
      Then the symbol "NFS_LOCALIO_PROGRAM" is known

    # source: docs/localio.adoc:666
    Scenario: fact localio.program reads 400122
      # source: docs/localio.adoc:666
      Then the fact "localio.program" reads "400122"

    # source: docs/localio.adoc:667
    Scenario: symbol LOCALIO_V1 is known
      # source: docs/localio.adoc:667
      Then the symbol "LOCALIO_V1" is known

    # source: docs/localio.adoc:667
    Scenario: fact localio.version reads 1
      # source: docs/localio.adoc:667
      Then the fact "localio.version" reads "1"

    # source: docs/localio.adoc:668
    Scenario: symbol LOCALIOPROC_NULL is known
      # source: docs/localio.adoc:668
      Then the symbol "LOCALIOPROC_NULL" is known

    # source: docs/localio.adoc:668
    Scenario: fact localio.proc.null reads 0
      # source: docs/localio.adoc:668
      Then the fact "localio.proc.null" reads "0"

    # source: docs/localio.adoc:669
    Scenario: symbol LOCALIOPROC_UUID_IS_LOCAL is known
      # source: docs/localio.adoc:669
      Then the symbol "LOCALIOPROC_UUID_IS_LOCAL" is known

    # source: docs/localio.adoc:669
    Scenario: fact localio.proc.uuid_is_local reads 1
      # source: docs/localio.adoc:669
      Then the fact "localio.proc.uuid_is_local" reads "1"

    # source: docs/localio.adoc:702
    Scenario: fact uuid.size reads 16
      # source: docs/localio.adoc:702
      Then the fact "uuid.size" reads "16"

    # source: docs/localio.adoc:702
    Scenario: symbol UUID_SIZE is known
      # source: docs/localio.adoc:702
      Then the symbol "UUID_SIZE" is known

    # source: docs/localio.adoc:704
    Scenario: symbol encode_opaque_fixed() is known
      # source: docs/localio.adoc:704
      Then the symbol "encode_opaque_fixed()" is known

    # source: docs/localio.adoc:706
    Scenario: symbol nfs_common is known
      # source: docs/localio.adoc:706
      Then the symbol "nfs_common" is known

    # source: docs/localio.adoc:709
    Scenario: fact uuid.size reads 16
      # source: docs/localio.adoc:709
      Then the fact "uuid.size" reads "16"

    # source: docs/localio.adoc:712
    Scenario: fact uuid.size reads 16
      # source: docs/localio.adoc:712
      Then the fact "uuid.size" reads "16"

    # source: docs/localio.adoc:710
    Scenario: symbol localio_decode_uuidarg() is known
      # source: docs/localio.adoc:710
      Then the symbol "localio_decode_uuidarg()" is known

    # source: docs/localio.adoc:710
    Scenario: symbol svc_process() is known
      # source: docs/localio.adoc:710
      Then the symbol "svc_process()" is known

    # source: docs/localio.adoc:717
    Scenario: fact uuid.size reads 16
      # source: docs/localio.adoc:717
      Then the fact "uuid.size" reads "16"

    # source: docs/localio.adoc:735
    Scenario: symbol rpc_bind_new_program() is known
      # source: docs/localio.adoc:735
      Then the symbol "rpc_bind_new_program()" is known

    # source: docs/localio.adoc:735
    Scenario: symbol nfs_client is known
      # source: docs/localio.adoc:735
      Then the symbol "nfs_client" is known

    # source: docs/localio.adoc:735
    Scenario: symbol cl_rpcclient is known
      # source: docs/localio.adoc:735
      Then the symbol "cl_rpcclient" is known

    # source: docs/localio.adoc:760
    Scenario: fact localio.proc.null reads 0
      # source: docs/localio.adoc:760
      Then the fact "localio.proc.null" reads "0"

    # source: docs/localio.adoc:759
    Scenario: symbol rpc_bind_new_program() is known
      # source: docs/localio.adoc:759
      Then the symbol "rpc_bind_new_program()" is known

    # source: docs/localio.adoc:761
    Scenario: symbol CONFIG_NFS_LOCALIO is known
      # source: docs/localio.adoc:761
      Then the symbol "CONFIG_NFS_LOCALIO" is known

    # source: docs/localio.adoc:762
    Scenario: symbol PROG_UNAVAIL is known
      # source: docs/localio.adoc:762
      Then the symbol "PROG_UNAVAIL" is known

  # source: docs/localio.adoc:782
  Rule: NFS Common and Client/Server Handshake

    # source: docs/localio.adoc:785
    Scenario: symbol nfs_uuids is known
      # source: docs/localio.adoc:785
      Then the symbol "nfs_uuids" is known

    # source: docs/localio.adoc:785
    Scenario: symbol nfs_uuid_lock is known
      # source: docs/localio.adoc:785
      Then the symbol "nfs_uuid_lock" is known

    # source: docs/localio.adoc:786
    Scenario: symbol nfs_to is known
      # source: docs/localio.adoc:786
      Then the symbol "nfs_to" is known

    # source: docs/localio.adoc:787
    Scenario: symbol nfsd_localio_ops_init() is known
      # source: docs/localio.adoc:787
      Then the symbol "nfsd_localio_ops_init()" is known

    # source: docs/localio.adoc:787
    Scenario: symbol nfs_client is known
      # source: docs/localio.adoc:787
      Then the symbol "nfs_client" is known

    # source: docs/localio.adoc:788
    Scenario: symbol nfs_uuid_t is known
      # source: docs/localio.adoc:788
      Then the symbol "nfs_uuid_t" is known

    # source: docs/localio.adoc:788
    Scenario: symbol cl_uuid is known
      # source: docs/localio.adoc:788
      Then the symbol "cl_uuid" is known

    # source: docs/localio.adoc:794
    Scenario: fact nfs.localio_enabled.default reads Y
      # source: docs/localio.adoc:794
      Then the fact "nfs.localio_enabled.default" reads "Y"

    # source: docs/localio.adoc:792
    Scenario: symbol nfs_get_client() is known
      # source: docs/localio.adoc:792
      Then the symbol "nfs_get_client()" is known

    # source: docs/localio.adoc:793
    Scenario: symbol nfs_client is known
      # source: docs/localio.adoc:793
      Then the symbol "nfs_client" is known

    # source: docs/localio.adoc:793
    Scenario: symbol nfs_local_probe() is known
      # source: docs/localio.adoc:793
      Then the symbol "nfs_local_probe()" is known

    # source: docs/localio.adoc:794
    Scenario: symbol nfs.localio_enabled is known
      # source: docs/localio.adoc:794
      Then the symbol "nfs.localio_enabled" is known

    # source: docs/localio.adoc:796
    Scenario: symbol nfs_uuid_begin() is known
      # source: docs/localio.adoc:796
      Then the symbol "nfs_uuid_begin()" is known

    # source: docs/localio.adoc:796
    Scenario: symbol nfs_uuid_t is known
      # source: docs/localio.adoc:796
      Then the symbol "nfs_uuid_t" is known

    # source: docs/localio.adoc:797
    Scenario: symbol nfs_uuids is known
      # source: docs/localio.adoc:797
      Then the symbol "nfs_uuids" is known

    # source: docs/localio.adoc:804
    Scenario: symbol nfs_uuid_is_local() is known
      # source: docs/localio.adoc:804
      Then the symbol "nfs_uuid_is_local()" is known

    # source: docs/localio.adoc:805
    Scenario: symbol rqstp->rq_client is known
      # source: docs/localio.adoc:805
      Then the symbol "rqstp->rq_client" is known

    # source: docs/localio.adoc:806
    Scenario: symbol nn->local_clients is known
      # source: docs/localio.adoc:806
      Then the symbol "nn->local_clients" is known

    # source: docs/localio.adoc:806
    Scenario: symbol nfs_uuids is known
      # source: docs/localio.adoc:806
      Then the symbol "nfs_uuids" is known

    # source: docs/localio.adoc:806
    Scenario: symbol nfs_uuid_is_local() is known
      # source: docs/localio.adoc:806
      Then the symbol "nfs_uuid_is_local()" is known

    # source: docs/localio.adoc:807
    Scenario: symbol nfs_uuid_t is known
      # source: docs/localio.adoc:807
      Then the symbol "nfs_uuid_t" is known

    # source: docs/localio.adoc:807
    Scenario: symbol nn->local_clients is known
      # source: docs/localio.adoc:807
      Then the symbol "nn->local_clients" is known

    # source: docs/localio.adoc:808
    Scenario: symbol rcu_assign_pointer() is known
      # source: docs/localio.adoc:808
      Then the symbol "rcu_assign_pointer()" is known

    # source: docs/localio.adoc:811
    Scenario: symbol nfs_local_enable() is known
      # source: docs/localio.adoc:811
      Then the symbol "nfs_local_enable()" is known

    # source: docs/localio.adoc:811
    Scenario: symbol NFS_CS_LOCAL_IO is known
      # source: docs/localio.adoc:811
      Then the symbol "NFS_CS_LOCAL_IO" is known

    # source: docs/localio.adoc:813
    Scenario: symbol nfs_uuid_t is known
      # source: docs/localio.adoc:813
      Then the symbol "nfs_uuid_t" is known

    # source: docs/localio.adoc:813
    Scenario: symbol nn->nfsd_serv is known
      # source: docs/localio.adoc:813
      Then the symbol "nn->nfsd_serv" is known

    # source: docs/localio.adoc:814
    Scenario: symbol nfs_uuid_is_local() is known
      # source: docs/localio.adoc:814
      Then the symbol "nfs_uuid_is_local()" is known

    # source: docs/localio.adoc:815
    Scenario: symbol nfs_uuids is known
      # source: docs/localio.adoc:815
      Then the symbol "nfs_uuids" is known

    # source: docs/localio.adoc:815
    Scenario: symbol nn->local_clients is known
      # source: docs/localio.adoc:815
      Then the symbol "nn->local_clients" is known

    # source: docs/localio.adoc:815
    Scenario: symbol struct nfsd_net is known
      # source: docs/localio.adoc:815
      Then the symbol "struct nfsd_net" is known

    # source: docs/localio.adoc:815
    Scenario: symbol nfsd_serv is known
      # source: docs/localio.adoc:815
      Then the symbol "nfsd_serv" is known

    # source: docs/localio.adoc:862
    Scenario: symbol nfs_uuid_end() is known
      # source: docs/localio.adoc:862
      Then the symbol "nfs_uuid_end()" is known

    # source: docs/localio.adoc:862
    Scenario: symbol nfs_uuids is known
      # source: docs/localio.adoc:862
      Then the symbol "nfs_uuids" is known

    # source: docs/localio.adoc:885
    Scenario: symbol nfs_uuid_t is known
      # source: docs/localio.adoc:885
      Then the symbol "nfs_uuid_t" is known

    # source: docs/localio.adoc:886
    Scenario: symbol struct nfsd_net is known
      # source: docs/localio.adoc:886
      Then the symbol "struct nfsd_net" is known

    # source: docs/localio.adoc:886
    Scenario: symbol net_generic() is known
      # source: docs/localio.adoc:886
      Then the symbol "net_generic()" is known

    # source: docs/localio.adoc:886
    Scenario: symbol nn->nfsd_serv is known
      # source: docs/localio.adoc:886
      Then the symbol "nn->nfsd_serv" is known

  # source: docs/localio.adoc:893
  Rule: NFS Client and Server Interlock

    # source: docs/localio.adoc:897
    Scenario: symbol nfs_uuid_t is known
      # source: docs/localio.adoc:897
      Then the symbol "nfs_uuid_t" is known

    # source: docs/localio.adoc:933
    Scenario: fact uuid.size reads 16
      # source: docs/localio.adoc:933
      Then the fact "uuid.size" reads "16"

    # source: docs/localio.adoc:932
    Scenario: symbol nfs_client is known
      # source: docs/localio.adoc:932
      Then the symbol "nfs_client" is known

    # source: docs/localio.adoc:932
    Scenario: symbol nfs_uuid_t is known
      # source: docs/localio.adoc:932
      Then the symbol "nfs_uuid_t" is known

    # source: docs/localio.adoc:932
    Scenario: symbol cl_uuid is known
      # source: docs/localio.adoc:932
      Then the symbol "cl_uuid" is known

    # source: docs/localio.adoc:933
    Scenario: symbol nfs_client is known
      # source: docs/localio.adoc:933
      Then the symbol "nfs_client" is known

    # source: docs/localio.adoc:934
    Scenario: symbol nfs_uuid_t is known
      # source: docs/localio.adoc:934
      Then the symbol "nfs_uuid_t" is known

    # source: docs/localio.adoc:935
    Scenario: symbol nfs_client is known
      # source: docs/localio.adoc:935
      Then the symbol "nfs_client" is known

    # source: docs/localio.adoc:935
    Scenario: symbol nfs_free_client() is known
      # source: docs/localio.adoc:935
      Then the symbol "nfs_free_client()" is known

    # source: docs/localio.adoc:936
    Scenario: symbol nfs_local_disable() is known
      # source: docs/localio.adoc:936
      Then the symbol "nfs_local_disable()" is known

    # source: docs/localio.adoc:951
    Scenario: symbol nfs_uuid_t is known
      # source: docs/localio.adoc:951
      Then the symbol "nfs_uuid_t" is known

    # source: docs/localio.adoc:951
    Scenario: symbol nn->local_clients is known
      # source: docs/localio.adoc:951
      Then the symbol "nn->local_clients" is known

    # source: docs/localio.adoc:966
    Scenario: symbol pre_exit is known
      # source: docs/localio.adoc:966
      Then the symbol "pre_exit" is known

    # source: docs/localio.adoc:966
    Scenario: symbol nfsd_net_pre_exit() is known
      # source: docs/localio.adoc:966
      Then the symbol "nfsd_net_pre_exit()" is known

    # source: docs/localio.adoc:967
    Scenario: symbol nfs_uuid_invalidate_clients() is known
      # source: docs/localio.adoc:967
      Then the symbol "nfs_uuid_invalidate_clients()" is known

    # source: docs/localio.adoc:971
    Scenario: symbol cleanup_net() is known
      # source: docs/localio.adoc:971
      Then the symbol "cleanup_net()" is known

    # source: docs/localio.adoc:972
    Scenario: symbol pre_exit is known
      # source: docs/localio.adoc:972
      Then the symbol "pre_exit" is known

    # source: docs/localio.adoc:972
    Scenario: symbol synchronize_rcu() is known
      # source: docs/localio.adoc:972
      Then the symbol "synchronize_rcu()" is known

    # source: docs/localio.adoc:973
    Scenario: symbol nfsd_net is known
      # source: docs/localio.adoc:973
      Then the symbol "nfsd_net" is known

    # source: docs/localio.adoc:975
    Scenario: symbol pre_exit is known
      # source: docs/localio.adoc:975
      Then the symbol "pre_exit" is known

    # source: docs/localio.adoc:976
    Scenario: symbol synchronize_rcu() is known
      # source: docs/localio.adoc:976
      Then the symbol "synchronize_rcu()" is known

    # source: docs/localio.adoc:976
    Scenario: symbol cleanup_net() is known
      # source: docs/localio.adoc:976
      Then the symbol "cleanup_net()" is known

    # source: docs/localio.adoc:992
    Scenario: symbol nfs_uuid_t is known
      # source: docs/localio.adoc:992
      Then the symbol "nfs_uuid_t" is known

    # source: docs/localio.adoc:992
    Scenario: symbol nfs_open_local_fh() is known
      # source: docs/localio.adoc:992
      Then the symbol "nfs_open_local_fh()" is known

    # source: docs/localio.adoc:993
    Scenario: symbol nfs_common is known
      # source: docs/localio.adoc:993
      Then the symbol "nfs_common" is known

    # source: docs/localio.adoc:993
    Scenario: symbol rcu_read_lock() is known
      # source: docs/localio.adoc:993
      Then the symbol "rcu_read_lock()" is known

    # source: docs/localio.adoc:993
    Scenario: symbol rcu_dereference() is known
      # source: docs/localio.adoc:993
      Then the symbol "rcu_dereference()" is known

    # source: docs/localio.adoc:994
    Scenario: symbol nfsd_open_local_fh() is known
      # source: docs/localio.adoc:994
      Then the symbol "nfsd_open_local_fh()" is known

    # source: docs/localio.adoc:995
    Scenario: symbol nfs_uuid_t is known
      # source: docs/localio.adoc:995
      Then the symbol "nfs_uuid_t" is known

    # source: docs/localio.adoc:997
    Scenario: symbol nfs_uuid_t is known
      # source: docs/localio.adoc:997
      Then the symbol "nfs_uuid_t" is known

    # source: docs/localio.adoc:998
    Scenario: symbol rcu_read_lock() is known
      # source: docs/localio.adoc:998
      Then the symbol "rcu_read_lock()" is known

    # source: docs/localio.adoc:998
    Scenario: symbol nfs_uuid_t is known
      # source: docs/localio.adoc:998
      Then the symbol "nfs_uuid_t" is known

    # source: docs/localio.adoc:999
    Scenario: symbol nfs_common is known
      # source: docs/localio.adoc:999
      Then the symbol "nfs_common" is known

    # source: docs/localio.adoc:999
    Scenario: symbol nfs_open_local_fh() is known
      # source: docs/localio.adoc:999
      Then the symbol "nfs_open_local_fh()" is known

    # source: docs/localio.adoc:1002
    Scenario: symbol nn->nfsd_serv_ref is known
      # source: docs/localio.adoc:1002
      Then the symbol "nn->nfsd_serv_ref" is known

    # source: docs/localio.adoc:1002
    Scenario: symbol nfsd_destroy_serv() is known
      # source: docs/localio.adoc:1002
      Then the symbol "nfsd_destroy_serv()" is known

    # source: docs/localio.adoc:1006
    Scenario: symbol nfsd_serv_try_get() is known
      # source: docs/localio.adoc:1006
      Then the symbol "nfsd_serv_try_get()" is known

    # source: docs/localio.adoc:1006
    Scenario: symbol percpu_ref_tryget_live() is known
      # source: docs/localio.adoc:1006
      Then the symbol "percpu_ref_tryget_live()" is known

    # source: docs/localio.adoc:1007
    Scenario: symbol nfsd_file is known
      # source: docs/localio.adoc:1007
      Then the symbol "nfsd_file" is known

    # source: docs/localio.adoc:1008
    Scenario: symbol nfs_to_nfsd_file_put_local() is known
      # source: docs/localio.adoc:1008
      Then the symbol "nfs_to_nfsd_file_put_local()" is known

    # source: docs/localio.adoc:1009
    Scenario: symbol nfsd_file_put_local() is known
      # source: docs/localio.adoc:1009
      Then the symbol "nfsd_file_put_local()" is known

    # source: docs/localio.adoc:1014
    Scenario: symbol nfsd_file_put_local() is known
      # source: docs/localio.adoc:1014
      Then the symbol "nfsd_file_put_local()" is known

    # source: docs/localio.adoc:1016
    Scenario: symbol nfsd_serv_put() is known
      # source: docs/localio.adoc:1016
      Then the symbol "nfsd_serv_put()" is known

    # source: docs/localio.adoc:1021
    Scenario: symbol nfs_to_nfsd_file_put_local() is known
      # source: docs/localio.adoc:1021
      Then the symbol "nfs_to_nfsd_file_put_local()" is known

    # source: docs/localio.adoc:1022
    Scenario: symbol nfsd_file_put_local() is known
      # source: docs/localio.adoc:1022
      Then the symbol "nfsd_file_put_local()" is known

    # source: docs/localio.adoc:1024
    Scenario: symbol rcu_read_unlock() is known
      # source: docs/localio.adoc:1024
      Then the symbol "rcu_read_unlock()" is known

    # source: docs/localio.adoc:1027
    Scenario: symbol nfsd_destroy_serv() is known
      # source: docs/localio.adoc:1027
      Then the symbol "nfsd_destroy_serv()" is known

    # source: docs/localio.adoc:1029
    Scenario: symbol nfsd_net is known
      # source: docs/localio.adoc:1029
      Then the symbol "nfsd_net" is known

    # source: docs/localio.adoc:1030
    Scenario: symbol nfs_open_local_fh() is known
      # source: docs/localio.adoc:1030
      Then the symbol "nfs_open_local_fh()" is known

    # source: docs/localio.adoc:1031
    Scenario: symbol nfsd_create_serv() is known
      # source: docs/localio.adoc:1031
      Then the symbol "nfsd_create_serv()" is known

    # source: docs/localio.adoc:1032
    Scenario: symbol nfsd_destroy_serv() is known
      # source: docs/localio.adoc:1032
      Then the symbol "nfsd_destroy_serv()" is known

    # source: docs/localio.adoc:1055
    Scenario: symbol nfsd_destroy_serv() is known
      # source: docs/localio.adoc:1055
      Then the symbol "nfsd_destroy_serv()" is known

    # source: docs/localio.adoc:1057
    Scenario: symbol nn->nfsd_serv is known
      # source: docs/localio.adoc:1057
      Then the symbol "nn->nfsd_serv" is known

    # source: docs/localio.adoc:1058
    Scenario: symbol nfsd_shutdown_net() is known
      # source: docs/localio.adoc:1058
      Then the symbol "nfsd_shutdown_net()" is known

    # source: docs/localio.adoc:1058
    Scenario: symbol percpu_ref_exit() is known
      # source: docs/localio.adoc:1058
      Then the symbol "percpu_ref_exit()" is known

    # source: docs/localio.adoc:1058
    Scenario: symbol nfsd_create_serv() is known
      # source: docs/localio.adoc:1058
      Then the symbol "nfsd_create_serv()" is known

    # source: docs/localio.adoc:1080
    Scenario: symbol struct net is known
      # source: docs/localio.adoc:1080
      Then the symbol "struct net" is known

    # source: docs/localio.adoc:1080
    Scenario: symbol struct nfsd_net is known
      # source: docs/localio.adoc:1080
      Then the symbol "struct nfsd_net" is known

    # source: docs/localio.adoc:1081
    Scenario: symbol rcu_read_unlock() is known
      # source: docs/localio.adoc:1081
      Then the symbol "rcu_read_unlock()" is known

    # source: docs/localio.adoc:1083
    Scenario: symbol nn->nfsd_serv_ref is known
      # source: docs/localio.adoc:1083
      Then the symbol "nn->nfsd_serv_ref" is known

    # source: docs/localio.adoc:1084
    Scenario: symbol nfsd_destroy_serv() is known
      # source: docs/localio.adoc:1084
      Then the symbol "nfsd_destroy_serv()" is known

    # source: docs/localio.adoc:1085
    Scenario: symbol struct net is known
      # source: docs/localio.adoc:1085
      Then the symbol "struct net" is known

    # source: docs/localio.adoc:1085
    Scenario: symbol struct nfsd_net is known
      # source: docs/localio.adoc:1085
      Then the symbol "struct nfsd_net" is known

    # source: docs/localio.adoc:1086
    Scenario: symbol nfsd_serv_put() is known
      # source: docs/localio.adoc:1086
      Then the symbol "nfsd_serv_put()" is known

    # source: docs/localio.adoc:1086
    Scenario: symbol nfsd_file_put_local() is known
      # source: docs/localio.adoc:1086
      Then the symbol "nfsd_file_put_local()" is known

    # source: docs/localio.adoc:1088
    Scenario: symbol nfsd_file is known
      # source: docs/localio.adoc:1088
      Then the symbol "nfsd_file" is known

    # source: docs/localio.adoc:1090
    Scenario: symbol nfsd_file_put_local() is known
      # source: docs/localio.adoc:1090
      Then the symbol "nfsd_file_put_local()" is known

    # source: docs/localio.adoc:1094
    Scenario: symbol pre_exit is known
      # source: docs/localio.adoc:1094
      Then the symbol "pre_exit" is known

    # source: docs/localio.adoc:1097
    Scenario: symbol nfs_to is known
      # source: docs/localio.adoc:1097
      Then the symbol "nfs_to" is known

    # source: docs/localio.adoc:1098
    Scenario: symbol pre_exit is known
      # source: docs/localio.adoc:1098
      Then the symbol "pre_exit" is known

    # source: docs/localio.adoc:1102
    Scenario: symbol nfs_uuid_is_local() is known
      # source: docs/localio.adoc:1102
      Then the symbol "nfs_uuid_is_local()" is known

    # source: docs/localio.adoc:1103
    Scenario: symbol localio_proc_uuid_is_local() is known
      # source: docs/localio.adoc:1103
      Then the symbol "localio_proc_uuid_is_local()" is known

    # source: docs/localio.adoc:1103
    Scenario: symbol __module_get() is known
      # source: docs/localio.adoc:1103
      Then the symbol "__module_get()" is known

    # source: docs/localio.adoc:1104
    Scenario: symbol nfs_uuid_put_locked() is known
      # source: docs/localio.adoc:1104
      Then the symbol "nfs_uuid_put_locked()" is known

    # source: docs/localio.adoc:1104
    Scenario: symbol module_put() is known
      # source: docs/localio.adoc:1104
      Then the symbol "module_put()" is known

    # source: docs/localio.adoc:1105
    Scenario: symbol pre_exit is known
      # source: docs/localio.adoc:1105
      Then the symbol "pre_exit" is known

    # source: docs/localio.adoc:1106
    Scenario: symbol nfs_to is known
      # source: docs/localio.adoc:1106
      Then the symbol "nfs_to" is known

    # source: docs/localio.adoc:1125
    Scenario: symbol nn->nfsd_net_ref is known
      # source: docs/localio.adoc:1125
      Then the symbol "nn->nfsd_net_ref" is known

    # source: docs/localio.adoc:1126
    Scenario: symbol nfsd_net_try_get() is known
      # source: docs/localio.adoc:1126
      Then the symbol "nfsd_net_try_get()" is known

    # source: docs/localio.adoc:1126
    Scenario: symbol nfsd_shutdown_net() is known
      # source: docs/localio.adoc:1126
      Then the symbol "nfsd_shutdown_net()" is known

    # source: docs/localio.adoc:1126
    Scenario: symbol nfsd_destroy_serv() is known
      # source: docs/localio.adoc:1126
      Then the symbol "nfsd_destroy_serv()" is known

    # source: docs/localio.adoc:1127
    Scenario: symbol nfsd_net is known
      # source: docs/localio.adoc:1127
      Then the symbol "nfsd_net" is known

  # source: docs/localio.adoc:1131
  Rule: NFS Client and Server Interlock › The crash the interlock fixed

    # source: docs/localio.adoc:1136
    Scenario: symbol nn->nfsd_serv is known
      # source: docs/localio.adoc:1136
      Then the symbol "nn->nfsd_serv" is known

    # source: docs/localio.adoc:1136
    Scenario: symbol nfsd_serv_try_get() is known
      # source: docs/localio.adoc:1136
      Then the symbol "nfsd_serv_try_get()" is known

    # source: docs/localio.adoc:1137
    Scenario: symbol nfsd_serv_put() is known
      # source: docs/localio.adoc:1137
      Then the symbol "nfsd_serv_put()" is known

    # source: docs/localio.adoc:1138
    Scenario: symbol pre_exit is known
      # source: docs/localio.adoc:1138
      Then the symbol "pre_exit" is known

    # source: docs/localio.adoc:1143
    Scenario: symbol nn->nfsd_serv is known
      # source: docs/localio.adoc:1143
      Then the symbol "nn->nfsd_serv" is known

    # source: docs/localio.adoc:1144
    Scenario: symbol pre_exit is known
      # source: docs/localio.adoc:1144
      Then the symbol "pre_exit" is known

    # source: docs/localio.adoc:1149
    Scenario: symbol nn->nfsd_serv is known
      # source: docs/localio.adoc:1149
      Then the symbol "nn->nfsd_serv" is known

    # source: docs/localio.adoc:1183
    Scenario: symbol nn->nfsd_serv is known
      # source: docs/localio.adoc:1183
      Then the symbol "nn->nfsd_serv" is known

    # source: docs/localio.adoc:1190
    Scenario: symbol pre_exit is known
      # source: docs/localio.adoc:1190
      Then the symbol "pre_exit" is known

    # source: docs/localio.adoc:1191
    Scenario: symbol -ENXIO is known
      # source: docs/localio.adoc:1191
      Then the symbol "-ENXIO" is known

  # source: docs/localio.adoc:1223
  Rule: NFS Client and Server Interlock › Under the interleavings a model checker explores

    # source: docs/localio.adoc:1226
    Scenario: symbol nfsd_destroy_serv() is known
      # source: docs/localio.adoc:1226
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

  # source: docs/localio.adoc:1233
  Rule: NFS Client issues IO instead of Server

    # source: docs/localio.adoc:1241
    Scenario: fact fh.max reads 128
      # source: docs/localio.adoc:1241
      Then the fact "fh.max" reads "128"

    # source: docs/localio.adoc:1238
    Scenario: symbol nfs_local_open_fh() is known
      # source: docs/localio.adoc:1238
      Then the symbol "nfs_local_open_fh()" is known

    # source: docs/localio.adoc:1239
    Scenario: symbol nfs_open_local_fh() is known
      # source: docs/localio.adoc:1239
      Then the symbol "nfs_open_local_fh()" is known

    # source: docs/localio.adoc:1239
    Scenario: symbol nfs_common is known
      # source: docs/localio.adoc:1239
      Then the symbol "nfs_common" is known

    # source: docs/localio.adoc:1239
    Scenario: symbol nfsd_open_local_fh() is known
      # source: docs/localio.adoc:1239
      Then the symbol "nfsd_open_local_fh()" is known

    # source: docs/localio.adoc:1241
    Scenario: symbol NFS4_FHSIZE is known
      # source: docs/localio.adoc:1241
      Then the symbol "NFS4_FHSIZE" is known

    # source: docs/localio.adoc:1241
    Scenario: symbol -EINVAL is known
      # source: docs/localio.adoc:1241
      Then the symbol "-EINVAL" is known

    # source: docs/localio.adoc:1241
    Scenario: symbol NFSD_MAY_LOCALIO is known
      # source: docs/localio.adoc:1241
      Then the symbol "NFSD_MAY_LOCALIO" is known

    # source: docs/localio.adoc:1242
    Scenario: symbol nfsd_file_acquire_local() is known
      # source: docs/localio.adoc:1242
      Then the symbol "nfsd_file_acquire_local()" is known

    # source: docs/localio.adoc:1243
    Scenario: symbol nfsd_file is known
      # source: docs/localio.adoc:1243
      Then the symbol "nfsd_file" is known

    # source: docs/localio.adoc:1247
    Scenario: symbol nfs_open_local_fh() is known
      # source: docs/localio.adoc:1247
      Then the symbol "nfs_open_local_fh()" is known

    # source: docs/localio.adoc:1247
    Scenario: symbol -ENXIO is known
      # source: docs/localio.adoc:1247
      Then the symbol "-ENXIO" is known

    # source: docs/localio.adoc:1248
    Scenario: symbol nfsd_serv_try_get() is known
      # source: docs/localio.adoc:1248
      Then the symbol "nfsd_serv_try_get()" is known

    # source: docs/localio.adoc:1249
    Scenario: symbol nn->nfsd_serv is known
      # source: docs/localio.adoc:1249
      Then the symbol "nn->nfsd_serv" is known

    # source: docs/localio.adoc:1251
    Scenario: symbol nfsd_open_local_fh() is known
      # source: docs/localio.adoc:1251
      Then the symbol "nfsd_open_local_fh()" is known

    # source: docs/localio.adoc:1252
    Scenario: symbol nfs_stat_to_errno() is known
      # source: docs/localio.adoc:1252
      Then the symbol "nfs_stat_to_errno()" is known

    # source: docs/localio.adoc:1252
    Scenario: symbol NFSERR_NXIO is known
      # source: docs/localio.adoc:1252
      Then the symbol "NFSERR_NXIO" is known

    # source: docs/localio.adoc:1252
    Scenario: symbol -ENXIO is known
      # source: docs/localio.adoc:1252
      Then the symbol "-ENXIO" is known

    # source: docs/localio.adoc:1253
    Scenario: symbol -ENXIO is known
      # source: docs/localio.adoc:1253
      Then the symbol "-ENXIO" is known

    # source: docs/localio.adoc:1253
    Scenario: symbol nfserrno() is known
      # source: docs/localio.adoc:1253
      Then the symbol "nfserrno()" is known

    # source: docs/localio.adoc:1254
    Scenario: symbol nfs_local_open_fh() is known
      # source: docs/localio.adoc:1254
      Then the symbol "nfs_local_open_fh()" is known

    # source: docs/localio.adoc:1256
    Scenario: symbol -ENXIO is known
      # source: docs/localio.adoc:1256
      Then the symbol "-ENXIO" is known

    # source: docs/localio.adoc:1256
    Scenario: symbol nfsd_open_local_fh() is known
      # source: docs/localio.adoc:1256
      Then the symbol "nfsd_open_local_fh()" is known

    # source: docs/localio.adoc:1257
    Scenario: symbol nn->nfsd_serv is known
      # source: docs/localio.adoc:1257
      Then the symbol "nn->nfsd_serv" is known

    # source: docs/localio.adoc:1257
    Scenario: symbol nn->nfsd_serv is known
      # source: docs/localio.adoc:1257
      Then the symbol "nn->nfsd_serv" is known

    # source: docs/localio.adoc:1257
    Scenario: symbol -ENXIO is known
      # source: docs/localio.adoc:1257
      Then the symbol "-ENXIO" is known

    # source: docs/localio.adoc:1258
    Scenario: symbol nfsd_serv_try_get() is known
      # source: docs/localio.adoc:1258
      Then the symbol "nfsd_serv_try_get()" is known

    # source: docs/localio.adoc:1258
    Scenario: symbol nfs_open_local_fh() is known
      # source: docs/localio.adoc:1258
      Then the symbol "nfs_open_local_fh()" is known

    # source: docs/localio.adoc:1259
    Scenario: symbol nfs_common is known
      # source: docs/localio.adoc:1259
      Then the symbol "nfs_common" is known

    # source: docs/localio.adoc:1290
    Scenario: symbol -ENXIO is known
      # source: docs/localio.adoc:1290
      Then the symbol "-ENXIO" is known

    # source: docs/localio.adoc:1290
    Scenario: symbol nfs_local_open_fh() is known
      # source: docs/localio.adoc:1290
      Then the symbol "nfs_local_open_fh()" is known

    # source: docs/localio.adoc:1290
    Scenario: symbol nfs_local_probe() is known
      # source: docs/localio.adoc:1290
      Then the symbol "nfs_local_probe()" is known

    # source: docs/localio.adoc:1292
    Scenario: symbol -EACCES is known
      # source: docs/localio.adoc:1292
      Then the symbol "-EACCES" is known

    # source: docs/localio.adoc:1292
    Scenario: symbol -ESTALE is known
      # source: docs/localio.adoc:1292
      Then the symbol "-ESTALE" is known

    # source: docs/localio.adoc:1295
    Scenario: symbol -ENOMEM is known
      # source: docs/localio.adoc:1295
      Then the symbol "-ENOMEM" is known

    # source: docs/localio.adoc:1295
    Scenario: symbol -ENOENT is known
      # source: docs/localio.adoc:1295
      Then the symbol "-ENOENT" is known

    # source: docs/localio.adoc:1295
    Scenario: symbol -ENXIO is known
      # source: docs/localio.adoc:1295
      Then the symbol "-ENXIO" is known

    # source: docs/localio.adoc:1295
    Scenario: symbol nfs_local_open_fh() is known
      # source: docs/localio.adoc:1295
      Then the symbol "nfs_local_open_fh()" is known

    # source: docs/localio.adoc:1344
    Scenario: symbol nfs_client is known
      # source: docs/localio.adoc:1344
      Then the symbol "nfs_client" is known

    # source: docs/localio.adoc:1347
    Scenario: symbol nfs_client is known
      # source: docs/localio.adoc:1347
      Then the symbol "nfs_client" is known

    # source: docs/localio.adoc:1348
    Scenario: symbol nfs4_ff_layout_prepare_ds() is known
      # source: docs/localio.adoc:1348
      Then the symbol "nfs4_ff_layout_prepare_ds()" is known

    # source: docs/localio.adoc:1350
    Scenario: symbol nfs_get_client() is known
      # source: docs/localio.adoc:1350
      Then the symbol "nfs_get_client()" is known

    # source: docs/localio.adoc:1370
    Scenario: symbol nfsiod_workqueue is known
      # source: docs/localio.adoc:1370
      Then the symbol "nfsiod_workqueue" is known

    # source: docs/localio.adoc:1372
    Scenario: symbol nfsv3.nfs3_localio_probe_throttle is known
      # source: docs/localio.adoc:1372
      Then the symbol "nfsv3.nfs3_localio_probe_throttle" is known

    # source: docs/localio.adoc:1372
    Scenario: symbol nfsd_file is known
      # source: docs/localio.adoc:1372
      Then the symbol "nfsd_file" is known

    # source: docs/localio.adoc:1376
    Scenario: symbol nfsd_file is known
      # source: docs/localio.adoc:1376
      Then the symbol "nfsd_file" is known

    # source: docs/localio.adoc:1377
    Scenario: symbol nfs_local_doio() is known
      # source: docs/localio.adoc:1377
      Then the symbol "nfs_local_doio()" is known

    # source: docs/localio.adoc:1377
    Scenario: symbol nfs_local_commit() is known
      # source: docs/localio.adoc:1377
      Then the symbol "nfs_local_commit()" is known

    # source: docs/localio.adoc:1406
    Scenario: symbol stable_how is known
      # source: docs/localio.adoc:1406
      Then the symbol "stable_how" is known

    # source: docs/localio.adoc:1409
    Scenario: symbol DATA_SYNC is known
      # source: docs/localio.adoc:1409
      Then the symbol "DATA_SYNC" is known

    # source: docs/localio.adoc:1409
    Scenario: symbol IOCB_DSYNC is known
      # source: docs/localio.adoc:1409
      Then the symbol "IOCB_DSYNC" is known

    # source: docs/localio.adoc:1410
    Scenario: symbol FILE_SYNC is known
      # source: docs/localio.adoc:1410
      Then the symbol "FILE_SYNC" is known

    # source: docs/localio.adoc:1413
    Scenario: symbol cl_nfssvc_boot is known
      # source: docs/localio.adoc:1413
      Then the symbol "cl_nfssvc_boot" is known

    # source: docs/localio.adoc:1414
    Scenario: symbol -ENOSPC is known
      # source: docs/localio.adoc:1414
      Then the symbol "-ENOSPC" is known

    # source: docs/localio.adoc:1417
    Scenario: symbol nfs_local_read_done() is known
      # source: docs/localio.adoc:1417
      Then the symbol "nfs_local_read_done()" is known

    # source: docs/localio.adoc:1423
    Scenario: symbol vfs_fsync_range() is known
      # source: docs/localio.adoc:1423
      Then the symbol "vfs_fsync_range()" is known

  # source: docs/localio.adoc:1451
  Rule: Security

    # source: docs/localio.adoc:1454
    Scenario: symbol nfs_client is known
      # source: docs/localio.adoc:1454
      Then the symbol "nfs_client" is known

    # source: docs/localio.adoc:1463
    Scenario: fact auth_unix.max_groups reads 16
      # source: docs/localio.adoc:1463
      Then the fact "auth_unix.max_groups" reads "16"

    # source: docs/localio.adoc:1468
    Scenario: symbol NFSERR_PERM is known
      # source: docs/localio.adoc:1468
      Then the symbol "NFSERR_PERM" is known

    # source: docs/localio.adoc:1469
    Scenario: symbol nfsd_setuser_and_check_port() is known
      # source: docs/localio.adoc:1469
      Then the symbol "nfsd_setuser_and_check_port()" is known

    # source: docs/localio.adoc:1470
    Scenario: symbol nfsd_file_acquire_local() is known
      # source: docs/localio.adoc:1470
      Then the symbol "nfsd_file_acquire_local()" is known

    # source: docs/localio.adoc:1495
    Scenario: symbol rqstp->rq_client is known
      # source: docs/localio.adoc:1495
      Then the symbol "rqstp->rq_client" is known

    # source: docs/localio.adoc:1496
    Scenario: symbol nfs_uuid_is_local() is known
      # source: docs/localio.adoc:1496
      Then the symbol "nfs_uuid_is_local()" is known

    # source: docs/localio.adoc:1497
    Scenario: symbol nfs_open_local_fh() is known
      # source: docs/localio.adoc:1497
      Then the symbol "nfs_open_local_fh()" is known

    # source: docs/localio.adoc:1497
    Scenario: symbol nfsd_open_local_fh() is known
      # source: docs/localio.adoc:1497
      Then the symbol "nfsd_open_local_fh()" is known

    # source: docs/localio.adoc:1534
    Scenario: symbol nfsd_net is known
      # source: docs/localio.adoc:1534
      Then the symbol "nfsd_net" is known

    # source: docs/localio.adoc:1534
    Scenario: symbol nfsd_net is known
      # source: docs/localio.adoc:1534
      Then the symbol "nfsd_net" is known

  # source: docs/localio.adoc:1539
  Rule: Testing

    # source: docs/localio.adoc:1551
    Scenario: symbol nfs.localio_enabled is known
      # source: docs/localio.adoc:1551
      Then the symbol "nfs.localio_enabled" is known

  # source: docs/localio.adoc:1643
  Rule: After v6.12: the newest mainline

    # source: docs/localio.adoc:1655
    Scenario: symbol struct nfs_open_context is known
      # source: docs/localio.adoc:1655
      Then the symbol "struct nfs_open_context" is known

    # source: docs/localio.adoc:1656
    Scenario: symbol ro_file is known
      # source: docs/localio.adoc:1656
      Then the symbol "ro_file" is known

    # source: docs/localio.adoc:1656
    Scenario: symbol rw_file is known
      # source: docs/localio.adoc:1656
      Then the symbol "rw_file" is known

    # source: docs/localio.adoc:1656
    Scenario: symbol struct nfs_file_localio is known
      # source: docs/localio.adoc:1656
      Then the symbol "struct nfs_file_localio" is known

    # source: docs/localio.adoc:1659
    Scenario: symbol nn->nfsd_net_ref is known
      # source: docs/localio.adoc:1659
      Then the symbol "nn->nfsd_net_ref" is known

    # source: docs/localio.adoc:1659
    Scenario: symbol nn->nfsd_serv_ref is known
      # source: docs/localio.adoc:1659
      Then the symbol "nn->nfsd_serv_ref" is known

    # source: docs/localio.adoc:1660
    Scenario: symbol nfs_close_local_fh() is known
      # source: docs/localio.adoc:1660
      Then the symbol "nfs_close_local_fh()" is known

    # source: docs/localio.adoc:1682
    Scenario: symbol nfsd_destroy_serv() is known
      # source: docs/localio.adoc:1682
      Then the symbol "nfsd_destroy_serv()" is known

    # source: docs/localio.adoc:1682
    Scenario: symbol nn->nfsd_serv is known
      # source: docs/localio.adoc:1682
      Then the symbol "nn->nfsd_serv" is known

    # source: docs/localio.adoc:1682
    Scenario: symbol nfsd_shutdown_net() is known
      # source: docs/localio.adoc:1682
      Then the symbol "nfsd_shutdown_net()" is known

    # source: docs/localio.adoc:1683
    Scenario: symbol nn->nfsd_net_ref is known
      # source: docs/localio.adoc:1683
      Then the symbol "nn->nfsd_net_ref" is known

    # source: docs/localio.adoc:1684
    Scenario: symbol nfs_localio_invalidate_clients() is known
      # source: docs/localio.adoc:1684
      Then the symbol "nfs_localio_invalidate_clients()" is known

    # source: docs/localio.adoc:1685
    Scenario: symbol nn->local_clients is known
      # source: docs/localio.adoc:1685
      Then the symbol "nn->local_clients" is known

    # source: docs/localio.adoc:1685
    Scenario: symbol nfs_localio_disable_client() is known
      # source: docs/localio.adoc:1685
      Then the symbol "nfs_localio_disable_client()" is known

    # source: docs/localio.adoc:1686
    Scenario: symbol nfsd_shutdown_net() is known
      # source: docs/localio.adoc:1686
      Then the symbol "nfsd_shutdown_net()" is known

    # source: docs/localio.adoc:1707
    Scenario: symbol -ENXIO is known
      # source: docs/localio.adoc:1707
      Then the symbol "-ENXIO" is known

    # source: docs/localio.adoc:1710
    Scenario: symbol nfs4_do_reclaim() is known
      # source: docs/localio.adoc:1710
      Then the symbol "nfs4_do_reclaim()" is known

    # source: docs/localio.adoc:1711
    Scenario: symbol nfs3_localio_probe_throttle is known
      # source: docs/localio.adoc:1711
      Then the symbol "nfs3_localio_probe_throttle" is known

    # source: docs/localio.adoc:1712
    Scenario: symbol nfs3_localio_probe() is known
      # source: docs/localio.adoc:1712
      Then the symbol "nfs3_localio_probe()" is known

    # source: docs/localio.adoc:1736
    Scenario: symbol nfs_get_client() is known
      # source: docs/localio.adoc:1736
      Then the symbol "nfs_get_client()" is known

    # source: docs/localio.adoc:1736
    Scenario: symbol nfs4_ff_layout_prepare_ds() is known
      # source: docs/localio.adoc:1736
      Then the symbol "nfs4_ff_layout_prepare_ds()" is known

    # source: docs/localio.adoc:1737
    Scenario: symbol nfs_local_probe_async() is known
      # source: docs/localio.adoc:1737
      Then the symbol "nfs_local_probe_async()" is known

    # source: docs/localio.adoc:1738
    Scenario: symbol -ENOMEM is known
      # source: docs/localio.adoc:1738
      Then the symbol "-ENOMEM" is known

    # source: docs/localio.adoc:1738
    Scenario: symbol -ENXIO is known
      # source: docs/localio.adoc:1738
      Then the symbol "-ENXIO" is known

    # source: docs/localio.adoc:1738
    Scenario: symbol -ENOENT is known
      # source: docs/localio.adoc:1738
      Then the symbol "-ENOENT" is known

    # source: docs/localio.adoc:1758
    Scenario: symbol nfs4_ff_layout_prepare_ds() is known
      # source: docs/localio.adoc:1758
      Then the symbol "nfs4_ff_layout_prepare_ds()" is known

    # source: docs/localio.adoc:1779
    Scenario: symbol nn->nfsd_net_ref is known
      # source: docs/localio.adoc:1779
      Then the symbol "nn->nfsd_net_ref" is known

    # source: docs/localio.adoc:1780
    Scenario: symbol -ENXIO is known
      # source: docs/localio.adoc:1780
      Then the symbol "-ENXIO" is known

    # source: docs/localio.adoc:1781
    Scenario: symbol nfsd_shutdown_net() is known
      # source: docs/localio.adoc:1781
      Then the symbol "nfsd_shutdown_net()" is known

    # source: docs/localio.adoc:1783
    Scenario: symbol -ESTALE is known
      # source: docs/localio.adoc:1783
      Then the symbol "-ESTALE" is known

    # source: docs/localio.adoc:1787
    Scenario: symbol nfs_uuid_add_file() is known
      # source: docs/localio.adoc:1787
      Then the symbol "nfs_uuid_add_file()" is known

    # source: docs/localio.adoc:1788
    Scenario: symbol -ENXIO is known
      # source: docs/localio.adoc:1788
      Then the symbol "-ENXIO" is known

    # source: docs/localio.adoc:1788
    Scenario: symbol nfs_open_local_fh() is known
      # source: docs/localio.adoc:1788
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
