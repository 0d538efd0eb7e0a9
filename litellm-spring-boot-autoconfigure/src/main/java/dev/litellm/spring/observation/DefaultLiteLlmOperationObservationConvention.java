package dev.litellm.spring.observation;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import dev.litellm.spring.observation.LiteLlmOperationContext.Outcome;
import dev.litellm.spring.observation.LiteLlmObservationDocumentation.LowCardinalityKeys;
import io.micrometer.common.KeyValues;
import org.jspecify.annotations.Nullable;

/**
 * The default convention: observation {@code litellm.client.operation} with the key values
 * {@code litellm.operation}, {@code litellm.client}, {@code outcome}, {@code status}, {@code error} and
 * {@code strategy}.
 */
public class DefaultLiteLlmOperationObservationConvention implements LiteLlmOperationObservationConvention {

	/** The shared instance. */
	public static final DefaultLiteLlmOperationObservationConvention INSTANCE = new DefaultLiteLlmOperationObservationConvention();

	/** The observation's name, and hence the timer's. */
	public static final String NAME = "litellm.client.operation";

	private static final String NONE = "none";

	/** The most key values of uncommon endings kept for one operation of one client. */
	private static final int MAX_ENDINGS = 64;

	/** The key values, by client and operation. */
	private final Map<String, Map<String, OperationKeyValues>> keyValues = new ConcurrentHashMap<>();

	/** The contextual names, by operation. */
	private final Map<String, String> contextualNames = new ConcurrentHashMap<>();

	@Override
	public String getName() {
		return NAME;
	}

	@Override
	public String getContextualName(LiteLlmOperationContext context) {
		return this.contextualNames.computeIfAbsent(context.getOperation(), (operation) -> "litellm " + operation);
	}

	/**
	 * The key values, made once for each client, operation and ending and kept (up to 64 uncommon endings of
	 * one operation, such as an error's): Micrometer sorts key values when it makes them, and a call would
	 * otherwise pay for that on its start and its stop.
	 */
	@Override
	public KeyValues getLowCardinalityKeyValues(LiteLlmOperationContext context) {
		Outcome outcome = (context.getOutcome() != null) ? context.getOutcome() : Outcome.UNKNOWN;
		Throwable error = context.getError();
		String strategy = context.getStrategy();
		int status = context.getStatusCode();
		OperationKeyValues operation = operation(context.getClientName(), context.getOperation());
		if (error == null && strategy == null && (status == 0 || status == 200)) {
			return operation.common(outcome, status);
		}
		return operation.uncommon(new Ending(outcome, status,
				(error != null) ? error.getClass().getSimpleName() : NONE, (strategy != null) ? strategy : NONE));
	}

	private OperationKeyValues operation(String client, String operation) {
		Map<String, OperationKeyValues> byOperation = this.keyValues.get(client);
		if (byOperation == null) {
			byOperation = this.keyValues.computeIfAbsent(client, (name) -> new ConcurrentHashMap<>());
		}
		OperationKeyValues keyValues = byOperation.get(operation);
		if (keyValues == null) {
			keyValues = byOperation.computeIfAbsent(operation, (name) -> new OperationKeyValues(client, name));
		}
		return keyValues;
	}

	/**
	 * How an operation ended, as its key values tell.
	 */
	private record Ending(Outcome outcome, int status, String error, String strategy) {

		KeyValues keyValues(String client, String operation) {
			return KeyValues.of(LowCardinalityKeys.OPERATION.withValue(operation),
					LowCardinalityKeys.CLIENT.withValue(client),
					LowCardinalityKeys.OUTCOME.withValue(this.outcome.name()),
					LowCardinalityKeys.STATUS.withValue((this.status != 0) ? Integer.toString(this.status) : NONE),
					LowCardinalityKeys.ERROR.withValue(this.error), LowCardinalityKeys.STRATEGY.withValue(this.strategy));
		}

	}

	/**
	 * The key values of one operation of one client.
	 */
	private static final class OperationKeyValues {

		private final String client;

		private final String operation;

		/**
		 * Nearly every call's: no error, no rotation, no answer or a 200, by outcome and status. Filled as met; a
		 * race makes the same key values twice, which are immutable.
		 */
		private final @Nullable KeyValues[] common = new KeyValues[Outcome.values().length * 2];

		/** The others, up to 64. */
		private final Map<Ending, KeyValues> uncommon = new ConcurrentHashMap<>();

		OperationKeyValues(String client, String operation) {
			this.client = client;
			this.operation = operation;
		}

		KeyValues common(Outcome outcome, int status) {
			int index = outcome.ordinal() * 2 + ((status == 0) ? 0 : 1);
			KeyValues keyValues = this.common[index];
			if (keyValues == null) {
				keyValues = new Ending(outcome, status, NONE, NONE).keyValues(this.client, this.operation);
				this.common[index] = keyValues;
			}
			return keyValues;
		}

		KeyValues uncommon(Ending ending) {
			KeyValues keyValues = this.uncommon.get(ending);
			if (keyValues == null) {
				keyValues = ending.keyValues(this.client, this.operation);
				if (this.uncommon.size() < MAX_ENDINGS) {
					this.uncommon.putIfAbsent(ending, keyValues);
				}
			}
			return keyValues;
		}

	}

}
