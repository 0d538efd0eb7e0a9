package dev.litellm.spring.observation;

import io.micrometer.common.docs.KeyName;
import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationConvention;
import io.micrometer.observation.docs.ObservationDocumentation;

/**
 * The observations the LiteLLM client records.
 */
public enum LiteLlmObservationDocumentation implements ObservationDocumentation {

	/**
	 * One client operation, from the first attempt to the final answer, retries included. The HTTP exchanges
	 * of its attempts are child observations ({@code http.client.requests}).
	 */
	OPERATION {

		@Override
		public Class<? extends ObservationConvention<? extends Observation.Context>> getDefaultConvention() {
			return DefaultLiteLlmOperationObservationConvention.class;
		}

		@Override
		public KeyName[] getLowCardinalityKeyNames() {
			return LowCardinalityKeys.values();
		}

	};

	/**
	 * The low-cardinality key names of {@link #OPERATION}.
	 */
	public enum LowCardinalityKeys implements KeyName {

		/** The operation, for example {@code key.generate}. */
		OPERATION {

			@Override
			public String asString() {
				return "litellm.operation";
			}

		},

		/** The name of the client: {@code default} for the primary one, the configured name for a named one. */
		CLIENT {

			@Override
			public String asString() {
				return "litellm.client";
			}

		},

		/** {@code SUCCESS}, {@code CLIENT_ERROR}, {@code SERVER_ERROR} or {@code UNKNOWN}. */
		OUTCOME {

			@Override
			public String asString() {
				return "outcome";
			}

		},

		/**
		 * The HTTP status of the proxy's last answer, for example {@code 200} or {@code 404}, or {@code none} when
		 * no answer came: a transport failure or timeout, or a call refused before it was sent. A
		 * {@code key.rotate}, whose calls are operations of their own, has the status of the answer that failed it,
		 * or {@code none}.
		 */
		STATUS {

			@Override
			public String asString() {
				return "status";
			}

		},

		/** The simple name of the exception that ended the operation, or {@code none}. */
		ERROR {

			@Override
			public String asString() {
				return "error";
			}

		},

		/**
		 * The strategy of a key rotation, {@code REGENERATE} or {@code REPLACE}; {@code none} for other operations.
		 */
		STRATEGY {

			@Override
			public String asString() {
				return "strategy";
			}

		}

	}

}
