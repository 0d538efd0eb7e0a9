package dev.litellm.spring.keys;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.Objects;
import java.util.stream.Stream;

import org.jspecify.annotations.Nullable;

/**
 * {@code equals} and {@code hashCode} of the responses, over every instance field of their builders, inherited
 * ones included. A field added
 * to a response is then compared without another line to keep in step.
 */
final class FieldValues {

	private static final ClassValue<Field[]> FIELDS = new ClassValue<>() {

		@Override
		protected Field[] computeValue(Class<?> type) {
			Field[] fields = Stream.<Class<?>>iterate(type, (c) -> c != Object.class, Class::getSuperclass)
				.flatMap((c) -> Arrays.stream(c.getDeclaredFields()))
				.filter((field) -> !Modifier.isStatic(field.getModifiers()))
				.toArray(Field[]::new);
			for (Field field : fields) {
				field.setAccessible(true);
			}
			return fields;
		}

	};

	private FieldValues() {
	}

	/**
	 * Whether two objects of one class hold equal values in every instance field.
	 * @param first an object
	 * @param second an object of the same class
	 * @return {@code true} if every field is equal
	 */
	static boolean equal(Object first, Object second) {
		for (Field field : FIELDS.get(first.getClass())) {
			if (!Objects.equals(value(field, first), value(field, second))) {
				return false;
			}
		}
		return true;
	}

	/**
	 * A hash code of every instance field's value.
	 * @param object the object
	 * @return the combined hash code
	 */
	static int hash(Object object) {
		int hash = 1;
		for (Field field : FIELDS.get(object.getClass())) {
			hash = 31 * hash + Objects.hashCode(value(field, object));
		}
		return hash;
	}

	private static @Nullable Object value(Field field, Object object) {
		try {
			return field.get(object);
		}
		catch (IllegalAccessException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
