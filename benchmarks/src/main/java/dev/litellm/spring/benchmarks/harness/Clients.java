package dev.litellm.spring.benchmarks.harness;

import java.lang.reflect.InvocationTargetException;
import java.util.ArrayList;
import java.util.List;

import dev.litellm.spring.benchmarks.clients.BenchClient;
import dev.litellm.spring.benchmarks.clients.ClientResources;
import dev.litellm.spring.benchmarks.clients.FloorClient;
import dev.litellm.spring.benchmarks.clients.PeerClient;
import org.jspecify.annotations.Nullable;
import reactor.netty.http.client.HttpClient;

/**
 * Creates the clients under test, each on its own pool of the same size. The project's client is compiled into
 * this module only when its sources exist, so it is looked up by name.
 */
final class Clients {

	static final String OURS_CLASS = "dev.litellm.spring.benchmarks.ours.OursClient";

	private Clients() {
	}

	static List<BenchClient> create(String baseUrl, ClientResources resources, List<String> names) {
		List<BenchClient> clients = new ArrayList<>();
		for (String name : names) {
			BenchClient client = switch (name) {
				case "floor" -> new FloorClient(baseUrl, resources.httpClient("floor"));
				case "peer" -> new PeerClient(baseUrl, resources.httpClient("peer"));
				case "ours" -> ours(baseUrl, resources.httpClient("ours"));
				default -> throw new IllegalArgumentException("unknown client " + name);
			};
			if (client != null) {
				clients.add(client);
			}
		}
		return clients;
	}

	private static @Nullable BenchClient ours(String baseUrl, HttpClient httpClient) {
		try {
			return (BenchClient) Class.forName(OURS_CLASS)
				.getConstructor(String.class, HttpClient.class)
				.newInstance(baseUrl, httpClient);
		}
		catch (ClassNotFoundException ex) {
			return null;
		}
		catch (NoSuchMethodException | InstantiationException | IllegalAccessException
				| InvocationTargetException ex) {
			throw new IllegalStateException("cannot create " + OURS_CLASS, ex);
		}
	}

}
