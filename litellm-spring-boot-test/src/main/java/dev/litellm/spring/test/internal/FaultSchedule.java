package dev.litellm.spring.test.internal;

import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

import dev.litellm.spring.test.Fault;
import org.jspecify.annotations.Nullable;

/**
 * The faults injected into a fake, per path: faults on the same path apply in the order they were injected, and a
 * limited fault is removed once used up. Thread-safe.
 */
public final class FaultSchedule {

	private final Map<String, List<Slot>> faults = new ConcurrentHashMap<>();

	/**
	 * Adds a fault on a path.
	 *
	 * @param path the exact decoded request path
	 * @param fault the fault
	 */
	public void inject(String path, Fault fault) {
		Objects.requireNonNull(path, "path");
		Objects.requireNonNull(fault, "fault");
		this.faults.computeIfAbsent(path, key -> new CopyOnWriteArrayList<>()).add(new Slot(fault));
	}

	/** Removes every fault. */
	public void clear() {
		this.faults.clear();
	}

	/**
	 * Takes the fault that applies to the next request on a path, using up one of its times.
	 *
	 * @param path the decoded request path
	 * @return the fault, or {@code null} when none applies
	 */
	@Nullable Fault take(String path) {
		List<Slot> slots = this.faults.get(path);
		if (slots == null) {
			return null;
		}
		Iterator<Slot> iterator = slots.iterator();
		while (iterator.hasNext()) {
			Slot slot = iterator.next();
			if (slot.take()) {
				if (slot.usedUp()) {
					slots.remove(slot);
				}
				return slot.fault;
			}
		}
		return null;
	}

	/** A fault and how many more requests it applies to. */
	private static final class Slot {

		final Fault fault;

		private int remaining;

		Slot(Fault fault) {
			this.fault = fault;
			this.remaining = fault.times();
		}

		synchronized boolean take() {
			if (this.remaining < 0) {
				return true;
			}
			if (this.remaining == 0) {
				return false;
			}
			this.remaining--;
			return true;
		}

		synchronized boolean usedUp() {
			return this.remaining == 0;
		}

	}

}
