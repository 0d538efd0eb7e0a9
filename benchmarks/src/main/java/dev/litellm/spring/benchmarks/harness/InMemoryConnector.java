package dev.litellm.spring.benchmarks.harness;

import java.net.URI;
import java.util.function.Function;

import dev.litellm.spring.benchmarks.stub.StubBodies;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.core.io.buffer.DefaultDataBufferFactory;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.client.reactive.ClientHttpConnector;
import org.springframework.http.client.reactive.ClientHttpRequest;
import org.springframework.http.client.reactive.ClientHttpResponse;
import org.springframework.mock.http.client.reactive.MockClientHttpRequest;
import org.springframework.mock.http.client.reactive.MockClientHttpResponse;

/**
 * A connector that answers every request in memory, on the calling thread, with the stub's bodies: no socket, no
 * event loop. What a call costs through it is what the client itself costs: building and encoding the request,
 * its operators and filters, and decoding the answer.
 */
final class InMemoryConnector implements ClientHttpConnector {

	private final StubBodies bodies;

	InMemoryConnector(StubBodies bodies) {
		this.bodies = bodies;
	}

	@Override
	public Mono<ClientHttpResponse> connect(HttpMethod method, URI uri,
			Function<? super ClientHttpRequest, Mono<Void>> requestCallback) {
		MockClientHttpRequest request = new MockClientHttpRequest(method, uri);
		// The body is encoded and then released, as a socket write would.
		request.setWriteHandler((body) -> Flux.from(body).doOnNext(DataBufferUtils::release).then());
		return requestCallback.apply(request).then(Mono.fromSupplier(() -> response(uri.getPath())));
	}

	private ClientHttpResponse response(String path) {
		byte[] body = switch (path) {
			case "/key/info" -> this.bodies.keyInfo();
			case "/key/generate" -> this.bodies.generateKey();
			case "/key/list" -> this.bodies.listPage();
			default -> throw new IllegalArgumentException("no body for " + path);
		};
		MockClientHttpResponse response = new MockClientHttpResponse(HttpStatus.OK);
		response.getHeaders().setContentType(MediaType.APPLICATION_JSON);
		response.getHeaders().setContentLength(body.length);
		response.setBody(Flux.just(DefaultDataBufferFactory.sharedInstance.wrap(body)));
		return response;
	}

}
