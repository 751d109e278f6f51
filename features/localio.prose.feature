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

  # source: docs/localio.adoc:215
  Rule: FAQ › 2. What must LOCALIO achieve?

    # source: docs/localio.adoc:224
    Scenario: symbol nfsd_file is known
      # source: docs/localio.adoc:224
      Then the symbol "nfsd_file" is known

    # source: docs/localio.adoc:264
    Scenario: symbol nfs_get_client() is known
      # source: docs/localio.adoc:264
      Then the symbol "nfs_get_client()" is known

    # source: docs/localio.adoc:291
    Scenario: symbol nfs_get_client() is known
      # source: docs/localio.adoc:291
      Then the symbol "nfs_get_client()" is known

  # source: docs/localio.adoc:295
  Rule: FAQ › 3. Why a handshake, rather than comparing IP addresses or host names?

    # source: docs/localio.adoc:302
    Scenario: symbol nfs_common is known
      # source: docs/localio.adoc:302
      Then the symbol "nfs_common" is known

    # source: docs/localio.adoc:309
    Scenario: symbol nfs_uuid_is_local() is known
      # source: docs/localio.adoc:309
      Then the symbol "nfs_uuid_is_local()" is known

    # source: docs/localio.adoc:310
    Scenario: symbol nfs_uuids is known
      # source: docs/localio.adoc:310
      Then the symbol "nfs_uuids" is known

    # source: docs/localio.adoc:310
    Scenario: symbol rqstp->rq_client is known
      # source: docs/localio.adoc:310
      Then the symbol "rqstp->rq_client" is known

    # source: docs/localio.adoc:315
    Scenario: symbol nfs_uuid_is_local() is known
      # source: docs/localio.adoc:315
      Then the symbol "nfs_uuid_is_local()" is known

    # source: docs/localio.adoc:315
    Scenario: symbol localio_proc_uuid_is_local() is known
      # source: docs/localio.adoc:315
      Then the symbol "localio_proc_uuid_is_local()" is known

    # source: docs/localio.adoc:360
    Scenario: symbol inet_addr_type() is known
      # source: docs/localio.adoc:360
      Then the symbol "inet_addr_type()" is known

    # source: docs/localio.adoc:361
    Scenario: symbol RTN_LOCAL is known
      # source: docs/localio.adoc:361
      Then the symbol "RTN_LOCAL" is known

  # source: docs/localio.adoc:364
  Rule: FAQ › 4. Does pNFS flexfiles gain from LOCALIO?

    # source: docs/localio.adoc:367
    Scenario: symbol nfs_client is known
      # source: docs/localio.adoc:367
      Then the symbol "nfs_client" is known

    # source: docs/localio.adoc:367
    Scenario: symbol nfs_get_client() is known
      # source: docs/localio.adoc:367
      Then the symbol "nfs_get_client()" is known

    # source: docs/localio.adoc:367
    Scenario: symbol nfs_client is known
      # source: docs/localio.adoc:367
      Then the symbol "nfs_client" is known

    # source: docs/localio.adoc:368
    Scenario: symbol nfs4_ff_layout_prepare_ds() is known
      # source: docs/localio.adoc:368
      Then the symbol "nfs4_ff_layout_prepare_ds()" is known

    # source: docs/localio.adoc:398
    Scenario: symbol nfs_get_client() is known
      # source: docs/localio.adoc:398
      Then the symbol "nfs_get_client()" is known

    # source: docs/localio.adoc:398
    Scenario: symbol nfs_client is known
      # source: docs/localio.adoc:398
      Then the symbol "nfs_client" is known

    # source: docs/localio.adoc:399
    Scenario: symbol nfs4_ff_layout_prepare_ds() is known
      # source: docs/localio.adoc:399
      Then the symbol "nfs4_ff_layout_prepare_ds()" is known

    # source: docs/localio.adoc:400
    Scenario: symbol nfs_local_probe() is known
      # source: docs/localio.adoc:400
      Then the symbol "nfs_local_probe()" is known

  # source: docs/localio.adoc:439
  Rule: FAQ › 6. What does an open that nfsd performs for the client, with no RPC, buy? Only with pNFS?

    # source: docs/localio.adoc:445
    Scenario: symbol nfsd_open_local_fh() is known
      # source: docs/localio.adoc:445
      Then the symbol "nfsd_open_local_fh()" is known

  # source: docs/localio.adoc:477
  Rule: FAQ › 7. Why AUTH_UNIX, and whose?

    # source: docs/localio.adoc:480
    Scenario: symbol nfs_client is known
      # source: docs/localio.adoc:480
      Then the symbol "nfs_client" is known

    # source: docs/localio.adoc:480
    Scenario: symbol cl_rpcclient is known
      # source: docs/localio.adoc:480
      Then the symbol "cl_rpcclient" is known

    # source: docs/localio.adoc:481
    Scenario: symbol nfs_local_probe() is known
      # source: docs/localio.adoc:481
      Then the symbol "nfs_local_probe()" is known

    # source: docs/localio.adoc:482
    Scenario: symbol nfs_client is known
      # source: docs/localio.adoc:482
      Then the symbol "nfs_client" is known

    # source: docs/localio.adoc:484
    Scenario: symbol nfs_init_client() is known
      # source: docs/localio.adoc:484
      Then the symbol "nfs_init_client()" is known

    # source: docs/localio.adoc:484
    Scenario: symbol cl_rpcclient is known
      # source: docs/localio.adoc:484
      Then the symbol "cl_rpcclient" is known

    # source: docs/localio.adoc:487
    Scenario: symbol cl_rpcclient is known
      # source: docs/localio.adoc:487
      Then the symbol "cl_rpcclient" is known

    # source: docs/localio.adoc:492
    Scenario: symbol nfs_get_client() is known
      # source: docs/localio.adoc:492
      Then the symbol "nfs_get_client()" is known

    # source: docs/localio.adoc:526
    Scenario: symbol nfs_local_probe() is known
      # source: docs/localio.adoc:526
      Then the symbol "nfs_local_probe()" is known

    # source: docs/localio.adoc:526
    Scenario: symbol clp->cl_rpcclient is known
      # source: docs/localio.adoc:526
      Then the symbol "clp->cl_rpcclient" is known

  # source: docs/localio.adoc:542
  Rule: FAQ › 8. Do export options that map user ids (root_squash, all_squash) apply to local IO?

    # source: docs/localio.adoc:545
    Scenario: symbol nfsd_file_acquire_local() is known
      # source: docs/localio.adoc:545
      Then the symbol "nfsd_file_acquire_local()" is known

    # source: docs/localio.adoc:545
    Scenario: symbol __fh_verify() is known
      # source: docs/localio.adoc:545
      Then the symbol "__fh_verify()" is known

    # source: docs/localio.adoc:545
    Scenario: symbol nfsd_setuser_and_check_port() is known
      # source: docs/localio.adoc:545
      Then the symbol "nfsd_setuser_and_check_port()" is known

    # source: docs/localio.adoc:546
    Scenario: symbol nfsd_setuser() is known
      # source: docs/localio.adoc:546
      Then the symbol "nfsd_setuser()" is known

    # source: docs/localio.adoc:547
    Scenario: symbol svcauth_map_clnt_to_svc_cred_local() is known
      # source: docs/localio.adoc:547
      Then the symbol "svcauth_map_clnt_to_svc_cred_local()" is known

    # source: docs/localio.adoc:556
    Scenario: fact export.anonuid reads 65534
      # source: docs/localio.adoc:556
      Then the fact "export.anonuid" reads "65534"

    # source: docs/localio.adoc:586
    Scenario: fact auth_unix.max_groups reads 16
      # source: docs/localio.adoc:586
      Then the fact "auth_unix.max_groups" reads "16"

    # source: docs/localio.adoc:588
    Scenario: fact page.carol.uid reads 1001
      # source: docs/localio.adoc:588
      Then the fact "page.carol.uid" reads "1001"

    # source: docs/localio.adoc:588
    Scenario: fact page.carol.groups reads 17
      # source: docs/localio.adoc:588
      Then the fact "page.carol.groups" reads "17"

    # source: docs/localio.adoc:587
    Scenario: symbol UNX_NGROUPS is known
      # source: docs/localio.adoc:587
      Then the symbol "UNX_NGROUPS" is known

  # source: docs/localio.adoc:616
  Rule: RPC

    # source: docs/localio.adoc:619
    Scenario: fact localio.real_procedures reads one
      # source: docs/localio.adoc:619
      Then the fact "localio.real_procedures" reads "one"

    # source: docs/localio.adoc:620
    Scenario: symbol UUID_IS_LOCAL is known
      # source: docs/localio.adoc:620
      Then the symbol "UUID_IS_LOCAL" is known

    # source: docs/localio.adoc:621
    Scenario: symbol nfs_common is known
      # source: docs/localio.adoc:621
      Then the symbol "nfs_common" is known

    # source: docs/localio.adoc:621
    Scenario: symbol nfs_common is known
      # source: docs/localio.adoc:621
      Then the symbol "nfs_common" is known

    # source: docs/localio.adoc:627
    Scenario: fact localio.program reads 400122
      # source: docs/localio.adoc:627
      Then the fact "localio.program" reads "400122"

    # source: docs/localio.adoc:628
    Scenario: fact localio.version reads 1
      # source: docs/localio.adoc:628
      Then the fact "localio.version" reads "1"

    # source: docs/localio.adoc:628
    Scenario: fact localio.proc.null reads 0
      # source: docs/localio.adoc:628
      Then the fact "localio.proc.null" reads "0"

    # source: docs/localio.adoc:629
    Scenario: fact localio.proc.uuid_is_local reads 1
      # source: docs/localio.adoc:629
      Then the fact "localio.proc.uuid_is_local" reads "1"

    # source: docs/localio.adoc:635
    Scenario: symbol NFS_LOCALIO_PROGRAM is known
      # source: docs/localio.adoc:635
      Then the symbol "NFS_LOCALIO_PROGRAM" is known

    # source: docs/localio.adoc:635
    Scenario: fact localio.program reads 400122
      # source: docs/localio.adoc:635
      Then the fact "localio.program" reads "400122"

    # source: docs/localio.adoc:636
    Scenario: symbol LOCALIO_V1 is known
      # source: docs/localio.adoc:636
      Then the symbol "LOCALIO_V1" is known

    # source: docs/localio.adoc:636
    Scenario: fact localio.version reads 1
      # source: docs/localio.adoc:636
      Then the fact "localio.version" reads "1"

    # source: docs/localio.adoc:637
    Scenario: symbol LOCALIOPROC_NULL is known
      # source: docs/localio.adoc:637
      Then the symbol "LOCALIOPROC_NULL" is known

    # source: docs/localio.adoc:637
    Scenario: fact localio.proc.null reads 0
      # source: docs/localio.adoc:637
      Then the fact "localio.proc.null" reads "0"

    # source: docs/localio.adoc:638
    Scenario: symbol LOCALIOPROC_UUID_IS_LOCAL is known
      # source: docs/localio.adoc:638
      Then the symbol "LOCALIOPROC_UUID_IS_LOCAL" is known

    # source: docs/localio.adoc:638
    Scenario: fact localio.proc.uuid_is_local reads 1
      # source: docs/localio.adoc:638
      Then the fact "localio.proc.uuid_is_local" reads "1"

    # source: docs/localio.adoc:670
    Scenario: fact uuid.size reads 16
      # source: docs/localio.adoc:670
      Then the fact "uuid.size" reads "16"

    # source: docs/localio.adoc:670
    Scenario: symbol UUID_SIZE is known
      # source: docs/localio.adoc:670
      Then the symbol "UUID_SIZE" is known

    # source: docs/localio.adoc:672
    Scenario: symbol encode_opaque_fixed() is known
      # source: docs/localio.adoc:672
      Then the symbol "encode_opaque_fixed()" is known

    # source: docs/localio.adoc:674
    Scenario: symbol nfs_common is known
      # source: docs/localio.adoc:674
      Then the symbol "nfs_common" is known

    # source: docs/localio.adoc:677
    Scenario: fact uuid.size reads 16
      # source: docs/localio.adoc:677
      Then the fact "uuid.size" reads "16"

    # source: docs/localio.adoc:680
    Scenario: fact uuid.size reads 16
      # source: docs/localio.adoc:680
      Then the fact "uuid.size" reads "16"

    # source: docs/localio.adoc:678
    Scenario: symbol localio_decode_uuidarg() is known
      # source: docs/localio.adoc:678
      Then the symbol "localio_decode_uuidarg()" is known

    # source: docs/localio.adoc:678
    Scenario: symbol svc_process() is known
      # source: docs/localio.adoc:678
      Then the symbol "svc_process()" is known

    # source: docs/localio.adoc:685
    Scenario: fact uuid.size reads 16
      # source: docs/localio.adoc:685
      Then the fact "uuid.size" reads "16"

    # source: docs/localio.adoc:702
    Scenario: symbol rpc_bind_new_program() is known
      # source: docs/localio.adoc:702
      Then the symbol "rpc_bind_new_program()" is known

    # source: docs/localio.adoc:702
    Scenario: symbol nfs_client is known
      # source: docs/localio.adoc:702
      Then the symbol "nfs_client" is known

    # source: docs/localio.adoc:702
    Scenario: symbol cl_rpcclient is known
      # source: docs/localio.adoc:702
      Then the symbol "cl_rpcclient" is known

    # source: docs/localio.adoc:725
    Scenario: fact localio.proc.null reads 0
      # source: docs/localio.adoc:725
      Then the fact "localio.proc.null" reads "0"

    # source: docs/localio.adoc:724
    Scenario: symbol rpc_bind_new_program() is known
      # source: docs/localio.adoc:724
      Then the symbol "rpc_bind_new_program()" is known

    # source: docs/localio.adoc:726
    Scenario: symbol CONFIG_NFS_LOCALIO is known
      # source: docs/localio.adoc:726
      Then the symbol "CONFIG_NFS_LOCALIO" is known

    # source: docs/localio.adoc:727
    Scenario: symbol PROG_UNAVAIL is known
      # source: docs/localio.adoc:727
      Then the symbol "PROG_UNAVAIL" is known

  # source: docs/localio.adoc:745
  Rule: NFS Common and Client/Server Handshake

    # source: docs/localio.adoc:748
    Scenario: symbol nfs_uuids is known
      # source: docs/localio.adoc:748
      Then the symbol "nfs_uuids" is known

    # source: docs/localio.adoc:748
    Scenario: symbol nfs_uuid_lock is known
      # source: docs/localio.adoc:748
      Then the symbol "nfs_uuid_lock" is known

    # source: docs/localio.adoc:749
    Scenario: symbol nfs_to is known
      # source: docs/localio.adoc:749
      Then the symbol "nfs_to" is known

    # source: docs/localio.adoc:750
    Scenario: symbol nfsd_localio_ops_init() is known
      # source: docs/localio.adoc:750
      Then the symbol "nfsd_localio_ops_init()" is known

    # source: docs/localio.adoc:750
    Scenario: symbol nfs_client is known
      # source: docs/localio.adoc:750
      Then the symbol "nfs_client" is known

    # source: docs/localio.adoc:751
    Scenario: symbol nfs_uuid_t is known
      # source: docs/localio.adoc:751
      Then the symbol "nfs_uuid_t" is known

    # source: docs/localio.adoc:751
    Scenario: symbol cl_uuid is known
      # source: docs/localio.adoc:751
      Then the symbol "cl_uuid" is known

    # source: docs/localio.adoc:757
    Scenario: fact nfs.localio_enabled.default reads Y
      # source: docs/localio.adoc:757
      Then the fact "nfs.localio_enabled.default" reads "Y"

    # source: docs/localio.adoc:755
    Scenario: symbol nfs_get_client() is known
      # source: docs/localio.adoc:755
      Then the symbol "nfs_get_client()" is known

    # source: docs/localio.adoc:756
    Scenario: symbol nfs_client is known
      # source: docs/localio.adoc:756
      Then the symbol "nfs_client" is known

    # source: docs/localio.adoc:756
    Scenario: symbol nfs_local_probe() is known
      # source: docs/localio.adoc:756
      Then the symbol "nfs_local_probe()" is known

    # source: docs/localio.adoc:757
    Scenario: symbol nfs.localio_enabled is known
      # source: docs/localio.adoc:757
      Then the symbol "nfs.localio_enabled" is known

    # source: docs/localio.adoc:759
    Scenario: symbol nfs_uuid_begin() is known
      # source: docs/localio.adoc:759
      Then the symbol "nfs_uuid_begin()" is known

    # source: docs/localio.adoc:759
    Scenario: symbol nfs_uuid_t is known
      # source: docs/localio.adoc:759
      Then the symbol "nfs_uuid_t" is known

    # source: docs/localio.adoc:760
    Scenario: symbol nfs_uuids is known
      # source: docs/localio.adoc:760
      Then the symbol "nfs_uuids" is known

    # source: docs/localio.adoc:767
    Scenario: symbol nfs_uuid_is_local() is known
      # source: docs/localio.adoc:767
      Then the symbol "nfs_uuid_is_local()" is known

    # source: docs/localio.adoc:768
    Scenario: symbol rqstp->rq_client is known
      # source: docs/localio.adoc:768
      Then the symbol "rqstp->rq_client" is known

    # source: docs/localio.adoc:769
    Scenario: symbol nn->local_clients is known
      # source: docs/localio.adoc:769
      Then the symbol "nn->local_clients" is known

    # source: docs/localio.adoc:769
    Scenario: symbol nfs_uuids is known
      # source: docs/localio.adoc:769
      Then the symbol "nfs_uuids" is known

    # source: docs/localio.adoc:769
    Scenario: symbol nfs_uuid_is_local() is known
      # source: docs/localio.adoc:769
      Then the symbol "nfs_uuid_is_local()" is known

    # source: docs/localio.adoc:770
    Scenario: symbol nfs_uuid_t is known
      # source: docs/localio.adoc:770
      Then the symbol "nfs_uuid_t" is known

    # source: docs/localio.adoc:770
    Scenario: symbol nn->local_clients is known
      # source: docs/localio.adoc:770
      Then the symbol "nn->local_clients" is known

    # source: docs/localio.adoc:771
    Scenario: symbol rcu_assign_pointer() is known
      # source: docs/localio.adoc:771
      Then the symbol "rcu_assign_pointer()" is known

    # source: docs/localio.adoc:774
    Scenario: symbol nfs_local_enable() is known
      # source: docs/localio.adoc:774
      Then the symbol "nfs_local_enable()" is known

    # source: docs/localio.adoc:774
    Scenario: symbol NFS_CS_LOCAL_IO is known
      # source: docs/localio.adoc:774
      Then the symbol "NFS_CS_LOCAL_IO" is known

    # source: docs/localio.adoc:776
    Scenario: symbol nfs_uuid_t is known
      # source: docs/localio.adoc:776
      Then the symbol "nfs_uuid_t" is known

    # source: docs/localio.adoc:776
    Scenario: symbol nn->nfsd_serv is known
      # source: docs/localio.adoc:776
      Then the symbol "nn->nfsd_serv" is known

    # source: docs/localio.adoc:777
    Scenario: symbol nfs_uuid_is_local() is known
      # source: docs/localio.adoc:777
      Then the symbol "nfs_uuid_is_local()" is known

    # source: docs/localio.adoc:778
    Scenario: symbol nfs_uuids is known
      # source: docs/localio.adoc:778
      Then the symbol "nfs_uuids" is known

    # source: docs/localio.adoc:778
    Scenario: symbol nn->local_clients is known
      # source: docs/localio.adoc:778
      Then the symbol "nn->local_clients" is known

    # source: docs/localio.adoc:778
    Scenario: symbol struct nfsd_net is known
      # source: docs/localio.adoc:778
      Then the symbol "struct nfsd_net" is known

    # source: docs/localio.adoc:778
    Scenario: symbol nfsd_serv is known
      # source: docs/localio.adoc:778
      Then the symbol "nfsd_serv" is known

    # source: docs/localio.adoc:824
    Scenario: symbol nfs_uuid_end() is known
      # source: docs/localio.adoc:824
      Then the symbol "nfs_uuid_end()" is known

    # source: docs/localio.adoc:824
    Scenario: symbol nfs_uuids is known
      # source: docs/localio.adoc:824
      Then the symbol "nfs_uuids" is known

    # source: docs/localio.adoc:845
    Scenario: symbol nfs_uuid_t is known
      # source: docs/localio.adoc:845
      Then the symbol "nfs_uuid_t" is known

    # source: docs/localio.adoc:846
    Scenario: symbol struct nfsd_net is known
      # source: docs/localio.adoc:846
      Then the symbol "struct nfsd_net" is known

    # source: docs/localio.adoc:846
    Scenario: symbol net_generic() is known
      # source: docs/localio.adoc:846
      Then the symbol "net_generic()" is known

    # source: docs/localio.adoc:846
    Scenario: symbol nn->nfsd_serv is known
      # source: docs/localio.adoc:846
      Then the symbol "nn->nfsd_serv" is known

  # source: docs/localio.adoc:853
  Rule: NFS Client and Server Interlock

    # source: docs/localio.adoc:857
    Scenario: symbol nfs_uuid_t is known
      # source: docs/localio.adoc:857
      Then the symbol "nfs_uuid_t" is known

    # source: docs/localio.adoc:891
    Scenario: fact uuid.size reads 16
      # source: docs/localio.adoc:891
      Then the fact "uuid.size" reads "16"

    # source: docs/localio.adoc:890
    Scenario: symbol nfs_client is known
      # source: docs/localio.adoc:890
      Then the symbol "nfs_client" is known

    # source: docs/localio.adoc:890
    Scenario: symbol nfs_uuid_t is known
      # source: docs/localio.adoc:890
      Then the symbol "nfs_uuid_t" is known

    # source: docs/localio.adoc:890
    Scenario: symbol cl_uuid is known
      # source: docs/localio.adoc:890
      Then the symbol "cl_uuid" is known

    # source: docs/localio.adoc:891
    Scenario: symbol nfs_client is known
      # source: docs/localio.adoc:891
      Then the symbol "nfs_client" is known

    # source: docs/localio.adoc:892
    Scenario: symbol nfs_uuid_t is known
      # source: docs/localio.adoc:892
      Then the symbol "nfs_uuid_t" is known

    # source: docs/localio.adoc:893
    Scenario: symbol nfs_client is known
      # source: docs/localio.adoc:893
      Then the symbol "nfs_client" is known

    # source: docs/localio.adoc:893
    Scenario: symbol nfs_free_client() is known
      # source: docs/localio.adoc:893
      Then the symbol "nfs_free_client()" is known

    # source: docs/localio.adoc:894
    Scenario: symbol nfs_local_disable() is known
      # source: docs/localio.adoc:894
      Then the symbol "nfs_local_disable()" is known

    # source: docs/localio.adoc:908
    Scenario: symbol nfs_uuid_t is known
      # source: docs/localio.adoc:908
      Then the symbol "nfs_uuid_t" is known

    # source: docs/localio.adoc:908
    Scenario: symbol nn->local_clients is known
      # source: docs/localio.adoc:908
      Then the symbol "nn->local_clients" is known

    # source: docs/localio.adoc:923
    Scenario: symbol pre_exit is known
      # source: docs/localio.adoc:923
      Then the symbol "pre_exit" is known

    # source: docs/localio.adoc:923
    Scenario: symbol nfsd_net_pre_exit() is known
      # source: docs/localio.adoc:923
      Then the symbol "nfsd_net_pre_exit()" is known

    # source: docs/localio.adoc:924
    Scenario: symbol nfs_uuid_invalidate_clients() is known
      # source: docs/localio.adoc:924
      Then the symbol "nfs_uuid_invalidate_clients()" is known

    # source: docs/localio.adoc:928
    Scenario: symbol cleanup_net() is known
      # source: docs/localio.adoc:928
      Then the symbol "cleanup_net()" is known

    # source: docs/localio.adoc:929
    Scenario: symbol pre_exit is known
      # source: docs/localio.adoc:929
      Then the symbol "pre_exit" is known

    # source: docs/localio.adoc:929
    Scenario: symbol synchronize_rcu() is known
      # source: docs/localio.adoc:929
      Then the symbol "synchronize_rcu()" is known

    # source: docs/localio.adoc:930
    Scenario: symbol nfsd_net is known
      # source: docs/localio.adoc:930
      Then the symbol "nfsd_net" is known

    # source: docs/localio.adoc:932
    Scenario: symbol pre_exit is known
      # source: docs/localio.adoc:932
      Then the symbol "pre_exit" is known

    # source: docs/localio.adoc:933
    Scenario: symbol synchronize_rcu() is known
      # source: docs/localio.adoc:933
      Then the symbol "synchronize_rcu()" is known

    # source: docs/localio.adoc:933
    Scenario: symbol cleanup_net() is known
      # source: docs/localio.adoc:933
      Then the symbol "cleanup_net()" is known

    # source: docs/localio.adoc:949
    Scenario: symbol nfs_uuid_t is known
      # source: docs/localio.adoc:949
      Then the symbol "nfs_uuid_t" is known

    # source: docs/localio.adoc:949
    Scenario: symbol nfs_open_local_fh() is known
      # source: docs/localio.adoc:949
      Then the symbol "nfs_open_local_fh()" is known

    # source: docs/localio.adoc:950
    Scenario: symbol nfs_common is known
      # source: docs/localio.adoc:950
      Then the symbol "nfs_common" is known

    # source: docs/localio.adoc:950
    Scenario: symbol rcu_read_lock() is known
      # source: docs/localio.adoc:950
      Then the symbol "rcu_read_lock()" is known

    # source: docs/localio.adoc:950
    Scenario: symbol rcu_dereference() is known
      # source: docs/localio.adoc:950
      Then the symbol "rcu_dereference()" is known

    # source: docs/localio.adoc:951
    Scenario: symbol nfsd_open_local_fh() is known
      # source: docs/localio.adoc:951
      Then the symbol "nfsd_open_local_fh()" is known

    # source: docs/localio.adoc:952
    Scenario: symbol nfs_uuid_t is known
      # source: docs/localio.adoc:952
      Then the symbol "nfs_uuid_t" is known

    # source: docs/localio.adoc:954
    Scenario: symbol nfs_uuid_t is known
      # source: docs/localio.adoc:954
      Then the symbol "nfs_uuid_t" is known

    # source: docs/localio.adoc:955
    Scenario: symbol rcu_read_lock() is known
      # source: docs/localio.adoc:955
      Then the symbol "rcu_read_lock()" is known

    # source: docs/localio.adoc:955
    Scenario: symbol nfs_uuid_t is known
      # source: docs/localio.adoc:955
      Then the symbol "nfs_uuid_t" is known

    # source: docs/localio.adoc:956
    Scenario: symbol nfs_common is known
      # source: docs/localio.adoc:956
      Then the symbol "nfs_common" is known

    # source: docs/localio.adoc:956
    Scenario: symbol nfs_open_local_fh() is known
      # source: docs/localio.adoc:956
      Then the symbol "nfs_open_local_fh()" is known

    # source: docs/localio.adoc:959
    Scenario: symbol nn->nfsd_serv_ref is known
      # source: docs/localio.adoc:959
      Then the symbol "nn->nfsd_serv_ref" is known

    # source: docs/localio.adoc:959
    Scenario: symbol nfsd_destroy_serv() is known
      # source: docs/localio.adoc:959
      Then the symbol "nfsd_destroy_serv()" is known

    # source: docs/localio.adoc:963
    Scenario: symbol nfsd_serv_try_get() is known
      # source: docs/localio.adoc:963
      Then the symbol "nfsd_serv_try_get()" is known

    # source: docs/localio.adoc:963
    Scenario: symbol percpu_ref_tryget_live() is known
      # source: docs/localio.adoc:963
      Then the symbol "percpu_ref_tryget_live()" is known

    # source: docs/localio.adoc:964
    Scenario: symbol nfsd_file is known
      # source: docs/localio.adoc:964
      Then the symbol "nfsd_file" is known

    # source: docs/localio.adoc:965
    Scenario: symbol nfs_to_nfsd_file_put_local() is known
      # source: docs/localio.adoc:965
      Then the symbol "nfs_to_nfsd_file_put_local()" is known

    # source: docs/localio.adoc:966
    Scenario: symbol nfsd_file_put_local() is known
      # source: docs/localio.adoc:966
      Then the symbol "nfsd_file_put_local()" is known

    # source: docs/localio.adoc:971
    Scenario: symbol nfsd_file_put_local() is known
      # source: docs/localio.adoc:971
      Then the symbol "nfsd_file_put_local()" is known

    # source: docs/localio.adoc:973
    Scenario: symbol nfsd_serv_put() is known
      # source: docs/localio.adoc:973
      Then the symbol "nfsd_serv_put()" is known

    # source: docs/localio.adoc:978
    Scenario: symbol nfs_to_nfsd_file_put_local() is known
      # source: docs/localio.adoc:978
      Then the symbol "nfs_to_nfsd_file_put_local()" is known

    # source: docs/localio.adoc:979
    Scenario: symbol nfsd_file_put_local() is known
      # source: docs/localio.adoc:979
      Then the symbol "nfsd_file_put_local()" is known

    # source: docs/localio.adoc:981
    Scenario: symbol rcu_read_unlock() is known
      # source: docs/localio.adoc:981
      Then the symbol "rcu_read_unlock()" is known

    # source: docs/localio.adoc:984
    Scenario: symbol nfsd_destroy_serv() is known
      # source: docs/localio.adoc:984
      Then the symbol "nfsd_destroy_serv()" is known

    # source: docs/localio.adoc:986
    Scenario: symbol nfsd_net is known
      # source: docs/localio.adoc:986
      Then the symbol "nfsd_net" is known

    # source: docs/localio.adoc:987
    Scenario: symbol nfs_open_local_fh() is known
      # source: docs/localio.adoc:987
      Then the symbol "nfs_open_local_fh()" is known

    # source: docs/localio.adoc:988
    Scenario: symbol nfsd_create_serv() is known
      # source: docs/localio.adoc:988
      Then the symbol "nfsd_create_serv()" is known

    # source: docs/localio.adoc:989
    Scenario: symbol nfsd_destroy_serv() is known
      # source: docs/localio.adoc:989
      Then the symbol "nfsd_destroy_serv()" is known

    # source: docs/localio.adoc:1011
    Scenario: symbol nfsd_destroy_serv() is known
      # source: docs/localio.adoc:1011
      Then the symbol "nfsd_destroy_serv()" is known

    # source: docs/localio.adoc:1013
    Scenario: symbol nn->nfsd_serv is known
      # source: docs/localio.adoc:1013
      Then the symbol "nn->nfsd_serv" is known

    # source: docs/localio.adoc:1014
    Scenario: symbol nfsd_shutdown_net() is known
      # source: docs/localio.adoc:1014
      Then the symbol "nfsd_shutdown_net()" is known

    # source: docs/localio.adoc:1014
    Scenario: symbol percpu_ref_exit() is known
      # source: docs/localio.adoc:1014
      Then the symbol "percpu_ref_exit()" is known

    # source: docs/localio.adoc:1014
    Scenario: symbol nfsd_create_serv() is known
      # source: docs/localio.adoc:1014
      Then the symbol "nfsd_create_serv()" is known

    # source: docs/localio.adoc:1036
    Scenario: symbol struct net is known
      # source: docs/localio.adoc:1036
      Then the symbol "struct net" is known

    # source: docs/localio.adoc:1036
    Scenario: symbol struct nfsd_net is known
      # source: docs/localio.adoc:1036
      Then the symbol "struct nfsd_net" is known

    # source: docs/localio.adoc:1037
    Scenario: symbol rcu_read_unlock() is known
      # source: docs/localio.adoc:1037
      Then the symbol "rcu_read_unlock()" is known

    # source: docs/localio.adoc:1039
    Scenario: symbol nn->nfsd_serv_ref is known
      # source: docs/localio.adoc:1039
      Then the symbol "nn->nfsd_serv_ref" is known

    # source: docs/localio.adoc:1040
    Scenario: symbol nfsd_destroy_serv() is known
      # source: docs/localio.adoc:1040
      Then the symbol "nfsd_destroy_serv()" is known

    # source: docs/localio.adoc:1041
    Scenario: symbol struct net is known
      # source: docs/localio.adoc:1041
      Then the symbol "struct net" is known

    # source: docs/localio.adoc:1041
    Scenario: symbol struct nfsd_net is known
      # source: docs/localio.adoc:1041
      Then the symbol "struct nfsd_net" is known

    # source: docs/localio.adoc:1042
    Scenario: symbol nfsd_serv_put() is known
      # source: docs/localio.adoc:1042
      Then the symbol "nfsd_serv_put()" is known

    # source: docs/localio.adoc:1042
    Scenario: symbol nfsd_file_put_local() is known
      # source: docs/localio.adoc:1042
      Then the symbol "nfsd_file_put_local()" is known

    # source: docs/localio.adoc:1044
    Scenario: symbol nfsd_file is known
      # source: docs/localio.adoc:1044
      Then the symbol "nfsd_file" is known

    # source: docs/localio.adoc:1046
    Scenario: symbol nfsd_file_put_local() is known
      # source: docs/localio.adoc:1046
      Then the symbol "nfsd_file_put_local()" is known

    # source: docs/localio.adoc:1050
    Scenario: symbol pre_exit is known
      # source: docs/localio.adoc:1050
      Then the symbol "pre_exit" is known

    # source: docs/localio.adoc:1053
    Scenario: symbol nfs_to is known
      # source: docs/localio.adoc:1053
      Then the symbol "nfs_to" is known

    # source: docs/localio.adoc:1054
    Scenario: symbol pre_exit is known
      # source: docs/localio.adoc:1054
      Then the symbol "pre_exit" is known

    # source: docs/localio.adoc:1058
    Scenario: symbol nfs_uuid_is_local() is known
      # source: docs/localio.adoc:1058
      Then the symbol "nfs_uuid_is_local()" is known

    # source: docs/localio.adoc:1059
    Scenario: symbol localio_proc_uuid_is_local() is known
      # source: docs/localio.adoc:1059
      Then the symbol "localio_proc_uuid_is_local()" is known

    # source: docs/localio.adoc:1059
    Scenario: symbol __module_get() is known
      # source: docs/localio.adoc:1059
      Then the symbol "__module_get()" is known

    # source: docs/localio.adoc:1060
    Scenario: symbol nfs_uuid_put_locked() is known
      # source: docs/localio.adoc:1060
      Then the symbol "nfs_uuid_put_locked()" is known

    # source: docs/localio.adoc:1060
    Scenario: symbol module_put() is known
      # source: docs/localio.adoc:1060
      Then the symbol "module_put()" is known

    # source: docs/localio.adoc:1061
    Scenario: symbol pre_exit is known
      # source: docs/localio.adoc:1061
      Then the symbol "pre_exit" is known

    # source: docs/localio.adoc:1062
    Scenario: symbol nfs_to is known
      # source: docs/localio.adoc:1062
      Then the symbol "nfs_to" is known

    # source: docs/localio.adoc:1081
    Scenario: symbol nfsd_shutdown_net() is known
      # source: docs/localio.adoc:1081
      Then the symbol "nfsd_shutdown_net()" is known

    # source: docs/localio.adoc:1081
    Scenario: symbol nfsd_destroy_serv() is known
      # source: docs/localio.adoc:1081
      Then the symbol "nfsd_destroy_serv()" is known

    # source: docs/localio.adoc:1082
    Scenario: symbol nfsd_net is known
      # source: docs/localio.adoc:1082
      Then the symbol "nfsd_net" is known

  # source: docs/localio.adoc:1086
  Rule: NFS Client and Server Interlock › The crash the interlock fixed

    # source: docs/localio.adoc:1091
    Scenario: symbol nn->nfsd_serv is known
      # source: docs/localio.adoc:1091
      Then the symbol "nn->nfsd_serv" is known

    # source: docs/localio.adoc:1091
    Scenario: symbol nfsd_serv_try_get() is known
      # source: docs/localio.adoc:1091
      Then the symbol "nfsd_serv_try_get()" is known

    # source: docs/localio.adoc:1092
    Scenario: symbol nfsd_serv_put() is known
      # source: docs/localio.adoc:1092
      Then the symbol "nfsd_serv_put()" is known

    # source: docs/localio.adoc:1093
    Scenario: symbol pre_exit is known
      # source: docs/localio.adoc:1093
      Then the symbol "pre_exit" is known

    # source: docs/localio.adoc:1098
    Scenario: symbol nn->nfsd_serv is known
      # source: docs/localio.adoc:1098
      Then the symbol "nn->nfsd_serv" is known

    # source: docs/localio.adoc:1099
    Scenario: symbol pre_exit is known
      # source: docs/localio.adoc:1099
      Then the symbol "pre_exit" is known

    # source: docs/localio.adoc:1104
    Scenario: symbol nn->nfsd_serv is known
      # source: docs/localio.adoc:1104
      Then the symbol "nn->nfsd_serv" is known

    # source: docs/localio.adoc:1136
    Scenario: symbol nn->nfsd_serv is known
      # source: docs/localio.adoc:1136
      Then the symbol "nn->nfsd_serv" is known

    # source: docs/localio.adoc:1143
    Scenario: symbol pre_exit is known
      # source: docs/localio.adoc:1143
      Then the symbol "pre_exit" is known

    # source: docs/localio.adoc:1144
    Scenario: symbol -ENXIO is known
      # source: docs/localio.adoc:1144
      Then the symbol "-ENXIO" is known

  # source: docs/localio.adoc:1173
  Rule: NFS Client and Server Interlock › Under the interleavings a model checker explores

    # source: docs/localio.adoc:1176
    Scenario: symbol nfsd_destroy_serv() is known
      # source: docs/localio.adoc:1176
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

  # source: docs/localio.adoc:1183
  Rule: NFS Client issues IO instead of Server

    # source: docs/localio.adoc:1191
    Scenario: fact fh.max reads 128
      # source: docs/localio.adoc:1191
      Then the fact "fh.max" reads "128"

    # source: docs/localio.adoc:1188
    Scenario: symbol nfs_local_open_fh() is known
      # source: docs/localio.adoc:1188
      Then the symbol "nfs_local_open_fh()" is known

    # source: docs/localio.adoc:1189
    Scenario: symbol nfs_open_local_fh() is known
      # source: docs/localio.adoc:1189
      Then the symbol "nfs_open_local_fh()" is known

    # source: docs/localio.adoc:1189
    Scenario: symbol nfs_common is known
      # source: docs/localio.adoc:1189
      Then the symbol "nfs_common" is known

    # source: docs/localio.adoc:1189
    Scenario: symbol nfsd_open_local_fh() is known
      # source: docs/localio.adoc:1189
      Then the symbol "nfsd_open_local_fh()" is known

    # source: docs/localio.adoc:1191
    Scenario: symbol NFS4_FHSIZE is known
      # source: docs/localio.adoc:1191
      Then the symbol "NFS4_FHSIZE" is known

    # source: docs/localio.adoc:1191
    Scenario: symbol -EINVAL is known
      # source: docs/localio.adoc:1191
      Then the symbol "-EINVAL" is known

    # source: docs/localio.adoc:1191
    Scenario: symbol NFSD_MAY_LOCALIO is known
      # source: docs/localio.adoc:1191
      Then the symbol "NFSD_MAY_LOCALIO" is known

    # source: docs/localio.adoc:1192
    Scenario: symbol nfsd_file_acquire_local() is known
      # source: docs/localio.adoc:1192
      Then the symbol "nfsd_file_acquire_local()" is known

    # source: docs/localio.adoc:1193
    Scenario: symbol nfsd_file is known
      # source: docs/localio.adoc:1193
      Then the symbol "nfsd_file" is known

    # source: docs/localio.adoc:1197
    Scenario: symbol nfs_open_local_fh() is known
      # source: docs/localio.adoc:1197
      Then the symbol "nfs_open_local_fh()" is known

    # source: docs/localio.adoc:1197
    Scenario: symbol -ENXIO is known
      # source: docs/localio.adoc:1197
      Then the symbol "-ENXIO" is known

    # source: docs/localio.adoc:1198
    Scenario: symbol nfsd_serv_try_get() is known
      # source: docs/localio.adoc:1198
      Then the symbol "nfsd_serv_try_get()" is known

    # source: docs/localio.adoc:1199
    Scenario: symbol nn->nfsd_serv is known
      # source: docs/localio.adoc:1199
      Then the symbol "nn->nfsd_serv" is known

    # source: docs/localio.adoc:1201
    Scenario: symbol nfsd_open_local_fh() is known
      # source: docs/localio.adoc:1201
      Then the symbol "nfsd_open_local_fh()" is known

    # source: docs/localio.adoc:1202
    Scenario: symbol nfs_stat_to_errno() is known
      # source: docs/localio.adoc:1202
      Then the symbol "nfs_stat_to_errno()" is known

    # source: docs/localio.adoc:1202
    Scenario: symbol NFSERR_NXIO is known
      # source: docs/localio.adoc:1202
      Then the symbol "NFSERR_NXIO" is known

    # source: docs/localio.adoc:1202
    Scenario: symbol -ENXIO is known
      # source: docs/localio.adoc:1202
      Then the symbol "-ENXIO" is known

    # source: docs/localio.adoc:1203
    Scenario: symbol -ENXIO is known
      # source: docs/localio.adoc:1203
      Then the symbol "-ENXIO" is known

    # source: docs/localio.adoc:1203
    Scenario: symbol nfserrno() is known
      # source: docs/localio.adoc:1203
      Then the symbol "nfserrno()" is known

    # source: docs/localio.adoc:1204
    Scenario: symbol nfs_local_open_fh() is known
      # source: docs/localio.adoc:1204
      Then the symbol "nfs_local_open_fh()" is known

    # source: docs/localio.adoc:1206
    Scenario: symbol -ENXIO is known
      # source: docs/localio.adoc:1206
      Then the symbol "-ENXIO" is known

    # source: docs/localio.adoc:1206
    Scenario: symbol nfsd_open_local_fh() is known
      # source: docs/localio.adoc:1206
      Then the symbol "nfsd_open_local_fh()" is known

    # source: docs/localio.adoc:1207
    Scenario: symbol nn->nfsd_serv is known
      # source: docs/localio.adoc:1207
      Then the symbol "nn->nfsd_serv" is known

    # source: docs/localio.adoc:1207
    Scenario: symbol nn->nfsd_serv is known
      # source: docs/localio.adoc:1207
      Then the symbol "nn->nfsd_serv" is known

    # source: docs/localio.adoc:1207
    Scenario: symbol -ENXIO is known
      # source: docs/localio.adoc:1207
      Then the symbol "-ENXIO" is known

    # source: docs/localio.adoc:1208
    Scenario: symbol nfsd_serv_try_get() is known
      # source: docs/localio.adoc:1208
      Then the symbol "nfsd_serv_try_get()" is known

    # source: docs/localio.adoc:1208
    Scenario: symbol nfs_open_local_fh() is known
      # source: docs/localio.adoc:1208
      Then the symbol "nfs_open_local_fh()" is known

    # source: docs/localio.adoc:1209
    Scenario: symbol nfs_common is known
      # source: docs/localio.adoc:1209
      Then the symbol "nfs_common" is known

    # source: docs/localio.adoc:1238
    Scenario: symbol -ENXIO is known
      # source: docs/localio.adoc:1238
      Then the symbol "-ENXIO" is known

    # source: docs/localio.adoc:1238
    Scenario: symbol nfs_local_open_fh() is known
      # source: docs/localio.adoc:1238
      Then the symbol "nfs_local_open_fh()" is known

    # source: docs/localio.adoc:1238
    Scenario: symbol nfs_local_probe() is known
      # source: docs/localio.adoc:1238
      Then the symbol "nfs_local_probe()" is known

    # source: docs/localio.adoc:1240
    Scenario: symbol -EACCES is known
      # source: docs/localio.adoc:1240
      Then the symbol "-EACCES" is known

    # source: docs/localio.adoc:1240
    Scenario: symbol -ESTALE is known
      # source: docs/localio.adoc:1240
      Then the symbol "-ESTALE" is known

    # source: docs/localio.adoc:1243
    Scenario: symbol -ENOMEM is known
      # source: docs/localio.adoc:1243
      Then the symbol "-ENOMEM" is known

    # source: docs/localio.adoc:1243
    Scenario: symbol -ENOENT is known
      # source: docs/localio.adoc:1243
      Then the symbol "-ENOENT" is known

    # source: docs/localio.adoc:1243
    Scenario: symbol -ENXIO is known
      # source: docs/localio.adoc:1243
      Then the symbol "-ENXIO" is known

    # source: docs/localio.adoc:1243
    Scenario: symbol nfs_local_open_fh() is known
      # source: docs/localio.adoc:1243
      Then the symbol "nfs_local_open_fh()" is known

    # source: docs/localio.adoc:1287
    Scenario: symbol nfs_client is known
      # source: docs/localio.adoc:1287
      Then the symbol "nfs_client" is known

    # source: docs/localio.adoc:1290
    Scenario: symbol nfs_client is known
      # source: docs/localio.adoc:1290
      Then the symbol "nfs_client" is known

    # source: docs/localio.adoc:1291
    Scenario: symbol nfs4_ff_layout_prepare_ds() is known
      # source: docs/localio.adoc:1291
      Then the symbol "nfs4_ff_layout_prepare_ds()" is known

    # source: docs/localio.adoc:1293
    Scenario: symbol nfs_get_client() is known
      # source: docs/localio.adoc:1293
      Then the symbol "nfs_get_client()" is known

    # source: docs/localio.adoc:1314
    Scenario: symbol nfsd_file is known
      # source: docs/localio.adoc:1314
      Then the symbol "nfsd_file" is known

    # source: docs/localio.adoc:1318
    Scenario: symbol nfsd_file is known
      # source: docs/localio.adoc:1318
      Then the symbol "nfsd_file" is known

    # source: docs/localio.adoc:1319
    Scenario: symbol nfs_local_doio() is known
      # source: docs/localio.adoc:1319
      Then the symbol "nfs_local_doio()" is known

    # source: docs/localio.adoc:1319
    Scenario: symbol nfs_local_commit() is known
      # source: docs/localio.adoc:1319
      Then the symbol "nfs_local_commit()" is known

    # source: docs/localio.adoc:1344
    Scenario: symbol stable_how is known
      # source: docs/localio.adoc:1344
      Then the symbol "stable_how" is known

    # source: docs/localio.adoc:1347
    Scenario: symbol DATA_SYNC is known
      # source: docs/localio.adoc:1347
      Then the symbol "DATA_SYNC" is known

    # source: docs/localio.adoc:1347
    Scenario: symbol IOCB_DSYNC is known
      # source: docs/localio.adoc:1347
      Then the symbol "IOCB_DSYNC" is known

    # source: docs/localio.adoc:1348
    Scenario: symbol FILE_SYNC is known
      # source: docs/localio.adoc:1348
      Then the symbol "FILE_SYNC" is known

    # source: docs/localio.adoc:1351
    Scenario: symbol cl_nfssvc_boot is known
      # source: docs/localio.adoc:1351
      Then the symbol "cl_nfssvc_boot" is known

    # source: docs/localio.adoc:1352
    Scenario: symbol -ENOSPC is known
      # source: docs/localio.adoc:1352
      Then the symbol "-ENOSPC" is known

    # source: docs/localio.adoc:1355
    Scenario: symbol nfs_local_read_done() is known
      # source: docs/localio.adoc:1355
      Then the symbol "nfs_local_read_done()" is known

    # source: docs/localio.adoc:1361
    Scenario: symbol vfs_fsync_range() is known
      # source: docs/localio.adoc:1361
      Then the symbol "vfs_fsync_range()" is known

  # source: docs/localio.adoc:1387
  Rule: Security

    # source: docs/localio.adoc:1390
    Scenario: symbol nfs_client is known
      # source: docs/localio.adoc:1390
      Then the symbol "nfs_client" is known

    # source: docs/localio.adoc:1399
    Scenario: fact auth_unix.max_groups reads 16
      # source: docs/localio.adoc:1399
      Then the fact "auth_unix.max_groups" reads "16"

    # source: docs/localio.adoc:1404
    Scenario: symbol NFSERR_PERM is known
      # source: docs/localio.adoc:1404
      Then the symbol "NFSERR_PERM" is known

    # source: docs/localio.adoc:1405
    Scenario: symbol nfsd_setuser_and_check_port() is known
      # source: docs/localio.adoc:1405
      Then the symbol "nfsd_setuser_and_check_port()" is known

    # source: docs/localio.adoc:1406
    Scenario: symbol nfsd_file_acquire_local() is known
      # source: docs/localio.adoc:1406
      Then the symbol "nfsd_file_acquire_local()" is known

    # source: docs/localio.adoc:1431
    Scenario: symbol rqstp->rq_client is known
      # source: docs/localio.adoc:1431
      Then the symbol "rqstp->rq_client" is known

    # source: docs/localio.adoc:1432
    Scenario: symbol nfs_uuid_is_local() is known
      # source: docs/localio.adoc:1432
      Then the symbol "nfs_uuid_is_local()" is known

    # source: docs/localio.adoc:1433
    Scenario: symbol nfs_open_local_fh() is known
      # source: docs/localio.adoc:1433
      Then the symbol "nfs_open_local_fh()" is known

    # source: docs/localio.adoc:1433
    Scenario: symbol nfsd_open_local_fh() is known
      # source: docs/localio.adoc:1433
      Then the symbol "nfsd_open_local_fh()" is known

    # source: docs/localio.adoc:1463
    Scenario: symbol nfsd_net is known
      # source: docs/localio.adoc:1463
      Then the symbol "nfsd_net" is known

    # source: docs/localio.adoc:1463
    Scenario: symbol nfsd_net is known
      # source: docs/localio.adoc:1463
      Then the symbol "nfsd_net" is known

  # source: docs/localio.adoc:1468
  Rule: Testing

    # source: docs/localio.adoc:1480
    Scenario: symbol nfs.localio_enabled is known
      # source: docs/localio.adoc:1480
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
