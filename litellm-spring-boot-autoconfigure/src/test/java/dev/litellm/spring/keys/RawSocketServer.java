package dev.litellm.spring.keys;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A loopback TCP server for the faults an HTTP stub cannot make: one that resets every connection as soon as it
 * is accepted, one that accepts and never answers, one that answers the first request on a connection and then
 * ignores it, like a load balancer that silently dropped an idle connection, and one that closes a kept-alive
 * connection soon after answering, like a load balancer with a short idle timeout, and one that answers with
 * bytes of the test's choosing, malformed HTTP included.
 */
final class RawSocketServer implements AutoCloseable {

	enum Behaviour {

		/** Accept, then close at once with a TCP reset, before reading anything. */
		RESET_ON_ACCEPT,

		/** Accept and never send a byte. */
		NEVER_ANSWER,

		/** Answer the first request on each connection with 200 and {@code body}, then never again. */
		ANSWER_ONCE_PER_CONNECTION,

		/** Answer the first request on each connection, keep it alive, then close it a moment later. */
		ANSWER_ONCE_THEN_CLOSE,

		/** Answer every request with {@code body} as the whole response, status line and headers included. */
		ANSWER_RAW

	}

	private final ServerSocket serverSocket;

	private final Behaviour behaviour;

	private final String body;

	private final AtomicInteger connections = new AtomicInteger();

	private final AtomicInteger requests = new AtomicInteger();

	private final List<Socket> sockets = new CopyOnWriteArrayList<>();

	private RawSocketServer(Behaviour behaviour, String body) throws IOException {
		this.serverSocket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
		this.behaviour = behaviour;
		this.body = body;
		Thread acceptor = new Thread(this::acceptAll, "raw-socket-server-" + behaviour);
		acceptor.setDaemon(true);
		acceptor.start();
	}

	static RawSocketServer start(Behaviour behaviour) throws IOException {
		return new RawSocketServer(behaviour, "{}");
	}

	static RawSocketServer answering(Behaviour behaviour, String body) throws IOException {
		return new RawSocketServer(behaviour, body);
	}

	/**
	 * A server that answers every request with these bytes, then closes the connection.
	 * @param response the whole response: status line, headers and body
	 */
	static RawSocketServer answeringRaw(String response) throws IOException {
		return new RawSocketServer(Behaviour.ANSWER_RAW, response);
	}

	String baseUrl() {
		return "http://127.0.0.1:" + this.serverSocket.getLocalPort();
	}

	/** Connections accepted so far. */
	int connections() {
		return this.connections.get();
	}

	/**
	 * Requests that reached the server: none when it resets before reading, one per connection when it never
	 * answers, otherwise those read in full (each counted before its answer is written).
	 */
	int requestsReceived() {
		return switch (this.behaviour) {
			case RESET_ON_ACCEPT -> 0;
			case NEVER_ANSWER -> this.connections.get();
			case ANSWER_ONCE_PER_CONNECTION, ANSWER_ONCE_THEN_CLOSE, ANSWER_RAW -> this.requests.get();
		};
	}

	private void acceptAll() {
		while (!this.serverSocket.isClosed()) {
			try {
				Socket socket = this.serverSocket.accept();
				this.connections.incrementAndGet();
				this.sockets.add(socket);
				switch (this.behaviour) {
					case RESET_ON_ACCEPT -> {
						socket.setSoLinger(true, 0);
						socket.close();
					}
					case NEVER_ANSWER -> {
						// Keep it open and say nothing.
					}
					case ANSWER_ONCE_PER_CONNECTION, ANSWER_ONCE_THEN_CLOSE, ANSWER_RAW -> {
						Thread answerer = new Thread(() -> answerOnce(socket), "raw-socket-answerer");
						answerer.setDaemon(true);
						answerer.start();
					}
				}
			}
			catch (IOException ex) {
				// Closed.
			}
		}
	}

	private void answerOnce(Socket socket) {
		try {
			InputStream in = socket.getInputStream();
			int contentLength = readHeaders(in);
			in.readNBytes(contentLength);
			this.requests.incrementAndGet();
			byte[] content = this.body.getBytes(StandardCharsets.UTF_8);
			OutputStream out = socket.getOutputStream();
			if (this.behaviour == Behaviour.ANSWER_RAW) {
				out.write(content);
				out.flush();
				Thread.sleep(50);
				socket.close();
				return;
			}
			out.write(("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: " + content.length
					+ "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
			out.write(content);
			out.flush();
			if (this.behaviour == Behaviour.ANSWER_ONCE_THEN_CLOSE) {
				Thread.sleep(50);
				socket.close();
				return;
			}
			// Read and drop whatever comes next, never answering it.
			in.transferTo(OutputStream.nullOutputStream());
		}
		catch (IOException ex) {
			// The client went away.
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	private static int readHeaders(InputStream in) throws IOException {
		ByteArrayOutputStream headers = new ByteArrayOutputStream();
		int matched = 0;
		byte[] end = { '\r', '\n', '\r', '\n' };
		while (matched < end.length) {
			int next = in.read();
			if (next < 0) {
				throw new IOException("closed before the end of the headers");
			}
			headers.write(next);
			matched = (next == end[matched]) ? matched + 1 : ((next == '\r') ? 1 : 0);
		}
		for (String line : headers.toString(StandardCharsets.US_ASCII).split("\r\n")) {
			if (line.toLowerCase(Locale.ROOT).startsWith("content-length:")) {
				return Integer.parseInt(line.substring("content-length:".length()).trim());
			}
		}
		return 0;
	}

	@Override
	public void close() throws IOException {
		this.serverSocket.close();
		for (Socket socket : this.sockets) {
			socket.close();
		}
	}

}
