package dev.litellm.spring.test;

import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ConcurrencyTests extends FakeProxyTestSupport {

	@Test
	void concurrentGenerationsAndListsStayConsistent() throws Exception {
		Set<String> generated = ConcurrentHashMap.newKeySet();
		ExecutorService executor = Executors.newFixedThreadPool(8);
		try {
			List<Callable<Void>> tasks = IntStream.range(0, 8).<Callable<Void>>mapToObj(worker -> () -> {
				for (int i = 0; i < 15; i++) {
					generated.add(generateKey("{\"key_alias\":\"w" + worker + "-" + i + "\"}"));
					assertThat(this.client.get("/key/list?size=1").status()).isEqualTo(200);
				}
				return null;
			}).toList();
			for (Future<Void> result : executor.invokeAll(tasks)) {
				result.get();
			}
		}
		finally {
			executor.shutdownNow();
		}

		assertThat(generated).hasSize(120);
		assertThat(this.proxy.keyCount()).isEqualTo(120);
		assertThat(this.client.get("/key/list").json().get("total_count").intValue()).isEqualTo(120);
		assertThat(this.proxy.requests()).hasSize(241);
	}

}
