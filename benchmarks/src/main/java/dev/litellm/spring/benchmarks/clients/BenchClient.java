package dev.litellm.spring.benchmarks.clients;

import java.util.List;

import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * One client under test, reduced to the calls the harness makes. Every implementation sends the same requests
 * ({@code Authorization: Bearer}, the key's SHA-256 hash in {@code /key/info?key=}, the same JSON body) and
 * decodes each response completely.
 */
public interface BenchClient extends AutoCloseable {

	/**
	 * The name shown in the results.
	 * @return a short name
	 */
	String name();

	/**
	 * {@code GET /key/info?key=<hash of StubBodies.INFO_KEY>}, decoded.
	 * @return the decoded response
	 */
	Mono<?> keyInfo();

	/**
	 * {@code POST /key/generate} with a typical request, decoded.
	 * @return the decoded response
	 */
	Mono<?> generateKey();

	/**
	 * {@code GET /key/list?page=1&size=100&return_full_object=true}, decoded.
	 * @return the decoded page
	 */
	Mono<?> listKeys();

	/**
	 * The blocking form of {@link #keyInfo()}.
	 * @return the decoded response
	 */
	default @Nullable Object keyInfoBlocking() {
		return keyInfo().block();
	}

	/**
	 * The blocking form of {@link #generateKey()}.
	 * @return the decoded response
	 */
	default @Nullable Object generateKeyBlocking() {
		return generateKey().block();
	}

	/**
	 * The blocking form of {@link #listKeys()}.
	 * @return the decoded page
	 */
	default @Nullable Object listKeysBlocking() {
		return listKeys().block();
	}

	/**
	 * Every key of {@code /key/list} (100 per page, full objects), fetched page by page as consumed, or
	 * {@code null} when the client has no streaming form.
	 * @return each key's alias, in order
	 */
	default @Nullable Flux<String> streamKeyAliases() {
		return null;
	}

	/**
	 * Calls each operation once and checks that the decoded values carry what the stub sent.
	 * @return the problems found; empty when every operation decoded correctly
	 */
	List<String> verify();

	@Override
	void close();

}
