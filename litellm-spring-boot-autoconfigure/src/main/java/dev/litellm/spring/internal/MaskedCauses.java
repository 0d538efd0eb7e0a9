package dev.litellm.spring.internal;

import java.util.Objects;
import java.util.function.UnaryOperator;

import io.netty.channel.ChannelHandler;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.handler.codec.DecoderResult;
import io.netty.handler.codec.http.HttpObject;
import org.jspecify.annotations.Nullable;

/**
 * Keeps secrets out of the causes of a failure. A cause may quote what the server sent: Jackson quotes a value
 * it could not read, Netty a malformed status line or {@code Content-Length}. A chain whose messages hold a
 * secret is replaced by one of {@link MaskedException}s that name each original type, with the messages masked
 * and the stack traces kept; a chain without one is kept as it is, types and all.
 */
final class MaskedCauses {

	private static final int MAX_DEPTH = 16;

	private MaskedCauses() {
	}

	/**
	 * The failure, or a copy of its chain with every message masked if any message holds a secret.
	 * @param failure the failure
	 * @param mask masks one message
	 * @return the failure itself, or its masked copy
	 */
	static Throwable masked(Throwable failure, UnaryOperator<String> mask) {
		return holdsSecret(failure, mask) ? copy(failure, mask, 0) : failure;
	}

	private static boolean holdsSecret(Throwable failure, UnaryOperator<String> mask) {
		int depth = 0;
		for (Throwable cause = failure; cause != null && depth < MAX_DEPTH; cause = cause.getCause(), depth++) {
			String message = cause.getMessage();
			if (message != null && !message.equals(mask.apply(message))) {
				return true;
			}
			if (cause.getCause() == cause) {
				break;
			}
		}
		return false;
	}

	private static Throwable copy(Throwable failure, UnaryOperator<String> mask, int depth) {
		Throwable cause = failure.getCause();
		Throwable maskedCause = (cause != null && cause != failure && depth < MAX_DEPTH)
				? copy(cause, mask, depth + 1) : null;
		String message = failure.getMessage();
		MaskedException copy = new MaskedException(failure.getClass().getName()
				+ ((message != null) ? ": " + mask.apply(message) : ""), maskedCause);
		copy.setStackTrace(failure.getStackTrace());
		return copy;
	}

	/**
	 * A cause whose message held a secret, in the place of the original: its message names the original type and
	 * carries the original message masked.
	 */
	static final class MaskedException extends RuntimeException {

		private static final long serialVersionUID = 1L;

		MaskedException(String message, @Nullable Throwable cause) {
			super(message, cause);
		}

		@Override
		public String toString() {
			return Objects.requireNonNull(getMessage());
		}

	}

	/**
	 * Masks the cause of a failed HTTP decoding (a malformed status line, header or {@code Content-Length} that
	 * echoes a key) before Reactor Netty sees it, logs it or reports it. Sits after the HTTP codec.
	 */
	@ChannelHandler.Sharable
	static final class DecoderFailureMasking extends ChannelInboundHandlerAdapter {

		/** The handler's name in the channel pipeline. */
		static final String NAME = "litellm.decoderFailureMasking";

		private final UnaryOperator<String> mask;

		DecoderFailureMasking(UnaryOperator<String> mask) {
			this.mask = mask;
		}

		@Override
		public void channelRead(ChannelHandlerContext ctx, Object msg) {
			if (msg instanceof HttpObject http) {
				DecoderResult result = http.decoderResult();
				if (result.isFailure()) {
					Throwable masked = masked(result.cause(), this.mask);
					if (masked != result.cause()) {
						http.setDecoderResult(DecoderResult.failure(masked));
					}
				}
			}
			ctx.fireChannelRead(msg);
		}

		@Override
		public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
			ctx.fireExceptionCaught(masked(cause, this.mask));
		}

	}

}
