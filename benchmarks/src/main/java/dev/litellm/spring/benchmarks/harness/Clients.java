package dev.litellm.spring.benchmarks.harness;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import dev.litellm.spring.benchmarks.clients.BenchClient;
import dev.litellm.spring.benchmarks.clients.ClientResources;
import dev.litellm.spring.benchmarks.clients.FloorClient;
import dev.litellm.spring.benchmarks.clients.PeerClient;
import dev.litellm.spring.benchmarks.ours.OursClient;

import org.springframework.http.client.reactive.ClientHttpConnector;
import org.springframework.http.client.reactive.ReactorClientHttpConnector;

/**
 * Creates the clients under test, each on its own pool of the same size.
 */
final class Clients {

	private Clients() {
	}

	static List<BenchClient> create(String baseUrl, ClientResources resources, List<String> names) {
		return create(baseUrl, (name) -> new ReactorClientHttpConnector(resources.httpClient(name)), names);
	}

	/**
	 * The named clients, each on the connector made for it.
	 * @param connectors the connector of each client, by name
	 */
	static List<BenchClient> create(String baseUrl, Function<String, ClientHttpConnector> connectors,
			List<String> names) {
		List<BenchClient> clients = new ArrayList<>();
		for (String name : names) {
			BenchClient client = switch (name) {
				case "floor" -> new FloorClient(baseUrl, connectors.apply(name));
				case "peer" -> new PeerClient(baseUrl, connectors.apply(name));
				case "ours" -> new OursClient(baseUrl, connectors.apply(name));
				default -> throw new IllegalArgumentException("unknown client " + name);
			};
			clients.add(client);
		}
		return clients;
	}

}
