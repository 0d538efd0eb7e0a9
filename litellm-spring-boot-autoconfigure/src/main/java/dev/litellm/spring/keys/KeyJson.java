package dev.litellm.spring.keys;

import tools.jackson.databind.json.JsonMapper;

/**
 * The JSON mapper the client reads and writes the proxy's bodies with: Jackson's defaults, and the proxy's
 * datetimes read by their layout.
 */
final class KeyJson {

	private KeyJson() {
	}

	/**
	 * A new mapper for one client.
	 * @return the mapper
	 */
	static JsonMapper newMapper() {
		return JsonMapper.builder().addModule(ProxyDateTimeDeserializer.module()).build();
	}

}
