package dev.litellm.samples.keyvending;

import dev.litellm.spring.test.FakeLiteLlmProxy;

import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.event.ContextClosedEvent;

/**
 * Runs the service against an embedded fake LiteLLM proxy, so it works without one:
 * {@code ./mvnw -pl samples/key-vending-service -am spring-boot:test-run}.
 */
public final class TestKeyVendingServiceApplication {

	private TestKeyVendingServiceApplication() {
	}

	/**
	 * Start a fake proxy on a free loopback port, then the service pointed at it.
	 * @param args command-line arguments, passed on to the service
	 */
	public static void main(String[] args) {
		FakeLiteLlmProxy proxy = FakeLiteLlmProxy.builder().start();
		String[] withProxy = new String[args.length + 3];
		System.arraycopy(args, 0, withProxy, 0, args.length);
		withProxy[args.length] = "--litellm.base-url=" + proxy.baseUrl();
		withProxy[args.length + 1] = "--litellm.api-key=" + proxy.masterKey();
		withProxy[args.length + 2] = "--" + GettingStartedHint.FAKE_PROXY + "=true";
		ConfigurableApplicationContext context = SpringApplication.from(KeyVendingServiceApplication::main)
			.run(withProxy)
			.getApplicationContext();
		context.addApplicationListener((ContextClosedEvent event) -> proxy.close());
	}

}
