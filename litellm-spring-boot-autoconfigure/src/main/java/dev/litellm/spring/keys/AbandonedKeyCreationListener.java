package dev.litellm.spring.keys;

/**
 * Told of every generate or regenerate of the reactive client whose subscriber cancelled it (by
 * {@code dispose()}, {@code Mono.timeout}, {@code take}, or a client disconnecting from a WebFlux endpoint) after
 * its request may have reached the proxy, so that a key the caller never learnt of is not lost: with
 * client-generated keys it is given the key's hash and secret. Called on the cancelling thread, once per abandoned
 * operation; it must not block. The blocking client does not call it: an interrupted blocking call throws
 * {@link KeyCreationAbandonedException} instead.
 *
 * <p>Set it with the builder's {@code abandonedCreationListener}, or declare a bean of this type for the
 * auto-configured client. Without one, the client logs each abandoned creation at WARN, with the key's hash.
 */
@FunctionalInterface
public interface AbandonedKeyCreationListener {

	/**
	 * A creation was abandoned after its request may have reached the proxy.
	 * @param creation what was abandoned, and the key that may exist
	 */
	void keyCreationAbandoned(AbandonedKeyCreation creation);

}
