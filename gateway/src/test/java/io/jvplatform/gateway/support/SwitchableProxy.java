package io.jvplatform.gateway.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A TCP relay in front of one service that a test can turn into a service that accepts and
 * never answers: with the system property {@value #HANG_PROPERTY} set to {@code true}, bytes
 * from the gateway are swallowed, on new and already pooled connections alike. A system
 * property is the switch because the test and this relay may live in different class loaders
 * of the Quarkus test run; the JVM's properties are shared by both.
 */
public final class SwitchableProxy implements AutoCloseable {

    public static final String HANG_PROPERTY = "jv.test.partners-service.hang";

    private final ServerSocket server;
    private final InetSocketAddress target;
    private final List<Socket> sockets = new CopyOnWriteArrayList<>();

    private SwitchableProxy(ServerSocket server, InetSocketAddress target) {
        this.server = server;
        this.target = target;
    }

    public static SwitchableProxy start(int port, int targetPort) {
        try {
            ServerSocket server = new ServerSocket(port, 50, InetAddress.getLoopbackAddress());
            SwitchableProxy proxy = new SwitchableProxy(server,
                    new InetSocketAddress(InetAddress.getLoopbackAddress(), targetPort));
            Thread acceptor = new Thread(proxy::accept, "switchable-proxy-" + port);
            acceptor.setDaemon(true);
            acceptor.start();
            return proxy;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static void hang(boolean hang) {
        System.setProperty(HANG_PROPERTY, String.valueOf(hang));
    }

    private static boolean hanging() {
        return Boolean.getBoolean(HANG_PROPERTY);
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + server.getLocalPort();
    }

    private void accept() {
        while (!server.isClosed()) {
            try {
                Socket client = server.accept();
                sockets.add(client);
                Thread relay = new Thread(() -> relay(client), "switchable-proxy-connection");
                relay.setDaemon(true);
                relay.start();
            } catch (IOException e) {
                return;
            }
        }
    }

    private void relay(Socket client) {
        try (client; Socket upstream = new Socket()) {
            if (hanging()) {
                drain(client.getInputStream());
                return;
            }
            upstream.connect(target, 1000);
            sockets.add(upstream);
            Thread back = new Thread(() -> pipe(upstream, client, false), "switchable-proxy-back");
            back.setDaemon(true);
            back.start();
            pipe(client, upstream, true);
        } catch (IOException e) {
            // connection refused (service stopped) or closed: the gateway sees a dropped connection
        }
    }

    private static void drain(InputStream in) throws IOException {
        byte[] buffer = new byte[8192];
        while (in.read(buffer) >= 0) {
            // swallow the request, answer nothing
        }
    }

    private static void pipe(Socket from, Socket to, boolean swallowWhenHanging) {
        byte[] buffer = new byte[16384];
        try {
            InputStream in = from.getInputStream();
            OutputStream out = to.getOutputStream();
            int read;
            while ((read = in.read(buffer)) >= 0) {
                if (swallowWhenHanging && hanging()) {
                    continue;
                }
                out.write(buffer, 0, read);
                out.flush();
            }
        } catch (IOException e) {
            // one side closed
        } finally {
            closeQuietly(from);
            closeQuietly(to);
        }
    }

    private static void closeQuietly(Socket socket) {
        try {
            socket.close();
        } catch (IOException e) {
            // already closed
        }
    }

    @Override
    public void close() {
        try {
            server.close();
        } catch (IOException e) {
            // closing anyway
        }
        sockets.forEach(SwitchableProxy::closeQuietly);
    }
}
