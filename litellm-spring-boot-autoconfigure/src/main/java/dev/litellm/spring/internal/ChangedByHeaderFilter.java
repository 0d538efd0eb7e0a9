package dev.litellm.spring.internal;

import reactor.core.publisher.Mono;

import org.springframework.web.reactive.function.client.ClientRequest;
import org.springframework.web.reactive.function.client.ClientResponse;
import org.springframework.web.reactive.function.client.ExchangeFilterFunction;
import org.springframework.web.reactive.function.client.ExchangeFunction;

/**
 * Sets {@code litellm-changed-by} on the writes that carry a resolved actor, and on nothing else. Only the
 * client's own {@code WebClient} has it.
 */
final class ChangedByHeaderFilter implements ExchangeFilterFunction {

	static final String HEADER = "litellm-changed-by";

	@Override
	public Mono<ClientResponse> filter(ClientRequest request, ExchangeFunction next) {
		Object operation = request.attribute(CallSender.OPERATION_ATTRIBUTE).orElse(null);
		Object actor = request.attribute(CallSender.CHANGED_BY_ATTRIBUTE).orElse(null);
		if (!(operation instanceof ApiOperation apiOperation) || !apiOperation.isWrite() || actor == null) {
			return next.exchange(request.headers().containsHeader(HEADER)
					? ClientRequest.from(request).headers((headers) -> headers.remove(HEADER)).build() : request);
		}
		String changedBy;
		try {
			changedBy = ChangedByActors.requireHeaderValue("changedBy", actor.toString());
		}
		catch (IllegalArgumentException ex) {
			return Mono.error(ex);
		}
		return next.exchange(ClientRequest.from(request).headers((headers) -> headers.set(HEADER, changedBy)).build());
	}

}
