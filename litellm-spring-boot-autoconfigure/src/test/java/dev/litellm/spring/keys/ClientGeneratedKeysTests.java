package dev.litellm.spring.keys;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Keys made by the client are in the proxy's format and never repeat, also when they are asked for from many
 * threads while the generator is still being seeded in the background.
 */
class ClientGeneratedKeysTests {

	@Test
	void keysAskedForWhileTheGeneratorIsSeededWaitForItAndAreDistinct() throws Exception {
		int threads = 8;
		int perThread = 200;
		Set<String> keys = ConcurrentHashMap.newKeySet();
		CountDownLatch start = new CountDownLatch(1);
		ExecutorService executor = Executors.newFixedThreadPool(threads);
		try {
			List<Future<?>> done = new ArrayList<>();
			for (int i = 0; i < threads; i++) {
				done.add(executor.submit(() -> {
					start.await();
					for (int k = 0; k < perThread; k++) {
						keys.add(ClientGeneratedKeys.newKey());
					}
					return null;
				}));
			}
			ClientGeneratedKeys.seedInBackground();
			ClientGeneratedKeys.seedInBackground();
			start.countDown();
			for (Future<?> future : done) {
				future.get(30, TimeUnit.SECONDS);
			}
		}
		finally {
			executor.shutdownNow();
		}

		assertThat(keys).hasSize(threads * perThread).allMatch((key) -> key.matches("sk-[A-Za-z0-9_-]{22}"));
	}

}
