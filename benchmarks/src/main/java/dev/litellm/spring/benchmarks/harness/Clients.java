package dev.litellm.spring.benchmarks.harness;

import java.util.ArrayList;
import java.util.List;

import dev.litellm.spring.benchmarks.clients.BenchClient;
import dev.litellm.spring.benchmarks.clients.ClientResources;
import dev.litellm.spring.benchmarks.clients.FloorClient;
import dev.litellm.spring.benchmarks.clients.PeerClient;
import dev.litellm.spring.benchmarks.ours.OursClient;

/**
 * Creates the clients under test, each on its own pool of the same size.
 */
final class Clients {

	private Clients() {
	}

	static List<BenchClient> create(String baseUrl, ClientResources resources, List<String> names) {
		List<BenchClient> clients = new ArrayList<>();
		for (String name : names) {
			BenchClient client = switch (name) {
				case "floor" -> new FloorClient(baseUrl, resources.httpClient("floor"));
				case "peer" -> new PeerClient(baseUrl, resources.httpClient("peer"));
				case "ours" -> new OursClient(baseUrl, resources.httpClient("ours"));
				default -> throw new IllegalArgumentException("unknown client " + name);
			};
			clients.add(client);
		}
		return clients;
	}

}
