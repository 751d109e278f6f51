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

  # source: docs/localio.adoc:209
  Rule: FAQ › 2. What must LOCALIO achieve?

    # source: docs/localio.adoc:218
    Scenario: symbol nfsd_file is known
      # source: docs/localio.adoc:218
      Then the symbol "nfsd_file" is known

    # source: docs/localio.adoc:261
    Scenario: symbol nfs_get_client() is known
      # source: docs/localio.adoc:261
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

  # source: docs/localio.adoc:353
  Rule: FAQ › 4. Does pNFS flexfiles gain from LOCALIO?

    # source: docs/localio.adoc:356
    Scenario: symbol nfs_client is known
      # source: docs/localio.adoc:356
      Then the symbol "nfs_client" is known

    # source: docs/localio.adoc:356
    Scenario: symbol nfs_get_client() is known
      # source: docs/localio.adoc:356
      Then the symbol "nfs_get_client()" is known

    # source: docs/localio.adoc:356
    Scenario: symbol nfs_client is known
      # source: docs/localio.adoc:356
      Then the symbol "nfs_client" is known

    # source: docs/localio.adoc:357
    Scenario: symbol nfs4_ff_layout_prepare_ds() is known
      # source: docs/localio.adoc:357
      Then the symbol "nfs4_ff_layout_prepare_ds()" is known

    # source: docs/localio.adoc:391
    Scenario: symbol nfs_get_client() is known
      # source: docs/localio.adoc:391
      Then the symbol "nfs_get_client()" is known

    # source: docs/localio.adoc:391
    Scenario: symbol nfs_client is known
      # source: docs/localio.adoc:391
      Then the symbol "nfs_client" is known

    # source: docs/localio.adoc:392
    Scenario: symbol nfs4_ff_layout_prepare_ds() is known
      # source: docs/localio.adoc:392
      Then the symbol "nfs4_ff_layout_prepare_ds()" is known

    # source: docs/localio.adoc:393
    Scenario: symbol nfs_local_probe() is known
      # source: docs/localio.adoc:393
      Then the symbol "nfs_local_probe()" is known

  # source: docs/localio.adoc:435
  Rule: FAQ › 6. What does an open that nfsd performs for the client, with no RPC, buy? Only with pNFS?

    # source: docs/localio.adoc:441
    Scenario: symbol nfsd_open_local_fh() is known
      # source: docs/localio.adoc:441
      Then the symbol "nfsd_open_local_fh()" is known

  # source: docs/localio.adoc:473
  Rule: FAQ › 7. Why AUTH_UNIX, and whose?

    # source: docs/localio.adoc:476
    Scenario: symbol nfs_client is known
      # source: docs/localio.adoc:476
      Then the symbol "nfs_client" is known

    # source: docs/localio.adoc:476
    Scenario: symbol cl_rpcclient is known
      # source: docs/localio.adoc:476
      Then the symbol "cl_rpcclient" is known

    # source: docs/localio.adoc:477
    Scenario: symbol nfs_local_probe() is known
      # source: docs/localio.adoc:477
      Then the symbol "nfs_local_probe()" is known

    # source: docs/localio.adoc:478
    Scenario: symbol nfs_client is known
      # source: docs/localio.adoc:478
      Then the symbol "nfs_client" is known

    # source: docs/localio.adoc:480
    Scenario: symbol nfs_init_client() is known
      # source: docs/localio.adoc:480
      Then the symbol "nfs_init_client()" is known

    # source: docs/localio.adoc:480
    Scenario: symbol cl_rpcclient is known
      # source: docs/localio.adoc:480
      Then the symbol "cl_rpcclient" is known

    # source: docs/localio.adoc:483
    Scenario: symbol cl_rpcclient is known
      # source: docs/localio.adoc:483
      Then the symbol "cl_rpcclient" is known

    # source: docs/localio.adoc:488
    Scenario: symbol nfs_get_client() is known
      # source: docs/localio.adoc:488
      Then the symbol "nfs_get_client()" is known

    # source: docs/localio.adoc:524
    Scenario: symbol nfs_local_probe() is known
      # source: docs/localio.adoc:524
      Then the symbol "nfs_local_probe()" is known

    # source: docs/localio.adoc:524
    Scenario: symbol clp->cl_rpcclient is known
      # source: docs/localio.adoc:524
      Then the symbol "clp->cl_rpcclient" is known

  # source: docs/localio.adoc:540
  Rule: FAQ › 8. Do export options that map user ids (root_squash, all_squash) apply to local IO?

    # source: docs/localio.adoc:543
    Scenario: symbol nfsd_file_acquire_local() is known
      # source: docs/localio.adoc:543
      Then the symbol "nfsd_file_acquire_local()" is known

    # source: docs/localio.adoc:543
    Scenario: symbol __fh_verify() is known
      # source: docs/localio.adoc:543
      Then the symbol "__fh_verify()" is known

    # source: docs/localio.adoc:543
    Scenario: symbol nfsd_setuser_and_check_port() is known
      # source: docs/localio.adoc:543
      Then the symbol "nfsd_setuser_and_check_port()" is known

    # source: docs/localio.adoc:544
    Scenario: symbol nfsd_setuser() is known
      # source: docs/localio.adoc:544
      Then the symbol "nfsd_setuser()" is known

    # source: docs/localio.adoc:545
    Scenario: symbol svcauth_map_clnt_to_svc_cred_local() is known
      # source: docs/localio.adoc:545
      Then the symbol "svcauth_map_clnt_to_svc_cred_local()" is known

    # source: docs/localio.adoc:554
    Scenario: fact export.anonuid reads 65534
      # source: docs/localio.adoc:554
      Then the fact "export.anonuid" reads "65534"

    # source: docs/localio.adoc:591
    Scenario: fact auth_unix.max_groups reads 16
      # source: docs/localio.adoc:591
      Then the fact "auth_unix.max_groups" reads "16"

    # source: docs/localio.adoc:593
    Scenario: fact page.carol.uid reads 1001
      # source: docs/localio.adoc:593
      Then the fact "page.carol.uid" reads "1001"

    # source: docs/localio.adoc:593
    Scenario: fact page.carol.groups reads 17
      # source: docs/localio.adoc:593
      Then the fact "page.carol.groups" reads "17"

    # source: docs/localio.adoc:592
    Scenario: symbol UNX_NGROUPS is known
      # source: docs/localio.adoc:592
      Then the symbol "UNX_NGROUPS" is known

  # source: docs/localio.adoc:626
  Rule: RPC

    # source: docs/localio.adoc:629
    Scenario: fact localio.real_procedures reads one
      # source: docs/localio.adoc:629
      Then the fact "localio.real_procedures" reads "one"

    # source: docs/localio.adoc:630
    Scenario: symbol UUID_IS_LOCAL is known
      # source: docs/localio.adoc:630
      Then the symbol "UUID_IS_LOCAL" is known

    # source: docs/localio.adoc:631
    Scenario: symbol nfs_common is known
      # source: docs/localio.adoc:631
      Then the symbol "nfs_common" is known

    # source: docs/localio.adoc:631
    Scenario: symbol nfs_common is known
      # source: docs/localio.adoc:631
      Then the symbol "nfs_common" is known

    # source: docs/localio.adoc:637
    Scenario: fact localio.program reads 400122
      # source: docs/localio.adoc:637
      Then the fact "localio.program" reads "400122"

    # source: docs/localio.adoc:638
    Scenario: fact localio.version reads 1
      # source: docs/localio.adoc:638
      Then the fact "localio.version" reads "1"

    # source: docs/localio.adoc:638
    Scenario: fact localio.proc.null reads 0
      # source: docs/localio.adoc:638
      Then the fact "localio.proc.null" reads "0"

    # source: docs/localio.adoc:639
    Scenario: fact localio.proc.uuid_is_local reads 1
      # source: docs/localio.adoc:639
      Then the fact "localio.proc.uuid_is_local" reads "1"

    # source: docs/localio.adoc:645
    Scenario: symbol NFS_LOCALIO_PROGRAM is known
      # source: docs/localio.adoc:645
      Then the symbol "NFS_LOCALIO_PROGRAM" is known

    # source: docs/localio.adoc:645
    Scenario: fact localio.program reads 400122
      # source: docs/localio.adoc:645
      Then the fact "localio.program" reads "400122"

    # source: docs/localio.adoc:646
    Scenario: symbol LOCALIO_V1 is known
      # source: docs/localio.adoc:646
      Then the symbol "LOCALIO_V1" is known

    # source: docs/localio.adoc:646
    Scenario: fact localio.version reads 1
      # source: docs/localio.adoc:646
      Then the fact "localio.version" reads "1"

    # source: docs/localio.adoc:647
    Scenario: symbol LOCALIOPROC_NULL is known
      # source: docs/localio.adoc:647
      Then the symbol "LOCALIOPROC_NULL" is known

    # source: docs/localio.adoc:647
    Scenario: fact localio.proc.null reads 0
      # source: docs/localio.adoc:647
      Then the fact "localio.proc.null" reads "0"

    # source: docs/localio.adoc:648
    Scenario: symbol LOCALIOPROC_UUID_IS_LOCAL is known
      # source: docs/localio.adoc:648
      Then the symbol "LOCALIOPROC_UUID_IS_LOCAL" is known

    # source: docs/localio.adoc:648
    Scenario: fact localio.proc.uuid_is_local reads 1
      # source: docs/localio.adoc:648
      Then the fact "localio.proc.uuid_is_local" reads "1"

    # source: docs/localio.adoc:681
    Scenario: fact uuid.size reads 16
      # source: docs/localio.adoc:681
      Then the fact "uuid.size" reads "16"

    # source: docs/localio.adoc:681
    Scenario: symbol UUID_SIZE is known
      # source: docs/localio.adoc:681
      Then the symbol "UUID_SIZE" is known

    # source: docs/localio.adoc:683
    Scenario: symbol encode_opaque_fixed() is known
      # source: docs/localio.adoc:683
      Then the symbol "encode_opaque_fixed()" is known

    # source: docs/localio.adoc:685
    Scenario: symbol nfs_common is known
      # source: docs/localio.adoc:685
      Then the symbol "nfs_common" is known

    # source: docs/localio.adoc:688
    Scenario: fact uuid.size reads 16
      # source: docs/localio.adoc:688
      Then the fact "uuid.size" reads "16"

    # source: docs/localio.adoc:691
    Scenario: fact uuid.size reads 16
      # source: docs/localio.adoc:691
      Then the fact "uuid.size" reads "16"

    # source: docs/localio.adoc:689
    Scenario: symbol localio_decode_uuidarg() is known
      # source: docs/localio.adoc:689
      Then the symbol "localio_decode_uuidarg()" is known

    # source: docs/localio.adoc:689
    Scenario: symbol svc_process() is known
      # source: docs/localio.adoc:689
      Then the symbol "svc_process()" is known

    # source: docs/localio.adoc:696
    Scenario: fact uuid.size reads 16
      # source: docs/localio.adoc:696
      Then the fact "uuid.size" reads "16"

    # source: docs/localio.adoc:714
    Scenario: symbol rpc_bind_new_program() is known
      # source: docs/localio.adoc:714
      Then the symbol "rpc_bind_new_program()" is known

    # source: docs/localio.adoc:714
    Scenario: symbol nfs_client is known
      # source: docs/localio.adoc:714
      Then the symbol "nfs_client" is known

    # source: docs/localio.adoc:714
    Scenario: symbol cl_rpcclient is known
      # source: docs/localio.adoc:714
      Then the symbol "cl_rpcclient" is known

    # source: docs/localio.adoc:739
    Scenario: fact localio.proc.null reads 0
      # source: docs/localio.adoc:739
      Then the fact "localio.proc.null" reads "0"

    # source: docs/localio.adoc:738
    Scenario: symbol rpc_bind_new_program() is known
      # source: docs/localio.adoc:738
      Then the symbol "rpc_bind_new_program()" is known

    # source: docs/localio.adoc:740
    Scenario: symbol CONFIG_NFS_LOCALIO is known
      # source: docs/localio.adoc:740
      Then the symbol "CONFIG_NFS_LOCALIO" is known

    # source: docs/localio.adoc:741
    Scenario: symbol PROG_UNAVAIL is known
      # source: docs/localio.adoc:741
      Then the symbol "PROG_UNAVAIL" is known

  # source: docs/localio.adoc:761
  Rule: NFS Common and Client/Server Handshake

    # source: docs/localio.adoc:764
    Scenario: symbol nfs_uuids is known
      # source: docs/localio.adoc:764
      Then the symbol "nfs_uuids" is known

    # source: docs/localio.adoc:764
    Scenario: symbol nfs_uuid_lock is known
      # source: docs/localio.adoc:764
      Then the symbol "nfs_uuid_lock" is known

    # source: docs/localio.adoc:765
    Scenario: symbol nfs_to is known
      # source: docs/localio.adoc:765
      Then the symbol "nfs_to" is known

    # source: docs/localio.adoc:766
    Scenario: symbol nfsd_localio_ops_init() is known
      # source: docs/localio.adoc:766
      Then the symbol "nfsd_localio_ops_init()" is known

    # source: docs/localio.adoc:766
    Scenario: symbol nfs_client is known
      # source: docs/localio.adoc:766
      Then the symbol "nfs_client" is known

    # source: docs/localio.adoc:767
    Scenario: symbol nfs_uuid_t is known
      # source: docs/localio.adoc:767
      Then the symbol "nfs_uuid_t" is known

    # source: docs/localio.adoc:767
    Scenario: symbol cl_uuid is known
      # source: docs/localio.adoc:767
      Then the symbol "cl_uuid" is known

    # source: docs/localio.adoc:773
    Scenario: fact nfs.localio_enabled.default reads Y
      # source: docs/localio.adoc:773
      Then the fact "nfs.localio_enabled.default" reads "Y"

    # source: docs/localio.adoc:771
    Scenario: symbol nfs_get_client() is known
      # source: docs/localio.adoc:771
      Then the symbol "nfs_get_client()" is known

    # source: docs/localio.adoc:772
    Scenario: symbol nfs_client is known
      # source: docs/localio.adoc:772
      Then the symbol "nfs_client" is known

    # source: docs/localio.adoc:772
    Scenario: symbol nfs_local_probe() is known
      # source: docs/localio.adoc:772
      Then the symbol "nfs_local_probe()" is known

    # source: docs/localio.adoc:773
    Scenario: symbol nfs.localio_enabled is known
      # source: docs/localio.adoc:773
      Then the symbol "nfs.localio_enabled" is known

    # source: docs/localio.adoc:775
    Scenario: symbol nfs_uuid_begin() is known
      # source: docs/localio.adoc:775
      Then the symbol "nfs_uuid_begin()" is known

    # source: docs/localio.adoc:775
    Scenario: symbol nfs_uuid_t is known
      # source: docs/localio.adoc:775
      Then the symbol "nfs_uuid_t" is known

    # source: docs/localio.adoc:776
    Scenario: symbol nfs_uuids is known
      # source: docs/localio.adoc:776
      Then the symbol "nfs_uuids" is known

    # source: docs/localio.adoc:783
    Scenario: symbol nfs_uuid_is_local() is known
      # source: docs/localio.adoc:783
      Then the symbol "nfs_uuid_is_local()" is known

    # source: docs/localio.adoc:784
    Scenario: symbol rqstp->rq_client is known
      # source: docs/localio.adoc:784
      Then the symbol "rqstp->rq_client" is known

    # source: docs/localio.adoc:785
    Scenario: symbol nn->local_clients is known
      # source: docs/localio.adoc:785
      Then the symbol "nn->local_clients" is known

    # source: docs/localio.adoc:785
    Scenario: symbol nfs_uuids is known
      # source: docs/localio.adoc:785
      Then the symbol "nfs_uuids" is known

    # source: docs/localio.adoc:785
    Scenario: symbol nfs_uuid_is_local() is known
      # source: docs/localio.adoc:785
      Then the symbol "nfs_uuid_is_local()" is known

    # source: docs/localio.adoc:786
    Scenario: symbol nfs_uuid_t is known
      # source: docs/localio.adoc:786
      Then the symbol "nfs_uuid_t" is known

    # source: docs/localio.adoc:786
    Scenario: symbol nn->local_clients is known
      # source: docs/localio.adoc:786
      Then the symbol "nn->local_clients" is known

    # source: docs/localio.adoc:787
    Scenario: symbol rcu_assign_pointer() is known
      # source: docs/localio.adoc:787
      Then the symbol "rcu_assign_pointer()" is known

    # source: docs/localio.adoc:790
    Scenario: symbol nfs_local_enable() is known
      # source: docs/localio.adoc:790
      Then the symbol "nfs_local_enable()" is known

    # source: docs/localio.adoc:790
    Scenario: symbol NFS_CS_LOCAL_IO is known
      # source: docs/localio.adoc:790
      Then the symbol "NFS_CS_LOCAL_IO" is known

    # source: docs/localio.adoc:792
    Scenario: symbol nfs_uuid_t is known
      # source: docs/localio.adoc:792
      Then the symbol "nfs_uuid_t" is known

    # source: docs/localio.adoc:792
    Scenario: symbol nn->nfsd_serv is known
      # source: docs/localio.adoc:792
      Then the symbol "nn->nfsd_serv" is known

    # source: docs/localio.adoc:793
    Scenario: symbol nfs_uuid_is_local() is known
      # source: docs/localio.adoc:793
      Then the symbol "nfs_uuid_is_local()" is known

    # source: docs/localio.adoc:794
    Scenario: symbol nfs_uuids is known
      # source: docs/localio.adoc:794
      Then the symbol "nfs_uuids" is known

    # source: docs/localio.adoc:794
    Scenario: symbol nn->local_clients is known
      # source: docs/localio.adoc:794
      Then the symbol "nn->local_clients" is known

    # source: docs/localio.adoc:794
    Scenario: symbol struct nfsd_net is known
      # source: docs/localio.adoc:794
      Then the symbol "struct nfsd_net" is known

    # source: docs/localio.adoc:794
    Scenario: symbol nfsd_serv is known
      # source: docs/localio.adoc:794
      Then the symbol "nfsd_serv" is known

    # source: docs/localio.adoc:817
    Scenario: symbol nfs_uuid_end() is known
      # source: docs/localio.adoc:817
      Then the symbol "nfs_uuid_end()" is known

    # source: docs/localio.adoc:817
    Scenario: symbol nfs_uuids is known
      # source: docs/localio.adoc:817
      Then the symbol "nfs_uuids" is known

    # source: docs/localio.adoc:840
    Scenario: symbol nfs_uuid_t is known
      # source: docs/localio.adoc:840
      Then the symbol "nfs_uuid_t" is known

    # source: docs/localio.adoc:841
    Scenario: symbol struct nfsd_net is known
      # source: docs/localio.adoc:841
      Then the symbol "struct nfsd_net" is known

    # source: docs/localio.adoc:841
    Scenario: symbol net_generic() is known
      # source: docs/localio.adoc:841
      Then the symbol "net_generic()" is known

    # source: docs/localio.adoc:841
    Scenario: symbol nn->nfsd_serv is known
      # source: docs/localio.adoc:841
      Then the symbol "nn->nfsd_serv" is known

  # source: docs/localio.adoc:848
  Rule: NFS Client and Server Interlock

    # source: docs/localio.adoc:852
    Scenario: symbol nfs_uuid_t is known
      # source: docs/localio.adoc:852
      Then the symbol "nfs_uuid_t" is known

    # source: docs/localio.adoc:888
    Scenario: fact uuid.size reads 16
      # source: docs/localio.adoc:888
      Then the fact "uuid.size" reads "16"

    # source: docs/localio.adoc:887
    Scenario: symbol nfs_client is known
      # source: docs/localio.adoc:887
      Then the symbol "nfs_client" is known

    # source: docs/localio.adoc:887
    Scenario: symbol nfs_uuid_t is known
      # source: docs/localio.adoc:887
      Then the symbol "nfs_uuid_t" is known

    # source: docs/localio.adoc:887
    Scenario: symbol cl_uuid is known
      # source: docs/localio.adoc:887
      Then the symbol "cl_uuid" is known

    # source: docs/localio.adoc:888
    Scenario: symbol nfs_client is known
      # source: docs/localio.adoc:888
      Then the symbol "nfs_client" is known

    # source: docs/localio.adoc:889
    Scenario: symbol nfs_uuid_t is known
      # source: docs/localio.adoc:889
      Then the symbol "nfs_uuid_t" is known

    # source: docs/localio.adoc:890
    Scenario: symbol nfs_client is known
      # source: docs/localio.adoc:890
      Then the symbol "nfs_client" is known

    # source: docs/localio.adoc:890
    Scenario: symbol nfs_free_client() is known
      # source: docs/localio.adoc:890
      Then the symbol "nfs_free_client()" is known

    # source: docs/localio.adoc:891
    Scenario: symbol nfs_local_disable() is known
      # source: docs/localio.adoc:891
      Then the symbol "nfs_local_disable()" is known

    # source: docs/localio.adoc:906
    Scenario: symbol nfs_uuid_t is known
      # source: docs/localio.adoc:906
      Then the symbol "nfs_uuid_t" is known

    # source: docs/localio.adoc:906
    Scenario: symbol nn->local_clients is known
      # source: docs/localio.adoc:906
      Then the symbol "nn->local_clients" is known

    # source: docs/localio.adoc:921
    Scenario: symbol pre_exit is known
      # source: docs/localio.adoc:921
      Then the symbol "pre_exit" is known

    # source: docs/localio.adoc:921
    Scenario: symbol nfsd_net_pre_exit() is known
      # source: docs/localio.adoc:921
      Then the symbol "nfsd_net_pre_exit()" is known

    # source: docs/localio.adoc:922
    Scenario: symbol nfs_uuid_invalidate_clients() is known
      # source: docs/localio.adoc:922
      Then the symbol "nfs_uuid_invalidate_clients()" is known

    # source: docs/localio.adoc:926
    Scenario: symbol cleanup_net() is known
      # source: docs/localio.adoc:926
      Then the symbol "cleanup_net()" is known

    # source: docs/localio.adoc:927
    Scenario: symbol pre_exit is known
      # source: docs/localio.adoc:927
      Then the symbol "pre_exit" is known

    # source: docs/localio.adoc:927
    Scenario: symbol synchronize_rcu() is known
      # source: docs/localio.adoc:927
      Then the symbol "synchronize_rcu()" is known

    # source: docs/localio.adoc:928
    Scenario: symbol nfsd_net is known
      # source: docs/localio.adoc:928
      Then the symbol "nfsd_net" is known

    # source: docs/localio.adoc:930
    Scenario: symbol pre_exit is known
      # source: docs/localio.adoc:930
      Then the symbol "pre_exit" is known

    # source: docs/localio.adoc:931
    Scenario: symbol synchronize_rcu() is known
      # source: docs/localio.adoc:931
      Then the symbol "synchronize_rcu()" is known

    # source: docs/localio.adoc:931
    Scenario: symbol cleanup_net() is known
      # source: docs/localio.adoc:931
      Then the symbol "cleanup_net()" is known

    # source: docs/localio.adoc:947
    Scenario: symbol nfs_uuid_t is known
      # source: docs/localio.adoc:947
      Then the symbol "nfs_uuid_t" is known

    # source: docs/localio.adoc:947
    Scenario: symbol nfs_open_local_fh() is known
      # source: docs/localio.adoc:947
      Then the symbol "nfs_open_local_fh()" is known

    # source: docs/localio.adoc:948
    Scenario: symbol nfs_common is known
      # source: docs/localio.adoc:948
      Then the symbol "nfs_common" is known

    # source: docs/localio.adoc:948
    Scenario: symbol rcu_read_lock() is known
      # source: docs/localio.adoc:948
      Then the symbol "rcu_read_lock()" is known

    # source: docs/localio.adoc:948
    Scenario: symbol rcu_dereference() is known
      # source: docs/localio.adoc:948
      Then the symbol "rcu_dereference()" is known

    # source: docs/localio.adoc:949
    Scenario: symbol nfsd_open_local_fh() is known
      # source: docs/localio.adoc:949
      Then the symbol "nfsd_open_local_fh()" is known

    # source: docs/localio.adoc:950
    Scenario: symbol nfs_uuid_t is known
      # source: docs/localio.adoc:950
      Then the symbol "nfs_uuid_t" is known

    # source: docs/localio.adoc:952
    Scenario: symbol nfs_uuid_t is known
      # source: docs/localio.adoc:952
      Then the symbol "nfs_uuid_t" is known

    # source: docs/localio.adoc:953
    Scenario: symbol rcu_read_lock() is known
      # source: docs/localio.adoc:953
      Then the symbol "rcu_read_lock()" is known

    # source: docs/localio.adoc:953
    Scenario: symbol nfs_uuid_t is known
      # source: docs/localio.adoc:953
      Then the symbol "nfs_uuid_t" is known

    # source: docs/localio.adoc:954
    Scenario: symbol nfs_common is known
      # source: docs/localio.adoc:954
      Then the symbol "nfs_common" is known

    # source: docs/localio.adoc:954
    Scenario: symbol nfs_open_local_fh() is known
      # source: docs/localio.adoc:954
      Then the symbol "nfs_open_local_fh()" is known

    # source: docs/localio.adoc:957
    Scenario: symbol nn->nfsd_serv_ref is known
      # source: docs/localio.adoc:957
      Then the symbol "nn->nfsd_serv_ref" is known

    # source: docs/localio.adoc:957
    Scenario: symbol nfsd_destroy_serv() is known
      # source: docs/localio.adoc:957
      Then the symbol "nfsd_destroy_serv()" is known

    # source: docs/localio.adoc:961
    Scenario: symbol nfsd_serv_try_get() is known
      # source: docs/localio.adoc:961
      Then the symbol "nfsd_serv_try_get()" is known

    # source: docs/localio.adoc:961
    Scenario: symbol percpu_ref_tryget_live() is known
      # source: docs/localio.adoc:961
      Then the symbol "percpu_ref_tryget_live()" is known

    # source: docs/localio.adoc:962
    Scenario: symbol nfsd_file is known
      # source: docs/localio.adoc:962
      Then the symbol "nfsd_file" is known

    # source: docs/localio.adoc:963
    Scenario: symbol nfs_to_nfsd_file_put_local() is known
      # source: docs/localio.adoc:963
      Then the symbol "nfs_to_nfsd_file_put_local()" is known

    # source: docs/localio.adoc:964
    Scenario: symbol nfsd_file_put_local() is known
      # source: docs/localio.adoc:964
      Then the symbol "nfsd_file_put_local()" is known

    # source: docs/localio.adoc:969
    Scenario: symbol nfsd_file_put_local() is known
      # source: docs/localio.adoc:969
      Then the symbol "nfsd_file_put_local()" is known

    # source: docs/localio.adoc:971
    Scenario: symbol nfsd_serv_put() is known
      # source: docs/localio.adoc:971
      Then the symbol "nfsd_serv_put()" is known

    # source: docs/localio.adoc:976
    Scenario: symbol nfs_to_nfsd_file_put_local() is known
      # source: docs/localio.adoc:976
      Then the symbol "nfs_to_nfsd_file_put_local()" is known

    # source: docs/localio.adoc:977
    Scenario: symbol nfsd_file_put_local() is known
      # source: docs/localio.adoc:977
      Then the symbol "nfsd_file_put_local()" is known

    # source: docs/localio.adoc:979
    Scenario: symbol rcu_read_unlock() is known
      # source: docs/localio.adoc:979
      Then the symbol "rcu_read_unlock()" is known

    # source: docs/localio.adoc:982
    Scenario: symbol nfsd_destroy_serv() is known
      # source: docs/localio.adoc:982
      Then the symbol "nfsd_destroy_serv()" is known

    # source: docs/localio.adoc:984
    Scenario: symbol nfsd_net is known
      # source: docs/localio.adoc:984
      Then the symbol "nfsd_net" is known

    # source: docs/localio.adoc:985
    Scenario: symbol nfs_open_local_fh() is known
      # source: docs/localio.adoc:985
      Then the symbol "nfs_open_local_fh()" is known

    # source: docs/localio.adoc:986
    Scenario: symbol nfsd_create_serv() is known
      # source: docs/localio.adoc:986
      Then the symbol "nfsd_create_serv()" is known

    # source: docs/localio.adoc:987
    Scenario: symbol nfsd_destroy_serv() is known
      # source: docs/localio.adoc:987
      Then the symbol "nfsd_destroy_serv()" is known

    # source: docs/localio.adoc:1010
    Scenario: symbol nfsd_destroy_serv() is known
      # source: docs/localio.adoc:1010
      Then the symbol "nfsd_destroy_serv()" is known

    # source: docs/localio.adoc:1012
    Scenario: symbol nn->nfsd_serv is known
      # source: docs/localio.adoc:1012
      Then the symbol "nn->nfsd_serv" is known

    # source: docs/localio.adoc:1013
    Scenario: symbol nfsd_shutdown_net() is known
      # source: docs/localio.adoc:1013
      Then the symbol "nfsd_shutdown_net()" is known

    # source: docs/localio.adoc:1013
    Scenario: symbol percpu_ref_exit() is known
      # source: docs/localio.adoc:1013
      Then the symbol "percpu_ref_exit()" is known

    # source: docs/localio.adoc:1013
    Scenario: symbol nfsd_create_serv() is known
      # source: docs/localio.adoc:1013
      Then the symbol "nfsd_create_serv()" is known

    # source: docs/localio.adoc:1035
    Scenario: symbol struct net is known
      # source: docs/localio.adoc:1035
      Then the symbol "struct net" is known

    # source: docs/localio.adoc:1035
    Scenario: symbol struct nfsd_net is known
      # source: docs/localio.adoc:1035
      Then the symbol "struct nfsd_net" is known

    # source: docs/localio.adoc:1036
    Scenario: symbol rcu_read_unlock() is known
      # source: docs/localio.adoc:1036
      Then the symbol "rcu_read_unlock()" is known

    # source: docs/localio.adoc:1038
    Scenario: symbol nn->nfsd_serv_ref is known
      # source: docs/localio.adoc:1038
      Then the symbol "nn->nfsd_serv_ref" is known

    # source: docs/localio.adoc:1039
    Scenario: symbol nfsd_destroy_serv() is known
      # source: docs/localio.adoc:1039
      Then the symbol "nfsd_destroy_serv()" is known

    # source: docs/localio.adoc:1040
    Scenario: symbol struct net is known
      # source: docs/localio.adoc:1040
      Then the symbol "struct net" is known

    # source: docs/localio.adoc:1040
    Scenario: symbol struct nfsd_net is known
      # source: docs/localio.adoc:1040
      Then the symbol "struct nfsd_net" is known

    # source: docs/localio.adoc:1041
    Scenario: symbol nfsd_serv_put() is known
      # source: docs/localio.adoc:1041
      Then the symbol "nfsd_serv_put()" is known

    # source: docs/localio.adoc:1041
    Scenario: symbol nfsd_file_put_local() is known
      # source: docs/localio.adoc:1041
      Then the symbol "nfsd_file_put_local()" is known

    # source: docs/localio.adoc:1043
    Scenario: symbol nfsd_file is known
      # source: docs/localio.adoc:1043
      Then the symbol "nfsd_file" is known

    # source: docs/localio.adoc:1045
    Scenario: symbol nfsd_file_put_local() is known
      # source: docs/localio.adoc:1045
      Then the symbol "nfsd_file_put_local()" is known

    # source: docs/localio.adoc:1049
    Scenario: symbol pre_exit is known
      # source: docs/localio.adoc:1049
      Then the symbol "pre_exit" is known

    # source: docs/localio.adoc:1052
    Scenario: symbol nfs_to is known
      # source: docs/localio.adoc:1052
      Then the symbol "nfs_to" is known

    # source: docs/localio.adoc:1053
    Scenario: symbol pre_exit is known
      # source: docs/localio.adoc:1053
      Then the symbol "pre_exit" is known

    # source: docs/localio.adoc:1057
    Scenario: symbol nfs_uuid_is_local() is known
      # source: docs/localio.adoc:1057
      Then the symbol "nfs_uuid_is_local()" is known

    # source: docs/localio.adoc:1058
    Scenario: symbol localio_proc_uuid_is_local() is known
      # source: docs/localio.adoc:1058
      Then the symbol "localio_proc_uuid_is_local()" is known

    # source: docs/localio.adoc:1058
    Scenario: symbol __module_get() is known
      # source: docs/localio.adoc:1058
      Then the symbol "__module_get()" is known

    # source: docs/localio.adoc:1059
    Scenario: symbol nfs_uuid_put_locked() is known
      # source: docs/localio.adoc:1059
      Then the symbol "nfs_uuid_put_locked()" is known

    # source: docs/localio.adoc:1059
    Scenario: symbol module_put() is known
      # source: docs/localio.adoc:1059
      Then the symbol "module_put()" is known

    # source: docs/localio.adoc:1060
    Scenario: symbol pre_exit is known
      # source: docs/localio.adoc:1060
      Then the symbol "pre_exit" is known

    # source: docs/localio.adoc:1061
    Scenario: symbol nfs_to is known
      # source: docs/localio.adoc:1061
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

    # source: docs/localio.adoc:1138
    Scenario: symbol nn->nfsd_serv is known
      # source: docs/localio.adoc:1138
      Then the symbol "nn->nfsd_serv" is known

    # source: docs/localio.adoc:1145
    Scenario: symbol pre_exit is known
      # source: docs/localio.adoc:1145
      Then the symbol "pre_exit" is known

    # source: docs/localio.adoc:1146
    Scenario: symbol -ENXIO is known
      # source: docs/localio.adoc:1146
      Then the symbol "-ENXIO" is known

  # source: docs/localio.adoc:1178
  Rule: NFS Client and Server Interlock › Under every interleaving

    # source: docs/localio.adoc:1181
    Scenario: symbol nfsd_destroy_serv() is known
      # source: docs/localio.adoc:1181
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

    # source: docs/_interlock-interleavings.adoc:51
    Scenario: symbol cleanup_net() is known
      # source: docs/_interlock-interleavings.adoc:51
      Then the symbol "cleanup_net()" is known

    # source: docs/_interlock-interleavings.adoc:51
    Scenario: symbol pre_exit is known
      # source: docs/_interlock-interleavings.adoc:51
      Then the symbol "pre_exit" is known

    # source: docs/_interlock-interleavings.adoc:52
    Scenario: symbol synchronize_rcu() is known
      # source: docs/_interlock-interleavings.adoc:52
      Then the symbol "synchronize_rcu()" is known

    # source: docs/_interlock-interleavings.adoc:53
    Scenario: symbol nfsd_net is known
      # source: docs/_interlock-interleavings.adoc:53
      Then the symbol "nfsd_net" is known

    # source: docs/_interlock-interleavings.adoc:53
    Scenario: symbol -ENXIO is known
      # source: docs/_interlock-interleavings.adoc:53
      Then the symbol "-ENXIO" is known

    # source: docs/_interlock-interleavings.adoc:74
    Scenario: symbol nn->nfsd_serv is known
      # source: docs/_interlock-interleavings.adoc:74
      Then the symbol "nn->nfsd_serv" is known

    # source: docs/_interlock-interleavings.adoc:76
    Scenario: symbol cleanup_net() is known
      # source: docs/_interlock-interleavings.adoc:76
      Then the symbol "cleanup_net()" is known

    # source: docs/_interlock-interleavings.adoc:108
    Scenario: symbol synchronize_rcu() is known
      # source: docs/_interlock-interleavings.adoc:108
      Then the symbol "synchronize_rcu()" is known

    # source: docs/_interlock-interleavings.adoc:109
    Scenario: symbol synchronize_rcu() is known
      # source: docs/_interlock-interleavings.adoc:109
      Then the symbol "synchronize_rcu()" is known

    # source: docs/_interlock-interleavings.adoc:128
    Scenario: symbol percpu_ref_kill_and_confirm() is known
      # source: docs/_interlock-interleavings.adoc:128
      Then the symbol "percpu_ref_kill_and_confirm()" is known

    # source: docs/_interlock-interleavings.adoc:128
    Scenario: symbol percpu_ref_tryget_live() is known
      # source: docs/_interlock-interleavings.adoc:128
      Then the symbol "percpu_ref_tryget_live()" is known

    # source: docs/_interlock-interleavings.adoc:130
    Scenario: symbol nfsd_destroy_serv() is known
      # source: docs/_interlock-interleavings.adoc:130
      Then the symbol "nfsd_destroy_serv()" is known

  # source: docs/localio.adoc:1188
  Rule: NFS Client issues IO instead of Server

    # source: docs/localio.adoc:1196
    Scenario: fact fh.max reads 128
      # source: docs/localio.adoc:1196
      Then the fact "fh.max" reads "128"

    # source: docs/localio.adoc:1193
    Scenario: symbol nfs_local_open_fh() is known
      # source: docs/localio.adoc:1193
      Then the symbol "nfs_local_open_fh()" is known

    # source: docs/localio.adoc:1194
    Scenario: symbol nfs_open_local_fh() is known
      # source: docs/localio.adoc:1194
      Then the symbol "nfs_open_local_fh()" is known

    # source: docs/localio.adoc:1194
    Scenario: symbol nfs_common is known
      # source: docs/localio.adoc:1194
      Then the symbol "nfs_common" is known

    # source: docs/localio.adoc:1194
    Scenario: symbol nfsd_open_local_fh() is known
      # source: docs/localio.adoc:1194
      Then the symbol "nfsd_open_local_fh()" is known

    # source: docs/localio.adoc:1196
    Scenario: symbol NFS4_FHSIZE is known
      # source: docs/localio.adoc:1196
      Then the symbol "NFS4_FHSIZE" is known

    # source: docs/localio.adoc:1196
    Scenario: symbol -EINVAL is known
      # source: docs/localio.adoc:1196
      Then the symbol "-EINVAL" is known

    # source: docs/localio.adoc:1196
    Scenario: symbol NFSD_MAY_LOCALIO is known
      # source: docs/localio.adoc:1196
      Then the symbol "NFSD_MAY_LOCALIO" is known

    # source: docs/localio.adoc:1197
    Scenario: symbol nfsd_file_acquire_local() is known
      # source: docs/localio.adoc:1197
      Then the symbol "nfsd_file_acquire_local()" is known

    # source: docs/localio.adoc:1198
    Scenario: symbol nfsd_file is known
      # source: docs/localio.adoc:1198
      Then the symbol "nfsd_file" is known

    # source: docs/localio.adoc:1202
    Scenario: symbol nfs_open_local_fh() is known
      # source: docs/localio.adoc:1202
      Then the symbol "nfs_open_local_fh()" is known

    # source: docs/localio.adoc:1202
    Scenario: symbol -ENXIO is known
      # source: docs/localio.adoc:1202
      Then the symbol "-ENXIO" is known

    # source: docs/localio.adoc:1203
    Scenario: symbol nfsd_serv_try_get() is known
      # source: docs/localio.adoc:1203
      Then the symbol "nfsd_serv_try_get()" is known

    # source: docs/localio.adoc:1204
    Scenario: symbol nn->nfsd_serv is known
      # source: docs/localio.adoc:1204
      Then the symbol "nn->nfsd_serv" is known

    # source: docs/localio.adoc:1206
    Scenario: symbol nfsd_open_local_fh() is known
      # source: docs/localio.adoc:1206
      Then the symbol "nfsd_open_local_fh()" is known

    # source: docs/localio.adoc:1207
    Scenario: symbol nfs_stat_to_errno() is known
      # source: docs/localio.adoc:1207
      Then the symbol "nfs_stat_to_errno()" is known

    # source: docs/localio.adoc:1207
    Scenario: symbol NFSERR_NXIO is known
      # source: docs/localio.adoc:1207
      Then the symbol "NFSERR_NXIO" is known

    # source: docs/localio.adoc:1207
    Scenario: symbol -ENXIO is known
      # source: docs/localio.adoc:1207
      Then the symbol "-ENXIO" is known

    # source: docs/localio.adoc:1208
    Scenario: symbol -ENXIO is known
      # source: docs/localio.adoc:1208
      Then the symbol "-ENXIO" is known

    # source: docs/localio.adoc:1208
    Scenario: symbol nfserrno() is known
      # source: docs/localio.adoc:1208
      Then the symbol "nfserrno()" is known

    # source: docs/localio.adoc:1209
    Scenario: symbol nfs_local_open_fh() is known
      # source: docs/localio.adoc:1209
      Then the symbol "nfs_local_open_fh()" is known

    # source: docs/localio.adoc:1211
    Scenario: symbol -ENXIO is known
      # source: docs/localio.adoc:1211
      Then the symbol "-ENXIO" is known

    # source: docs/localio.adoc:1211
    Scenario: symbol nfsd_open_local_fh() is known
      # source: docs/localio.adoc:1211
      Then the symbol "nfsd_open_local_fh()" is known

    # source: docs/localio.adoc:1212
    Scenario: symbol nn->nfsd_serv is known
      # source: docs/localio.adoc:1212
      Then the symbol "nn->nfsd_serv" is known

    # source: docs/localio.adoc:1212
    Scenario: symbol nn->nfsd_serv is known
      # source: docs/localio.adoc:1212
      Then the symbol "nn->nfsd_serv" is known

    # source: docs/localio.adoc:1212
    Scenario: symbol -ENXIO is known
      # source: docs/localio.adoc:1212
      Then the symbol "-ENXIO" is known

    # source: docs/localio.adoc:1213
    Scenario: symbol nfsd_serv_try_get() is known
      # source: docs/localio.adoc:1213
      Then the symbol "nfsd_serv_try_get()" is known

    # source: docs/localio.adoc:1213
    Scenario: symbol nfs_open_local_fh() is known
      # source: docs/localio.adoc:1213
      Then the symbol "nfs_open_local_fh()" is known

    # source: docs/localio.adoc:1214
    Scenario: symbol nfs_common is known
      # source: docs/localio.adoc:1214
      Then the symbol "nfs_common" is known

    # source: docs/localio.adoc:1245
    Scenario: symbol -ENXIO is known
      # source: docs/localio.adoc:1245
      Then the symbol "-ENXIO" is known

    # source: docs/localio.adoc:1245
    Scenario: symbol nfs_local_open_fh() is known
      # source: docs/localio.adoc:1245
      Then the symbol "nfs_local_open_fh()" is known

    # source: docs/localio.adoc:1245
    Scenario: symbol nfs_local_probe() is known
      # source: docs/localio.adoc:1245
      Then the symbol "nfs_local_probe()" is known

    # source: docs/localio.adoc:1247
    Scenario: symbol -EACCES is known
      # source: docs/localio.adoc:1247
      Then the symbol "-EACCES" is known

    # source: docs/localio.adoc:1247
    Scenario: symbol -ESTALE is known
      # source: docs/localio.adoc:1247
      Then the symbol "-ESTALE" is known

    # source: docs/localio.adoc:1250
    Scenario: symbol -ENOMEM is known
      # source: docs/localio.adoc:1250
      Then the symbol "-ENOMEM" is known

    # source: docs/localio.adoc:1250
    Scenario: symbol -ENOENT is known
      # source: docs/localio.adoc:1250
      Then the symbol "-ENOENT" is known

    # source: docs/localio.adoc:1250
    Scenario: symbol -ENXIO is known
      # source: docs/localio.adoc:1250
      Then the symbol "-ENXIO" is known

    # source: docs/localio.adoc:1250
    Scenario: symbol nfs_local_open_fh() is known
      # source: docs/localio.adoc:1250
      Then the symbol "nfs_local_open_fh()" is known

    # source: docs/localio.adoc:1300
    Scenario: symbol nfs_client is known
      # source: docs/localio.adoc:1300
      Then the symbol "nfs_client" is known

    # source: docs/localio.adoc:1303
    Scenario: symbol nfs_client is known
      # source: docs/localio.adoc:1303
      Then the symbol "nfs_client" is known

    # source: docs/localio.adoc:1304
    Scenario: symbol nfs4_ff_layout_prepare_ds() is known
      # source: docs/localio.adoc:1304
      Then the symbol "nfs4_ff_layout_prepare_ds()" is known

    # source: docs/localio.adoc:1306
    Scenario: symbol nfs_get_client() is known
      # source: docs/localio.adoc:1306
      Then the symbol "nfs_get_client()" is known

    # source: docs/localio.adoc:1328
    Scenario: symbol nfsd_file is known
      # source: docs/localio.adoc:1328
      Then the symbol "nfsd_file" is known

    # source: docs/localio.adoc:1332
    Scenario: symbol nfsd_file is known
      # source: docs/localio.adoc:1332
      Then the symbol "nfsd_file" is known

    # source: docs/localio.adoc:1333
    Scenario: symbol nfs_local_doio() is known
      # source: docs/localio.adoc:1333
      Then the symbol "nfs_local_doio()" is known

    # source: docs/localio.adoc:1333
    Scenario: symbol nfs_local_commit() is known
      # source: docs/localio.adoc:1333
      Then the symbol "nfs_local_commit()" is known

    # source: docs/localio.adoc:1362
    Scenario: symbol stable_how is known
      # source: docs/localio.adoc:1362
      Then the symbol "stable_how" is known

    # source: docs/localio.adoc:1365
    Scenario: symbol DATA_SYNC is known
      # source: docs/localio.adoc:1365
      Then the symbol "DATA_SYNC" is known

    # source: docs/localio.adoc:1365
    Scenario: symbol IOCB_DSYNC is known
      # source: docs/localio.adoc:1365
      Then the symbol "IOCB_DSYNC" is known

    # source: docs/localio.adoc:1366
    Scenario: symbol FILE_SYNC is known
      # source: docs/localio.adoc:1366
      Then the symbol "FILE_SYNC" is known

    # source: docs/localio.adoc:1369
    Scenario: symbol cl_nfssvc_boot is known
      # source: docs/localio.adoc:1369
      Then the symbol "cl_nfssvc_boot" is known

    # source: docs/localio.adoc:1370
    Scenario: symbol -ENOSPC is known
      # source: docs/localio.adoc:1370
      Then the symbol "-ENOSPC" is known

    # source: docs/localio.adoc:1373
    Scenario: symbol nfs_local_read_done() is known
      # source: docs/localio.adoc:1373
      Then the symbol "nfs_local_read_done()" is known

    # source: docs/localio.adoc:1379
    Scenario: symbol vfs_fsync_range() is known
      # source: docs/localio.adoc:1379
      Then the symbol "vfs_fsync_range()" is known

  # source: docs/localio.adoc:1408
  Rule: Security

    # source: docs/localio.adoc:1411
    Scenario: symbol nfs_client is known
      # source: docs/localio.adoc:1411
      Then the symbol "nfs_client" is known

    # source: docs/localio.adoc:1420
    Scenario: fact auth_unix.max_groups reads 16
      # source: docs/localio.adoc:1420
      Then the fact "auth_unix.max_groups" reads "16"

    # source: docs/localio.adoc:1425
    Scenario: symbol rqstp->rq_client is known
      # source: docs/localio.adoc:1425
      Then the symbol "rqstp->rq_client" is known

    # source: docs/localio.adoc:1426
    Scenario: symbol nfs_uuid_is_local() is known
      # source: docs/localio.adoc:1426
      Then the symbol "nfs_uuid_is_local()" is known

    # source: docs/localio.adoc:1427
    Scenario: symbol nfs_open_local_fh() is known
      # source: docs/localio.adoc:1427
      Then the symbol "nfs_open_local_fh()" is known

    # source: docs/localio.adoc:1427
    Scenario: symbol nfsd_open_local_fh() is known
      # source: docs/localio.adoc:1427
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
