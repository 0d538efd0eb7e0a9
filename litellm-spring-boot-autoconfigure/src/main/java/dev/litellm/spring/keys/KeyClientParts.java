package dev.litellm.spring.keys;

import java.util.function.Supplier;

import dev.litellm.spring.internal.HttpStack;
import dev.litellm.spring.internal.LiteLlmTransport;
import org.jspecify.annotations.Nullable;

/**
 * What a client's operations are made of: its HTTP stack and JSON mapper, the transport, the calls that take more
 * than one request, and key rotation. Made on a client's first call (making them loads and links classes of this
 * client, Jackson, WebFlux and Reactor Netty, which an application's start need not wait for) and shared by the
 * views {@code withChangedBy} returns.
 *
 * @param httpStack the WebClient, its connector and pool
 * @param transport sends, retries and observes each call
 * @param batch the calls that create keys or take more than one request
 * @param rotations rotates keys, remembering whether the proxy may regenerate them
 */
record KeyClientParts(HttpStack httpStack, LiteLlmTransport transport, KeyBatchCalls batch,
		KeyRotationProcess rotations) {

	/**
	 * A client's parts, made once, on the first call that needs them.
	 */
	static final class OnFirstUse implements Supplier<KeyClientParts> {

		private final Supplier<KeyClientParts> factory;

		private volatile @Nullable KeyClientParts parts;

		OnFirstUse(Supplier<KeyClientParts> factory) {
			this.factory = factory;
		}

		@Override
		public KeyClientParts get() {
			KeyClientParts made = this.parts;
			if (made == null) {
				synchronized (this) {
					made = this.parts;
					if (made == null) {
						made = this.factory.get();
						this.parts = made;
					}
				}
			}
			return made;
		}

		/**
		 * {@return the parts if a call has made them, without making them}
		 */
		@Nullable KeyClientParts ifMade() {
			return this.parts;
		}

	}

}
