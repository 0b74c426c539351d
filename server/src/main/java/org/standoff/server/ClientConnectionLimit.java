package org.standoff.server;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.eclipse.jetty.io.Connection;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * At most {@code max} open connections per client address: a connection over the limit is closed as
 * soon as it opens, before a byte of it is read. It bounds what one address can hold with slow headers
 * or slow bodies (each slow body holds a worker thread until its {@linkplain HttpPolicy#bodyTimeout()
 * time} runs out), so clients at other addresses keep being served. Thread-safe.
 */
final class ClientConnectionLimit implements Connection.Listener {
    private static final Logger LOG = LoggerFactory.getLogger(ClientConnectionLimit.class);

    private final int max;
    private final ConcurrentHashMap<InetAddress, Integer> open = new ConcurrentHashMap<>();
    /** Each open connection's client, as seen when it opened: a closed socket no longer says who it was. */
    private final ConcurrentHashMap<Connection, InetAddress> clients = new ConcurrentHashMap<>();
    private final AtomicLong refused = new AtomicLong();

    ClientConnectionLimit(int max) {
        this.max = max;
    }

    @Override
    public void onOpened(Connection connection) {
        InetAddress client = client(connection);
        if (client == null) {
            return;
        }
        clients.put(connection, client);
        int count = open.merge(client, 1, Integer::sum);
        if (count > max) {
            if (refused.getAndIncrement() % 1_000 == 0) {
                LOG.warn("{} holds {} connections, more than {}: closing the new ones ({} so far)", client.getHostAddress(),
                        count - 1, max, refused.get());
            }
            connection.getEndPoint().close();
        }
    }

    @Override
    public void onClosed(Connection connection) {
        InetAddress client = clients.remove(connection);
        if (client != null) {
            open.computeIfPresent(client, (address, count) -> count <= 1 ? null : count - 1);
        }
    }

    /** Connections closed for being over the limit, since the server started. */
    long refused() {
        return refused.get();
    }

    private static InetAddress client(Connection connection) {
        SocketAddress remote = connection.getEndPoint().getRemoteSocketAddress();
        return remote instanceof InetSocketAddress ? ((InetSocketAddress) remote).getAddress() : null;
    }
}
