package dev.litellm.spring.test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import reactor.blockhound.BlockingOperationError;
import reactor.core.publisher.Mono;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * BlockHound is installed for every test of this module (by its JUnit Platform listener), as users who run it in
 * their own tests have it: the fake answers on Netty's event loop and must never block it, also when it draws
 * random keys and ids.
 */
class BlockHoundTests extends FakeProxyTestSupport {

	@Test
	void blockHoundIsActive() {
		Mono<Long> sleepsOnAParallelThread = Mono.delay(Duration.ofMillis(1)).map((tick) -> {
			try {
				Thread.sleep(10);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
			return tick;
		});
		Throwable error = sleepsOnAParallelThread.then(Mono.<Throwable>empty())
			.onErrorResume(Mono::just)
			.block(Duration.ofSeconds(5));

		assertThat(error).isInstanceOf(BlockingOperationError.class);
	}

	@Test
	void generatingAndRegeneratingKeysNeverBlocksTheEventLoop() {
		List<Integer> statuses = new ArrayList<>();
		for (int i = 0; i < 10; i++) {
			ProxyClient.Response generated = this.client.post("/key/generate", "{}");
			statuses.add(generated.status());
			String key = generated.status() == 200 ? generated.json().get("key").asString() : "sk-missing-key-0000";
			statuses.add(this.client.post("/key/regenerate", "{\"key\":" + quote(key) + "}").status());
		}

		assertThat(statuses).hasSize(20).containsOnly(200);
	}

}
