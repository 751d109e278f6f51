package dev.localio.linux.fs.nfs_common;

import static org.assertj.core.api.Assertions.assertThat;

import dev.localio.linux.kernel.Errno;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NfsCommonTest {

    @ParameterizedTest(name = "status {0} is {1}")
    @CsvSource({
        "1, EPERM", "2, ENOENT", "13, EACCES", "30, EROFS",
        "63, ENAMETOOLONG", "66, ENOTEMPTY", "69, EDQUOT", "70, ESTALE", "71, EREMOTE",
        "10001, EBADHANDLE", "10006, EREMOTEIO", "10008, EJUKEBOX", "12345, EIO",
    })
    void nfs_stat_to_errno_maps_nfs_numbers_to_the_kernels_own(int status, Errno errno) {
        assertThat(NfsCommon.nfsStatToErrno(status)).isEqualTo(errno);
    }

    @ParameterizedTest
    @CsvSource("0")
    void success_has_no_errno(int status) {
        assertThat(NfsCommon.nfsStatToErrno(status)).isNull();
    }
}
