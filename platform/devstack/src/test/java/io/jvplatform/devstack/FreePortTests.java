package io.jvplatform.devstack;

import org.junit.jupiter.api.Test;

import java.net.InetAddress;
import java.net.ServerSocket;

import static org.assertj.core.api.Assertions.assertThat;

class FreePortTests {

    @Test
    void theFoundPortCanBeListenedOnAtOnceOnLoopback() throws Exception {
        int port = FreePort.find();

        assertThat(port).isBetween(1024, 65535);
        try (ServerSocket socket = new ServerSocket(port, 1, InetAddress.getLoopbackAddress())) {
            assertThat(socket.getLocalPort()).isEqualTo(port);
        }
    }

    @Test
    void aPortInUseIsNeverFound() throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            for (int i = 0; i < 20; i++) {
                assertThat(FreePort.find()).isNotEqualTo(taken.getLocalPort());
            }
        }
    }
}
