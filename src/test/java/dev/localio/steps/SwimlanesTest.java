package dev.localio.steps;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SwimlanesTest {

    private static final String LEGEND = """
            nfsd: rpc.nfsd 0: nfsd_destroy_serv() under nfsd_mutex
            client: the client's local read
            """;

    private static final String TRACE = """
            nfsd   | nfsd()
            nfsd   |   w.nfsdDestroyServ()
            client | client()
            client |   w.nfsOpenLocalFh(): threw NullPointerException
            client |     nfsTo.nfsdOpenLocalFh(Net#1): threw NullPointerException
            client |       NfsdNet#1.nfsdServ(): null
            nfsd   | theInterlockHeld(): AssertionError #1
            nfsd   |   Invariant.noCrash("the client's local read", NullPointerException#1): threw AssertionError
            """;

    @Test
    void each_thread_is_a_lane_named_by_the_legend_and_its_steps_keep_their_order_and_depth() {
        String json = Swimlanes.json(LEGEND, TRACE);

        assertThat(json).startsWith("{\"title\": \"The interleaving, a lane per thread\", \"lanes\": ["
                + "{\"id\": \"nfsd\", \"label\": \"nfsd: rpc.nfsd 0: nfsd_destroy_serv() under nfsd_mutex\"}, "
                + "{\"id\": \"client\", \"label\": \"client: the client's local read\"}], \"steps\": [");
        assertThat(json).contains("{\"lane\": \"nfsd\", \"depth\": 1, \"text\": \"w.nfsdDestroyServ()\", \"crash\": false}");
        assertThat(json.indexOf("w.nfsdDestroyServ()")).isLessThan(json.indexOf("client()"));
    }

    @Test
    void the_crash_is_the_deepest_call_that_threw_in_the_first_thread_to_throw_not_the_check_that_noticed() {
        String json = Swimlanes.json(LEGEND, TRACE);

        assertThat(json).contains("\"text\": \"nfsTo.nfsdOpenLocalFh(Net#1): threw NullPointerException\", \"crash\": true}");
        assertThat(json.split("\"crash\": true")).hasSize(2);
    }
}
