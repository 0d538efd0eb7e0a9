package dev.litellm.spring.autoconfigure;

import dev.litellm.spring.keys.KeyRotatedEvent;

import org.springframework.context.ApplicationEventPublisher;

/**
 * Publishes each {@link KeyRotatedEvent} of the auto-configured clients as a Spring application event. A bean of
 * its own because the clients are built from the bean factory, which does not hand out the application context's
 * event publisher.
 */
final class LiteLlmRotationEvents {

	private final ApplicationEventPublisher publisher;

	LiteLlmRotationEvents(ApplicationEventPublisher publisher) {
		this.publisher = publisher;
	}

	void publish(KeyRotatedEvent event) {
		this.publisher.publishEvent(event);
	}

}
