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

  # source: docs/localio.adoc:226
  Rule: FAQ › 2. What must LOCALIO achieve?

    # source: docs/localio.adoc:235
    Scenario: symbol nfsd_file is known
      # source: docs/localio.adoc:235
      Then the symbol "nfsd_file" is known

    # source: docs/localio.adoc:278
    Scenario: symbol nfs_get_client() is known
      # source: docs/localio.adoc:278
      Then the symbol "nfs_get_client()" is known

    # source: docs/localio.adoc:307
    Scenario: symbol nfs_get_client() is known
      # source: docs/localio.adoc:307
      Then the symbol "nfs_get_client()" is known

  # source: docs/localio.adoc:311
  Rule: FAQ › 3. Why a handshake, rather than comparing IP addresses or host names?

    # source: docs/localio.adoc:318
    Scenario: symbol nfs_common is known
      # source: docs/localio.adoc:318
      Then the symbol "nfs_common" is known

    # source: docs/localio.adoc:325
    Scenario: symbol nfs_uuid_is_local() is known
      # source: docs/localio.adoc:325
      Then the symbol "nfs_uuid_is_local()" is known

    # source: docs/localio.adoc:326
    Scenario: symbol nfs_uuids is known
      # source: docs/localio.adoc:326
      Then the symbol "nfs_uuids" is known

    # source: docs/localio.adoc:326
    Scenario: symbol rqstp->rq_client is known
      # source: docs/localio.adoc:326
      Then the symbol "rqstp->rq_client" is known

    # source: docs/localio.adoc:331
    Scenario: symbol nfs_uuid_is_local() is known
      # source: docs/localio.adoc:331
      Then the symbol "nfs_uuid_is_local()" is known

    # source: docs/localio.adoc:331
    Scenario: symbol localio_proc_uuid_is_local() is known
      # source: docs/localio.adoc:331
      Then the symbol "localio_proc_uuid_is_local()" is known

    # source: docs/localio.adoc:380
    Scenario: symbol inet_addr_type() is known
      # source: docs/localio.adoc:380
      Then the symbol "inet_addr_type()" is known

    # source: docs/localio.adoc:381
    Scenario: symbol RTN_LOCAL is known
      # source: docs/localio.adoc:381
      Then the symbol "RTN_LOCAL" is known

  # source: docs/localio.adoc:384
  Rule: FAQ › 4. Does pNFS flexfiles gain from LOCALIO?

    # source: docs/localio.adoc:387
    Scenario: symbol nfs_client is known
      # source: docs/localio.adoc:387
      Then the symbol "nfs_client" is known

    # source: docs/localio.adoc:387
    Scenario: symbol nfs_get_client() is known
      # source: docs/localio.adoc:387
      Then the symbol "nfs_get_client()" is known

    # source: docs/localio.adoc:387
    Scenario: symbol nfs_client is known
      # source: docs/localio.adoc:387
      Then the symbol "nfs_client" is known

    # source: docs/localio.adoc:388
    Scenario: symbol nfs4_ff_layout_prepare_ds() is known
      # source: docs/localio.adoc:388
      Then the symbol "nfs4_ff_layout_prepare_ds()" is known

    # source: docs/localio.adoc:422
    Scenario: symbol nfs_get_client() is known
      # source: docs/localio.adoc:422
      Then the symbol "nfs_get_client()" is known

    # source: docs/localio.adoc:422
    Scenario: symbol nfs_client is known
      # source: docs/localio.adoc:422
      Then the symbol "nfs_client" is known

    # source: docs/localio.adoc:423
    Scenario: symbol nfs4_ff_layout_prepare_ds() is known
      # source: docs/localio.adoc:423
      Then the symbol "nfs4_ff_layout_prepare_ds()" is known

    # source: docs/localio.adoc:424
    Scenario: symbol nfs_local_probe() is known
      # source: docs/localio.adoc:424
      Then the symbol "nfs_local_probe()" is known

  # source: docs/localio.adoc:466
  Rule: FAQ › 6. What does an open that nfsd performs for the client, with no RPC, buy? Only with pNFS?

    # source: docs/localio.adoc:472
    Scenario: symbol nfsd_open_local_fh() is known
      # source: docs/localio.adoc:472
      Then the symbol "nfsd_open_local_fh()" is known

  # source: docs/localio.adoc:508
  Rule: FAQ › 7. Why AUTH_UNIX, and whose?

    # source: docs/localio.adoc:511
    Scenario: symbol nfs_client is known
      # source: docs/localio.adoc:511
      Then the symbol "nfs_client" is known

    # source: docs/localio.adoc:511
    Scenario: symbol cl_rpcclient is known
      # source: docs/localio.adoc:511
      Then the symbol "cl_rpcclient" is known

    # source: docs/localio.adoc:512
    Scenario: symbol nfs_local_probe() is known
      # source: docs/localio.adoc:512
      Then the symbol "nfs_local_probe()" is known

    # source: docs/localio.adoc:513
    Scenario: symbol nfs_client is known
      # source: docs/localio.adoc:513
      Then the symbol "nfs_client" is known

    # source: docs/localio.adoc:515
    Scenario: symbol nfs_init_client() is known
      # source: docs/localio.adoc:515
      Then the symbol "nfs_init_client()" is known

    # source: docs/localio.adoc:515
    Scenario: symbol cl_rpcclient is known
      # source: docs/localio.adoc:515
      Then the symbol "cl_rpcclient" is known

    # source: docs/localio.adoc:518
    Scenario: symbol cl_rpcclient is known
      # source: docs/localio.adoc:518
      Then the symbol "cl_rpcclient" is known

    # source: docs/localio.adoc:523
    Scenario: symbol nfs_get_client() is known
      # source: docs/localio.adoc:523
      Then the symbol "nfs_get_client()" is known

    # source: docs/localio.adoc:559
    Scenario: symbol nfs_local_probe() is known
      # source: docs/localio.adoc:559
      Then the symbol "nfs_local_probe()" is known

    # source: docs/localio.adoc:559
    Scenario: symbol clp->cl_rpcclient is known
      # source: docs/localio.adoc:559
      Then the symbol "clp->cl_rpcclient" is known

  # source: docs/localio.adoc:575
  Rule: FAQ › 8. Do export options that map user ids (root_squash, all_squash) apply to local IO?

    # source: docs/localio.adoc:578
    Scenario: symbol nfsd_file_acquire_local() is known
      # source: docs/localio.adoc:578
      Then the symbol "nfsd_file_acquire_local()" is known

    # source: docs/localio.adoc:578
    Scenario: symbol __fh_verify() is known
      # source: docs/localio.adoc:578
      Then the symbol "__fh_verify()" is known

    # source: docs/localio.adoc:578
    Scenario: symbol nfsd_setuser_and_check_port() is known
      # source: docs/localio.adoc:578
      Then the symbol "nfsd_setuser_and_check_port()" is known

    # source: docs/localio.adoc:579
    Scenario: symbol nfsd_setuser() is known
      # source: docs/localio.adoc:579
      Then the symbol "nfsd_setuser()" is known

    # source: docs/localio.adoc:580
    Scenario: symbol svcauth_map_clnt_to_svc_cred_local() is known
      # source: docs/localio.adoc:580
      Then the symbol "svcauth_map_clnt_to_svc_cred_local()" is known

    # source: docs/localio.adoc:589
    Scenario: fact export.anonuid reads 65534
      # source: docs/localio.adoc:589
      Then the fact "export.anonuid" reads "65534"

    # source: docs/localio.adoc:626
    Scenario: fact auth_unix.max_groups reads 16
      # source: docs/localio.adoc:626
      Then the fact "auth_unix.max_groups" reads "16"

    # source: docs/localio.adoc:628
    Scenario: fact page.carol.uid reads 1001
      # source: docs/localio.adoc:628
      Then the fact "page.carol.uid" reads "1001"

    # source: docs/localio.adoc:628
    Scenario: fact page.carol.groups reads 17
      # source: docs/localio.adoc:628
      Then the fact "page.carol.groups" reads "17"

    # source: docs/localio.adoc:627
    Scenario: symbol UNX_NGROUPS is known
      # source: docs/localio.adoc:627
      Then the symbol "UNX_NGROUPS" is known

  # source: docs/localio.adoc:661
  Rule: RPC

    # source: docs/localio.adoc:664
    Scenario: fact localio.real_procedures reads one
      # source: docs/localio.adoc:664
      Then the fact "localio.real_procedures" reads "one"

    # source: docs/localio.adoc:665
    Scenario: symbol UUID_IS_LOCAL is known
      # source: docs/localio.adoc:665
      Then the symbol "UUID_IS_LOCAL" is known

    # source: docs/localio.adoc:666
    Scenario: symbol nfs_common is known
      # source: docs/localio.adoc:666
      Then the symbol "nfs_common" is known

    # source: docs/localio.adoc:666
    Scenario: symbol nfs_common is known
      # source: docs/localio.adoc:666
      Then the symbol "nfs_common" is known

    # source: docs/localio.adoc:672
    Scenario: fact localio.program reads 400122
      # source: docs/localio.adoc:672
      Then the fact "localio.program" reads "400122"

    # source: docs/localio.adoc:673
    Scenario: fact localio.version reads 1
      # source: docs/localio.adoc:673
      Then the fact "localio.version" reads "1"

    # source: docs/localio.adoc:673
    Scenario: fact localio.proc.null reads 0
      # source: docs/localio.adoc:673
      Then the fact "localio.proc.null" reads "0"

    # source: docs/localio.adoc:674
    Scenario: fact localio.proc.uuid_is_local reads 1
      # source: docs/localio.adoc:674
      Then the fact "localio.proc.uuid_is_local" reads "1"

    # source: docs/localio.adoc:680
    Scenario: symbol NFS_LOCALIO_PROGRAM is known
      # source: docs/localio.adoc:680
      Then the symbol "NFS_LOCALIO_PROGRAM" is known

    # source: docs/localio.adoc:680
    Scenario: fact localio.program reads 400122
      # source: docs/localio.adoc:680
      Then the fact "localio.program" reads "400122"

    # source: docs/localio.adoc:681
    Scenario: symbol LOCALIO_V1 is known
      # source: docs/localio.adoc:681
      Then the symbol "LOCALIO_V1" is known

    # source: docs/localio.adoc:681
    Scenario: fact localio.version reads 1
      # source: docs/localio.adoc:681
      Then the fact "localio.version" reads "1"

    # source: docs/localio.adoc:682
    Scenario: symbol LOCALIOPROC_NULL is known
      # source: docs/localio.adoc:682
      Then the symbol "LOCALIOPROC_NULL" is known

    # source: docs/localio.adoc:682
    Scenario: fact localio.proc.null reads 0
      # source: docs/localio.adoc:682
      Then the fact "localio.proc.null" reads "0"

    # source: docs/localio.adoc:683
    Scenario: symbol LOCALIOPROC_UUID_IS_LOCAL is known
      # source: docs/localio.adoc:683
      Then the symbol "LOCALIOPROC_UUID_IS_LOCAL" is known

    # source: docs/localio.adoc:683
    Scenario: fact localio.proc.uuid_is_local reads 1
      # source: docs/localio.adoc:683
      Then the fact "localio.proc.uuid_is_local" reads "1"

    # source: docs/localio.adoc:716
    Scenario: fact uuid.size reads 16
      # source: docs/localio.adoc:716
      Then the fact "uuid.size" reads "16"

    # source: docs/localio.adoc:716
    Scenario: symbol UUID_SIZE is known
      # source: docs/localio.adoc:716
      Then the symbol "UUID_SIZE" is known

    # source: docs/localio.adoc:718
    Scenario: symbol encode_opaque_fixed() is known
      # source: docs/localio.adoc:718
      Then the symbol "encode_opaque_fixed()" is known

    # source: docs/localio.adoc:720
    Scenario: symbol nfs_common is known
      # source: docs/localio.adoc:720
      Then the symbol "nfs_common" is known

    # source: docs/localio.adoc:723
    Scenario: fact uuid.size reads 16
      # source: docs/localio.adoc:723
      Then the fact "uuid.size" reads "16"

    # source: docs/localio.adoc:726
    Scenario: fact uuid.size reads 16
      # source: docs/localio.adoc:726
      Then the fact "uuid.size" reads "16"

    # source: docs/localio.adoc:724
    Scenario: symbol localio_decode_uuidarg() is known
      # source: docs/localio.adoc:724
      Then the symbol "localio_decode_uuidarg()" is known

    # source: docs/localio.adoc:724
    Scenario: symbol svc_process() is known
      # source: docs/localio.adoc:724
      Then the symbol "svc_process()" is known

    # source: docs/localio.adoc:731
    Scenario: fact uuid.size reads 16
      # source: docs/localio.adoc:731
      Then the fact "uuid.size" reads "16"

    # source: docs/localio.adoc:749
    Scenario: symbol rpc_bind_new_program() is known
      # source: docs/localio.adoc:749
      Then the symbol "rpc_bind_new_program()" is known

    # source: docs/localio.adoc:749
    Scenario: symbol nfs_client is known
      # source: docs/localio.adoc:749
      Then the symbol "nfs_client" is known

    # source: docs/localio.adoc:749
    Scenario: symbol cl_rpcclient is known
      # source: docs/localio.adoc:749
      Then the symbol "cl_rpcclient" is known

    # source: docs/localio.adoc:774
    Scenario: fact localio.proc.null reads 0
      # source: docs/localio.adoc:774
      Then the fact "localio.proc.null" reads "0"

    # source: docs/localio.adoc:773
    Scenario: symbol rpc_bind_new_program() is known
      # source: docs/localio.adoc:773
      Then the symbol "rpc_bind_new_program()" is known

    # source: docs/localio.adoc:775
    Scenario: symbol CONFIG_NFS_LOCALIO is known
      # source: docs/localio.adoc:775
      Then the symbol "CONFIG_NFS_LOCALIO" is known

    # source: docs/localio.adoc:776
    Scenario: symbol PROG_UNAVAIL is known
      # source: docs/localio.adoc:776
      Then the symbol "PROG_UNAVAIL" is known

  # source: docs/localio.adoc:796
  Rule: NFS Common and Client/Server Handshake

    # source: docs/localio.adoc:799
    Scenario: symbol nfs_uuids is known
      # source: docs/localio.adoc:799
      Then the symbol "nfs_uuids" is known

    # source: docs/localio.adoc:799
    Scenario: symbol nfs_uuid_lock is known
      # source: docs/localio.adoc:799
      Then the symbol "nfs_uuid_lock" is known

    # source: docs/localio.adoc:800
    Scenario: symbol nfs_to is known
      # source: docs/localio.adoc:800
      Then the symbol "nfs_to" is known

    # source: docs/localio.adoc:801
    Scenario: symbol nfsd_localio_ops_init() is known
      # source: docs/localio.adoc:801
      Then the symbol "nfsd_localio_ops_init()" is known

    # source: docs/localio.adoc:801
    Scenario: symbol nfs_client is known
      # source: docs/localio.adoc:801
      Then the symbol "nfs_client" is known

    # source: docs/localio.adoc:802
    Scenario: symbol nfs_uuid_t is known
      # source: docs/localio.adoc:802
      Then the symbol "nfs_uuid_t" is known

    # source: docs/localio.adoc:802
    Scenario: symbol cl_uuid is known
      # source: docs/localio.adoc:802
      Then the symbol "cl_uuid" is known

    # source: docs/localio.adoc:808
    Scenario: fact nfs.localio_enabled.default reads Y
      # source: docs/localio.adoc:808
      Then the fact "nfs.localio_enabled.default" reads "Y"

    # source: docs/localio.adoc:806
    Scenario: symbol nfs_get_client() is known
      # source: docs/localio.adoc:806
      Then the symbol "nfs_get_client()" is known

    # source: docs/localio.adoc:807
    Scenario: symbol nfs_client is known
      # source: docs/localio.adoc:807
      Then the symbol "nfs_client" is known

    # source: docs/localio.adoc:807
    Scenario: symbol nfs_local_probe() is known
      # source: docs/localio.adoc:807
      Then the symbol "nfs_local_probe()" is known

    # source: docs/localio.adoc:808
    Scenario: symbol nfs.localio_enabled is known
      # source: docs/localio.adoc:808
      Then the symbol "nfs.localio_enabled" is known

    # source: docs/localio.adoc:810
    Scenario: symbol nfs_uuid_begin() is known
      # source: docs/localio.adoc:810
      Then the symbol "nfs_uuid_begin()" is known

    # source: docs/localio.adoc:810
    Scenario: symbol nfs_uuid_t is known
      # source: docs/localio.adoc:810
      Then the symbol "nfs_uuid_t" is known

    # source: docs/localio.adoc:811
    Scenario: symbol nfs_uuids is known
      # source: docs/localio.adoc:811
      Then the symbol "nfs_uuids" is known

    # source: docs/localio.adoc:818
    Scenario: symbol nfs_uuid_is_local() is known
      # source: docs/localio.adoc:818
      Then the symbol "nfs_uuid_is_local()" is known

    # source: docs/localio.adoc:819
    Scenario: symbol rqstp->rq_client is known
      # source: docs/localio.adoc:819
      Then the symbol "rqstp->rq_client" is known

    # source: docs/localio.adoc:820
    Scenario: symbol nn->local_clients is known
      # source: docs/localio.adoc:820
      Then the symbol "nn->local_clients" is known

    # source: docs/localio.adoc:820
    Scenario: symbol nfs_uuids is known
      # source: docs/localio.adoc:820
      Then the symbol "nfs_uuids" is known

    # source: docs/localio.adoc:820
    Scenario: symbol nfs_uuid_is_local() is known
      # source: docs/localio.adoc:820
      Then the symbol "nfs_uuid_is_local()" is known

    # source: docs/localio.adoc:821
    Scenario: symbol nfs_uuid_t is known
      # source: docs/localio.adoc:821
      Then the symbol "nfs_uuid_t" is known

    # source: docs/localio.adoc:821
    Scenario: symbol nn->local_clients is known
      # source: docs/localio.adoc:821
      Then the symbol "nn->local_clients" is known

    # source: docs/localio.adoc:822
    Scenario: symbol rcu_assign_pointer() is known
      # source: docs/localio.adoc:822
      Then the symbol "rcu_assign_pointer()" is known

    # source: docs/localio.adoc:825
    Scenario: symbol nfs_local_enable() is known
      # source: docs/localio.adoc:825
      Then the symbol "nfs_local_enable()" is known

    # source: docs/localio.adoc:825
    Scenario: symbol NFS_CS_LOCAL_IO is known
      # source: docs/localio.adoc:825
      Then the symbol "NFS_CS_LOCAL_IO" is known

    # source: docs/localio.adoc:827
    Scenario: symbol nfs_uuid_t is known
      # source: docs/localio.adoc:827
      Then the symbol "nfs_uuid_t" is known

    # source: docs/localio.adoc:827
    Scenario: symbol nn->nfsd_serv is known
      # source: docs/localio.adoc:827
      Then the symbol "nn->nfsd_serv" is known

    # source: docs/localio.adoc:828
    Scenario: symbol nfs_uuid_is_local() is known
      # source: docs/localio.adoc:828
      Then the symbol "nfs_uuid_is_local()" is known

    # source: docs/localio.adoc:829
    Scenario: symbol nfs_uuids is known
      # source: docs/localio.adoc:829
      Then the symbol "nfs_uuids" is known

    # source: docs/localio.adoc:829
    Scenario: symbol nn->local_clients is known
      # source: docs/localio.adoc:829
      Then the symbol "nn->local_clients" is known

    # source: docs/localio.adoc:829
    Scenario: symbol struct nfsd_net is known
      # source: docs/localio.adoc:829
      Then the symbol "struct nfsd_net" is known

    # source: docs/localio.adoc:829
    Scenario: symbol nfsd_serv is known
      # source: docs/localio.adoc:829
      Then the symbol "nfsd_serv" is known

    # source: docs/localio.adoc:880
    Scenario: symbol nfs_uuid_end() is known
      # source: docs/localio.adoc:880
      Then the symbol "nfs_uuid_end()" is known

    # source: docs/localio.adoc:880
    Scenario: symbol nfs_uuids is known
      # source: docs/localio.adoc:880
      Then the symbol "nfs_uuids" is known

    # source: docs/localio.adoc:903
    Scenario: symbol nfs_uuid_t is known
      # source: docs/localio.adoc:903
      Then the symbol "nfs_uuid_t" is known

    # source: docs/localio.adoc:904
    Scenario: symbol struct nfsd_net is known
      # source: docs/localio.adoc:904
      Then the symbol "struct nfsd_net" is known

    # source: docs/localio.adoc:904
    Scenario: symbol net_generic() is known
      # source: docs/localio.adoc:904
      Then the symbol "net_generic()" is known

    # source: docs/localio.adoc:904
    Scenario: symbol nn->nfsd_serv is known
      # source: docs/localio.adoc:904
      Then the symbol "nn->nfsd_serv" is known

  # source: docs/localio.adoc:911
  Rule: NFS Client and Server Interlock

    # source: docs/localio.adoc:915
    Scenario: symbol nfs_uuid_t is known
      # source: docs/localio.adoc:915
      Then the symbol "nfs_uuid_t" is known

    # source: docs/localio.adoc:951
    Scenario: fact uuid.size reads 16
      # source: docs/localio.adoc:951
      Then the fact "uuid.size" reads "16"

    # source: docs/localio.adoc:950
    Scenario: symbol nfs_client is known
      # source: docs/localio.adoc:950
      Then the symbol "nfs_client" is known

    # source: docs/localio.adoc:950
    Scenario: symbol nfs_uuid_t is known
      # source: docs/localio.adoc:950
      Then the symbol "nfs_uuid_t" is known

    # source: docs/localio.adoc:950
    Scenario: symbol cl_uuid is known
      # source: docs/localio.adoc:950
      Then the symbol "cl_uuid" is known

    # source: docs/localio.adoc:951
    Scenario: symbol nfs_client is known
      # source: docs/localio.adoc:951
      Then the symbol "nfs_client" is known

    # source: docs/localio.adoc:952
    Scenario: symbol nfs_uuid_t is known
      # source: docs/localio.adoc:952
      Then the symbol "nfs_uuid_t" is known

    # source: docs/localio.adoc:953
    Scenario: symbol nfs_client is known
      # source: docs/localio.adoc:953
      Then the symbol "nfs_client" is known

    # source: docs/localio.adoc:953
    Scenario: symbol nfs_free_client() is known
      # source: docs/localio.adoc:953
      Then the symbol "nfs_free_client()" is known

    # source: docs/localio.adoc:954
    Scenario: symbol nfs_local_disable() is known
      # source: docs/localio.adoc:954
      Then the symbol "nfs_local_disable()" is known

    # source: docs/localio.adoc:969
    Scenario: symbol nfs_uuid_t is known
      # source: docs/localio.adoc:969
      Then the symbol "nfs_uuid_t" is known

    # source: docs/localio.adoc:969
    Scenario: symbol nn->local_clients is known
      # source: docs/localio.adoc:969
      Then the symbol "nn->local_clients" is known

    # source: docs/localio.adoc:984
    Scenario: symbol pre_exit is known
      # source: docs/localio.adoc:984
      Then the symbol "pre_exit" is known

    # source: docs/localio.adoc:984
    Scenario: symbol nfsd_net_pre_exit() is known
      # source: docs/localio.adoc:984
      Then the symbol "nfsd_net_pre_exit()" is known

    # source: docs/localio.adoc:985
    Scenario: symbol nfs_uuid_invalidate_clients() is known
      # source: docs/localio.adoc:985
      Then the symbol "nfs_uuid_invalidate_clients()" is known

    # source: docs/localio.adoc:989
    Scenario: symbol cleanup_net() is known
      # source: docs/localio.adoc:989
      Then the symbol "cleanup_net()" is known

    # source: docs/localio.adoc:990
    Scenario: symbol pre_exit is known
      # source: docs/localio.adoc:990
      Then the symbol "pre_exit" is known

    # source: docs/localio.adoc:990
    Scenario: symbol synchronize_rcu() is known
      # source: docs/localio.adoc:990
      Then the symbol "synchronize_rcu()" is known

    # source: docs/localio.adoc:991
    Scenario: symbol nfsd_net is known
      # source: docs/localio.adoc:991
      Then the symbol "nfsd_net" is known

    # source: docs/localio.adoc:993
    Scenario: symbol pre_exit is known
      # source: docs/localio.adoc:993
      Then the symbol "pre_exit" is known

    # source: docs/localio.adoc:994
    Scenario: symbol synchronize_rcu() is known
      # source: docs/localio.adoc:994
      Then the symbol "synchronize_rcu()" is known

    # source: docs/localio.adoc:994
    Scenario: symbol cleanup_net() is known
      # source: docs/localio.adoc:994
      Then the symbol "cleanup_net()" is known

    # source: docs/localio.adoc:1011
    Scenario: symbol nfs_uuid_t is known
      # source: docs/localio.adoc:1011
      Then the symbol "nfs_uuid_t" is known

    # source: docs/localio.adoc:1011
    Scenario: symbol nfs_open_local_fh() is known
      # source: docs/localio.adoc:1011
      Then the symbol "nfs_open_local_fh()" is known

    # source: docs/localio.adoc:1012
    Scenario: symbol nfs_common is known
      # source: docs/localio.adoc:1012
      Then the symbol "nfs_common" is known

    # source: docs/localio.adoc:1012
    Scenario: symbol rcu_read_lock() is known
      # source: docs/localio.adoc:1012
      Then the symbol "rcu_read_lock()" is known

    # source: docs/localio.adoc:1012
    Scenario: symbol rcu_dereference() is known
      # source: docs/localio.adoc:1012
      Then the symbol "rcu_dereference()" is known

    # source: docs/localio.adoc:1013
    Scenario: symbol nfsd_open_local_fh() is known
      # source: docs/localio.adoc:1013
      Then the symbol "nfsd_open_local_fh()" is known

    # source: docs/localio.adoc:1014
    Scenario: symbol nfs_uuid_t is known
      # source: docs/localio.adoc:1014
      Then the symbol "nfs_uuid_t" is known

    # source: docs/localio.adoc:1016
    Scenario: symbol nfs_uuid_t is known
      # source: docs/localio.adoc:1016
      Then the symbol "nfs_uuid_t" is known

    # source: docs/localio.adoc:1017
    Scenario: symbol rcu_read_lock() is known
      # source: docs/localio.adoc:1017
      Then the symbol "rcu_read_lock()" is known

    # source: docs/localio.adoc:1017
    Scenario: symbol nfs_uuid_t is known
      # source: docs/localio.adoc:1017
      Then the symbol "nfs_uuid_t" is known

    # source: docs/localio.adoc:1018
    Scenario: symbol nfs_common is known
      # source: docs/localio.adoc:1018
      Then the symbol "nfs_common" is known

    # source: docs/localio.adoc:1018
    Scenario: symbol nfs_open_local_fh() is known
      # source: docs/localio.adoc:1018
      Then the symbol "nfs_open_local_fh()" is known

    # source: docs/localio.adoc:1021
    Scenario: symbol nn->nfsd_serv_ref is known
      # source: docs/localio.adoc:1021
      Then the symbol "nn->nfsd_serv_ref" is known

    # source: docs/localio.adoc:1021
    Scenario: symbol nfsd_destroy_serv() is known
      # source: docs/localio.adoc:1021
      Then the symbol "nfsd_destroy_serv()" is known

    # source: docs/localio.adoc:1025
    Scenario: symbol nfsd_serv_try_get() is known
      # source: docs/localio.adoc:1025
      Then the symbol "nfsd_serv_try_get()" is known

    # source: docs/localio.adoc:1025
    Scenario: symbol percpu_ref_tryget_live() is known
      # source: docs/localio.adoc:1025
      Then the symbol "percpu_ref_tryget_live()" is known

    # source: docs/localio.adoc:1026
    Scenario: symbol nfsd_file is known
      # source: docs/localio.adoc:1026
      Then the symbol "nfsd_file" is known

    # source: docs/localio.adoc:1027
    Scenario: symbol nfs_to_nfsd_file_put_local() is known
      # source: docs/localio.adoc:1027
      Then the symbol "nfs_to_nfsd_file_put_local()" is known

    # source: docs/localio.adoc:1028
    Scenario: symbol nfsd_file_put_local() is known
      # source: docs/localio.adoc:1028
      Then the symbol "nfsd_file_put_local()" is known

    # source: docs/localio.adoc:1033
    Scenario: symbol nfsd_file_put_local() is known
      # source: docs/localio.adoc:1033
      Then the symbol "nfsd_file_put_local()" is known

    # source: docs/localio.adoc:1035
    Scenario: symbol nfsd_serv_put() is known
      # source: docs/localio.adoc:1035
      Then the symbol "nfsd_serv_put()" is known

    # source: docs/localio.adoc:1040
    Scenario: symbol nfs_to_nfsd_file_put_local() is known
      # source: docs/localio.adoc:1040
      Then the symbol "nfs_to_nfsd_file_put_local()" is known

    # source: docs/localio.adoc:1041
    Scenario: symbol nfsd_file_put_local() is known
      # source: docs/localio.adoc:1041
      Then the symbol "nfsd_file_put_local()" is known

    # source: docs/localio.adoc:1043
    Scenario: symbol rcu_read_unlock() is known
      # source: docs/localio.adoc:1043
      Then the symbol "rcu_read_unlock()" is known

    # source: docs/localio.adoc:1046
    Scenario: symbol nfsd_destroy_serv() is known
      # source: docs/localio.adoc:1046
      Then the symbol "nfsd_destroy_serv()" is known

    # source: docs/localio.adoc:1048
    Scenario: symbol nfsd_net is known
      # source: docs/localio.adoc:1048
      Then the symbol "nfsd_net" is known

    # source: docs/localio.adoc:1049
    Scenario: symbol nfs_open_local_fh() is known
      # source: docs/localio.adoc:1049
      Then the symbol "nfs_open_local_fh()" is known

    # source: docs/localio.adoc:1050
    Scenario: symbol nfsd_create_serv() is known
      # source: docs/localio.adoc:1050
      Then the symbol "nfsd_create_serv()" is known

    # source: docs/localio.adoc:1051
    Scenario: symbol nfsd_destroy_serv() is known
      # source: docs/localio.adoc:1051
      Then the symbol "nfsd_destroy_serv()" is known

    # source: docs/localio.adoc:1074
    Scenario: symbol nfsd_destroy_serv() is known
      # source: docs/localio.adoc:1074
      Then the symbol "nfsd_destroy_serv()" is known

    # source: docs/localio.adoc:1076
    Scenario: symbol nn->nfsd_serv is known
      # source: docs/localio.adoc:1076
      Then the symbol "nn->nfsd_serv" is known

    # source: docs/localio.adoc:1077
    Scenario: symbol nfsd_shutdown_net() is known
      # source: docs/localio.adoc:1077
      Then the symbol "nfsd_shutdown_net()" is known

    # source: docs/localio.adoc:1077
    Scenario: symbol percpu_ref_exit() is known
      # source: docs/localio.adoc:1077
      Then the symbol "percpu_ref_exit()" is known

    # source: docs/localio.adoc:1077
    Scenario: symbol nfsd_create_serv() is known
      # source: docs/localio.adoc:1077
      Then the symbol "nfsd_create_serv()" is known

    # source: docs/localio.adoc:1099
    Scenario: symbol struct net is known
      # source: docs/localio.adoc:1099
      Then the symbol "struct net" is known

    # source: docs/localio.adoc:1099
    Scenario: symbol struct nfsd_net is known
      # source: docs/localio.adoc:1099
      Then the symbol "struct nfsd_net" is known

    # source: docs/localio.adoc:1100
    Scenario: symbol rcu_read_unlock() is known
      # source: docs/localio.adoc:1100
      Then the symbol "rcu_read_unlock()" is known

    # source: docs/localio.adoc:1102
    Scenario: symbol nn->nfsd_serv_ref is known
      # source: docs/localio.adoc:1102
      Then the symbol "nn->nfsd_serv_ref" is known

    # source: docs/localio.adoc:1103
    Scenario: symbol nfsd_destroy_serv() is known
      # source: docs/localio.adoc:1103
      Then the symbol "nfsd_destroy_serv()" is known

    # source: docs/localio.adoc:1104
    Scenario: symbol struct net is known
      # source: docs/localio.adoc:1104
      Then the symbol "struct net" is known

    # source: docs/localio.adoc:1104
    Scenario: symbol struct nfsd_net is known
      # source: docs/localio.adoc:1104
      Then the symbol "struct nfsd_net" is known

    # source: docs/localio.adoc:1105
    Scenario: symbol nfsd_serv_put() is known
      # source: docs/localio.adoc:1105
      Then the symbol "nfsd_serv_put()" is known

    # source: docs/localio.adoc:1105
    Scenario: symbol nfsd_file_put_local() is known
      # source: docs/localio.adoc:1105
      Then the symbol "nfsd_file_put_local()" is known

    # source: docs/localio.adoc:1107
    Scenario: symbol nfsd_file is known
      # source: docs/localio.adoc:1107
      Then the symbol "nfsd_file" is known

    # source: docs/localio.adoc:1109
    Scenario: symbol nfsd_file_put_local() is known
      # source: docs/localio.adoc:1109
      Then the symbol "nfsd_file_put_local()" is known

    # source: docs/localio.adoc:1113
    Scenario: symbol pre_exit is known
      # source: docs/localio.adoc:1113
      Then the symbol "pre_exit" is known

    # source: docs/localio.adoc:1116
    Scenario: symbol nfs_to is known
      # source: docs/localio.adoc:1116
      Then the symbol "nfs_to" is known

    # source: docs/localio.adoc:1117
    Scenario: symbol pre_exit is known
      # source: docs/localio.adoc:1117
      Then the symbol "pre_exit" is known

    # source: docs/localio.adoc:1121
    Scenario: symbol nfs_uuid_is_local() is known
      # source: docs/localio.adoc:1121
      Then the symbol "nfs_uuid_is_local()" is known

    # source: docs/localio.adoc:1122
    Scenario: symbol localio_proc_uuid_is_local() is known
      # source: docs/localio.adoc:1122
      Then the symbol "localio_proc_uuid_is_local()" is known

    # source: docs/localio.adoc:1122
    Scenario: symbol __module_get() is known
      # source: docs/localio.adoc:1122
      Then the symbol "__module_get()" is known

    # source: docs/localio.adoc:1123
    Scenario: symbol nfs_uuid_put_locked() is known
      # source: docs/localio.adoc:1123
      Then the symbol "nfs_uuid_put_locked()" is known

    # source: docs/localio.adoc:1123
    Scenario: symbol module_put() is known
      # source: docs/localio.adoc:1123
      Then the symbol "module_put()" is known

    # source: docs/localio.adoc:1124
    Scenario: symbol pre_exit is known
      # source: docs/localio.adoc:1124
      Then the symbol "pre_exit" is known

    # source: docs/localio.adoc:1125
    Scenario: symbol nfs_to is known
      # source: docs/localio.adoc:1125
      Then the symbol "nfs_to" is known

    # source: docs/localio.adoc:1144
    Scenario: symbol nn->nfsd_net_ref is known
      # source: docs/localio.adoc:1144
      Then the symbol "nn->nfsd_net_ref" is known

    # source: docs/localio.adoc:1145
    Scenario: symbol nfsd_net_try_get() is known
      # source: docs/localio.adoc:1145
      Then the symbol "nfsd_net_try_get()" is known

    # source: docs/localio.adoc:1145
    Scenario: symbol nfsd_shutdown_net() is known
      # source: docs/localio.adoc:1145
      Then the symbol "nfsd_shutdown_net()" is known

    # source: docs/localio.adoc:1145
    Scenario: symbol nfsd_destroy_serv() is known
      # source: docs/localio.adoc:1145
      Then the symbol "nfsd_destroy_serv()" is known

    # source: docs/localio.adoc:1146
    Scenario: symbol nfsd_net is known
      # source: docs/localio.adoc:1146
      Then the symbol "nfsd_net" is known

  # source: docs/localio.adoc:1150
  Rule: NFS Client and Server Interlock › The crash the interlock fixed

    # source: docs/localio.adoc:1155
    Scenario: symbol nn->nfsd_serv is known
      # source: docs/localio.adoc:1155
      Then the symbol "nn->nfsd_serv" is known

    # source: docs/localio.adoc:1155
    Scenario: symbol nfsd_serv_try_get() is known
      # source: docs/localio.adoc:1155
      Then the symbol "nfsd_serv_try_get()" is known

    # source: docs/localio.adoc:1156
    Scenario: symbol nfsd_serv_put() is known
      # source: docs/localio.adoc:1156
      Then the symbol "nfsd_serv_put()" is known

    # source: docs/localio.adoc:1157
    Scenario: symbol pre_exit is known
      # source: docs/localio.adoc:1157
      Then the symbol "pre_exit" is known

    # source: docs/localio.adoc:1162
    Scenario: symbol nn->nfsd_serv is known
      # source: docs/localio.adoc:1162
      Then the symbol "nn->nfsd_serv" is known

    # source: docs/localio.adoc:1163
    Scenario: symbol pre_exit is known
      # source: docs/localio.adoc:1163
      Then the symbol "pre_exit" is known

    # source: docs/localio.adoc:1168
    Scenario: symbol nn->nfsd_serv is known
      # source: docs/localio.adoc:1168
      Then the symbol "nn->nfsd_serv" is known

    # source: docs/localio.adoc:1202
    Scenario: symbol nn->nfsd_serv is known
      # source: docs/localio.adoc:1202
      Then the symbol "nn->nfsd_serv" is known

    # source: docs/localio.adoc:1209
    Scenario: symbol pre_exit is known
      # source: docs/localio.adoc:1209
      Then the symbol "pre_exit" is known

    # source: docs/localio.adoc:1210
    Scenario: symbol -ENXIO is known
      # source: docs/localio.adoc:1210
      Then the symbol "-ENXIO" is known

  # source: docs/localio.adoc:1242
  Rule: NFS Client and Server Interlock › Under the interleavings a model checker explores

    # source: docs/localio.adoc:1245
    Scenario: symbol nfsd_destroy_serv() is known
      # source: docs/localio.adoc:1245
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

  # source: docs/localio.adoc:1252
  Rule: NFS Client issues IO instead of Server

    # source: docs/localio.adoc:1260
    Scenario: fact fh.max reads 128
      # source: docs/localio.adoc:1260
      Then the fact "fh.max" reads "128"

    # source: docs/localio.adoc:1257
    Scenario: symbol nfs_local_open_fh() is known
      # source: docs/localio.adoc:1257
      Then the symbol "nfs_local_open_fh()" is known

    # source: docs/localio.adoc:1258
    Scenario: symbol nfs_open_local_fh() is known
      # source: docs/localio.adoc:1258
      Then the symbol "nfs_open_local_fh()" is known

    # source: docs/localio.adoc:1258
    Scenario: symbol nfs_common is known
      # source: docs/localio.adoc:1258
      Then the symbol "nfs_common" is known

    # source: docs/localio.adoc:1258
    Scenario: symbol nfsd_open_local_fh() is known
      # source: docs/localio.adoc:1258
      Then the symbol "nfsd_open_local_fh()" is known

    # source: docs/localio.adoc:1260
    Scenario: symbol NFS4_FHSIZE is known
      # source: docs/localio.adoc:1260
      Then the symbol "NFS4_FHSIZE" is known

    # source: docs/localio.adoc:1260
    Scenario: symbol -EINVAL is known
      # source: docs/localio.adoc:1260
      Then the symbol "-EINVAL" is known

    # source: docs/localio.adoc:1260
    Scenario: symbol NFSD_MAY_LOCALIO is known
      # source: docs/localio.adoc:1260
      Then the symbol "NFSD_MAY_LOCALIO" is known

    # source: docs/localio.adoc:1261
    Scenario: symbol nfsd_file_acquire_local() is known
      # source: docs/localio.adoc:1261
      Then the symbol "nfsd_file_acquire_local()" is known

    # source: docs/localio.adoc:1262
    Scenario: symbol nfsd_file is known
      # source: docs/localio.adoc:1262
      Then the symbol "nfsd_file" is known

    # source: docs/localio.adoc:1266
    Scenario: symbol nfs_open_local_fh() is known
      # source: docs/localio.adoc:1266
      Then the symbol "nfs_open_local_fh()" is known

    # source: docs/localio.adoc:1266
    Scenario: symbol -ENXIO is known
      # source: docs/localio.adoc:1266
      Then the symbol "-ENXIO" is known

    # source: docs/localio.adoc:1267
    Scenario: symbol nfsd_serv_try_get() is known
      # source: docs/localio.adoc:1267
      Then the symbol "nfsd_serv_try_get()" is known

    # source: docs/localio.adoc:1268
    Scenario: symbol nn->nfsd_serv is known
      # source: docs/localio.adoc:1268
      Then the symbol "nn->nfsd_serv" is known

    # source: docs/localio.adoc:1270
    Scenario: symbol nfsd_open_local_fh() is known
      # source: docs/localio.adoc:1270
      Then the symbol "nfsd_open_local_fh()" is known

    # source: docs/localio.adoc:1271
    Scenario: symbol nfs_stat_to_errno() is known
      # source: docs/localio.adoc:1271
      Then the symbol "nfs_stat_to_errno()" is known

    # source: docs/localio.adoc:1271
    Scenario: symbol NFSERR_NXIO is known
      # source: docs/localio.adoc:1271
      Then the symbol "NFSERR_NXIO" is known

    # source: docs/localio.adoc:1271
    Scenario: symbol -ENXIO is known
      # source: docs/localio.adoc:1271
      Then the symbol "-ENXIO" is known

    # source: docs/localio.adoc:1272
    Scenario: symbol -ENXIO is known
      # source: docs/localio.adoc:1272
      Then the symbol "-ENXIO" is known

    # source: docs/localio.adoc:1272
    Scenario: symbol nfserrno() is known
      # source: docs/localio.adoc:1272
      Then the symbol "nfserrno()" is known

    # source: docs/localio.adoc:1273
    Scenario: symbol nfs_local_open_fh() is known
      # source: docs/localio.adoc:1273
      Then the symbol "nfs_local_open_fh()" is known

    # source: docs/localio.adoc:1275
    Scenario: symbol -ENXIO is known
      # source: docs/localio.adoc:1275
      Then the symbol "-ENXIO" is known

    # source: docs/localio.adoc:1275
    Scenario: symbol nfsd_open_local_fh() is known
      # source: docs/localio.adoc:1275
      Then the symbol "nfsd_open_local_fh()" is known

    # source: docs/localio.adoc:1276
    Scenario: symbol nn->nfsd_serv is known
      # source: docs/localio.adoc:1276
      Then the symbol "nn->nfsd_serv" is known

    # source: docs/localio.adoc:1276
    Scenario: symbol nn->nfsd_serv is known
      # source: docs/localio.adoc:1276
      Then the symbol "nn->nfsd_serv" is known

    # source: docs/localio.adoc:1276
    Scenario: symbol -ENXIO is known
      # source: docs/localio.adoc:1276
      Then the symbol "-ENXIO" is known

    # source: docs/localio.adoc:1277
    Scenario: symbol nfsd_serv_try_get() is known
      # source: docs/localio.adoc:1277
      Then the symbol "nfsd_serv_try_get()" is known

    # source: docs/localio.adoc:1277
    Scenario: symbol nfs_open_local_fh() is known
      # source: docs/localio.adoc:1277
      Then the symbol "nfs_open_local_fh()" is known

    # source: docs/localio.adoc:1278
    Scenario: symbol nfs_common is known
      # source: docs/localio.adoc:1278
      Then the symbol "nfs_common" is known

    # source: docs/localio.adoc:1309
    Scenario: symbol -ENXIO is known
      # source: docs/localio.adoc:1309
      Then the symbol "-ENXIO" is known

    # source: docs/localio.adoc:1309
    Scenario: symbol nfs_local_open_fh() is known
      # source: docs/localio.adoc:1309
      Then the symbol "nfs_local_open_fh()" is known

    # source: docs/localio.adoc:1309
    Scenario: symbol nfs_local_probe() is known
      # source: docs/localio.adoc:1309
      Then the symbol "nfs_local_probe()" is known

    # source: docs/localio.adoc:1311
    Scenario: symbol -EACCES is known
      # source: docs/localio.adoc:1311
      Then the symbol "-EACCES" is known

    # source: docs/localio.adoc:1311
    Scenario: symbol -ESTALE is known
      # source: docs/localio.adoc:1311
      Then the symbol "-ESTALE" is known

    # source: docs/localio.adoc:1314
    Scenario: symbol -ENOMEM is known
      # source: docs/localio.adoc:1314
      Then the symbol "-ENOMEM" is known

    # source: docs/localio.adoc:1314
    Scenario: symbol -ENOENT is known
      # source: docs/localio.adoc:1314
      Then the symbol "-ENOENT" is known

    # source: docs/localio.adoc:1314
    Scenario: symbol -ENXIO is known
      # source: docs/localio.adoc:1314
      Then the symbol "-ENXIO" is known

    # source: docs/localio.adoc:1314
    Scenario: symbol nfs_local_open_fh() is known
      # source: docs/localio.adoc:1314
      Then the symbol "nfs_local_open_fh()" is known

    # source: docs/localio.adoc:1363
    Scenario: symbol nfs_client is known
      # source: docs/localio.adoc:1363
      Then the symbol "nfs_client" is known

    # source: docs/localio.adoc:1366
    Scenario: symbol nfs_client is known
      # source: docs/localio.adoc:1366
      Then the symbol "nfs_client" is known

    # source: docs/localio.adoc:1367
    Scenario: symbol nfs4_ff_layout_prepare_ds() is known
      # source: docs/localio.adoc:1367
      Then the symbol "nfs4_ff_layout_prepare_ds()" is known

    # source: docs/localio.adoc:1369
    Scenario: symbol nfs_get_client() is known
      # source: docs/localio.adoc:1369
      Then the symbol "nfs_get_client()" is known

    # source: docs/localio.adoc:1389
    Scenario: symbol nfsiod_workqueue is known
      # source: docs/localio.adoc:1389
      Then the symbol "nfsiod_workqueue" is known

    # source: docs/localio.adoc:1391
    Scenario: symbol nfsv3.nfs3_localio_probe_throttle is known
      # source: docs/localio.adoc:1391
      Then the symbol "nfsv3.nfs3_localio_probe_throttle" is known

    # source: docs/localio.adoc:1391
    Scenario: symbol nfsd_file is known
      # source: docs/localio.adoc:1391
      Then the symbol "nfsd_file" is known

    # source: docs/localio.adoc:1395
    Scenario: symbol nfsd_file is known
      # source: docs/localio.adoc:1395
      Then the symbol "nfsd_file" is known

    # source: docs/localio.adoc:1396
    Scenario: symbol nfs_local_doio() is known
      # source: docs/localio.adoc:1396
      Then the symbol "nfs_local_doio()" is known

    # source: docs/localio.adoc:1396
    Scenario: symbol nfs_local_commit() is known
      # source: docs/localio.adoc:1396
      Then the symbol "nfs_local_commit()" is known

    # source: docs/localio.adoc:1425
    Scenario: symbol stable_how is known
      # source: docs/localio.adoc:1425
      Then the symbol "stable_how" is known

    # source: docs/localio.adoc:1428
    Scenario: symbol DATA_SYNC is known
      # source: docs/localio.adoc:1428
      Then the symbol "DATA_SYNC" is known

    # source: docs/localio.adoc:1428
    Scenario: symbol IOCB_DSYNC is known
      # source: docs/localio.adoc:1428
      Then the symbol "IOCB_DSYNC" is known

    # source: docs/localio.adoc:1429
    Scenario: symbol FILE_SYNC is known
      # source: docs/localio.adoc:1429
      Then the symbol "FILE_SYNC" is known

    # source: docs/localio.adoc:1432
    Scenario: symbol cl_nfssvc_boot is known
      # source: docs/localio.adoc:1432
      Then the symbol "cl_nfssvc_boot" is known

    # source: docs/localio.adoc:1433
    Scenario: symbol -ENOSPC is known
      # source: docs/localio.adoc:1433
      Then the symbol "-ENOSPC" is known

    # source: docs/localio.adoc:1436
    Scenario: symbol nfs_local_read_done() is known
      # source: docs/localio.adoc:1436
      Then the symbol "nfs_local_read_done()" is known

    # source: docs/localio.adoc:1442
    Scenario: symbol vfs_fsync_range() is known
      # source: docs/localio.adoc:1442
      Then the symbol "vfs_fsync_range()" is known

    # source: docs/localio.adoc:1464
    Scenario: symbol O_DIRECT is known
      # source: docs/localio.adoc:1464
      Then the symbol "O_DIRECT" is known

    # source: docs/localio.adoc:1464
    Scenario: symbol NFS_IOHDR_ODIRECT is known
      # source: docs/localio.adoc:1464
      Then the symbol "NFS_IOHDR_ODIRECT" is known

  # source: docs/localio.adoc:1470
  Rule: Security

    # source: docs/localio.adoc:1473
    Scenario: symbol nfs_client is known
      # source: docs/localio.adoc:1473
      Then the symbol "nfs_client" is known

    # source: docs/localio.adoc:1482
    Scenario: fact auth_unix.max_groups reads 16
      # source: docs/localio.adoc:1482
      Then the fact "auth_unix.max_groups" reads "16"

    # source: docs/localio.adoc:1487
    Scenario: symbol NFSERR_PERM is known
      # source: docs/localio.adoc:1487
      Then the symbol "NFSERR_PERM" is known

    # source: docs/localio.adoc:1488
    Scenario: symbol nfsd_setuser_and_check_port() is known
      # source: docs/localio.adoc:1488
      Then the symbol "nfsd_setuser_and_check_port()" is known

    # source: docs/localio.adoc:1489
    Scenario: symbol nfsd_file_acquire_local() is known
      # source: docs/localio.adoc:1489
      Then the symbol "nfsd_file_acquire_local()" is known

    # source: docs/localio.adoc:1516
    Scenario: symbol rqstp->rq_client is known
      # source: docs/localio.adoc:1516
      Then the symbol "rqstp->rq_client" is known

    # source: docs/localio.adoc:1517
    Scenario: symbol nfs_uuid_is_local() is known
      # source: docs/localio.adoc:1517
      Then the symbol "nfs_uuid_is_local()" is known

    # source: docs/localio.adoc:1518
    Scenario: symbol nfs_open_local_fh() is known
      # source: docs/localio.adoc:1518
      Then the symbol "nfs_open_local_fh()" is known

    # source: docs/localio.adoc:1518
    Scenario: symbol nfsd_open_local_fh() is known
      # source: docs/localio.adoc:1518
      Then the symbol "nfsd_open_local_fh()" is known

    # source: docs/localio.adoc:1555
    Scenario: symbol nfsd_net is known
      # source: docs/localio.adoc:1555
      Then the symbol "nfsd_net" is known

    # source: docs/localio.adoc:1555
    Scenario: symbol nfsd_net is known
      # source: docs/localio.adoc:1555
      Then the symbol "nfsd_net" is known

  # source: docs/localio.adoc:1560
  Rule: Testing

    # source: docs/localio.adoc:1572
    Scenario: symbol nfs.localio_enabled is known
      # source: docs/localio.adoc:1572
      Then the symbol "nfs.localio_enabled" is known

  # source: docs/localio.adoc:1664
  Rule: After v6.12: the newest mainline

    # source: docs/localio.adoc:1676
    Scenario: symbol struct nfs_open_context is known
      # source: docs/localio.adoc:1676
      Then the symbol "struct nfs_open_context" is known

    # source: docs/localio.adoc:1677
    Scenario: symbol ro_file is known
      # source: docs/localio.adoc:1677
      Then the symbol "ro_file" is known

    # source: docs/localio.adoc:1677
    Scenario: symbol rw_file is known
      # source: docs/localio.adoc:1677
      Then the symbol "rw_file" is known

    # source: docs/localio.adoc:1677
    Scenario: symbol struct nfs_file_localio is known
      # source: docs/localio.adoc:1677
      Then the symbol "struct nfs_file_localio" is known

    # source: docs/localio.adoc:1680
    Scenario: symbol nn->nfsd_net_ref is known
      # source: docs/localio.adoc:1680
      Then the symbol "nn->nfsd_net_ref" is known

    # source: docs/localio.adoc:1680
    Scenario: symbol nn->nfsd_serv_ref is known
      # source: docs/localio.adoc:1680
      Then the symbol "nn->nfsd_serv_ref" is known

    # source: docs/localio.adoc:1681
    Scenario: symbol nfs_close_local_fh() is known
      # source: docs/localio.adoc:1681
      Then the symbol "nfs_close_local_fh()" is known

    # source: docs/localio.adoc:1703
    Scenario: symbol nfsd_destroy_serv() is known
      # source: docs/localio.adoc:1703
      Then the symbol "nfsd_destroy_serv()" is known

    # source: docs/localio.adoc:1703
    Scenario: symbol nn->nfsd_serv is known
      # source: docs/localio.adoc:1703
      Then the symbol "nn->nfsd_serv" is known

    # source: docs/localio.adoc:1703
    Scenario: symbol nfsd_shutdown_net() is known
      # source: docs/localio.adoc:1703
      Then the symbol "nfsd_shutdown_net()" is known

    # source: docs/localio.adoc:1704
    Scenario: symbol nn->nfsd_net_ref is known
      # source: docs/localio.adoc:1704
      Then the symbol "nn->nfsd_net_ref" is known

    # source: docs/localio.adoc:1705
    Scenario: symbol nfs_localio_invalidate_clients() is known
      # source: docs/localio.adoc:1705
      Then the symbol "nfs_localio_invalidate_clients()" is known

    # source: docs/localio.adoc:1706
    Scenario: symbol nn->local_clients is known
      # source: docs/localio.adoc:1706
      Then the symbol "nn->local_clients" is known

    # source: docs/localio.adoc:1706
    Scenario: symbol nfs_localio_disable_client() is known
      # source: docs/localio.adoc:1706
      Then the symbol "nfs_localio_disable_client()" is known

    # source: docs/localio.adoc:1707
    Scenario: symbol nfsd_shutdown_net() is known
      # source: docs/localio.adoc:1707
      Then the symbol "nfsd_shutdown_net()" is known

    # source: docs/localio.adoc:1728
    Scenario: symbol -ENXIO is known
      # source: docs/localio.adoc:1728
      Then the symbol "-ENXIO" is known

    # source: docs/localio.adoc:1731
    Scenario: symbol nfs4_do_reclaim() is known
      # source: docs/localio.adoc:1731
      Then the symbol "nfs4_do_reclaim()" is known

    # source: docs/localio.adoc:1732
    Scenario: symbol nfs3_localio_probe_throttle is known
      # source: docs/localio.adoc:1732
      Then the symbol "nfs3_localio_probe_throttle" is known

    # source: docs/localio.adoc:1733
    Scenario: symbol nfs3_localio_probe() is known
      # source: docs/localio.adoc:1733
      Then the symbol "nfs3_localio_probe()" is known

    # source: docs/localio.adoc:1757
    Scenario: symbol nfs_get_client() is known
      # source: docs/localio.adoc:1757
      Then the symbol "nfs_get_client()" is known

    # source: docs/localio.adoc:1757
    Scenario: symbol nfs4_ff_layout_prepare_ds() is known
      # source: docs/localio.adoc:1757
      Then the symbol "nfs4_ff_layout_prepare_ds()" is known

    # source: docs/localio.adoc:1758
    Scenario: symbol nfs_local_probe_async() is known
      # source: docs/localio.adoc:1758
      Then the symbol "nfs_local_probe_async()" is known

    # source: docs/localio.adoc:1759
    Scenario: symbol -ENOMEM is known
      # source: docs/localio.adoc:1759
      Then the symbol "-ENOMEM" is known

    # source: docs/localio.adoc:1759
    Scenario: symbol -ENXIO is known
      # source: docs/localio.adoc:1759
      Then the symbol "-ENXIO" is known

    # source: docs/localio.adoc:1759
    Scenario: symbol -ENOENT is known
      # source: docs/localio.adoc:1759
      Then the symbol "-ENOENT" is known

    # source: docs/localio.adoc:1779
    Scenario: symbol nfs4_ff_layout_prepare_ds() is known
      # source: docs/localio.adoc:1779
      Then the symbol "nfs4_ff_layout_prepare_ds()" is known

    # source: docs/localio.adoc:1800
    Scenario: symbol nn->nfsd_net_ref is known
      # source: docs/localio.adoc:1800
      Then the symbol "nn->nfsd_net_ref" is known

    # source: docs/localio.adoc:1801
    Scenario: symbol -ENXIO is known
      # source: docs/localio.adoc:1801
      Then the symbol "-ENXIO" is known

    # source: docs/localio.adoc:1802
    Scenario: symbol nfsd_shutdown_net() is known
      # source: docs/localio.adoc:1802
      Then the symbol "nfsd_shutdown_net()" is known

    # source: docs/localio.adoc:1804
    Scenario: symbol -ESTALE is known
      # source: docs/localio.adoc:1804
      Then the symbol "-ESTALE" is known

    # source: docs/localio.adoc:1808
    Scenario: symbol nfs_uuid_add_file() is known
      # source: docs/localio.adoc:1808
      Then the symbol "nfs_uuid_add_file()" is known

    # source: docs/localio.adoc:1809
    Scenario: symbol -ENXIO is known
      # source: docs/localio.adoc:1809
      Then the symbol "-ENXIO" is known

    # source: docs/localio.adoc:1809
    Scenario: symbol nfs_open_local_fh() is known
      # source: docs/localio.adoc:1809
      Then the symbol "nfs_open_local_fh()" is known

    # source: docs/localio.adoc:1839
    Scenario: symbol O_DIRECT is known
      # source: docs/localio.adoc:1839
      Then the symbol "O_DIRECT" is known

    # source: docs/localio.adoc:1839
    Scenario: symbol struct nfs_pgio_header is known
      # source: docs/localio.adoc:1839
      Then the symbol "struct nfs_pgio_header" is known

    # source: docs/localio.adoc:1839
    Scenario: symbol NFS_IOHDR_ODIRECT is known
      # source: docs/localio.adoc:1839
      Then the symbol "NFS_IOHDR_ODIRECT" is known

    # source: docs/localio.adoc:1841
    Scenario: symbol nfsd_file_dio_alignment() is known
      # source: docs/localio.adoc:1841
      Then the symbol "nfsd_file_dio_alignment()" is known

    # source: docs/localio.adoc:1841
    Scenario: symbol STATX_DIOALIGN is known
      # source: docs/localio.adoc:1841
      Then the symbol "STATX_DIOALIGN" is known

    # source: docs/localio.adoc:1844
    Scenario: symbol nfs_is_local_dio_possible() is known
      # source: docs/localio.adoc:1844
      Then the symbol "nfs_is_local_dio_possible()" is known

    # source: docs/localio.adoc:1844
    Scenario: symbol nfs_local_iters_setup_dio() is known
      # source: docs/localio.adoc:1844
      Then the symbol "nfs_local_iters_setup_dio()" is known

    # source: docs/localio.adoc:1845
    Scenario: symbol IOCB_DSYNC is known
      # source: docs/localio.adoc:1845
      Then the symbol "IOCB_DSYNC" is known

    # source: docs/localio.adoc:1846
    Scenario: symbol IOCB_SYNC is known
      # source: docs/localio.adoc:1846
      Then the symbol "IOCB_SYNC" is known

    # source: docs/localio.adoc:1851
    Scenario: symbol -EINVAL is known
      # source: docs/localio.adoc:1851
      Then the symbol "-EINVAL" is known

    # source: docs/localio.adoc:1854
    Scenario: symbol O_DIRECT is known
      # source: docs/localio.adoc:1854
      Then the symbol "O_DIRECT" is known

    # source: docs/localio.adoc:1856
    Scenario: symbol -EINVAL is known
      # source: docs/localio.adoc:1856
      Then the symbol "-EINVAL" is known

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
