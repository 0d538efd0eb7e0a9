package dev.litellm.spring.observation;

import java.util.Iterator;

import io.micrometer.common.KeyValue;
import io.micrometer.common.KeyValues;
import io.micrometer.observation.Observation;
import org.jspecify.annotations.Nullable;

/**
 * The observation context of one client operation, such as {@code key.generate}, across all of its attempts.
 * <p>
 * Its low-cardinality key values behave as those of any context, and cost less when they are only ever set as a
 * whole by a convention, on start and on stop, as the client's own observations are: while they are exactly the
 * {@link KeyValues} a convention gave last, they are kept as given and returned as they are, rather than written
 * into Micrometer's map entry by entry and sorted into a new copy each time a handler asks for them (a meter
 * handler asks on start and on stop). Any other change ({@link #addLowCardinalityKeyValue(KeyValue)}, a removal,
 * key values without every key already there) writes them into Micrometer's map, which holds them from then on.
 */
public class LiteLlmOperationContext extends Observation.Context {

	/** The name of a client built without one, and of the auto-configured primary client. */
	public static final String DEFAULT_CLIENT_NAME = "default";

	private final String operation;

	private final String clientName;

	private @Nullable Outcome outcome;

	private @Nullable String strategy;

	private int statusCode;

	/**
	 * The low-cardinality key values as a convention gave them, while they are exactly those; {@code null} when
	 * another change made them differ, and Micrometer's map holds them.
	 */
	private volatile @Nullable KeyValues lowCardinalityKeyValues = KeyValues.empty();

	/** Key values given as a whole and not written into Micrometer's map, whose entries they replace. */
	private volatile @Nullable KeyValues unwritten;

	/**
	 * Create a context for the client named {@value #DEFAULT_CLIENT_NAME}.
	 * @param operation the operation's name, for example {@code key.generate}
	 */
	public LiteLlmOperationContext(String operation) {
		this(operation, DEFAULT_CLIENT_NAME);
	}

	/**
	 * Create a context.
	 * @param operation the operation's name, for example {@code key.generate}
	 * @param clientName the name of the client that runs it, for example {@code default}
	 */
	public LiteLlmOperationContext(String operation, String clientName) {
		this.operation = operation;
		this.clientName = clientName;
	}

	/**
	 * The operation's name.
	 * @return for example {@code key.generate}
	 */
	public String getOperation() {
		return this.operation;
	}

	/**
	 * The name of the client that runs the operation: {@value #DEFAULT_CLIENT_NAME} for the primary client, the
	 * configured name for a named one.
	 * @return the client's name
	 */
	public String getClientName() {
		return this.clientName;
	}

	/**
	 * How the operation ended.
	 * @return the outcome, or {@code null} while it runs
	 */
	public @Nullable Outcome getOutcome() {
		return this.outcome;
	}

	/**
	 * Record how the operation ended.
	 * @param outcome the outcome
	 */
	public void setOutcome(Outcome outcome) {
		this.outcome = outcome;
	}

	/**
	 * The strategy of a key rotation ({@code key.rotate}).
	 * @return {@code REGENERATE} or {@code REPLACE}, or {@code null} for other operations
	 */
	public @Nullable String getStrategy() {
		return this.strategy;
	}

	/**
	 * Record the strategy a key rotation used.
	 * @param strategy the strategy's name
	 */
	public void setStrategy(String strategy) {
		this.strategy = strategy;
	}

	/**
	 * The HTTP status of the last answer the operation had from the proxy.
	 * @return the status code, or {@code 0} when no answer came (yet): a transport failure, a call refused before
	 * it was sent, or one still running
	 */
	public int getStatusCode() {
		return this.statusCode;
	}

	/**
	 * Record the HTTP status of an answer from the proxy; the last one recorded is the operation's.
	 * @param statusCode the status code
	 */
	public void setStatusCode(int statusCode) {
		this.statusCode = statusCode;
	}

	@Override
	public Observation.Context addLowCardinalityKeyValue(KeyValue keyValue) {
		write();
		return super.addLowCardinalityKeyValue(keyValue);
	}

	/**
	 * Add key values, replacing those of the same keys: key values with every key already there are the key values
	 * from now on, kept as they are.
	 * @param keyValues the key values
	 * @return this context
	 */
	@Override
	public Observation.Context addLowCardinalityKeyValues(KeyValues keyValues) {
		KeyValues known = this.lowCardinalityKeyValues;
		if (known != null && (known == keyValues || hasEveryKeyOf(keyValues, known))) {
			this.unwritten = keyValues;
			this.lowCardinalityKeyValues = keyValues;
			return this;
		}
		write();
		for (KeyValue keyValue : keyValues) {
			super.addLowCardinalityKeyValue(keyValue);
		}
		return this;
	}

	@Override
	public Observation.Context removeLowCardinalityKeyValue(String keyName) {
		write();
		return super.removeLowCardinalityKeyValue(keyName);
	}

	@Override
	public Observation.Context removeLowCardinalityKeyValues(String... keyNames) {
		write();
		return super.removeLowCardinalityKeyValues(keyNames);
	}

	@Override
	public @Nullable KeyValue getLowCardinalityKeyValue(String key) {
		KeyValues known = this.lowCardinalityKeyValues;
		if (known == null) {
			return super.getLowCardinalityKeyValue(key);
		}
		for (KeyValue keyValue : known) {
			if (keyValue.getKey().equals(key)) {
				return keyValue;
			}
		}
		return null;
	}

	@Override
	public KeyValues getLowCardinalityKeyValues() {
		KeyValues known = this.lowCardinalityKeyValues;
		return (known != null) ? known : super.getLowCardinalityKeyValues();
	}

	/**
	 * Write the key values not yet in Micrometer's map into it, which holds them from now on: before any change
	 * but a convention's key values with every key already there.
	 */
	private void write() {
		KeyValues keyValues = this.unwritten;
		this.unwritten = null;
		this.lowCardinalityKeyValues = null;
		if (keyValues != null) {
			for (KeyValue keyValue : keyValues) {
				super.addLowCardinalityKeyValue(keyValue);
			}
		}
	}

	/**
	 * Whether key values have every key of others, both sorted by key as {@link KeyValues} are.
	 */
	private static boolean hasEveryKeyOf(KeyValues keyValues, KeyValues others) {
		Iterator<KeyValue> candidates = keyValues.iterator();
		for (KeyValue other : others) {
			int order = -1;
			while (order < 0 && candidates.hasNext()) {
				order = candidates.next().getKey().compareTo(other.getKey());
			}
			if (order != 0) {
				return false;
			}
		}
		return true;
	}

	/**
	 * How an operation ended, by the kind of its final answer.
	 */
	public enum Outcome {

		/** The proxy answered with success. */
		SUCCESS,

		/** The proxy answered 4xx, or the input was refused before sending. */
		CLIENT_ERROR,

		/** The proxy answered 5xx. */
		SERVER_ERROR,

		/** No answer: a transport failure, or the caller cancelled. */
		UNKNOWN

	}

}
