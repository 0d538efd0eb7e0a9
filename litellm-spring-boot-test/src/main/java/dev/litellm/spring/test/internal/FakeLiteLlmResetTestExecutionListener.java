package dev.litellm.spring.test.internal;

import dev.litellm.spring.test.AutoConfigureFakeLiteLlm;
import dev.litellm.spring.test.FakeLiteLlmProxy;
import org.springframework.core.Ordered;
import org.springframework.test.context.TestContext;
import org.springframework.test.context.TestContextAnnotationUtils;
import org.springframework.test.context.support.AbstractTestExecutionListener;

/**
 * Registered in {@code META-INF/spring.factories}: resets the {@link FakeLiteLlmProxy} of an
 * {@link AutoConfigureFakeLiteLlm} test after each test method, unless the annotation turns that off.
 */
public final class FakeLiteLlmResetTestExecutionListener extends AbstractTestExecutionListener {

	@Override
	public int getOrder() {
		return Ordered.LOWEST_PRECEDENCE - 100;
	}

	@Override
	public void afterTestMethod(TestContext testContext) {
		AutoConfigureFakeLiteLlm annotation = TestContextAnnotationUtils
			.findMergedAnnotation(testContext.getTestClass(), AutoConfigureFakeLiteLlm.class);
		if (annotation == null || !annotation.resetAfterEachTest() || !testContext.hasApplicationContext()) {
			return;
		}
		testContext.getApplicationContext().getBeanProvider(FakeLiteLlmProxy.class).ifAvailable(FakeLiteLlmProxy::reset);
	}

}
