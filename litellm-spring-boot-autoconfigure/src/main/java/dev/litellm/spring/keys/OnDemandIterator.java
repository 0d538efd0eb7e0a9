package dev.litellm.spring.keys;

import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

import dev.litellm.spring.LiteLlmTransportException;
import org.jspecify.annotations.Nullable;
import org.reactivestreams.Subscription;
import reactor.core.Exceptions;
import reactor.core.publisher.BaseSubscriber;
import reactor.core.publisher.Flux;
import reactor.core.scheduler.Schedulers;

/**
 * A blocking iterator that asks its Flux for one item only when {@link #hasNext()} needs one that has not come
 * yet, so it never holds an item the consumer did not ask for: with a lazily paged Flux, a page is fetched only
 * when the consumer wants an item past the previous one. Reactor's {@code toIterable} asks for the next item as soon
 * as one is taken, which may start the next page's request one item early.
 *
 * <p>Cancelling (closing the stream), from any thread, wakes a consumer waiting in {@code hasNext()}, which then
 * sees the end. An interrupted wait cancels the Flux and throws a {@link LiteLlmTransportException} with the
 * thread's interrupt flag set again, as the blocking calls do. Waiting on a Reactor non-blocking thread throws an
 * {@link IllegalStateException}, as {@code block()} does.
 *
 * @param <T> the type of an item
 */
final class OnDemandIterator<T> extends BaseSubscriber<T> implements Iterator<T> {

	private @Nullable T next;

	private boolean requested;

	private boolean done;

	private @Nullable Throwable error;

	private OnDemandIterator() {
	}

	/**
	 * A sequential stream of the items whose {@code close()} cancels the Flux.
	 * @param <T> the type of an item
	 * @param items the items
	 * @return the stream; nothing is requested before its first item is wanted
	 */
	static <T> Stream<T> stream(Flux<T> items) {
		OnDemandIterator<T> iterator = new OnDemandIterator<>();
		items.subscribe(iterator);
		return StreamSupport
			.stream(Spliterators.spliteratorUnknownSize(iterator, Spliterator.ORDERED | Spliterator.NONNULL), false)
			.onClose(iterator::cancel);
	}

	@Override
	public boolean hasNext() {
		boolean request;
		synchronized (this) {
			if (this.next != null) {
				return true;
			}
			if (!this.done && Schedulers.isInNonBlockingThread()) {
				throw new IllegalStateException("Iterating over a blocking key stream is not supported in thread "
						+ Thread.currentThread().getName());
			}
			request = !this.done && !this.requested;
			this.requested = true;
		}
		if (request) {
			// Outside the lock: the item may arrive on this very thread.
			request(1);
		}
		synchronized (this) {
			while (this.next == null && !this.done) {
				try {
					wait();
				}
				catch (InterruptedException ex) {
					cancel();
					Thread.currentThread().interrupt();
					throw new LiteLlmTransportException(
							"interrupted while waiting for the proxy's answer; the call was cancelled", ex);
				}
			}
			if (this.next != null) {
				return true;
			}
			Throwable failure = this.error;
			if (failure != null) {
				throw Exceptions.propagate(failure);
			}
			return false;
		}
	}

	@Override
	public T next() {
		hasNext();
		synchronized (this) {
			T item = this.next;
			if (item == null) {
				throw new NoSuchElementException();
			}
			this.next = null;
			this.requested = false;
			return item;
		}
	}

	@Override
	protected void hookOnSubscribe(Subscription subscription) {
		// No demand until the consumer wants an item.
	}

	@Override
	protected synchronized void hookOnNext(T value) {
		this.next = value;
		notifyAll();
	}

	@Override
	protected void hookOnComplete() {
		end(null);
	}

	@Override
	protected void hookOnError(Throwable failure) {
		end(failure);
	}

	@Override
	protected void hookOnCancel() {
		end(null);
	}

	private synchronized void end(@Nullable Throwable failure) {
		if (!this.done) {
			this.done = true;
			this.error = failure;
		}
		notifyAll();
	}

}
